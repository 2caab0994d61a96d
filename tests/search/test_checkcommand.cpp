// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicts/conflictdetector.h"
#include "conflicts/conflictinput.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

Result runCli(const QStringList& arguments)
{
    QProcess process;
    // Qt warns on stderr without a runtime folder; give it one so stderr holds only what we print.
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STANDLAB_CLI_PATH), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

// `standlab-cli check FILE [--json]` run as a real process: the conflicts, their sentences, exit codes.
class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void reportsConflicts_data();
    void reportsConflicts();
    void cleanFileExitsZero();
    void usageAndBadFiles_data();
    void usageAndBadFiles();

private:
    // An event with one day, one stage and the sessions of a case; returns the file.
    QString makeEvent(const QString& name, const QVector<Row>& sessions);

    QTemporaryDir m_dir;
};

QString TestCheckCommand::makeEvent(const QString& name, const QVector<Row>& sessions)
{
    QString error;
    const QString path = m_dir.filePath(name);
    auto store = Store::create(path, OpenOptions::forLaptop(QStringLiteral("checker")), &error);
    if (!store) {
        qWarning() << error;
        return {};
    }
    store->insert(QStringLiteral("event_days"), Row{{QStringLiteral("id"), QStringLiteral("day-1")},
                                                    {QStringLiteral("day"), QStringLiteral("2019-11-19")},
                                                    {QStringLiteral("opens"), QStringLiteral("09:00")},
                                                    {QStringLiteral("closes"), QStringLiteral("19:00")}});
    store->insert(QStringLiteral("spaces"), Row{{QStringLiteral("id"), QStringLiteral("stage")},
                                                {QStringLiteral("name"), QStringLiteral("Main stage")},
                                                {QStringLiteral("capacity"), 40}});
    for (Row row : sessions) {
        row.insert(QStringLiteral("space_id"), QStringLiteral("stage"));
        if (store->insert(QStringLiteral("sessions"), row, &error).isEmpty())
            qWarning() << error;
    }
    return path;
}

namespace {

Row session(const QString& title, const QString& start, const QString& end, const QString& status = QStringLiteral("proposed"))
{
    Row row;
    row.insert(QStringLiteral("title"), title);
    row.insert(QStringLiteral("starts_at"), QString(QStringLiteral("2019-11-19T") + start));
    row.insert(QStringLiteral("ends_at"), QString(QStringLiteral("2019-11-19T") + end));
    row.insert(QStringLiteral("status"), status);
    return row;
}

} // namespace

void TestCheckCommand::reportsConflicts_data()
{
    QTest::addColumn<QVector<Row>>("sessions");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("space used twice")
        << QVector<Row>{session(QStringLiteral("Riders"), QStringLiteral("10:00"), QStringLiteral("11:00")),
                        session(QStringLiteral("Data commons"), QStringLiteral("10:30"), QStringLiteral("11:30"))}
        << QStringList{QStringLiteral("space_double_booked")};
    QTest::newRow("before opening")
        << QVector<Row>{session(QStringLiteral("Breakfast"), QStringLiteral("08:00"), QStringLiteral("09:30"))}
        << QStringList{QStringLiteral("outside_opening_hours")};
    QTest::newRow("confirmed without speaker")
        << QVector<Row>{session(QStringLiteral("Keynote"), QStringLiteral("12:00"), QStringLiteral("13:00"),
                                QStringLiteral("confirmed"))}
        << QStringList{QStringLiteral("confirmed_without_speaker")};
    QTest::newRow("cancelled holding a slot")
        << QVector<Row>{session(QStringLiteral("Dropped"), QStringLiteral("15:00"), QStringLiteral("16:00"),
                                QStringLiteral("cancelled"))}
        << QStringList{QStringLiteral("cancelled_holds_slot")};
}

void TestCheckCommand::reportsConflicts()
{
    QFETCH(QVector<Row>, sessions);
    QFETCH(QStringList, rules);
    const QString path = makeEvent(QStringLiteral("%1.standlab").arg(QLatin1String(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')), sessions);
    QVERIFY(!path.isEmpty());

    // The same conflicts as the detector the board uses, with the same sentences.
    QVector<Conflict> expected;
    {
        QString error;
        OpenOptions options;
        options.readOnly = true;
        auto store = Store::open(path, options, &error);
        QVERIFY2(store, qPrintable(error));
        expected = ConflictDetector::detect(ConflictInput::load(*store));
    }
    QVERIFY(!expected.isEmpty());

    const Result text = runCli({QStringLiteral("check"), path});
    QCOMPARE(text.exitCode, 1);
    for (const Conflict& conflict : expected)
        QVERIFY2(text.out.contains(conflict.message.toUtf8()), text.out.constData());
    QVERIFY(text.err.contains("conflict"));

    const Result json = runCli({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("count")).toInt(), expected.size());
    const QJsonArray list = root.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(list.size(), expected.size());
    QStringList seen;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        seen << item.value(QStringLiteral("rule")).toString();
        QCOMPARE(item.value(QStringLiteral("message")).toString(), expected.at(i).message);
        const QJsonArray ids = item.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(ids.size(), expected.at(i).sessionIds.size());
        QVERIFY(!ids.at(0).toObject().value(QStringLiteral("title")).toString().isEmpty());
    }
    seen.removeDuplicates();
    QCOMPARE(seen, rules);
}

void TestCheckCommand::cleanFileExitsZero()
{
    const QString path = makeEvent(QStringLiteral("clean.standlab"),
                                   {session(QStringLiteral("Riders"), QStringLiteral("10:00"), QStringLiteral("11:00")),
                                    session(QStringLiteral("Back to back"), QStringLiteral("11:00"), QStringLiteral("12:00"))});
    const Result text = runCli({QStringLiteral("check"), path});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed(), QByteArray("No conflicts."));
    QVERIFY(text.err.isEmpty());
    const Result json = runCli({QStringLiteral("check"), QStringLiteral("--json"), path});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QStringLiteral("count")).toInt(-1), 0);
    QVERIFY(root.value(QStringLiteral("conflicts")).toArray().isEmpty());

    // The demo event is clash-free.
    const QString demo = m_dir.filePath(QStringLiteral("demo.standlab"));
    QCOMPARE(runCli({QStringLiteral("demo"), demo}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("check"), demo}).exitCode, 0);
}

void TestCheckCommand::usageAndBadFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no file") << QStringList{QStringLiteral("check")} << 2;
    QTest::newRow("two files") << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--xml"), QStringLiteral("a")} << 2;
    QTest::newRow("missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/x.standlab")} << 1;
    QTest::newRow("help") << QStringList{QStringLiteral("check"), QStringLiteral("--help")} << 0;
}

void TestCheckCommand::usageAndBadFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.trimmed().isEmpty());
        QVERIFY(!result.err.trimmed().contains('\n'));
    }
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "test_checkcommand.moc"
