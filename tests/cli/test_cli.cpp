// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalbundle.h"
#include "store/migrations.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "tools/eventgenerator.h"
#include "tools/eventstatistics.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The first line of `text` when it is the only one, otherwise empty: the CLI promises one-line errors.
bool isOneLine(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains('\n') && text.endsWith('\n');
}

} // namespace

// standlab-cli run as a real process: subcommands, output formats, exit codes and one-line errors.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void demoWritesAFileInfoDescribes();
    void demoRefusesToOverwrite();
    void infoTextIsAligned();
    void infoNeverWrites();
    void badFiles_data();
    void badFiles();
    void generateCountsMatchOptions_data();
    void generateCountsMatchOptions();
    void generateIsDeterministic();
    void generateRefusesToOverwrite();

private:
    static Result run(const QStringList& arguments);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QJsonObject infoJson(const QString& file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Result TestCli::run(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(STANDLAB_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("standlab-cli did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestCli::infoJson(const QString& file)
{
    const Result result = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    if (result.exitCode != 0) {
        qWarning("info failed: %s", result.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (document.isNull())
        qWarning("info --json is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("generate");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("info");
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << QStringLiteral("demo");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("standlab-cli 0.");
    QTest::newRow("help info") << QStringList{QStringLiteral("help"), QStringLiteral("info")}
                               << QStringLiteral("Usage: standlab-cli info FILE");
    QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                                 << QStringLiteral("--json");
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << QStringLiteral("Usage: standlab-cli demo OUT.standlab");
    QTest::newRow("generate --help") << QStringList{QStringLiteral("generate"), QStringLiteral("--help")}
                                     << QStringLiteral("--organisations");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(expected), result.out.constData());
    QVERIFY(result.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("x.standlab");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("subcommand");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("help for unknown") << QStringList{QStringLiteral("help"), QStringLiteral("nope")}
                                      << QStringLiteral("nope");
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << QStringLiteral("FILE");
    QTest::newRow("demo without file") << QStringList{QStringLiteral("demo")} << QStringLiteral("OUT.standlab");
    QTest::newRow("generate without file") << QStringList{QStringLiteral("generate"), QStringLiteral("--sessions"),
                                                          QStringLiteral("3")}
                                           << QStringLiteral("OUT.standlab");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("info"), out, QStringLiteral("more")}
                                    << QStringLiteral("more");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), out, QStringLiteral("--bogus")}
                                    << QStringLiteral("bogus");
    QTest::newRow("word for a number") << QStringList{QStringLiteral("generate"), out, QStringLiteral("--sessions"),
                                                      QStringLiteral("many")}
                                       << QStringLiteral("--sessions");
    QTest::newRow("negative number") << QStringList{QStringLiteral("generate"), out, QStringLiteral("--people=-4")}
                                     << QStringLiteral("--people");
    QTest::newRow("no days") << QStringList{QStringLiteral("generate"), out, QStringLiteral("--days"),
                                            QStringLiteral("0")}
                             << QStringLiteral("--days");
    QTest::newRow("option without value") << QStringList{QStringLiteral("generate"), out, QStringLiteral("--seed")}
                                          << QStringLiteral("seed");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // Run inside the temporary folder's terms: nothing may be created by a refused command.
    for (QString& argument : arguments)
        if (argument == QLatin1String("x.standlab"))
            argument = path(argument);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.standlab"))));
}

void TestCli::demoWritesAFileInfoDescribes()
{
    const QString file = path(QStringLiteral("demo.standlab"));
    const Result demo = run({QStringLiteral("demo"), file});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(QFile::exists(file));

    const QJsonObject info = infoJson(file);
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), Migrations::latestVersion());
    const QJsonObject counts = info.value(QStringLiteral("counts")).toObject();

    // The demo's content grows elsewhere: compare with what core counts rather than fixed numbers.
    OpenOptions options;
    options.readOnly = true;
    QString error;
    const std::unique_ptr<Store> store = Store::open(file, options, &error);
    QVERIFY2(store, qPrintable(error));
    const EventStatistics statistics = EventStatistics::of(*store);
    QCOMPARE(counts.size(), statistics.entries().size());
    for (const EventStatistics::Entry& entry : statistics.entries()) {
        QVERIFY2(counts.contains(entry.name), qPrintable(entry.name));
        QCOMPARE(counts.value(entry.name).toInteger(-1), entry.count);
    }
    QCOMPARE(counts.value(QStringLiteral("events")).toInt(), 1);
    for (const char* name : {"sessions", "people", "organisations", "working_lines", "spaces", "days", "actions",
                             "datasets", "initiatives", "revisions"})
        QVERIFY2(counts.value(QString::fromLatin1(name)).isDouble(), name);
    // Once the demo holds its programme, the floor applies.
    if (counts.value(QStringLiteral("sessions")).toInt() > 0)
        QVERIFY(counts.value(QStringLiteral("sessions")).toInt() >= 50);
}

void TestCli::demoRefusesToOverwrite()
{
    const QString file = path(QStringLiteral("precious.standlab"));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("not to be lost");
    existing.close();
    const QByteArray before = fileHash(file);

    const Result result = run({QStringLiteral("demo"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY(QString::fromUtf8(result.err).contains(QStringLiteral("precious.standlab")));
    QCOMPARE(fileHash(file), before);
}

void TestCli::infoTextIsAligned()
{
    EventGenerator::Options options;
    options.sessions = 12;
    options.people = 15;
    options.organisations = 7;
    const QString file = path(QStringLiteral("text.standlab"));
    QString error;
    QVERIFY2(EventGenerator::create(file, options, OpenOptions(), &error), qPrintable(error));

    const Result result = run({QStringLiteral("info"), file});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), EventStatistics::names().size() + 1);
    static const QRegularExpression pattern(QStringLiteral("^([a-z_]+)( +)(\\d+)$"));
    int column = -1;
    QHash<QString, qint64> values;
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const int start = int(match.capturedStart(3));
        if (column < 0)
            column = start;
        QCOMPARE(start, column); // the numbers line up
        values.insert(match.captured(1), match.captured(3).toLongLong());
    }
    QCOMPARE(lines.first().section(QLatin1Char(' '), 0, 0), QStringLiteral("schema_version"));
    QCOMPARE(values.value(QStringLiteral("schema_version")), Migrations::latestVersion());
    QCOMPARE(values.value(QStringLiteral("sessions")), 12);
    QCOMPARE(values.value(QStringLiteral("people")), 15);
    QCOMPARE(values.value(QStringLiteral("organisations")), 7);
    QCOMPARE(values.value(QStringLiteral("engagements")), 7);
}

void TestCli::infoNeverWrites()
{
    EventGenerator::Options options;
    options.sessions = 5;
    const QString file = path(QStringLiteral("look.standlab"));
    QString error;
    QVERIFY2(EventGenerator::create(file, options, OpenOptions(), &error), qPrintable(error));
    const QByteArray before = fileHash(file);
    QVERIFY(!before.isEmpty());
    QCOMPARE(run({QStringLiteral("info"), file}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("info"), file, QStringLiteral("--json")}).exitCode, 0);
    QCOMPARE(fileHash(file), before);

    // A file nobody may write is still described.
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser));
    const Result readOnly = run({QStringLiteral("info"), file});
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(readOnly.exitCode == 0, readOnly.err.constData());
    QCOMPARE(fileHash(file), before);
}

void TestCli::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // a null array: do not create the file
    QTest::newRow("missing") << QStringLiteral("missing.standlab") << QByteArray();
    QTest::newRow("missing folder") << QStringLiteral("nowhere/missing.standlab") << QByteArray();
    QTest::newRow("empty") << QStringLiteral("empty.standlab") << QByteArray("");
    QTest::newRow("text") << QStringLiteral("notes.standlab") << QByteArray("Just some notes,\nnot an event.\n");
    QTest::newRow("truncated SQLite")
        << QStringLiteral("cut.standlab") << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\x01');
}

void TestCli::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString file = path(name);
    if (!content.isNull()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const QByteArray before = fileHash(file);
    const Result result = run({QStringLiteral("info"), file});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(QFileInfo(name).fileName()), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(fileHash(file), before);
}

void TestCli::generateCountsMatchOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("organisations");
    QTest::addColumn<int>("days");
    QTest::newRow("small") << QStringList{QStringLiteral("--sessions"), QStringLiteral("25"),
                                          QStringLiteral("--people"), QStringLiteral("40"),
                                          QStringLiteral("--organisations"), QStringLiteral("30")}
                           << 25 << 40 << 30 << 3;
    QTest::newRow("two days, = syntax") << QStringList{QStringLiteral("--sessions=8"), QStringLiteral("--people=3"),
                                                       QStringLiteral("--organisations=0"),
                                                       QStringLiteral("--days=2"), QStringLiteral("--seed=9")}
                                        << 8 << 3 << 0 << 2;
}

void TestCli::generateCountsMatchOptions()
{
    QFETCH(QStringList, options);
    QFETCH(int, sessions);
    QFETCH(int, people);
    QFETCH(int, organisations);
    QFETCH(int, days);
    const QString file = path(QStringLiteral("generated.standlab"));
    const Result result = run(QStringList{QStringLiteral("generate"), file} + options);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject counts = infoJson(file).value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("sessions")).toInt(-1), sessions);
    QCOMPARE(counts.value(QStringLiteral("people")).toInt(-1), people);
    QCOMPARE(counts.value(QStringLiteral("organisations")).toInt(-1), organisations);
    QCOMPARE(counts.value(QStringLiteral("engagements")).toInt(-1), organisations);
    QCOMPARE(counts.value(QStringLiteral("days")).toInt(-1), days);
    QCOMPARE(counts.value(QStringLiteral("spaces")).toInt(-1), EventGenerator::Options().spaces);
}

void TestCli::generateIsDeterministic()
{
    const QStringList options = {QStringLiteral("--sessions"), QStringLiteral("30"), QStringLiteral("--people"),
                                 QStringLiteral("50"), QStringLiteral("--organisations"), QStringLiteral("40"),
                                 QStringLiteral("--seed"), QStringLiteral("1234")};
    const QString first = path(QStringLiteral("first.standlab"));
    const QString second = path(QStringLiteral("second.standlab"));
    const QString other = path(QStringLiteral("other.standlab"));
    QCOMPARE(run(QStringList{QStringLiteral("generate"), first} + options).exitCode, 0);
    QCOMPARE(run(QStringList{QStringLiteral("generate"), second} + options).exitCode, 0);
    QStringList otherOptions = options;
    otherOptions.last() = QStringLiteral("4321");
    QCOMPARE(run(QStringList{QStringLiteral("generate"), other} + otherOptions).exitCode, 0);

    const Result infoFirst = run({QStringLiteral("info"), first, QStringLiteral("--json")});
    const Result infoSecond = run({QStringLiteral("info"), second, QStringLiteral("--json")});
    QCOMPARE(infoFirst.exitCode, 0);
    QVERIFY(!infoFirst.out.isEmpty());
    QCOMPARE(infoFirst.out, infoSecond.out);

    QString error;
    const QByteArray contentFirst = testing::canonicalContent(first, &error);
    QVERIFY2(!contentFirst.isEmpty(), qPrintable(error));
    QCOMPARE(testing::canonicalContent(second), contentFirst);
    QVERIFY(testing::canonicalContent(other) != contentFirst);
}

void TestCli::generateRefusesToOverwrite()
{
    const QString file = path(QStringLiteral("taken.standlab"));
    QCOMPARE(run({QStringLiteral("generate"), file, QStringLiteral("--sessions"), QStringLiteral("3")}).exitCode, 0);
    const QByteArray before = fileHash(file);
    const Result again = run({QStringLiteral("generate"), file, QStringLiteral("--sessions"), QStringLiteral("9")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(isOneLine(again.err), again.err.constData());
    QVERIFY(QString::fromUtf8(again.err).contains(QStringLiteral("taken.standlab")));
    QCOMPARE(fileHash(file), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
