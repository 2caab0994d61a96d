// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmedata.h"

#include "model/event.h"
#include "model/eventday.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/sessiontag.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/store.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <climits>

namespace standlab {

namespace {

// Reads a whole table through the value types; the Store's reading API is const, Repository's is not.
template <class T> QVector<T> readAll(const Store& store, const QString& orderBy = {}, const QString& where = {})
{
    QVector<T> items;
    const QVector<Row> rows = store.rows(EntityTraits<T>::table(), where, {}, orderBy);
    items.reserve(rows.size());
    for (const Row& row : rows)
        items.push_back(Repository<T>::fromRow(row));
    return items;
}

QColor colourOr(const QString& name, const QColor& fallback)
{
    const QColor colour(name);
    return colour.isValid() ? colour : fallback;
}

} // namespace

ProgrammeData ProgrammeData::load(const Store& store, const ProgrammeOptions& options)
{
    ProgrammeData data;
    const QVector<Event> events = readAll<Event>(store);
    if (!events.isEmpty()) {
        data.eventName = events.first().name;
        data.venue = events.first().venue;
        data.city = events.first().city;
    }

    QHash<QString, Line> lineById;
    for (const WorkingLine& line : readAll<WorkingLine>(store, QStringLiteral("position, name"))) {
        const Line value{line.id, line.name, colourOr(line.colour, QColor(0x60, 0x7d, 0x8b)), line.crossCutting};
        data.lines.push_back(value);
        lineById.insert(line.id, value);
    }

    QHash<QString, int> spaceOrder;
    QHash<QString, Space> spaceById;
    for (const standlab::Space& space : readAll<standlab::Space>(store, QStringLiteral("position, name"))) {
        const Space value{space.id, space.name, colourOr(space.colour, QColor(0x60, 0x7d, 0x8b))};
        spaceOrder.insert(space.id, int(spaceOrder.size()));
        spaceById.insert(space.id, value);
        if (options.includesSpace(space.id))
            data.spaces.push_back(value);
    }

    QHash<QString, QString> organisationName;
    // Only the people in sessions and their organisations: the contacts of a large event are not on the programme.
    const QString inSessions = QStringLiteral("id IN (SELECT person_id FROM participations)");
    for (const Organisation& organisation : readAll<Organisation>(
             store, {}, QStringLiteral("id IN (SELECT organisation_id FROM people WHERE %1)").arg(inSessions)))
        organisationName.insert(organisation.id, organisation.name);
    QHash<QString, Person> personById;
    for (const standlab::Person& person : readAll<standlab::Person>(store, {}, inSessions))
        personById.insert(person.id, Person{person.id, person.name, organisationName.value(person.organisationId)});

    QMap<QDate, Day> dayByDate;
    for (const EventDay& day : readAll<EventDay>(store, QStringLiteral("day"))) {
        if (day.day.isValid() && options.includesDay(day.day))
            dayByDate.insert(day.day, Day{day.day, day.label, day.opens, day.closes, {}});
    }

    QVector<standlab::Session> chosen;
    for (const standlab::Session& session : readAll<standlab::Session>(store)) {
        if (!session.startsAt.isValid() || !options.includesStatus(session.status)
            || !options.includesLine(session.workingLineId) || !options.includesSpace(session.spaceId)
            || !options.includesDay(session.startsAt.date()))
            continue;
        chosen.push_back(session);
    }
    std::sort(chosen.begin(), chosen.end(), [&](const standlab::Session& a, const standlab::Session& b) {
        if (a.startsAt != b.startsAt)
            return a.startsAt < b.startsAt;
        const int sa = spaceOrder.value(a.spaceId, INT_MAX), sb = spaceOrder.value(b.spaceId, INT_MAX);
        if (sa != sb)
            return sa < sb;
        return a.title < b.title;
    });

    // Participants and tags of the chosen sessions only.
    QHash<QString, QVector<Participation>> participations;
    for (const Participation& p : readAll<Participation>(store, QStringLiteral("position")))
        participations[p.sessionId].push_back(p);
    QHash<QString, QVector<Line>> tags;
    for (const SessionTag& tag : readAll<SessionTag>(store))
        if (lineById.contains(tag.workingLineId))
            tags[tag.sessionId].push_back(lineById.value(tag.workingLineId));

    for (const standlab::Session& s : chosen) {
        Session session;
        session.id = s.id;
        session.title = s.title;
        session.kind = s.kind;
        session.startsAt = s.startsAt;
        session.endsAt = s.endsAt;
        session.spaceId = s.spaceId;
        session.spaceName = spaceById.value(s.spaceId).name;
        const Line line = lineById.value(s.workingLineId, Line{{}, {}, QColor(0xb0, 0xbe, 0xc5), false});
        session.lineId = line.id;
        session.lineName = line.name;
        session.lineColour = line.colour;
        for (const Participation& p : participations.value(s.id)) {
            if (!personById.contains(p.personId))
                continue;
            if (p.role == QLatin1String("moderator"))
                session.moderators.push_back(personById.value(p.personId));
            else if (p.role == QLatin1String("speaker") || p.role == QLatin1String("facilitator"))
                session.speakers.push_back(personById.value(p.personId));
        }
        session.tags = tags.value(s.id);
        const QDate date = s.startsAt.date();
        auto it = dayByDate.find(date);
        if (it == dayByDate.end())
            it = dayByDate.insert(date, Day{date, {}, QTime(9, 0), QTime(19, 0), {}});
        it->sessions.push_back(session);
    }

    for (const Day& day : std::as_const(dayByDate))
        data.days.push_back(day);
    return data;
}

int ProgrammeData::sessionCount() const
{
    int count = 0;
    for (const Day& day : days)
        count += int(day.sessions.size());
    return count;
}

} // namespace standlab
