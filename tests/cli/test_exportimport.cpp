// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/eventbundle.h"
#include "io/formatregistry.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// `standlab-cli export` and `import` with the full-copy formats, run as real processes: the bundle
// round-trips to an identical event, refusals touch nothing, and errors are one line with an exit code.
class TestExportImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bundleRoundTripsToAnIdenticalEvent();
    void copyIsAnIdenticalEvent();
    void bundleIntoAnExistingEventIsRefused();
    void brokenBundleLeavesNoFile();
    void dryRunCreatesNothing();
    void usageErrors_data();
    void usageErrors();
    void unwritableOutputIsAClearError();
    void everyFormatHasANameAndSummary();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList& arguments);
    static QByteArray bundleOf(const QString& path);
    static QByteArray hashOf(const QString& path);
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestExportImport::Result TestExportImport::run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(STANDLAB_CLI_PATH), arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray TestExportImport::bundleOf(const QString& path)
{
    OpenOptions options;
    options.readOnly = true;
    QString error;
    const std::unique_ptr<Store> store = Store::open(path, options, &error);
    if (!store) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return QJsonDocument(EventBundle::write(*store)).toJson(QJsonDocument::Compact);
}

QByteArray TestExportImport::hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestExportImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(run({QStringLiteral("demo"), path("demo.standlab")}).exitCode, 0);
}

void TestExportImport::bundleRoundTripsToAnIdenticalEvent()
{
    const Result exported = run({QStringLiteral("export"), path("demo.standlab"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--output"), path("demo.json")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFile::exists(path("demo.json")));
    const Result imported = run({QStringLiteral("import"), path("again.standlab"), QStringLiteral("--format"),
                                 QStringLiteral("json"), path("demo.json")});
    QCOMPARE(imported.exitCode, 0);
    const QByteArray original = bundleOf(path("demo.standlab"));
    QVERIFY(!original.isEmpty());
    QCOMPARE(bundleOf(path("again.standlab")), original);
}

void TestExportImport::copyIsAnIdenticalEvent()
{
    QCOMPARE(run({QStringLiteral("export"), path("demo.standlab"), QStringLiteral("--format"), QStringLiteral("copy"),
                  QStringLiteral("--output"), path("copy.standlab")})
                 .exitCode,
             0);
    QCOMPARE(bundleOf(path("copy.standlab")), bundleOf(path("demo.standlab")));
}

void TestExportImport::bundleIntoAnExistingEventIsRefused()
{
    QCOMPARE(run({QStringLiteral("export"), path("demo.standlab"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--output"), path("demo.json")})
                 .exitCode,
             0);
    const QByteArray before = hashOf(path("demo.standlab"));
    const Result result = run({QStringLiteral("import"), path("demo.standlab"), QStringLiteral("--format"),
                               QStringLiteral("json"), path("demo.json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("already holds an event"));
    QCOMPARE(hashOf(path("demo.standlab")), before);
}

void TestExportImport::brokenBundleLeavesNoFile()
{
    QFile broken(path("broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"standlab-bundle\", \"schema_version\": 1, \"tables\": {\"sessions\": [");
    broken.close();
    const Result result = run({QStringLiteral("import"), path("new.standlab"), QStringLiteral("--format"),
                               QStringLiteral("json"), path("broken.json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("broken.json"), result.err.constData());
    QVERIFY(!QFile::exists(path("new.standlab")));
}

void TestExportImport::dryRunCreatesNothing()
{
    QCOMPARE(run({QStringLiteral("export"), path("demo.standlab"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--output"), path("demo.json")})
                 .exitCode,
             0);
    const Result result = run({QStringLiteral("import"), path("new.standlab"), QStringLiteral("--format"),
                               QStringLiteral("json"), path("demo.json"), QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFile::exists(path("new.standlab")));
}

void TestExportImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no format") << QStringList{QStringLiteral("export"), QStringLiteral("x.standlab"),
                                              QStringLiteral("--output"), QStringLiteral("y")}
                               << QByteArray("--format is required");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("x.standlab"),
                                                   QStringLiteral("--format"), QStringLiteral("docx"),
                                                   QStringLiteral("--output"), QStringLiteral("y")}
                                    << QByteArray("unknown format “docx”");
    QTest::newRow("no output") << QStringList{QStringLiteral("export"), QStringLiteral("x.standlab"),
                                              QStringLiteral("--format"), QStringLiteral("json")}
                               << QByteArray("--output is required");
    QTest::newRow("bad paper") << QStringList{QStringLiteral("export"), QStringLiteral("x.standlab"),
                                              QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("--output"), QStringLiteral("y"),
                                              QStringLiteral("--paper"), QStringLiteral("a5")}
                               << QByteArray("unknown paper size");
    QTest::newRow("import without input") << QStringList{QStringLiteral("import"), QStringLiteral("x.standlab"),
                                                         QStringLiteral("--format"), QStringLiteral("json")}
                                          << QByteArray("missing argument");
}

void TestExportImport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
}

void TestExportImport::unwritableOutputIsAClearError()
{
    const Result result = run({QStringLiteral("export"), path("demo.standlab"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--output"), path("missing/folder/out.json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("does not exist"), result.err.constData());
}

void TestExportImport::everyFormatHasANameAndSummary()
{
    const FormatRegistry& registry = FormatRegistry::builtIn();
    QVERIFY(registry.exportNames().contains(QStringLiteral("json")));
    QVERIFY(registry.exportNames().contains(QStringLiteral("copy")));
    QVERIFY(registry.importNames().contains(QStringLiteral("json")));
    for (const QString& name : registry.exportNames())
        QVERIFY2(!registry.exportFormat(name)->summary.isEmpty(), qPrintable(name));
    QCOMPARE(registry.exportNames().removeDuplicates(), 0);
}

QTEST_GUILESS_MAIN(TestExportImport)
#include "test_exportimport.moc"
