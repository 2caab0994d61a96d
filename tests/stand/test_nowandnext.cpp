// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "model/repository.h"
#include "stand/nowandnext.h"
#include "stand/standclock.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

Q_DECLARE_METATYPE(standlab::NowAndNextResult::Phase)
Q_DECLARE_METATYPE(standlab::SpaceNowNext::State)

namespace {
QDateTime wall(const char* text)
{
    QDateTime value = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    value.setTimeSpec(Qt::UTC);
    return value;
}

Session session(const char* id, const char* space, const char* title, const char* from, const char* to,
                const char* status = "confirmed")
{
    Session s;
    s.id = QString::fromLatin1(id);
    s.spaceId = QString::fromLatin1(space);
    s.title = QString::fromLatin1(title);
    s.startsAt = wall(from);
    s.endsAt = wall(to);
    s.status = QString::fromLatin1(status);
    return s;
}
} // namespace

// The stand screen's computation at chosen instants, in the event's time zone, and the simulated clock.
class TestNowAndNext : public QObject
{
    Q_OBJECT

private:
    NowAndNext fixture() const
    {
        Space a;
        a.id = QStringLiteral("A");
        a.name = QStringLiteral("Main stage");
        a.position = 0;
        Space b;
        b.id = QStringLiteral("B");
        b.name = QStringLiteral("Workshop room");
        b.position = 1;
        Space empty;
        empty.id = QStringLiteral("C");
        empty.name = QStringLiteral("Empty corner");
        empty.position = 2;
        QVector<EventDay> days;
        for (int d = 19; d <= 21; ++d) {
            EventDay day;
            day.day = QDate(2019, 11, d);
            day.opens = QTime(9, 30);
            day.closes = d == 21 ? QTime(16, 0) : QTime(18, 30);
            days << day;
        }
        Session unscheduled;
        unscheduled.title = QStringLiteral("Unscheduled idea");
        unscheduled.spaceId = QStringLiteral("A");
        // Given in a scrambled order: the computation must sort.
        return NowAndNext({session("s3", "A", "Closing", "2019-11-21T15:00", "2019-11-21T15:45"),
                           session("s2", "A", "Riders", "2019-11-19T11:00", "2019-11-19T12:00"),
                           session("s1", "A", "Opening", "2019-11-19T10:00", "2019-11-19T10:45"),
                           session("sx", "A", "Cancelled talk", "2019-11-19T10:45", "2019-11-19T11:00", "cancelled"),
                           session("w1", "B", "Workshop", "2019-11-20T10:00", "2019-11-20T12:00"), unscheduled},
                          {b, empty, a}, {days.at(2), days.at(0), days.at(1)}, QStringLiteral("Europe/Madrid"));
    }

private slots:
    void states_data()
    {
        QTest::addColumn<QDateTime>("instant"); // UTC; Madrid is UTC+1 in November
        QTest::addColumn<NowAndNextResult::Phase>("phase");
        QTest::addColumn<int>("dayNumber");
        QTest::addColumn<SpaceNowNext::State>("stateA");
        QTest::addColumn<QString>("currentA");
        QTest::addColumn<QString>("nextA");
        QTest::addColumn<SpaceNowNext::State>("stateB");
        QTest::addColumn<QString>("nextB");
        using P = NowAndNextResult::Phase;
        using S = SpaceNowNext::State;
        const auto utc = [](const char* t) { return QDateTime::fromString(QString::fromLatin1(t), Qt::ISODate).toUTC(); };
        QTest::newRow("before opening of the event") << utc("2019-11-19T07:00:00Z") << P::BeforeEvent << 1
                                                     << S::BeforeOpening << QString() << "Opening" << S::BeforeOpening << "Workshop";
        QTest::newRow("during a session") << utc("2019-11-19T09:10:00Z") << P::Open << 1 << S::InSession << "Opening"
                                          << "Riders" << S::BeforeOpening << "Workshop";
        QTest::newRow("first minute of a session") << utc("2019-11-19T09:00:00Z") << P::Open << 1 << S::InSession
                                                   << "Opening" << "Riders" << S::BeforeOpening << "Workshop";
        QTest::newRow("between sessions, cancelled one skipped") << utc("2019-11-19T09:50:00Z") << P::Open << 1
                                                                 << S::BetweenSessions << QString() << "Riders"
                                                                 << S::BeforeOpening << "Workshop";
        QTest::newRow("evening of day one") << utc("2019-11-19T19:00:00Z") << P::ClosedForToday << 1 << S::DoneForToday
                                            << QString() << "Closing" << S::BeforeOpening << "Workshop";
        QTest::newRow("time-zone day boundary") << utc("2019-11-19T23:30:00Z") << P::BeforeOpening << 2
                                                << S::DoneForToday << QString() << "Closing" << S::BeforeOpening
                                                << "Workshop";
        QTest::newRow("zone shifts the start") << utc("2019-11-20T09:30:00Z") << P::Open << 2 << S::DoneForToday
                                               << QString() << "Closing" << S::InSession << QString();
        QTest::newRow("last session of the last day") << utc("2019-11-21T14:10:00Z") << P::Open << 3 << S::InSession
                                                       << "Closing" << QString() << S::Finished << QString();
        QTest::newRow("after the end") << utc("2019-11-21T16:00:00Z") << P::AfterEvent << 3 << S::Finished
                                       << QString() << QString() << S::Finished << QString();
        QTest::newRow("a week later") << utc("2019-11-28T10:00:00Z") << P::AfterEvent << 0 << S::Finished << QString()
                                      << QString() << S::Finished << QString();
    }

    void states()
    {
        QFETCH(QDateTime, instant);
        QFETCH(NowAndNextResult::Phase, phase);
        QFETCH(int, dayNumber);
        QFETCH(SpaceNowNext::State, stateA);
        QFETCH(QString, currentA);
        QFETCH(QString, nextA);
        QFETCH(SpaceNowNext::State, stateB);
        QFETCH(QString, nextB);

        const NowAndNextResult result = fixture().at(instant);
        QCOMPARE(result.phase, phase);
        QCOMPARE(result.dayNumber, dayNumber);
        QCOMPARE(result.today.has_value(), dayNumber > 0);
        // Spaces in their order; one without programme is left off.
        QCOMPARE(result.spaces.size(), 2);
        const SpaceNowNext& a = result.spaces.at(0);
        const SpaceNowNext& b = result.spaces.at(1);
        QCOMPARE(a.space.id, QStringLiteral("A"));
        QCOMPARE(a.state, stateA);
        QCOMPARE(a.current ? a.current->title : QString(), currentA);
        QCOMPARE(a.next ? a.next->title : QString(), nextA);
        QCOMPARE(b.state, stateB);
        QCOMPARE(b.next ? b.next->title : QString(), nextB);
        QVERIFY(!NowAndNext::stateLabel(stateA).isEmpty());
        QVERIFY(!NowAndNext::phaseLabel(phase).isEmpty());
    }

    void wallClockFollowsTheEventZone()
    {
        const NowAndNext computation = fixture();
        const QDateTime instant(QDate(2019, 11, 19), QTime(23, 30), Qt::UTC);
        QCOMPARE(computation.wallClock(instant), wall("2019-11-20T00:30"));
        QCOMPARE(computation.wallClock(instant).timeSpec(), Qt::UTC);
        // Summer time: two hours ahead.
        QCOMPARE(NowAndNext::wallClock(QDateTime(QDate(2019, 7, 1), QTime(10, 0), Qt::UTC), QStringLiteral("Europe/Madrid")),
                 wall("2019-07-01T12:00"));
        QCOMPARE(computation.instantOf(wall("2019-11-20T11:10")), QDateTime(QDate(2019, 11, 20), QTime(10, 10), Qt::UTC));
        // An unknown zone falls back to UTC rather than failing.
        QCOMPARE(NowAndNext::wallClock(instant, QStringLiteral("Nowhere/Atlantis")), wall("2019-11-19T23:30"));
    }

    void dayForTodayList()
    {
        const NowAndNext computation = fixture();
        const auto dayAt = [&](const char* utc) {
            return computation.dayFor(QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate))->day;
        };
        QCOMPARE(dayAt("2019-11-01T10:00:00Z"), QDate(2019, 11, 19));
        QCOMPARE(dayAt("2019-11-20T10:00:00Z"), QDate(2019, 11, 20));
        QCOMPARE(dayAt("2019-11-20T23:30:00Z"), QDate(2019, 11, 21));
        QCOMPARE(dayAt("2019-12-01T10:00:00Z"), QDate(2019, 11, 21));
        const NowAndNext none({}, {}, {}, QStringLiteral("Europe/Madrid"));
        QVERIFY(!none.dayFor(QDateTime::currentDateTimeUtc()));
        QCOMPARE(none.at(QDateTime::currentDateTimeUtc()).phase, NowAndNextResult::Phase::NoDays);
    }

    void demoEventDuringTheSecondDay()
    {
        QTemporaryDir dir;
        QString error;
        auto store = DemoEvent::create(dir.filePath(QStringLiteral("demo.standlab")), OpenOptions(), &error);
        QVERIFY2(store, qPrintable(error));
        const NowAndNext computation = NowAndNext::fromStore(*store);
        const NowAndNextResult result = computation.at(computation.instantOf(wall("2019-11-20T11:10")));
        QCOMPARE(result.phase, NowAndNextResult::Phase::Open);
        QCOMPARE(result.dayNumber, 2);
        QVERIFY(result.spaces.size() >= 4);
        QCOMPARE(result.spaces.first().space.name, QStringLiteral("Main stage"));
        QCOMPARE(result.spaces.first().state, SpaceNowNext::State::InSession);
        QVERIFY(result.spaces.first().current->title.startsWith(QStringLiteral("Negotiating with Platforms")));
        QCOMPARE(result.spaces.first().next->title, QStringLiteral("Algorithmic Management and Workers' Rights"));
    }

    void simulatedClockRunsAtItsSpeed()
    {
        QDateTime real(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        StandClock clock;
        clock.setTimeSource([&real] { return real; });
        QVERIFY(!clock.isSimulated());
        QCOMPARE(clock.now(), real);
        QSignalSpy ticks(&clock, &StandClock::ticked);
        const QDateTime start(QDate(2019, 11, 20), QTime(10, 10), Qt::UTC);
        clock.simulate(start, 60.0);
        QVERIFY(clock.isSimulated());
        QCOMPARE(clock.now(), start);
        real = real.addSecs(2); // two real seconds are two simulated minutes
        QCOMPARE(clock.now(), start.addSecs(120));
        clock.advance(600);
        QCOMPARE(clock.now(), start.addSecs(720));
        QCOMPARE(ticks.size(), 2);
        QCOMPARE(ticks.last().first().toDateTime(), start.addSecs(720));
        clock.simulate(start, 0.0); // stopped
        real = real.addSecs(3600);
        QCOMPARE(clock.now(), start);
        clock.useRealTime();
        QCOMPARE(clock.now(), real);
        clock.advance(60); // the real time cannot be moved
        QCOMPARE(clock.now(), real);
    }
};

QTEST_GUILESS_MAIN(TestNowAndNext)
#include "test_nowandnext.moc"
