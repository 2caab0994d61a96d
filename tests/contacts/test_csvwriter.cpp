// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace standlab;

// CSV written by us reads back as it was, and never carries a formula into a spreadsheet.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    static QVector<QStringList> readBack(const QByteArray& bytes)
    {
        CsvReader reader;
        if (!reader.read(bytes))
            return {{QStringLiteral("error: ") + reader.error()}};
        QVector<QStringList> rows;
        for (const CsvRecord& record : reader.records())
            rows << record.fields;
        return rows;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("plain") << QStringList{QStringLiteral("Anna"), QStringLiteral("Girona"), QStringLiteral("x")};
        QTest::newRow("delimiters") << QStringList{QStringLiteral("a,b"), QStringLiteral("c;d"), QStringLiteral("e\tf")};
        QTest::newRow("quotes") << QStringList{QStringLiteral("\""), QStringLiteral("\"\"quoted\"\""),
                                               QStringLiteral("say \"hola\"")};
        QTest::newRow("newlines") << QStringList{QStringLiteral("a\nb"), QStringLiteral("c\r\nd"), QStringLiteral("e\rf")};
        QTest::newRow("empty cells") << QStringList{QString(), QString(), QString()};
        QTest::newRow("spaces kept") << QStringList{QStringLiteral("  lead"), QStringLiteral("trail  "), QStringLiteral(" ")};
        QTest::newRow("non-ascii") << QStringList{QStringLiteral("Núria Ibáñez"), QStringLiteral("L’Hospitalet — 5 €"),
                                                  QStringLiteral("東京 🚲")};
        QTest::newRow("quote not at start") << QStringList{QStringLiteral("a\"b"), QStringLiteral("x\"\""),
                                                           QStringLiteral("'single'")};
        QTest::newRow("trailing newline") << QStringList{QStringLiteral("end\n"), QStringLiteral("\n"),
                                                         QStringLiteral("\r\n")};
    }

    void roundTrip()
    {
        QFETCH(QStringList, cells);
        CsvWriter::Options options;
        options.neutraliseFormulas = false;
        CsvWriter writer(options);
        const QStringList header = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
        writer.addRow(header);
        writer.addRow(cells);
        writer.addRow(cells);
        const QVector<QStringList> rows = readBack(writer.data());
        QCOMPARE(rows, QVector<QStringList>({header, cells, cells}));

        options.byteOrderMark = true;
        CsvWriter withBom(options);
        withBom.addRow(header);
        withBom.addRow(cells);
        QVERIFY(withBom.data().startsWith("\xEF\xBB\xBF"));
        QCOMPARE(readBack(withBom.data()), QVector<QStringList>({header, cells}));
    }

    void singleEmptyCellSurvives()
    {
        CsvWriter writer;
        writer.addRow({QStringLiteral("name")});
        writer.addRow({QString()});
        writer.addRow({QStringLiteral("Anna")});
        QCOMPARE(readBack(writer.data()).size(), 3);
    }

    void crlfAndQuoting()
    {
        CsvWriter writer;
        writer.addRow({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")});
        QCOMPARE(writer.data(), QByteArray("a,\"b,c\",\"d\"\"e\"\r\n"));
    }

    void neutralisation_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("plus") << "+34 600 000 001" << "'+34 600 000 001";
        QTest::newRow("minus") << "-2+3" << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1" << "'\t=1";
        QTest::newRow("carriage return") << "\r=1" << "'\r=1";
        QTest::newRow("plain") << "Girona" << "Girona";
        QTest::newRow("equals later") << "a=b" << "a=b";
        QTest::newRow("empty") << "" << "";
    }

    void neutralisation()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::neutralise(cell), written);
        CsvWriter writer;
        writer.addRow({QStringLiteral("h1"), QStringLiteral("h2")});
        writer.addRow({cell, QStringLiteral("x")});
        const QVector<QStringList> rows = readBack(writer.data());
        QCOMPARE(rows.value(1).value(0), written);
    }

    void saveIsAtomicAndNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        CsvWriter writer;
        writer.addRow({QStringLiteral("a"), QStringLiteral("b")});
        QString error;
        QVERIFY2(writer.save(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));

        const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        QVERIFY(!writer.save(missing, &error));
        QVERIFY2(error.contains(QLatin1String("out.csv")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
