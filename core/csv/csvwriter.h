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

    // Formula neutralising that reads back. The rule, shared by the writer and our importers:
    //  - neutralise() puts one apostrophe before a cell that starts with a formula trigger (= + - @,
    //    a tab or a CR), and also before a cell that already starts with an apostrophe followed by a
    //    trigger or by another apostrophe (a real value like '=x or ''x);
    //  - restore() takes exactly one leading apostrophe off a cell whose next character is a trigger
    //    or an apostrophe, and leaves every other cell alone (so 'hello or a lone ' stay as they are).
    // restore(neutralise(x)) == x for every x, and a spreadsheet shows the apostrophe-led cells as text.
    static QString neutralise(const QString& cell);
    static QString restore(const QString& cell);
    static QString quoteIfNeeded(const QString& cell, QChar delimiter);
    // The one checked way to write a whole file: QSaveFile, commit, and an error naming the file.
    static bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

private:
    Options m_options;
    QString m_text;
    int m_rows = 0;
};

} // namespace standlab
