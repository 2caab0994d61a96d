// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicts/conflictdetector.h"

#include <QtTest>

using namespace standlab;

Q_DECLARE_METATYPE(ConflictInput)
Q_DECLARE_METATYPE(Conflict::Rule)

namespace {

QDateTime at(const QString& text)
{
    QDateTime value = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    value.setTimeSpec(Qt::UTC);
    return value;
}

Session session(const QString& id, const QString& space, const QString& from, const QString& to,
                const QString& status = QStringLiteral("proposed"))
{
    Session s;
    s.id = id;
    s.title = QStringLiteral("Session ") + id;
    s.spaceId = space;
    s.startsAt = from.isEmpty() ? QDateTime() : at(from);
    s.endsAt = to.isEmpty() ? QDateTime() : at(to);
    s.status = status;
    return s;
}

Participation role(const QString& person, const QString& sessionId, const QString& kind = QStringLiteral("speaker"))
{
    Participation p;
    p.id = person + sessionId + kind;
    p.personId = person;
    p.sessionId = sessionId;
    p.role = kind;
    return p;
}

// A day of the event with a main stage (capacity 50) and one speaker, Ada.
ConflictInput base()
{
    ConflictInput input;
    EventDay day;
    day.id = QStringLiteral("d1");
    day.day = QDate(2019, 11, 19);
    day.opens = QTime(9, 0);
    day.closes = QTime(19, 0);
    input.days << day;
    EventDay late = day;
    late.id = QStringLiteral("d2");
    late.day = QDate(2019, 11, 20);
    late.closes = QTime(0, 0).addSecs(-60); // 23:59
    input.days << late;
    Space stage;
    stage.id = QStringLiteral("stage");
    stage.name = QStringLiteral("Main stage");
    stage.capacity = 50;
    input.spaces << stage;
    Space corner = stage;
    corner.id = QStringLiteral("corner");
    corner.name = QStringLiteral("Meeting corner");
    corner.capacity = 0; // unknown capacity never raises a conflict
    input.spaces << corner;
    Person ada;
    ada.id = QStringLiteral("ada");
    ada.name = QStringLiteral("Ada Fictional");
    input.people << ada;
    return input;
}

} // namespace

// Every conflict rule, data-driven, with the edges: touching intervals, midnight, unknown capacity.
class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<ConflictInput>("input");
        QTest::addColumn<Conflict::Rule>("rule");
        QTest::addColumn<int>("expected");

        const auto S = QStringLiteral("stage");
        const auto C = QStringLiteral("corner");
        ConflictInput in;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"))
                    << session(QStringLiteral("b"), S, QStringLiteral("2019-11-19T10:30"), QStringLiteral("2019-11-19T11:30"));
        QTest::newRow("space used twice") << in << Conflict::Rule::SpaceDoubleBooked << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"))
                    << session(QStringLiteral("b"), S, QStringLiteral("2019-11-19T11:00"), QStringLiteral("2019-11-19T12:00"));
        QTest::newRow("space: touching is fine") << in << Conflict::Rule::SpaceDoubleBooked << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"))
                    << session(QStringLiteral("b"), C, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"));
        QTest::newRow("space: different spaces") << in << Conflict::Rule::SpaceDoubleBooked << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"))
                    << session(QStringLiteral("b"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"), QStringLiteral("cancelled"));
        QTest::newRow("space: cancelled does not block") << in << Conflict::Rule::SpaceDoubleBooked << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T09:00"), QStringLiteral("2019-11-19T12:00"))
                    << session(QStringLiteral("b"), S, QStringLiteral("2019-11-19T09:30"), QStringLiteral("2019-11-19T10:00"))
                    << session(QStringLiteral("c"), S, QStringLiteral("2019-11-19T11:00"), QStringLiteral("2019-11-19T11:30"));
        QTest::newRow("space: one long session over two short") << in << Conflict::Rule::SpaceDoubleBooked << 2;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"))
                    << session(QStringLiteral("b"), C, QStringLiteral("2019-11-19T10:59"), QStringLiteral("2019-11-19T11:30"));
        in.participations << role(QStringLiteral("ada"), QStringLiteral("a")) << role(QStringLiteral("ada"), QStringLiteral("b"), QStringLiteral("moderator"));
        QTest::newRow("person in two places") << in << Conflict::Rule::PersonDoubleBooked << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"))
                    << session(QStringLiteral("b"), C, QStringLiteral("2019-11-19T11:00"), QStringLiteral("2019-11-19T11:30"));
        in.participations << role(QStringLiteral("ada"), QStringLiteral("a")) << role(QStringLiteral("ada"), QStringLiteral("b"));
        QTest::newRow("person back-to-back allowed") << in << Conflict::Rule::PersonDoubleBooked << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"));
        in.participations << role(QStringLiteral("ada"), QStringLiteral("a")) << role(QStringLiteral("ada"), QStringLiteral("a"), QStringLiteral("moderator"));
        QTest::newRow("person: two roles in one session") << in << Conflict::Rule::PersonDoubleBooked << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"));
        in.participations << role(QStringLiteral("ada"), QStringLiteral("a"));
        {
            Availability slot;
            slot.personId = QStringLiteral("ada");
            slot.day = QDate(2019, 11, 19);
            slot.availableFrom = QTime(12, 0);
            slot.availableTo = QTime(18, 0);
            in.availability << slot;
        }
        QTest::newRow("person outside availability") << in << Conflict::Rule::PersonUnavailable << 1;

        in.sessions[0] = session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T12:00"), QStringLiteral("2019-11-19T18:00"));
        QTest::newRow("availability: exactly the window") << in << Conflict::Rule::PersonUnavailable << 0;

        in.sessions[0] = session(QStringLiteral("a"), S, QStringLiteral("2019-11-20T12:00"), QStringLiteral("2019-11-20T13:00"));
        QTest::newRow("availability: another day") << in << Conflict::Rule::PersonUnavailable << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"));
        in.participations << role(QStringLiteral("ada"), QStringLiteral("a"));
        QTest::newRow("availability: none stated means free") << in << Conflict::Rule::PersonUnavailable << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T08:30"), QStringLiteral("2019-11-19T09:30"));
        QTest::newRow("before opening") << in << Conflict::Rule::OutsideOpeningHours << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T09:00"), QStringLiteral("2019-11-19T19:00"));
        QTest::newRow("exactly the opening hours") << in << Conflict::Rule::OutsideOpeningHours << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-20T23:30"), QStringLiteral("2019-11-21T00:30"));
        QTest::newRow("across midnight") << in << Conflict::Rule::OutsideOpeningHours << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-22T10:00"), QStringLiteral("2019-11-22T11:00"));
        QTest::newRow("not an event day") << in << Conflict::Rule::OutsideOpeningHours << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"));
        in.sessions[0].expectedHeadcount = 51;
        QTest::newRow("headcount over capacity") << in << Conflict::Rule::OverCapacity << 1;

        in.sessions[0].expectedHeadcount = 50;
        QTest::newRow("headcount at capacity") << in << Conflict::Rule::OverCapacity << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"));
        {
            WorkshopDetails workshop;
            workshop.sessionId = QStringLiteral("a");
            workshop.registrations = 60;
            in.workshops << workshop;
        }
        QTest::newRow("registrations over capacity") << in << Conflict::Rule::OverCapacity << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), C, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"));
        in.sessions[0].expectedHeadcount = 500;
        QTest::newRow("unknown capacity") << in << Conflict::Rule::OverCapacity << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"), QStringLiteral("confirmed"));
        in.participations << role(QStringLiteral("ada"), QStringLiteral("a"), QStringLiteral("moderator"));
        QTest::newRow("confirmed with only a moderator") << in << Conflict::Rule::ConfirmedWithoutSpeaker << 1;

        in.participations << role(QStringLiteral("ada"), QStringLiteral("a"));
        QTest::newRow("confirmed with a speaker") << in << Conflict::Rule::ConfirmedWithoutSpeaker << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"), QStringLiteral("idea"));
        QTest::newRow("an idea needs no speaker yet") << in << Conflict::Rule::ConfirmedWithoutSpeaker << 0;

        in = base();
        in.sessions << session(QStringLiteral("a"), S, QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"), QStringLiteral("cancelled"));
        QTest::newRow("cancelled holding a slot") << in << Conflict::Rule::CancelledHoldsSlot << 1;

        in = base();
        in.sessions << session(QStringLiteral("a"), {}, {}, {}, QStringLiteral("cancelled"));
        QTest::newRow("cancelled and unscheduled") << in << Conflict::Rule::CancelledHoldsSlot << 0;
    }

    void rules()
    {
        QFETCH(ConflictInput, input);
        QFETCH(Conflict::Rule, rule);
        QFETCH(int, expected);
        const QVector<Conflict> found = ConflictDetector::detect(input);
        int matching = 0;
        for (const Conflict& conflict : found) {
            if (conflict.rule != rule)
                continue;
            ++matching;
            QVERIFY2(!conflict.message.isEmpty(), "every conflict has a sentence");
            QVERIFY(!conflict.sessionIds.isEmpty());
        }
        QCOMPARE(matching, expected);
    }

    void messageNamesWhatAndWhere()
    {
        ConflictInput input = base();
        input.sessions << session(QStringLiteral("a"), QStringLiteral("stage"), QStringLiteral("2019-11-19T10:00"), QStringLiteral("2019-11-19T11:00"))
                       << session(QStringLiteral("b"), QStringLiteral("stage"), QStringLiteral("2019-11-19T10:30"), QStringLiteral("2019-11-19T11:30"));
        const QVector<Conflict> found = ConflictDetector::detect(input);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().message.contains(QStringLiteral("Main stage")));
        QVERIFY(found.first().message.contains(QStringLiteral("Session a")));
        QVERIFY(found.first().message.contains(QStringLiteral("Session b")));
        QCOMPARE(found.first().sessionIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "test_conflicts.moc"
