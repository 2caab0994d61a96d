// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxarchivecheck.h"

#include "csv/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QtEndian>

#include <zlib.h>

namespace standlab {

namespace {

constexpr quint32 localHeaderSignature = 0x04034b50u;
constexpr quint32 centralHeaderSignature = 0x02014b50u;
constexpr quint32 endOfDirectorySignature = 0x06054b50u;
constexpr qsizetype endOfDirectorySize = 22;
constexpr qsizetype centralHeaderSize = 46;
constexpr qsizetype localHeaderSize = 30;

quint16 read16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 read32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// Raw deflate as zip stores it (no zlib header). Refuses to grow past the size the directory declares,
// so a damaged length field cannot make it allocate without bound.
bool inflateRaw(const char* data, qsizetype size, quint32 expected, QByteArray* out)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    out->resize(qsizetype(expected) + 1); // one spare byte: output past the declared size is detected
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    stream.avail_in = uInt(size);
    stream.next_out = reinterpret_cast<Bytef*>(out->data());
    stream.avail_out = uInt(out->size());
    const int rc = inflate(&stream, Z_FINISH);
    const qsizetype produced = qsizetype(stream.total_out);
    inflateEnd(&stream);
    if (rc != Z_STREAM_END || produced != qsizetype(expected))
        return false;
    out->resize(produced);
    return true;
}

bool isWellFormedXml(const QByteArray& bytes)
{
    QXmlStreamReader reader(bytes);
    bool ended = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::EndDocument)
            ended = true;
    }
    return ended && !reader.hasError();
}

bool fail(QString* problem, const QString& why)
{
    if (problem)
        *problem = why;
    return false;
}

} // namespace

bool XlsxArchiveCheck::verify(const QByteArray& archive, QString* problem)
{
    const qsizetype size = archive.size();
    // The end-of-directory record is the last thing in the file, followed only by a comment (< 64 KiB).
    qsizetype end = -1;
    for (qsizetype at = size - endOfDirectorySize; at >= 0 && at >= size - endOfDirectorySize - 0xFFFF; --at) {
        if (read32(archive, at) == endOfDirectorySignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(problem, tr("its zip directory is missing"));
    const quint16 count = read16(archive, end + 10);
    const quint32 directorySize = read32(archive, end + 12);
    const quint32 directoryOffset = read32(archive, end + 16);
    // libxlsxwriter writes ZIP64 only when asked to (use_zip64), and we never ask.
    if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFu)
        return fail(problem, tr("its zip directory is in an unexpected form"));
    if (count == 0 || qint64(directoryOffset) + directorySize > end)
        return fail(problem, tr("its zip directory is incomplete"));

    bool contentTypes = false;
    qsizetype at = qsizetype(directoryOffset);
    for (int i = 0; i < count; ++i) {
        if (at + centralHeaderSize > end || read32(archive, at) != centralHeaderSignature)
            return fail(problem, tr("its zip directory is incomplete"));
        const quint16 method = read16(archive, at + 10);
        const quint32 crc = read32(archive, at + 16);
        const quint32 compressedSize = read32(archive, at + 20);
        const quint32 uncompressedSize = read32(archive, at + 24);
        const quint16 nameLength = read16(archive, at + 28);
        const quint16 extraLength = read16(archive, at + 30);
        const quint16 commentLength = read16(archive, at + 32);
        const quint32 localOffset = read32(archive, at + 42);
        if (at + centralHeaderSize + nameLength > end)
            return fail(problem, tr("its zip directory is incomplete"));
        const QByteArray rawName = archive.mid(at + centralHeaderSize, nameLength);
        const QString name = QString::fromUtf8(rawName);
        at += centralHeaderSize + nameLength + extraLength + commentLength;

        // The part itself: its local header must agree with the directory, its data must fit before it.
        const qsizetype local = qsizetype(localOffset);
        if (local + localHeaderSize > qsizetype(directoryOffset) || read32(archive, local) != localHeaderSignature)
            return fail(problem, tr("part “%1” is missing").arg(name));
        const quint16 localNameLength = read16(archive, local + 26);
        const quint16 localExtraLength = read16(archive, local + 28);
        const qsizetype data = local + localHeaderSize + localNameLength + localExtraLength;
        if (archive.mid(local + localHeaderSize, localNameLength) != rawName
            || data + qsizetype(compressedSize) > qsizetype(directoryOffset))
            return fail(problem, tr("part “%1” is cut short").arg(name));

        QByteArray content;
        if (method == 0) {
            if (compressedSize != uncompressedSize)
                return fail(problem, tr("part “%1” is cut short").arg(name));
            content = archive.mid(data, compressedSize);
        } else if (method == Z_DEFLATED) {
            // Deflate shrinks by at most about 1:1032; a larger claim is a damaged size field.
            if (qint64(uncompressedSize) > qint64(compressedSize) * 1040 + 1024
                || !inflateRaw(archive.constData() + data, compressedSize, uncompressedSize, &content))
                return fail(problem, tr("part “%1” cannot be unpacked").arg(name));
        } else {
            return fail(problem, tr("part “%1” is stored in an unknown way").arg(name));
        }
        const uLong actual = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(content.constData()),
                                   uInt(content.size()));
        if (actual != crc)
            return fail(problem, tr("part “%1” does not match its checksum").arg(name));
        if ((name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels"))) && !isWellFormedXml(content))
            return fail(problem, tr("part “%1” is cut short").arg(name));
        if (name == QLatin1String("[Content_Types].xml"))
            contentTypes = true;
    }
    if (!contentTypes)
        return fail(problem, tr("part “%1” is missing").arg(QStringLiteral("[Content_Types].xml")));
    return true;
}

bool XlsxArchiveCheck::publish(const QString& built, const QString& destination, QString* error)
{
    QFile file(built);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(destination), file.errorString());
        return false;
    }
    // workbook_close() succeeds even when the disk refused part of the workbook: read it back first.
    const QByteArray bytes = file.readAll();
    QString problem;
    if (!verify(bytes, &problem)) {
        if (error)
            *error = tr("Cannot write “%1”: the workbook came out incomplete (%2); the disk may be full.")
                         .arg(QDir::toNativeSeparators(destination), problem);
        return false;
    }
    return CsvWriter::writeFileAtomically(destination, bytes, error);
}

} // namespace standlab
