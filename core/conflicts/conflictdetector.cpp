// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdetector.h"

#include "model/conferencedays.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace standlab {
namespace {

bool isScheduled(const Session& session)
{
    return session.startsAt.isValid() && session.endsAt.isValid() && session.status != QLatin1String("cancelled");
}

bool overlaps(const Session& a, const Session& b)
{
    return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

QString when(const Session& session)
{
    const QLocale locale;
    return locale.toString(session.startsAt.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + locale.toString(session.startsAt.time(), QLocale::ShortFormat) + QStringLiteral("–")
           + locale.toString(session.endsAt.time(), QLocale::ShortFormat);
}

QString quoted(const QString& text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

template <class T> QHash<QString, const T*> byId(const QVector<T>& items)
{
    QHash<QString, const T*> index;
    index.reserve(items.size());
    for (const T& item : items)
        index.insert(item.id, &item);
    return index;
}

// Sessions sorted by start, so overlapping pairs can be found in one sweep per group.
void sweepOverlaps(QVector<const Session*> group, const std::function<void(const Session&, const Session&)>& report)
{
    std::sort(group.begin(), group.end(),
              [](const Session* a, const Session* b) { return a->startsAt < b->startsAt; });
    for (int i = 0; i < group.size(); ++i) {
        for (int j = i + 1; j < group.size() && group.at(j)->startsAt < group.at(i)->endsAt; ++j)
            report(*group.at(i), *group.at(j));
    }
}

} // namespace

QVector<Conflict> ConflictDetector::detect(const ConflictInput& input)
{
    QVector<Conflict> out;
    spaceDoubleBookings(input, out);
    personDoubleBookings(input, out);
    personAvailability(input, out);
    openingHours(input, out);
    capacity(input, out);
    speakers(input, out);
    cancelledSlots(input, out);
    return out;
}

void ConflictDetector::spaceDoubleBookings(const ConflictInput& input, QVector<Conflict>& out)
{
    const auto spaces = byId(input.spaces);
    QHash<QString, QVector<const Session*>> bySpace;
    for (const Session& session : input.sessions)
        if (isScheduled(session) && !session.spaceId.isEmpty())
            bySpace[session.spaceId].push_back(&session);
    for (auto it = bySpace.cbegin(); it != bySpace.cend(); ++it) {
        const Space* space = spaces.value(it.key());
        const QString spaceName = space ? space->name : tr("an unknown space");
        sweepOverlaps(it.value(), [&](const Session& a, const Session& b) {
            out.push_back({Conflict::Rule::SpaceDoubleBooked, {a.id, b.id}, {},
                           tr("%1 is used twice at once: %2 (%3) overlaps %4 (%5).")
                               .arg(spaceName, quoted(a.title), when(a), quoted(b.title), when(b))});
        });
    }
}

void ConflictDetector::personDoubleBookings(const ConflictInput& input, QVector<Conflict>& out)
{
    const auto sessions = byId(input.sessions);
    const auto people = byId(input.people);
    QHash<QString, QVector<const Session*>> byPerson;
    for (const Participation& participation : input.participations) {
        const Session* session = sessions.value(participation.sessionId);
        if (!session || !isScheduled(*session))
            continue;
        auto& list = byPerson[participation.personId];
        if (!list.contains(session))
            list.push_back(session);
    }
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        const Person* person = people.value(it.key());
        const QString name = person ? person->name : tr("Someone");
        sweepOverlaps(it.value(), [&](const Session& a, const Session& b) {
            out.push_back({Conflict::Rule::PersonDoubleBooked, {a.id, b.id}, it.key(),
                           tr("%1 is in two sessions at once: %2 (%3) and %4 (%5).")
                               .arg(name, quoted(a.title), when(a), quoted(b.title), when(b))});
        });
    }
}

void ConflictDetector::personAvailability(const ConflictInput& input, QVector<Conflict>& out)
{
    QHash<QString, QVector<const Availability*>> byPerson;
    for (const Availability& slot : input.availability)
        byPerson[slot.personId].push_back(&slot);
    if (byPerson.isEmpty())
        return;
    const auto sessions = byId(input.sessions);
    const auto people = byId(input.people);
    for (const Participation& participation : input.participations) {
        const Session* session = sessions.value(participation.sessionId);
        const auto windows = byPerson.value(participation.personId);
        // A person without any stated availability is assumed free throughout.
        if (!session || !isScheduled(*session) || windows.isEmpty())
            continue;
        const bool fits = std::any_of(windows.cbegin(), windows.cend(), [&](const Availability* slot) {
            QDateTime from(slot->day, slot->availableFrom, Qt::UTC);
            QDateTime to(slot->day, slot->availableTo, Qt::UTC);
            if (to <= from)
                to = to.addDays(1); // availability running past midnight
            return from <= session->startsAt && session->endsAt <= to;
        });
        if (fits)
            continue;
        const Person* person = people.value(participation.personId);
        out.push_back({Conflict::Rule::PersonUnavailable, {session->id}, participation.personId,
                       tr("%1 is not available for %2 (%3).")
                           .arg(person ? person->name : tr("Someone"), quoted(session->title), when(*session))});
    }
}

void ConflictDetector::openingHours(const ConflictInput& input, QVector<Conflict>& out)
{
    QHash<QDate, const EventDay*> days;
    for (const EventDay& day : input.days)
        days.insert(day.day, &day);
    // A session after midnight belongs to the day that closes on the next morning.
    const ConferenceDays conference(input.days);
    for (const Session& session : input.sessions) {
        if (!isScheduled(session))
            continue;
        const EventDay* day = days.value(conference.dayOf(session.startsAt));
        if (!day) {
            out.push_back({Conflict::Rule::OutsideOpeningHours, {session.id}, {},
                           tr("%1 (%2) is on a day that is not one of the event's days.")
                               .arg(quoted(session.title), when(session))});
            continue;
        }
        const QDateTime opens = ConferenceDays::opensAt(*day);
        const QDateTime closes = ConferenceDays::closesAt(*day);
        if (session.startsAt < opens || session.endsAt > closes) {
            const QLocale locale;
            out.push_back({Conflict::Rule::OutsideOpeningHours, {session.id}, {},
                           tr("%1 (%2) is outside the day's opening hours (%3–%4).")
                               .arg(quoted(session.title), when(session),
                                    locale.toString(day->opens, QLocale::ShortFormat),
                                    locale.toString(day->closes, QLocale::ShortFormat))});
        }
    }
}

void ConflictDetector::capacity(const ConflictInput& input, QVector<Conflict>& out)
{
    const auto spaces = byId(input.spaces);
    QHash<QString, int> registrations;
    for (const WorkshopDetails& workshop : input.workshops)
        registrations.insert(workshop.sessionId, workshop.registrations);
    for (const Session& session : input.sessions) {
        const Space* space = spaces.value(session.spaceId);
        if (!isScheduled(session) || !space || space->capacity <= 0)
            continue;
        const int expected = std::max(session.expectedHeadcount, registrations.value(session.id));
        if (expected > space->capacity)
            out.push_back({Conflict::Rule::OverCapacity, {session.id}, {},
                           tr("%1 expects %2 people but %3 holds %4.")
                               .arg(quoted(session.title))
                               .arg(expected)
                               .arg(space->name)
                               .arg(space->capacity)});
    }
}

void ConflictDetector::speakers(const ConflictInput& input, QVector<Conflict>& out)
{
    QSet<QString> withSpeaker;
    for (const Participation& participation : input.participations)
        if (participation.role == QLatin1String("speaker") || participation.role == QLatin1String("facilitator"))
            withSpeaker.insert(participation.sessionId);
    for (const Session& session : input.sessions)
        if (session.status == QLatin1String("confirmed") && !withSpeaker.contains(session.id))
            out.push_back({Conflict::Rule::ConfirmedWithoutSpeaker, {session.id}, {},
                           tr("%1 is confirmed but has no speaker.").arg(quoted(session.title))});
}

void ConflictDetector::cancelledSlots(const ConflictInput& input, QVector<Conflict>& out)
{
    for (const Session& session : input.sessions)
        if (session.status == QLatin1String("cancelled") && (session.startsAt.isValid() || !session.spaceId.isEmpty()))
            out.push_back({Conflict::Rule::CancelledHoldsSlot, {session.id}, {},
                           tr("%1 is cancelled but still holds a slot; unschedule it to free the space.")
                               .arg(quoted(session.title))});
}

} // namespace standlab
