// SPDX-License-Identifier: GPL-3.0-or-later
#include "nowandnext.h"

#include "model/event.h"
#include "model/repository.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace standlab {

NowAndNext::NowAndNext(QVector<Session> sessions, QVector<Space> spaces, QVector<EventDay> days, QString timeZone)
    : m_spaces(std::move(spaces)), m_days(std::move(days)), m_timeZone(std::move(timeZone))
{
    // Only what will really happen somewhere at a known time is shown on the screen.
    for (Session& s : sessions)
        if (s.startsAt.isValid() && s.endsAt.isValid() && !s.spaceId.isEmpty()
            && s.status != QLatin1String("cancelled"))
            m_sessions.push_back(std::move(s));
    std::stable_sort(m_sessions.begin(), m_sessions.end(), [](const Session& a, const Session& b) {
        return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.title < b.title;
    });
    std::stable_sort(m_spaces.begin(), m_spaces.end(), [](const Space& a, const Space& b) {
        return a.position != b.position ? a.position < b.position : a.name < b.name;
    });
    std::sort(m_days.begin(), m_days.end(), [](const EventDay& a, const EventDay& b) { return a.day < b.day; });
}

NowAndNext NowAndNext::fromStore(const Store& store)
{
    // Repositories take a non-const store but only read here.
    Store& readable = const_cast<Store&>(store);
    const QVector<Event> events = Repository<Event>(readable).all();
    const QString zone = events.isEmpty() ? QStringLiteral("Europe/Madrid") : events.first().timeZone;
    return NowAndNext(Repository<Session>(readable).all(), Repository<Space>(readable).all(),
                      Repository<EventDay>(readable).all(), zone);
}

QDateTime NowAndNext::wallClock(const QDateTime& instant, const QString& timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute(), local.time().second()),
                     Qt::UTC);
}

QDateTime NowAndNext::wallClock(const QDateTime& instant) const
{
    return wallClock(instant, m_timeZone);
}

QDateTime NowAndNext::instantOf(const QDateTime& wall) const
{
    const QTimeZone zone(m_timeZone.toUtf8());
    if (!zone.isValid())
        return QDateTime(wall.date(), wall.time(), Qt::UTC);
    return QDateTime(wall.date(), wall.time(), zone).toUTC();
}

std::optional<EventDay> NowAndNext::dayFor(const QDateTime& instant) const
{
    if (m_days.isEmpty())
        return std::nullopt;
    const QDate date = wallClock(instant).date();
    for (const EventDay& day : m_days)
        if (day.day >= date)
            return day;
    return m_days.last();
}

NowAndNextResult NowAndNext::at(const QDateTime& instant) const
{
    NowAndNextResult result;
    const QDateTime wall = wallClock(instant);
    result.wallClock = wall;
    const QDate date = wall.date();
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days.at(i).day == date) {
            result.today = m_days.at(i);
            result.dayNumber = i + 1;
        }

    bool anyRunning = false;
    for (const Space& space : m_spaces) {
        SpaceNowNext entry;
        entry.space = space;
        bool hasAny = false;
        bool earlierToday = false;
        bool beforeFirst = true;
        for (const Session& s : m_sessions) {
            if (s.spaceId != space.id)
                continue;
            hasAny = true;
            if (s.startsAt <= wall)
                beforeFirst = false;
            if (s.startsAt <= wall && wall < s.endsAt) {
                // Overlapping sessions (a clash) show the one that started last: it is what people see.
                entry.current = s;
            } else if (s.endsAt <= wall && s.startsAt.date() == date) {
                earlierToday = true;
            } else if (s.startsAt > wall && !entry.next) {
                entry.next = s;
            }
        }
        if (!hasAny)
            continue; // a space with no programme has nothing to say on the screen
        if (entry.current)
            entry.state = SpaceNowNext::State::InSession;
        else if (!entry.next)
            entry.state = SpaceNowNext::State::Finished;
        else if (beforeFirst)
            entry.state = SpaceNowNext::State::BeforeOpening;
        else if (entry.next->startsAt.date() != date)
            entry.state = SpaceNowNext::State::DoneForToday;
        else
            entry.state = earlierToday ? SpaceNowNext::State::BetweenSessions : SpaceNowNext::State::BeforeOpening;
        anyRunning = anyRunning || entry.current.has_value();
        result.spaces.push_back(entry);
    }

    if (m_days.isEmpty()) {
        result.phase = NowAndNextResult::Phase::NoDays;
        return result;
    }
    QDateTime lastEnd(m_days.last().day, m_days.last().closes, Qt::UTC);
    for (const Session& s : m_sessions)
        lastEnd = std::max(lastEnd, s.endsAt);
    const QDateTime firstOpen(m_days.first().day, m_days.first().opens, Qt::UTC);
    if (anyRunning)
        result.phase = NowAndNextResult::Phase::Open;
    else if (wall < firstOpen)
        result.phase = NowAndNextResult::Phase::BeforeEvent;
    else if (wall >= lastEnd)
        result.phase = NowAndNextResult::Phase::AfterEvent;
    else if (!result.today)
        result.phase = NowAndNextResult::Phase::ClosedForToday;
    else if (wall.time() < result.today->opens)
        result.phase = NowAndNextResult::Phase::BeforeOpening;
    else if (wall.time() < result.today->closes)
        result.phase = NowAndNextResult::Phase::Open;
    else
        result.phase = NowAndNextResult::Phase::ClosedForToday;
    return result;
}

QString NowAndNext::shortTime(const QTime& time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[.:]s+")));
    return locale.toString(time, format.trimmed());
}

QString NowAndNext::stateLabel(SpaceNowNext::State state)
{
    switch (state) {
    case SpaceNowNext::State::BeforeOpening:
        return tr("Starting soon");
    case SpaceNowNext::State::InSession:
        return tr("Now");
    case SpaceNowNext::State::BetweenSessions:
        return tr("Between sessions");
    case SpaceNowNext::State::DoneForToday:
        return tr("Nothing more today");
    case SpaceNowNext::State::Finished:
        return tr("Finished");
    }
    return {};
}

QString NowAndNext::phaseLabel(NowAndNextResult::Phase phase)
{
    switch (phase) {
    case NowAndNextResult::Phase::NoDays:
        return tr("No event days planned yet");
    case NowAndNextResult::Phase::BeforeEvent:
        return tr("Before opening: the stand opens soon");
    case NowAndNextResult::Phase::BeforeOpening:
        return tr("Before opening");
    case NowAndNextResult::Phase::Open:
        return tr("Open");
    case NowAndNextResult::Phase::ClosedForToday:
        return tr("Closed for today");
    case NowAndNextResult::Phase::AfterEvent:
        return tr("The event has ended: thank you for coming");
    }
    return {};
}

} // namespace standlab
