// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/eventday.h"
#include "model/session.h"
#include "model/space.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

namespace standlab {

class Store;

// What one space shows on the stand screen at one moment.
struct SpaceNowNext
{
    enum class State {
        BeforeOpening,   // its first session of the day (or of the event) is still ahead
        InSession,       // a session is on now
        BetweenSessions, // one ended earlier today, another starts later today
        DoneForToday,    // nothing more today; the next one is on a later day
        Finished,        // after its last session of the last day
    };
    Space space;
    State state = State::BeforeOpening;
    std::optional<Session> current;
    std::optional<Session> next;
};

// The whole screen at one moment.
struct NowAndNextResult
{
    enum class Phase {
        NoDays,         // the event has no days yet
        BeforeEvent,    // before the first day opens
        BeforeOpening,  // an event day, before it opens
        Open,           // opening hours, or a session running outside them
        ClosedForToday, // after closing, or a day without programme between event days
        AfterEvent,     // after the last day closed and its last session ended
    };
    QDateTime wallClock; // the event's local time, as a UTC-spec value like session times
    std::optional<EventDay> today;
    int dayNumber = 0; // 1-based position of today among the event days; 0 when not an event day
    Phase phase = Phase::NoDays;
    QVector<SpaceNowNext> spaces;
};

// Works out, per space, the session on now and the one that comes next. Pure: it is given the
// sessions, spaces, days and the event's time zone, and an instant; session times are wall-clock
// times of the event, so the instant is first turned into the event's local time.
class NowAndNext
{
    Q_DECLARE_TR_FUNCTIONS(standlab::NowAndNext)

public:
    NowAndNext(QVector<Session> sessions, QVector<Space> spaces, QVector<EventDay> days, QString timeZone);
    // Reads the event, its days, spaces and sessions through the repositories.
    static NowAndNext fromStore(const Store& store);

    NowAndNextResult at(const QDateTime& instant) const;
    // The event's local wall-clock time at `instant`, as a UTC-spec value (invalid zone: UTC).
    QDateTime wallClock(const QDateTime& instant) const;
    static QDateTime wallClock(const QDateTime& instant, const QString& timeZone);
    // The instant at which the event's clocks read `wall` (for "rehearse at…").
    QDateTime instantOf(const QDateTime& wall) const;

    // The event day that a "today" list should show at `instant`: today, else the next day, else the last.
    std::optional<EventDay> dayFor(const QDateTime& instant) const;
    const QVector<EventDay>& days() const { return m_days; }
    const QString& timeZone() const { return m_timeZone; }

    // A time as hours and minutes in the user's locale (short formats may carry seconds).
    static QString shortTime(const QTime& time);
    static QString stateLabel(SpaceNowNext::State state);
    static QString phaseLabel(NowAndNextResult::Phase phase);

private:
    QVector<Session> m_sessions; // scheduled, not cancelled, ordered by start
    QVector<Space> m_spaces;
    QVector<EventDay> m_days; // ordered by date
    QString m_timeZone;
};

} // namespace standlab
