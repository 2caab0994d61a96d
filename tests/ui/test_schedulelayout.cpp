// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulelayout.h"

#include <QtTest>

using namespace standlab;

namespace {

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

const QDate Tuesday(2019, 11, 19);
const QDate Wednesday(2019, 11, 20);

EventDay eventDay(const QDate& date, const QTime& opens = QTime(9, 0), const QTime& closes = QTime(19, 0))
{
    EventDay day;
    day.id = date.toString(Qt::ISODate);
    day.day = date;
    day.opens = opens;
    day.closes = closes;
    return day;
}

Space space(const QString& id, int position)
{
    Space s;
    s.id = id;
    s.name = QStringLiteral("Space ") + id;
    s.position = position;
    s.capacity = 40;
    return s;
}

Session session(const QString& id, const QString& spaceId, const QDateTime& from, const QDateTime& to)
{
    Session s;
    s.id = id;
    s.title = QStringLiteral("Session ") + id;
    s.spaceId = spaceId;
    s.startsAt = from;
    s.endsAt = to;
    return s;
}

ScheduleLayout::Options options(int pixelsPerHour = 60, qreal width = 100)
{
    ScheduleLayout::Options o;
    o.pixelsPerHour = pixelsPerHour;
    o.columnWidth = width;
    return o;
}

} // namespace

// ScheduleLayout: columns, time axis, snapping, overlaps, and the cost of a big day.
class TestScheduleLayout : public QObject
{
    Q_OBJECT

private slots:
    void columnsPerSpaceInPositionOrder()
    {
        ScheduleLayout layout;
        layout.compute({}, {space(QStringLiteral("c"), 3), space(QStringLiteral("a"), 1), space(QStringLiteral("b"), 2)},
                       {eventDay(Tuesday)}, options(60, 100));
        QCOMPARE(layout.columns().size(), 3);
        QCOMPARE(layout.columns().at(0).spaceId, QStringLiteral("a"));
        QCOMPARE(layout.columns().at(2).spaceId, QStringLiteral("c"));
        QCOMPARE(layout.columns().at(1).x, 100.0);
        QCOMPARE(layout.columns().at(1).capacity, 40);
        QCOMPARE(layout.columnAt(150), 1);
        QCOMPARE(layout.columnAt(-1), -1);
        QCOMPARE(layout.columnAt(301), -1);
        QCOMPARE(layout.contentSize(), QSizeF(300, 600)); // 09:00–19:00 at 60 px/h
    }

    void overviewPutsDaysSideBySide()
    {
        ScheduleLayout layout;
        layout.compute({}, {space(QStringLiteral("a"), 1), space(QStringLiteral("b"), 2)},
                       {eventDay(Wednesday), eventDay(Tuesday)}, options(60, 80));
        QCOMPARE(layout.columns().size(), 4);
        QCOMPARE(layout.columns().at(0).day, Tuesday);
        QVERIFY(layout.columns().at(0).firstOfDay);
        QVERIFY(!layout.columns().at(1).firstOfDay);
        QCOMPARE(layout.columns().at(2).day, Wednesday);
        QVERIFY(layout.columns().at(2).firstOfDay);
        QCOMPARE(layout.columnFor(Wednesday, QStringLiteral("b")), 3);
    }

    void timeToY_data()
    {
        QTest::addColumn<int>("pixelsPerHour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<qreal>("y");
        QTest::newRow("opening") << 120 << 9 * 60 << 0.0;
        QTest::newRow("half past") << 120 << 9 * 60 + 30 << 60.0;
        QTest::newRow("afternoon") << 60 << 14 * 60 + 15 << 315.0;
        QTest::newRow("zoomed in") << 240 << 10 * 60 + 5 << 260.0;
    }

    void timeToY()
    {
        QFETCH(int, pixelsPerHour);
        QFETCH(int, minute);
        QFETCH(qreal, y);
        ScheduleLayout layout;
        layout.compute({}, {space(QStringLiteral("a"), 1)}, {eventDay(Tuesday)}, options(pixelsPerHour));
        QCOMPARE(layout.yForMinute(minute), y);
        QCOMPARE(layout.minuteAtY(y), double(minute));
    }

    void rangeCoversHoursAndSessionsInWholeHours()
    {
        ScheduleLayout layout;
        const QVector<Session> sessions{session(QStringLiteral("late"), QStringLiteral("a"), at(Tuesday, 19, 30),
                                                at(Tuesday, 20, 10))};
        layout.compute(sessions, {space(QStringLiteral("a"), 1)}, {eventDay(Tuesday, QTime(9, 30), QTime(18, 30))},
                       options());
        QCOMPARE(layout.firstMinute(), 9 * 60);
        QCOMPARE(layout.lastMinute(), 21 * 60);
        QCOMPARE(layout.columns().at(0).opensMinute, 9 * 60 + 30);
        QCOMPARE(layout.columns().at(0).closesMinute, 18 * 60 + 30);
    }

    void snapping_data()
    {
        QTest::addColumn<double>("minute");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("expected");
        QTest::newRow("5: down") << 602.0 << 5 << 600;
        QTest::newRow("5: up") << 603.0 << 5 << 605;
        QTest::newRow("15: down") << 607.0 << 15 << 600;
        QTest::newRow("15: up") << 608.0 << 15 << 615;
        QTest::newRow("15: exact") << 615.0 << 15 << 615;
        QTest::newRow("30: down") << 614.0 << 30 << 600;
        QTest::newRow("30: half way rounds up") << 615.0 << 30 << 630;
        QTest::newRow("30: fraction") << 644.9 << 30 << 630;
    }

    void snapping()
    {
        QFETCH(double, minute);
        QFETCH(int, step);
        QFETCH(int, expected);
        QCOMPARE(ScheduleLayout::snapMinute(minute, step), expected);
        const QDateTime time = QDateTime(Tuesday, QTime(0, 0), Qt::UTC).addSecs(qint64(minute * 60));
        QCOMPARE(ScheduleLayout::snapped(time, step), QDateTime(Tuesday, QTime(0, 0), Qt::UTC).addSecs(expected * 60));
    }

    void overlappingSessionsSitSideBySide()
    {
        const QString a = QStringLiteral("a");
        const QVector<Session> sessions{
            session(QStringLiteral("1"), a, at(Tuesday, 10), at(Tuesday, 11)),
            session(QStringLiteral("2"), a, at(Tuesday, 10, 30), at(Tuesday, 11, 30)),
            session(QStringLiteral("3"), a, at(Tuesday, 11, 30), at(Tuesday, 12)), // touches 2: no overlap
        };
        ScheduleLayout layout;
        layout.compute(sessions, {space(a, 1)}, {eventDay(Tuesday)}, options(60, 100));
        const ScheduleBlock& first = layout.blocks().at(layout.indexOfSession(QStringLiteral("1")));
        const ScheduleBlock& second = layout.blocks().at(layout.indexOfSession(QStringLiteral("2")));
        const ScheduleBlock& third = layout.blocks().at(layout.indexOfSession(QStringLiteral("3")));
        QCOMPARE(first.lanes, 2);
        QCOMPARE(second.lanes, 2);
        QVERIFY(first.overlaps && second.overlaps);
        QVERIFY(first.lane != second.lane);
        QVERIFY(!first.rect.intersects(second.rect));
        QVERIFY(first.rect.width() < 50);
        QCOMPARE(third.lanes, 1);
        QVERIFY(!third.overlaps);
        QVERIFY(third.rect.width() > 90);
        QVERIFY(!third.rect.intersects(second.rect));
        QCOMPARE(first.rect.top(), 61.0); // 10:00 at 60 px/h, one pixel inside the hour line
        QCOMPARE(layout.blockAt(QPointF(first.rect.center())), layout.indexOfSession(QStringLiteral("1")));
        QCOMPARE(layout.blockAt(QPointF(5, 5)), -1);
    }

    void onlyTheShownDayAndUnknownSpacesGetAColumn()
    {
        const QVector<Session> sessions{
            session(QStringLiteral("tue"), QStringLiteral("a"), at(Tuesday, 10), at(Tuesday, 11)),
            session(QStringLiteral("wed"), QStringLiteral("a"), at(Wednesday, 10), at(Wednesday, 11)),
            session(QStringLiteral("nowhere"), QString(), at(Tuesday, 12), at(Tuesday, 13)),
            session(QStringLiteral("unscheduled"), QStringLiteral("a"), QDateTime(), QDateTime()),
        };
        ScheduleLayout layout;
        layout.compute(sessions, {space(QStringLiteral("a"), 1)}, {eventDay(Tuesday)}, options());
        QCOMPARE(layout.blocks().size(), 2);
        QCOMPARE(layout.indexOfSession(QStringLiteral("wed")), -1);
        QCOMPARE(layout.indexOfSession(QStringLiteral("unscheduled")), -1);
        QCOMPARE(layout.columns().size(), 2);
        QVERIFY(layout.columns().at(1).spaceId.isEmpty());
        QCOMPARE(layout.blocks().at(layout.indexOfSession(QStringLiteral("nowhere"))).column, 1);
    }

    void sessionPastMidnightIsCutAtTheEndOfTheDay()
    {
        const QVector<Session> sessions{
            session(QStringLiteral("party"), QStringLiteral("a"), at(Tuesday, 23), at(Wednesday, 1)),
            session(QStringLiteral("no end"), QStringLiteral("a"), at(Tuesday, 10), QDateTime()),
        };
        ScheduleLayout layout;
        layout.compute(sessions, {space(QStringLiteral("a"), 1)}, {eventDay(Tuesday)}, options());
        const ScheduleBlock& party = layout.blocks().at(layout.indexOfSession(QStringLiteral("party")));
        QCOMPARE(party.endMinute, 24 * 60);
        QCOMPARE(layout.lastMinute(), 24 * 60);
        const ScheduleBlock& noEnd = layout.blocks().at(layout.indexOfSession(QStringLiteral("no end")));
        QCOMPARE(noEnd.endMinute - noEnd.startMinute, 15);
    }

    // A crowded day: 500 sessions in 10 spaces. DESIGN.md §7 asks for < 16 ms per relayout.
    void relayoutOf500Sessions()
    {
        QVector<Space> spaces;
        for (int i = 0; i < 10; ++i)
            spaces << space(QString::number(i), i);
        QVector<Session> sessions;
        for (int i = 0; i < 500; ++i) {
            const QDateTime start = at(Tuesday, 9).addSecs((i * 7 % 600) * 60);
            sessions << session(QString::number(i), spaces.at(i % 10).id, start, start.addSecs(45 * 60));
        }
        ScheduleLayout layout;
        QBENCHMARK {
            layout.compute(sessions, spaces, {eventDay(Tuesday)}, options(120, 180));
        }
        QCOMPARE(layout.blocks().size(), 500);
        for (const ScheduleBlock& block : layout.blocks())
            QVERIFY(layout.columns().at(block.column).x <= block.rect.left()
                    && block.rect.right() <= layout.columns().at(block.column).x + 180);
    }
};

QTEST_GUILESS_MAIN(TestScheduleLayout)
#include "test_schedulelayout.moc"
