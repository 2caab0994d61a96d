// SPDX-License-Identifier: GPL-3.0-or-later
// The contact formats through the real command line: every CSV dialect imports, every broken file
// is refused with its line and leaves the event file byte-for-byte as it was, duplicates are
// reported, and the exports (CSV, xlsx, vCard) are written.
#include "contacts/contactformats.h"
#include "demo/demoevent.h"
#include "io/formatregistry.h"
#include "model/engagement.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

class TestContactFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatsAreRegistered();
    void dialectsImport_data();
    void dialectsImport();
    void brokenFilesChangeNothing_data();
    void brokenFilesChangeNothing();
    void duplicatesReported();
    void mappingFileIsUsed();
    void exportsWrite_data();
    void exportsWrite();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result cli(const QStringList& arguments) const;
    QString freshEvent(const QString& name) const;
    static QByteArray hash(const QString& path);
    static QString data(const QString& name) { return QStringLiteral(STANDLAB_TEST_DATA "/csv/") + name; }

    QTemporaryDir m_dir;
};

void TestContactFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestContactFormats::Result TestContactFormats::cli(const QStringList& arguments) const
{
    QProcess process;
    process.start(QStringLiteral(STANDLAB_CLI_PATH), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestContactFormats::freshEvent(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!DemoEvent::create(path, OpenOptions(), &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QByteArray TestContactFormats::hash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestContactFormats::formatsAreRegistered()
{
    const FormatRegistry& registry = FormatRegistry::builtIn();
    QVERIFY(registry.importFormat(QStringLiteral("contacts-csv")));
    for (const QString& name : {QStringLiteral("contacts-csv"), QStringLiteral("contacts-xlsx"), QStringLiteral("vcard")})
        QVERIFY2(registry.exportFormat(name), qPrintable(name));
}

void TestContactFormats::dialectsImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("organisations");
    QTest::addColumn<QString>("person"); // a name with the non-ASCII letters the dialect must keep
    QTest::newRow("utf-8") << "utf8.csv" << 2 << QStringLiteral("Jordi Puigdomènech");
    QTest::newRow("utf-8 with BOM") << "utf8-bom.csv" << 2 << QStringLiteral("Jordi Puigdomènech");
    QTest::newRow("windows-1252, semicolons") << "windows1252-semicolon.csv" << 2 << QStringLiteral("Núria Ibáñez");
    QTest::newRow("quoted newlines") << "quoted-newlines.csv" << 3 << QStringLiteral("Anna \"La Jefa\" Ferrer");
    QTest::newRow("catalan headers") << "contacts-ca.csv" << 2 << QStringLiteral("Núria Casals");
    QTest::newRow("utf-16") << "utf16le.csv" << 1 << QStringLiteral("Anna Ferrer");
}

void TestContactFormats::dialectsImport()
{
    QFETCH(QString, file);
    QFETCH(int, organisations);
    QFETCH(QString, person);
    const QString event = freshEvent(QStringLiteral("dialect-%1.standlab").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
    qint64 before = 0;
    {
        QString error;
        auto store = Store::open(event, OpenOptions(), &error);
        before = store->count(QStringLiteral("organisations"));
    }
    const Result dry = cli({QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"),
                            data(file), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY(dry.out.contains(QStringLiteral("Organisations created: %1").arg(organisations)));
    const Result real = cli({QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"), data(file)});
    QVERIFY2(real.exitCode == 0, qPrintable(real.err));
    QString error;
    auto store = Store::open(event, OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("organisations")), before + organisations);
    QCOMPARE(Repository<Person>(*store).where(QStringLiteral("name = ?"), {person}).size(), 1);
}

void TestContactFormats::brokenFilesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote") << "unterminated.csv" << "Line 4";
    QTest::newRow("wrong column count") << "wrong-columns.csv" << "Line 3";
    QTest::newRow("cut short") << "truncated.csv" << "Line 4";
    QTest::newRow("bad date") << "bad-date.csv" << "Line 3";
    QTest::newRow("empty file") << "empty.csv" << "empty";
    QTest::newRow("binary junk") << "junk.bin" << "Line 1";
}

void TestContactFormats::brokenFilesChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString event = freshEvent(QStringLiteral("broken-%1.standlab").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QByteArray before = hash(event);
    QVERIFY(!before.isEmpty());
    for (const bool dryRun : {true, false}) {
        QStringList arguments{QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"), data(file)};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const Result result = cli(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(hash(event), before);
    }
    QFile::remove(event);
}

void TestContactFormats::duplicatesReported()
{
    const QString event = freshEvent(QStringLiteral("duplicates.standlab"));
    const Result result = cli({QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"),
                               data(QStringLiteral("duplicates.csv"))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Skipped as duplicates: 2")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Line 3: duplicate of line 2 (same name at the same organisation)")));
    QVERIFY(result.out.contains(QStringLiteral("Line 4: duplicate of line 2 (same email)")));
    // "COOPERATIVA LACTIA" is "Cooperativa Làctia": one organisation, not two.
    QString error;
    auto store = Store::open(event, OpenOptions(), &error);
    QCOMPARE(Repository<Organisation>(*store).where(QStringLiteral("city = 'Vic'")).size(), 1);

    // Importing the same file again finds everyone already there.
    store.reset();
    const Result again = cli({QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"),
                              data(QStringLiteral("duplicates.csv")), QStringLiteral("--dry-run")});
    QVERIFY2(again.out.contains(QStringLiteral("People created: 0")), qPrintable(again.out));
}

void TestContactFormats::mappingFileIsUsed()
{
    // A saved mapping sends "Notes" to the topics requested instead of the notes.
    const QString event = freshEvent(QStringLiteral("mapping.standlab"));
    const QString mapping = m_dir.filePath(QStringLiteral("mapping.json"));
    QFile out(mapping);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"version": 1, "columns": [{"header": "Organisation", "field": "organisation_name"},
                 {"header": "Notes", "field": "topics"}, {"header": "Name", "field": "person_name"}]})");
    out.close();
    const Result result = cli({QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"),
                               data(QStringLiteral("quoted-newlines.csv")), QStringLiteral("--mapping"), mapping});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString error;
    auto store = Store::open(event, OpenOptions(), &error);
    const auto found = Repository<Organisation>(*store).where(QStringLiteral("name = 'Ajuntament de Girona'"));
    QCOMPARE(found.size(), 1);
    const auto engagement = Repository<Engagement>(*store).where(QStringLiteral("organisation_id = ?"), {found.first().id});
    QCOMPARE(engagement.size(), 1);
    QVERIFY2(engagement.first().topics.startsWith(QStringLiteral("First line"))
                 && engagement.first().topics.endsWith(QStringLiteral("\nsecond line, with comma")),
             qPrintable(engagement.first().topics));

    // A mapping that is not JSON is refused before anything is read.
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("not json");
    out.close();
    const Result bad = cli({QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"),
                            data(QStringLiteral("utf8.csv")), QStringLiteral("--mapping"), mapping});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("mapping")), qPrintable(bad.err));
}

void TestContactFormats::exportsWrite_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("starts");
    QTest::addColumn<QByteArray>("contains");
    QTest::newRow("csv") << "contacts-csv" << QByteArray("Organisation,Kind") << QByteArray("\r\n");
    QTest::newRow("xlsx") << "contacts-xlsx" << QByteArray("PK") << QByteArray("xl/worksheets/sheet2.xml");
    QTest::newRow("vcard") << "vcard" << QByteArray("BEGIN:VCARD\r\nVERSION:4.0") << QByteArray("ORG:");
}

void TestContactFormats::exportsWrite()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, starts);
    QFETCH(QByteArray, contains);
    const QString event = freshEvent(QStringLiteral("export-%1.standlab").arg(format));
    const QString output = m_dir.filePath(QStringLiteral("out-") + format);
    const Result result = cli({QStringLiteral("export"), event, QStringLiteral("--format"), format,
                               QStringLiteral("--output"), output});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(starts), bytes.left(40).constData());
    QVERIFY(bytes.contains(contains));
}

QTEST_GUILESS_MAIN(TestContactFormats)
#include "test_contactformats.moc"
