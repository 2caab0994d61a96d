// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace standlab {

// Writes RFC 4180 CSV (UTF-8, CRLF) that spreadsheets open safely: cells that look like formulas are
// neutralised so opening an export never runs anything.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        bool byteOrderMark = false;    // Excel needs it to read UTF-8 rather than the local code page
        bool neutraliseFormulas = true;
        QChar delimiter = QLatin1Char(',');
    };

    CsvWriter() = default;
    explicit CsvWriter(const Options& options) : m_options(options) {}

    void addRow(const QStringList& cells);
    QByteArray data() const;
    int rowCount() const { return m_rows; }
    // Writes everything atomically; on failure the message names the file.
    bool save(const QString& path, QString* error) const;

    // A cell starting with = + - @ (or a tab or CR) gets a leading apostrophe.
    static QString neutralise(const QString& cell);
    static QString quoteIfNeeded(const QString& cell, QChar delimiter);
    // The one checked way to write a whole file: QSaveFile, commit, and an error naming the file.
    static bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

private:
    Options m_options;
    QString m_text;
    int m_rows = 0;
};

} // namespace standlab
