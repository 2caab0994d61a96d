// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/xlsxsheetwriter.h"
#include "export/xlsxarchivecheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace standlab;

namespace {

void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray deflateRaw(const QByteArray& data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

struct Part
{
    QString name;
    QByteArray content;
    bool deflated = true;
};

// A plain zip as libxlsxwriter's would be if a part had been cut short before it was packed: every
// header and checksum agrees with what is inside, only the content itself may be incomplete.
QByteArray zipOf(const QVector<Part>& parts)
{
    QByteArray archive;
    QByteArray directory;
    for (const Part& part : parts) {
        const QByteArray name = part.name.toUtf8();
        const QByteArray stored = part.deflated ? deflateRaw(part.content) : part.content;
        const quint32 crc = quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(part.content.constData()),
                                          uInt(part.content.size())));
        const quint32 offset = quint32(archive.size());
        const quint16 method = part.deflated ? 8 : 0;
        put32(archive, 0x04034b50u);
        put16(archive, 20);
        put16(archive, 0);
        put16(archive, method);
        put32(archive, 0); // time and date
        put32(archive, crc);
        put32(archive, quint32(stored.size()));
        put32(archive, quint32(part.content.size()));
        put16(archive, quint16(name.size()));
        put16(archive, 0);
        archive += name + stored;

        put32(directory, 0x02014b50u);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, method);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(stored.size()));
        put32(directory, quint32(part.content.size()));
        put16(directory, quint16(name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(archive.size());
    archive += directory;
    put32(archive, 0x06054b50u);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, quint16(parts.size()));
    put16(archive, quint16(parts.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

QVector<Part> smallWorkbook()
{
    QByteArray rows;
    for (int i = 1; i <= 200; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i)
                + "\" t=\"inlineStr\"><is><t>Fictional session " + QByteArray::number(i) + "</t></is></c></row>";
    return {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
         false},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet><sheetData>" + rows
             + "</sheetData></worksheet>"},
    };
}

} // namespace

// The read-back of a built workbook (issue 9): libxlsxwriter reports success for a workbook whose parts a
// full disk cut short, so the export reads the archive back before it replaces the old file.
class TestXlsxArchiveCheck : public QObject
{
    Q_OBJECT

private slots:
    void aWorkbookFromLibxlsxwriterPasses();
    void aWholeArchivePasses();
    void aPartCutShortFails();
    void aFlippedByteFails_data();
    void aFlippedByteFails();
    void anArchiveCutShortFails();
    void somethingElseFails();
};

void TestXlsxArchiveCheck::aWorkbookFromLibxlsxwriterPasses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    XlsxSheetWriter writer;
    XlsxSheetWriter::Sheet sheet{QStringLiteral("People"), {QStringLiteral("Name"), QStringLiteral("Town")}, {}};
    for (int i = 0; i < 300; ++i)
        sheet.rows.push_back({QStringLiteral("Visitor %1").arg(i), QStringLiteral("Lakeside")});
    writer.addSheet(sheet);
    const QString path = dir.filePath(QStringLiteral("people.xlsx"));
    QString error;
    QVERIFY2(writer.save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    QVERIFY2(XlsxArchiveCheck::verify(file.readAll(), &problem), qPrintable(problem));
}

void TestXlsxArchiveCheck::aWholeArchivePasses()
{
    QString problem;
    QVERIFY2(XlsxArchiveCheck::verify(zipOf(smallWorkbook()), &problem), qPrintable(problem));
}

void TestXlsxArchiveCheck::aPartCutShortFails()
{
    QVector<Part> parts = smallWorkbook();
    parts[2].content.truncate(parts[2].content.size() / 2);
    QString problem;
    QVERIFY(!XlsxArchiveCheck::verify(zipOf(parts), &problem));
    QVERIFY2(problem.contains(QLatin1String("xl/worksheets/sheet1.xml")), qPrintable(problem));

    // Cut at the very end too: one closing tag missing is as incomplete as half a sheet.
    parts = smallWorkbook();
    parts[0].content.chop(3);
    QVERIFY(!XlsxArchiveCheck::verify(zipOf(parts), &problem));
    QVERIFY2(problem.contains(QLatin1String("[Content_Types].xml")), qPrintable(problem));
    parts = smallWorkbook();
    parts[1].content.clear(); // a part left empty
    QVERIFY(!XlsxArchiveCheck::verify(zipOf(parts), &problem));
    QVERIFY2(problem.contains(QLatin1String("_rels/.rels")), qPrintable(problem));
}

void TestXlsxArchiveCheck::aFlippedByteFails_data()
{
    // A byte in a deflated part (the stream or its checksum breaks) and in a stored one (only the
    // checksum can tell).
    QTest::addColumn<int>("part");
    QTest::newRow("deflated") << 2;
    QTest::newRow("stored") << 1;
}

void TestXlsxArchiveCheck::aFlippedByteFails()
{
    QFETCH(int, part);
    const QVector<Part> parts = smallWorkbook();
    QByteArray archive = zipOf(parts);
    // The part's data starts after the local headers and data of the parts before it.
    qsizetype at = 0;
    for (int i = 0; i <= part; ++i) {
        const qsizetype data = at + 30 + qFromLittleEndian<quint16>(archive.constData() + at + 26);
        const qsizetype size = qsizetype(qFromLittleEndian<quint32>(archive.constData() + at + 18));
        if (i == part)
            at = data + size / 2;
        else
            at = data + size;
    }
    archive[at] = char(archive.at(at) ^ 0x20);
    QString problem;
    QVERIFY(!XlsxArchiveCheck::verify(archive, &problem));
    QVERIFY2(problem.contains(parts.at(part).name), qPrintable(problem));
}

void TestXlsxArchiveCheck::anArchiveCutShortFails()
{
    const QByteArray archive = zipOf(smallWorkbook());
    QString problem;
    for (const qsizetype length : {qsizetype(0), qsizetype(30), archive.size() / 2, archive.size() - 1}) {
        problem.clear();
        QVERIFY2(!XlsxArchiveCheck::verify(archive.left(length), &problem), qPrintable(QString::number(length)));
        QVERIFY(!problem.isEmpty());
    }
}

void TestXlsxArchiveCheck::somethingElseFails()
{
    QString problem;
    QVERIFY(!XlsxArchiveCheck::verify(QByteArray("Name,Town\r\nVisitor,Lakeside\r\n"), &problem));
    QVERIFY(!problem.isEmpty());
    // A zip without the part every workbook has.
    QVector<Part> parts = smallWorkbook();
    parts.removeFirst();
    QVERIFY(!XlsxArchiveCheck::verify(zipOf(parts), &problem));
    QVERIFY2(problem.contains(QLatin1String("[Content_Types].xml")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestXlsxArchiveCheck)
#include "test_xlsxarchivecheck.moc"
