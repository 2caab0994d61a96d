// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace standlab;

Q_DECLARE_METATYPE(standlab::CsvEncoding)

// The CSV dialects spreadsheets write, and the broken files people still try to import.
class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString& name) { return QStringLiteral(STANDLAB_TEST_DATA "/csv/") + name; }

private slots:
    void dialects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("line");

        QTest::newRow("utf-8") << "utf8.csv" << CsvEncoding::Utf8 << QChar(u',') << 3 << 2 << 4
                               << QStringLiteral("Jordi Puigdomènech") << 3;
        QTest::newRow("utf-8 bom crlf") << "utf8-bom.csv" << CsvEncoding::Utf8Bom << QChar(u',') << 3 << 0 << 0
                                        << QStringLiteral("Organisation") << 1;
        QTest::newRow("utf-16le bom") << "utf16le.csv" << CsvEncoding::Utf16LE << QChar(u',') << 2 << 1 << 3
                                      << QStringLiteral("anna.ferrer@example.org") << 2;
        QTest::newRow("windows-1252 semicolon header")
            << "windows1252-semicolon.csv" << CsvEncoding::Windows1252 << QChar(u';') << 3 << 0 << 3
            << QStringLiteral("Correo electrónico") << 1;
        QTest::newRow("windows-1252 euro and quotes")
            << "windows1252-semicolon.csv" << CsvEncoding::Windows1252 << QChar(u';') << 3 << 1 << 5
            << QStringLiteral("Presupuesto 1.500 € – “urgente”") << 2;
        QTest::newRow("windows-1252 catalan")
            << "windows1252-semicolon.csv" << CsvEncoding::Windows1252 << QChar(u';') << 3 << 2 << 5
            << QStringLiteral("L’escola — demà") << 3;
        QTest::newRow("windows-1252 names")
            << "windows1252-semicolon.csv" << CsvEncoding::Windows1252 << QChar(u';') << 3 << 1 << 4
            << QStringLiteral("Núria Ibáñez") << 2;
        QTest::newRow("tab") << "tab.tsv" << CsvEncoding::Utf8 << QChar(u'\t') << 3 << 2 << 4
                             << QStringLiteral("Marc Soler, PhD") << 3;
        QTest::newRow("quoted crlf newline") << "quoted-newlines.csv" << CsvEncoding::Utf8 << QChar(u',') << 4 << 1
                                             << 1 << QStringLiteral("First line\r\nsecond line, with comma") << 2;
        QTest::newRow("doubled quotes") << "quoted-newlines.csv" << CsvEncoding::Utf8 << QChar(u',') << 4 << 1 << 2
                                        << QStringLiteral("Anna \"La Jefa\" Ferrer") << 2;
        QTest::newRow("empty fields") << "quoted-newlines.csv" << CsvEncoding::Utf8 << QChar(u',') << 4 << 2 << 2
                                      << QString() << 4;
        QTest::newRow("line after quoted newlines") << "quoted-newlines.csv" << CsvEncoding::Utf8 << QChar(u',') << 4
                                                    << 3 << 1 << QStringLiteral("multi\nline\nnote") << 5;
    }

    void dialects()
    {
        QFETCH(QString, file);
        QFETCH(CsvEncoding, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(int, records);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, cell);
        QFETCH(int, line);
        CsvReader reader;
        QVERIFY2(reader.readFile(fixture(file)), qPrintable(reader.error()));
        QCOMPARE(reader.encoding(), encoding);
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.records().size(), records);
        const CsvRecord& record = reader.records().at(row);
        QCOMPARE(record.fields.value(column), cell);
        QCOMPARE(record.line, line);
        for (const CsvRecord& each : reader.records())
            QCOMPARE(each.fields.size(), reader.records().first().fields.size());
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lf") << QByteArray("a,b\nc,d\ne,f\n");
        QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\ne,f\r\n");
        QTest::newRow("cr") << QByteArray("a,b\rc,d\re,f\r");
        QTest::newRow("no final newline") << QByteArray("a,b\nc,d\ne,f");
        QTest::newRow("trailing empty lines") << QByteArray("a,b\r\nc,d\r\ne,f\r\n\r\n\r\n");
    }

    void lineEnds()
    {
        QFETCH(QByteArray, bytes);
        CsvReader reader;
        QVERIFY(reader.read(bytes));
        QCOMPARE(reader.records().size(), 3);
        QCOMPARE(reader.records().at(2).fields, QStringList({QStringLiteral("e"), QStringLiteral("f")}));
        QCOMPARE(reader.records().at(2).line, 3);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',');
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("Nombre;Importe;Ciudad\nAna;1,5;Le\xc3\xb3n\nLuis;2,25;Vic\nMar;3;Reus\n") << QChar(u';');
        QTest::newRow("comma inside quotes ignored")
            << QByteArray("name;city\n\"Soler, Marc\";Vic\n\"Puig, Anna\";Reus\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb, c\tc\n1\t2\t3\n") << QChar(u'\t');
        QTest::newRow("single column") << QByteArray("name\nAnna\nJordi\n") << QChar(u',');
    }

    void delimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        CsvReader reader;
        QVERIFY(reader.read(bytes));
        QCOMPARE(reader.delimiter(), delimiter);
    }

    void raggedRowsAreKept()
    {
        CsvReader reader;
        QVERIFY(reader.read(QByteArray("a,b,c\n1,2\n1,2,3,4\n")));
        QCOMPARE(reader.records().size(), 3);
        QCOMPARE(reader.records().at(1).fields.size(), 2);
        QCOMPARE(reader.records().at(2).fields.size(), 4);
    }

    void trailingDelimiterMakesEmptyField()
    {
        CsvReader reader;
        QVERIFY(reader.read(QByteArray("a,b,\n1,2,")));
        QCOMPARE(reader.records().at(1).fields, QStringList({QStringLiteral("1"), QStringLiteral("2"), QString()}));
    }

    void unterminatedQuoteNamesItsLine()
    {
        CsvReader reader;
        QVERIFY(!reader.readFile(fixture(QStringLiteral("unterminated.csv"))));
        QCOMPARE(reader.errorLine(), 4);
        QVERIFY2(reader.error().contains(QLatin1String("Line 4")), qPrintable(reader.error()));
        QVERIFY(reader.error().contains(QLatin1String("unterminated.csv")));
        QVERIFY(reader.records().isEmpty());
    }

    void unterminatedQuoteAfterQuotedNewlines()
    {
        CsvReader reader;
        QVERIFY(!reader.read(QByteArray("a,b\r\n\"x\r\ny\",1\r\n2,\"never closed\r\nmore")));
        QCOMPARE(reader.errorLine(), 4);
    }

    void hugeFieldRejected()
    {
        CsvReader::Options options;
        options.maxFieldSize = 1024;
        CsvReader reader(options);
        QByteArray bytes("name,notes\nAnna,short\nJordi,\"");
        bytes += QByteArray(4096, 'x');
        bytes += "\"\n";
        QVERIFY(!reader.read(bytes));
        QCOMPARE(reader.errorLine(), 3);
        QVERIFY(reader.error().contains(QLatin1String("1024")));

        QByteArray unquoted("name,notes\n");
        unquoted += QByteArray(2048, 'y');
        QVERIFY(!reader.read(unquoted));
        QCOMPARE(reader.errorLine(), 2);
    }

    void defaultFieldLimitIsOneMegabyte()
    {
        CsvReader reader;
        QByteArray bytes("a\n");
        bytes += QByteArray((1 << 20) + 1, 'z');
        QVERIFY(!reader.read(bytes));
        QCOMPARE(reader.errorLine(), 2);
    }

    void tooManyRecordsRejected()
    {
        CsvReader::Options options;
        options.maxRecords = 10;
        CsvReader reader(options);
        QByteArray bytes;
        for (int i = 0; i < 20; ++i)
            bytes += "row," + QByteArray::number(i) + "\n";
        QVERIFY(!reader.read(bytes));
        QCOMPARE(reader.errorLine(), 11);
        QVERIFY(reader.error().contains(QLatin1String("10")));
    }

    void deviceSizeBounded()
    {
        CsvReader::Options options;
        options.maxBytes = 100;
        CsvReader reader(options);
        QByteArray bytes(500, 'a');
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(!reader.read(&buffer));
        QVERIFY(!reader.error().isEmpty());
    }

    void binaryJunkRejected()
    {
        QByteArray junk;
        quint32 state = 12345;
        for (int i = 0; i < 4096; ++i) {
            state = state * 1103515245u + 12345u;
            junk += char(state >> 24);
        }
        junk[100] = '\0';
        CsvReader reader;
        QVERIFY(!reader.read(junk));
        QVERIFY(reader.errorLine() >= 1);
        QVERIFY(reader.error().contains(QLatin1String("binary")));
    }

    void emptyInput()
    {
        CsvReader reader;
        QVERIFY(reader.read(QByteArray()));
        QVERIFY(reader.records().isEmpty());
        QVERIFY(reader.read(QByteArray("\r\n\r\n")));
        QVERIFY(reader.records().isEmpty());
    }

    void windows1252Table()
    {
        const QByteArray bytes("\x80\x82\x84\x85\x8a\x8c\x91\x92\x93\x94\x95\x96\x97\x99\x9c\x9f\xa0\xe0\xe7\xf1\xff");
        QCOMPARE(CsvReader::decodeWindows1252(bytes),
                 QStringLiteral("€‚„…ŠŒ‘’“”•–—™œŸ\u00a0àçñÿ"));
    }

    void missingFile()
    {
        CsvReader reader;
        QVERIFY(!reader.readFile(QStringLiteral("/nonexistent/contacts.csv")));
        QVERIFY(reader.error().contains(QLatin1String("contacts.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
