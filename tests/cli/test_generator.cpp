// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalbundle.h"
#include "model/eventday.h"
#include "model/repository.h"
#include "model/session.h"
#include "store/openoptions.h"
#include "store/migrations.h"
#include "store/store.h"
#include "tools/eventgenerator.h"
#include "tools/eventstatistics.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// EventGenerator and EventStatistics in-process: exact counts, valid references, determinism.
class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void countsMatchOptions_data();
    void countsMatchOptions();
    void sessionsFallWithinOpeningHours();
    void sameSeedSameContent();
    void otherSeedOtherContent();
    void invalidOptionsLeaveNoFile_data();
    void invalidOptionsLeaveNoFile();
    void statisticsNamesArePlain();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<Store> generate(const QString& name, const EventGenerator::Options& options)
    {
        QString error;
        std::unique_ptr<Store> store =
            EventGenerator::create(path(name), options, OpenOptions::forLaptop(QStringLiteral("test")), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh folder per test function and data row
};

void TestGenerator::countsMatchOptions_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("organisations");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("spaces");
    QTest::newRow("small") << 20 << 30 << 10 << 3 << 6;
    QTest::newRow("one day, one space, overfull") << 60 << 5 << 3 << 1 << 1;
    QTest::newRow("nobody") << 10 << 0 << 0 << 2 << 2;
    QTest::newRow("no sessions") << 0 << 10 << 10 << 3 << 4;
    QTest::newRow("medium") << 300 << 800 << 1000 << 3 << 6;
}

void TestGenerator::countsMatchOptions()
{
    QFETCH(int, sessions);
    QFETCH(int, people);
    QFETCH(int, organisations);
    QFETCH(int, days);
    QFETCH(int, spaces);
    EventGenerator::Options options;
    options.sessions = sessions;
    options.people = people;
    options.organisations = organisations;
    options.days = days;
    options.spaces = spaces;
    const std::unique_ptr<Store> store = generate(QStringLiteral("counts.standlab"), options);
    QVERIFY(store);

    const EventStatistics statistics = EventStatistics::of(*store);
    QCOMPARE(statistics.count(QStringLiteral("sessions")), sessions);
    QCOMPARE(statistics.count(QStringLiteral("people")), people);
    QCOMPARE(statistics.count(QStringLiteral("organisations")), organisations);
    QCOMPARE(statistics.count(QStringLiteral("engagements")), organisations);
    QCOMPARE(statistics.count(QStringLiteral("days")), days);
    QCOMPARE(statistics.count(QStringLiteral("spaces")), spaces);
    QCOMPARE(statistics.count(QStringLiteral("working_lines")), EventGenerator::Options::workingLines());
    QCOMPARE(statistics.count(QStringLiteral("events")), 1);
    QCOMPARE(statistics.count(QStringLiteral("documents")), 1);
    QCOMPARE(statistics.count(QStringLiteral("sections")), EventGenerator::Options::sections());
    QCOMPARE(statistics.count(QStringLiteral("initiatives")), options.initiatives());
    QCOMPARE(statistics.count(QStringLiteral("datasets")), options.datasets());
    QCOMPARE(statistics.count(QStringLiteral("actions")), options.actions());
    QVERIFY(statistics.count(QStringLiteral("interactions")) <= 2 * organisations);
    if (people > 0 && sessions > 0) {
        QVERIFY(statistics.count(QStringLiteral("participations")) >= sessions);
        QVERIFY(statistics.count(QStringLiteral("participations")) <= 4 * sessions);
    } else {
        QCOMPARE(statistics.count(QStringLiteral("participations")), 0);
    }
    if (organisations >= 100)
        QVERIFY(statistics.count(QStringLiteral("interactions")) > 0); // "contacts" have a history
    // Every reference points at a row that exists, and the file is sound.
    QString error;
    QVERIFY2(store->checkIntegrity(&error), qPrintable(error));
}

void TestGenerator::sessionsFallWithinOpeningHours()
{
    EventGenerator::Options options;
    options.sessions = 400; // more than the lanes hold, so some sessions are placed anywhere
    options.days = 2;
    options.spaces = 3;
    const std::unique_ptr<Store> store = generate(QStringLiteral("hours.standlab"), options);
    QVERIFY(store);
    QHash<QDate, EventDay> days;
    for (const EventDay& day : Repository<EventDay>(*store).all())
        days.insert(day.day, day);
    int scheduled = 0;
    for (const Session& session : Repository<Session>(*store).all()) {
        if (!session.startsAt.isValid()) {
            QCOMPARE(session.status, QStringLiteral("idea"));
            continue;
        }
        ++scheduled;
        QVERIFY2(days.contains(session.startsAt.date()), qPrintable(session.startsAt.toString()));
        const EventDay day = days.value(session.startsAt.date());
        QVERIFY(!session.spaceId.isEmpty());
        QVERIFY(session.startsAt.time() >= day.opens);
        QVERIFY(session.endsAt > session.startsAt);
        QCOMPARE(session.endsAt.date(), session.startsAt.date());
        QVERIFY(session.endsAt.time() <= day.closes);
    }
    QVERIFY(scheduled > options.sessions / 2);
}

void TestGenerator::sameSeedSameContent()
{
    EventGenerator::Options options;
    options.sessions = 50;
    options.people = 80;
    options.organisations = 40;
    options.seed = 77;
    QVERIFY(generate(QStringLiteral("a.standlab"), options));
    QVERIFY(generate(QStringLiteral("b.standlab"), options));
    QString error;
    const QByteArray a = testing::canonicalContent(path(QStringLiteral("a.standlab")), &error);
    QVERIFY2(!a.isEmpty(), qPrintable(error));
    const QByteArray b = testing::canonicalContent(path(QStringLiteral("b.standlab")), &error);
    QVERIFY2(!b.isEmpty(), qPrintable(error));
    QCOMPARE(a, b);
    QVERIFY(a.contains("\"sessions\""));
}

void TestGenerator::otherSeedOtherContent()
{
    EventGenerator::Options options;
    options.sessions = 20;
    options.people = 20;
    options.organisations = 20;
    options.seed = 1;
    QVERIFY(generate(QStringLiteral("one.standlab"), options));
    options.seed = 2;
    QVERIFY(generate(QStringLiteral("two.standlab"), options));
    const QByteArray one = testing::canonicalContent(path(QStringLiteral("one.standlab")));
    const QByteArray two = testing::canonicalContent(path(QStringLiteral("two.standlab")));
    QVERIFY(!one.isEmpty());
    QVERIFY(one != two);
}

void TestGenerator::invalidOptionsLeaveNoFile_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("spaces");
    QTest::newRow("negative sessions") << -1 << 3 << 6;
    QTest::newRow("no days") << 10 << 0 << 6;
    QTest::newRow("too many days") << 10 << 32 << 6;
    QTest::newRow("no spaces") << 10 << 3 << 0;
}

void TestGenerator::invalidOptionsLeaveNoFile()
{
    QFETCH(int, sessions);
    QFETCH(int, days);
    QFETCH(int, spaces);
    EventGenerator::Options options;
    options.sessions = sessions;
    options.days = days;
    options.spaces = spaces;
    QVERIFY(!EventGenerator::validate(options).isEmpty());
    QString error;
    const QString file = path(QStringLiteral("invalid.standlab"));
    QVERIFY(!EventGenerator::create(file, options, OpenOptions(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void TestGenerator::statisticsNamesArePlain()
{
    const QStringList names = EventStatistics::names();
    for (const char* name : {"sessions", "people", "organisations", "working_lines", "spaces", "days",
                             "participations", "engagements", "interactions", "initiatives", "datasets",
                             "documents", "sections", "actions", "revisions"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    QCOMPARE(names.first(), QStringLiteral("sessions"));
    QCOMPARE(names.size(), int(QSet<QString>(names.cbegin(), names.cend()).size()));
    // Every table is counted, under exactly one name.
    QCOMPARE(names.size(), Migrations::entityTables().size());
    QCOMPARE(EventStatistics::nameOf(QStringLiteral("event_days")), QStringLiteral("days"));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
