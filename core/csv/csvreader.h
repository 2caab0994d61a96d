// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class QIODevice;

namespace standlab {

// One record of a CSV file and the physical line it starts on, so errors can name that line.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// The text encodings real spreadsheets save CSV files in.
enum class CsvEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

// Reads CSV files as spreadsheets write them (RFC 4180 and its dialects): detects the encoding and
// the delimiter, and refuses oversized or broken input with a message naming the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        QChar delimiter;                      // null: detect among comma, semicolon and tab
        qsizetype maxFieldSize = 1 << 20;     // characters in one field
        qsizetype maxRecords = 1000000;       // records in one file
        qint64 maxBytes = qint64(256) << 20;  // bytes read from a device
    };

    CsvReader() = default;
    explicit CsvReader(const Options& options) : m_options(options) {}

    // Each returns false and sets error() (and errorLine()) when the input cannot be read whole.
    bool read(const QByteArray& bytes);
    bool read(QIODevice* device);
    bool readFile(const QString& path);

    const QVector<CsvRecord>& records() const { return m_records; }
    QVector<CsvRecord> takeRecords() { return std::move(m_records); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    CsvEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    // Turns bytes into text, guessing the encoding from a BOM or from UTF-8 validity.
    static QString decode(const QByteArray& bytes, CsvEncoding* detected = nullptr);
    static QString decodeWindows1252(const QByteArray& bytes);
    // The delimiter that gives the first records the same number of fields (quotes respected).
    static QChar detectDelimiter(const QString& text);
    static QString encodingName(CsvEncoding encoding);

private:
    bool parse(const QString& text, QChar delimiter, qsizetype recordLimit, QVector<CsvRecord>& out);
    bool fail(int line, const QString& message);

    Options m_options;
    QVector<CsvRecord> m_records;
    QString m_error;
    int m_errorLine = 0;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace standlab
