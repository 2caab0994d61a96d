// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace standlab {
namespace {

// What the parser stopped on, when it did not reach the end cleanly.
struct ParseOutcome
{
    enum Kind { Done, UnterminatedQuote, FieldTooLarge, TooManyRecords } kind = Done;
    int line = 0;
};

// RFC 4180 with the leniency spreadsheets need: CR, LF or CRLF line ends, quotes only special at the
// start of a field, blank lines skipped. With stopAfter > 0 it stops quietly (delimiter sniffing).
ParseOutcome parseText(const QString& text, QChar delimiter, qsizetype maxField, qsizetype maxRecords,
                       QVector<CsvRecord>& out, int stopAfter = 0)
{
    const QChar* data = text.constData();
    const qsizetype size = text.size();
    const char16_t delim = delimiter.unicode();
    int line = 1;
    int recordLine = 1;
    int fieldLine = 1;
    QStringList fields;
    QString field;
    bool recordStarted = false;
    bool anyQuoted = false;
    qsizetype i = 0;

    auto endRecord = [&]() -> bool {
        fields << field;
        field.clear();
        const bool blank = fields.size() == 1 && fields.first().isEmpty() && !anyQuoted;
        if (!blank) {
            if (out.size() >= maxRecords)
                return false;
            out.push_back({fields, recordLine});
        }
        fields.clear();
        recordStarted = false;
        anyQuoted = false;
        return true;
    };
    auto isBreak = [](char16_t c) { return c == u'\r' || c == u'\n'; };
    // Consumes one line end at i (CRLF counts as one physical line).
    auto skipBreak = [&]() {
        if (data[i].unicode() == u'\r' && i + 1 < size && data[i + 1].unicode() == u'\n')
            ++i;
        ++i;
        ++line;
    };

    while (i < size) {
        if (stopAfter > 0 && out.size() >= stopAfter)
            return {};
        if (!recordStarted) {
            recordStarted = true;
            recordLine = line;
        }
        fieldLine = line;
        if (data[i].unicode() == u'"') {
            // Quoted field: runs to the closing quote; doubled quotes stand for one.
            anyQuoted = true;
            ++i;
            bool closed = false;
            while (i < size) {
                qsizetype j = i;
                while (j < size && data[j].unicode() != u'"') {
                    if (isBreak(data[j].unicode())) {
                        if (!(data[j].unicode() == u'\n' && j > 0 && data[j - 1].unicode() == u'\r'))
                            ++line;
                    }
                    ++j;
                }
                field.append(data + i, j - i);
                if (field.size() > maxField)
                    return {ParseOutcome::FieldTooLarge, fieldLine};
                if (j >= size) {
                    i = j;
                    break;
                }
                if (j + 1 < size && data[j + 1].unicode() == u'"') {
                    field.append(QLatin1Char('"'));
                    i = j + 2;
                    continue;
                }
                i = j + 1;
                closed = true;
                break;
            }
            if (!closed)
                return {ParseOutcome::UnterminatedQuote, fieldLine};
            // Text after the closing quote (`"a"b`) is kept rather than refused, as spreadsheets do.
            qsizetype j = i;
            while (j < size && data[j].unicode() != delim && !isBreak(data[j].unicode()))
                ++j;
            field.append(data + i, j - i);
            i = j;
        } else {
            qsizetype j = i;
            while (j < size && data[j].unicode() != delim && !isBreak(data[j].unicode()))
                ++j;
            field.append(data + i, j - i);
            i = j;
        }
        if (field.size() > maxField)
            return {ParseOutcome::FieldTooLarge, fieldLine};
        if (i >= size)
            break;
        if (data[i].unicode() == delim) {
            fields << field;
            field.clear();
            ++i;
            if (i >= size) // a trailing delimiter at the very end still closes an empty last field
                break;
            continue;
        }
        skipBreak();
        if (!endRecord())
            return {ParseOutcome::TooManyRecords, recordLine};
    }
    if (recordStarted && !endRecord())
        return {ParseOutcome::TooManyRecords, recordLine};
    return {};
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes map to C1 controls.
const char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

QString CsvReader::decodeWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        out[i] = (c >= 0x80 && c <= 0x9F) ? QChar(windows1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

QString CsvReader::decode(const QByteArray& bytes, CsvEncoding* detected)
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        encoding = CsvEncoding::Utf8Bom;
        text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = uchar(bytes.at(0)) == 0xFF;
        encoding = little ? CsvEncoding::Utf16LE : CsvEncoding::Utf16BE;
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder(bytes.mid(2));
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(bytes);
        if (decoder.hasError()) {
            // Not UTF-8: what Excel on Windows writes in Spain and Catalonia.
            encoding = CsvEncoding::Windows1252;
            text = decodeWindows1252(bytes);
        }
    }
    if (detected)
        *detected = encoding;
    return text;
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8: return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case CsvEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    const QString sample = text.left(64 * 1024);
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = candidates[0];
    double bestRatio = 0;
    qsizetype bestWidth = 1;
    for (const QChar candidate : candidates) {
        QVector<CsvRecord> records;
        // A sample may end inside a quoted field; what was read before that still counts.
        parseText(sample, candidate, sample.size() + 1, 1 << 20, records, 20);
        if (records.isEmpty())
            continue;
        const qsizetype width = records.first().fields.size();
        if (width < 2)
            continue;
        int consistent = 0;
        for (const CsvRecord& record : qAsConst(records))
            consistent += record.fields.size() == width ? 1 : 0;
        const double ratio = double(consistent) / double(records.size());
        if (ratio > bestRatio || (ratio == bestRatio && width > bestWidth)) {
            best = candidate;
            bestRatio = ratio;
            bestWidth = width;
        }
    }
    return best;
}

bool CsvReader::fail(int line, const QString& message)
{
    m_errorLine = line;
    m_error = message;
    m_records.clear();
    return false;
}

bool CsvReader::read(const QByteArray& bytes)
{
    m_records.clear();
    m_error.clear();
    m_errorLine = 0;
    const QString text = decode(bytes, &m_encoding);
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0) {
        const int line = int(QStringView(text).left(nul).count(QLatin1Char('\n'))) + 1;
        return fail(line, tr("Line %1 holds binary data, not text: this does not look like a CSV file.").arg(line));
    }
    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter(text) : m_options.delimiter;
    return parse(text, m_delimiter, m_options.maxRecords, m_records);
}

bool CsvReader::parse(const QString& text, QChar delimiter, qsizetype recordLimit, QVector<CsvRecord>& out)
{
    const ParseOutcome outcome = parseText(text, delimiter, m_options.maxFieldSize, recordLimit, out);
    switch (outcome.kind) {
    case ParseOutcome::Done:
        return true;
    case ParseOutcome::UnterminatedQuote:
        return fail(outcome.line, tr("Line %1: a quoted field that starts there is never closed; "
                                     "the file may be cut short or have a stray quote.")
                                      .arg(outcome.line));
    case ParseOutcome::FieldTooLarge:
        return fail(outcome.line, tr("Line %1: a field is longer than %2 characters; "
                                     "this does not look like a contacts spreadsheet.")
                                      .arg(outcome.line)
                                      .arg(m_options.maxFieldSize));
    case ParseOutcome::TooManyRecords:
        return fail(outcome.line, tr("Line %1: the file has more than %2 rows, more than can be imported at once.")
                                      .arg(outcome.line)
                                      .arg(m_options.maxRecords));
    }
    return false;
}

bool CsvReader::read(QIODevice* device)
{
    if (!device || !device->isReadable()) {
        m_records.clear();
        return fail(0, tr("The data could not be read."));
    }
    const auto tooLarge = [this] {
        return fail(0, tr("The file is larger than %1 MB, more than can be imported at once.")
                           .arg(m_options.maxBytes >> 20));
    };
    // A file that says it is too large is refused before reading it; others are read in chunks, so a
    // small file never pays for a buffer of the largest size allowed.
    if (!device->isSequential() && device->size() > m_options.maxBytes)
        return tooLarge();
    QByteArray bytes;
    if (!device->isSequential())
        bytes.reserve(qsizetype(device->size()));
    constexpr qint64 chunk = qint64(1) << 20;
    while (bytes.size() <= m_options.maxBytes) {
        const QByteArray part = device->read(qMin(chunk, m_options.maxBytes + 1 - bytes.size()));
        if (part.isEmpty())
            break;
        bytes.append(part);
    }
    if (bytes.size() > m_options.maxBytes)
        return tooLarge();
    return read(bytes);
}

bool CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, tr("“%1” could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!read(&file)) {
        m_error = tr("“%1”: %2").arg(QDir::toNativeSeparators(path), m_error);
        return false;
    }
    return true;
}

} // namespace standlab
