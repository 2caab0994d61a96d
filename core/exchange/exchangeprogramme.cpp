// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeprogramme.h"

#include "io/exportrequest.h"
#include "model/conferencedays.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/sessiontag.h"
#include "model/sessiontimes.h"
#include "model/vocabulary.h"
#include "store/store.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace standlab {

namespace {

// Reads rows as value types; the export only reads, so it works on a const Store.
template <class T>
QVector<T> readAll(const Store& store, const QString& where = {}, const QVariantList& arguments = {},
                   const QString& orderBy = {})
{
    QVector<T> items;
    for (const Row& row : store.rows(EntityTraits<T>::table(), where, arguments, orderBy))
        items.push_back(Repository<T>::fromRow(row));
    return items;
}

// Finds the ids a list of ids-or-names stands for; names match case-insensitively.
template <class T>
bool resolve(const QVector<T>& items, const QStringList& wanted, QSet<QString>* ids, QString* missing)
{
    for (const QString& key : wanted) {
        bool found = false;
        for (const T& item : items) {
            if (item.id == key || item.name.compare(key, Qt::CaseInsensitive) == 0) {
                ids->insert(item.id);
                found = true;
            }
        }
        if (!found) {
            *missing = key;
            return false;
        }
    }
    return true;
}

int roleRank(const QString& role)
{
    static const QStringList order = {QStringLiteral("speaker"), QStringLiteral("moderator"),
                                      QStringLiteral("facilitator")};
    return order.indexOf(role);
}

struct Filter
{
    QSet<QString> days, lines, spaces, statuses, sessions;
    bool onlySessions = false;
};

std::optional<ExchangeProgramme> loadFiltered(const Store& store, const Filter& filter, QString* error)
{
    ExchangeProgramme data;
    const QVector<Event> events = readAll<Event>(store);
    if (!events.isEmpty())
        data.event = events.first();
    data.zone = QTimeZone(data.event.timeZone.toUtf8());
    if (!data.zone.isValid()) {
        if (error)
            *error = ExchangeProgramme::tr("The event's time zone “%1” is not a known time zone; set it in the event settings.")
                         .arg(data.event.timeZone);
        return std::nullopt;
    }

    for (const EventDay& day : readAll<EventDay>(store, {}, {}, QStringLiteral("day"))) {
        data.allDays << day;
        // A day no calendar can hold (year 1, year 9999) would only stretch the time-zone rules written.
        if (day.day.year() < SessionTimes::firstYear || day.day.year() > SessionTimes::lastYear)
            continue;
        if (filter.days.isEmpty() || filter.days.contains(day.day.toString(Qt::ISODate)))
            data.days << day;
    }
    QHash<QString, Space> spaces;
    for (const Space& space : readAll<Space>(store, {}, {}, QStringLiteral("position, name, id"))) {
        spaces.insert(space.id, space);
        if (filter.spaces.isEmpty() || filter.spaces.contains(space.id))
            data.spaces << space;
    }
    QHash<QString, WorkingLine> lines;
    for (const WorkingLine& line : readAll<WorkingLine>(store, {}, {}, QStringLiteral("position, name, id"))) {
        lines.insert(line.id, line);
        if (filter.lines.isEmpty() || filter.lines.contains(line.id))
            data.lines << line;
    }
    QHash<QString, Organisation> organisations;
    for (const Organisation& organisation : readAll<Organisation>(store))
        organisations.insert(organisation.id, organisation);
    QHash<QString, Person> people;
    for (const Person& person : readAll<Person>(store))
        people.insert(person.id, person);
    QHash<QString, QVector<ExchangeProgramme::Participant>> participants;
    for (const Participation& p : readAll<Participation>(store)) {
        if (roleRank(p.role) < 0 || !people.contains(p.personId))
            continue;
        const Person& person = people.value(p.personId);
        participants[p.sessionId].push_back({person.id, person.name, organisations.value(person.organisationId).name,
                                             person.bio, p.role, p.position, person.sourceIds});
    }
    QHash<QString, QStringList> tags;
    for (const SessionTag& tag : readAll<SessionTag>(store))
        if (lines.contains(tag.workingLineId))
            tags[tag.sessionId] << lines.value(tag.workingLineId).name;

    const ConferenceDays conferenceDays(data.allDays);
    const QVector<Session> sessions =
        readAll<Session>(store, QStringLiteral("starts_at IS NOT NULL AND ends_at IS NOT NULL"));
    for (const Session& session : sessions) {
        if (filter.onlySessions && !filter.sessions.contains(session.id))
            continue;
        if (!filter.statuses.contains(session.status))
            continue;
        if (!filter.lines.isEmpty() && !filter.lines.contains(session.workingLineId))
            continue;
        if (!filter.spaces.isEmpty() && !filter.spaces.contains(session.spaceId))
            continue;
        // Text that does not read as a time leaves the session unscheduled, as everywhere in the app
        // (`check` reports that text); times that read but cannot be true stop the export.
        if (!session.startsAt.isValid() || !session.endsAt.isValid())
            continue;
        const QString impossible = SessionTimes::problem(session.startsAt, session.endsAt);
        if (!impossible.isEmpty()) {
            data.impossibleTimes << ExchangeProgramme::tr("“%1” (id %2): %3").arg(session.title, session.id, impossible);
            continue;
        }
        // A session after midnight belongs to the day that began the evening before.
        const QDate day = conferenceDays.dayOf(session.startsAt);
        if (!filter.days.isEmpty() && !filter.days.contains(day.toString(Qt::ISODate)))
            continue;
        ExchangeProgramme::Item item;
        item.session = session;
        item.day = day;
        item.space = spaces.value(session.spaceId);
        item.line = lines.value(session.workingLineId);
        item.tagNames = tags.value(session.id);
        item.tagNames.sort(Qt::CaseInsensitive);
        item.people = participants.value(session.id);
        std::sort(item.people.begin(), item.people.end(), [](const auto& a, const auto& b) {
            if (a.position != b.position)
                return a.position < b.position;
            if (roleRank(a.role) != roleRank(b.role))
                return roleRank(a.role) < roleRank(b.role);
            return a.name < b.name;
        });
        data.items << item;
    }
    std::sort(data.items.begin(), data.items.end(), [](const ExchangeProgramme::Item& a, const ExchangeProgramme::Item& b) {
        if (a.session.startsAt != b.session.startsAt)
            return a.session.startsAt < b.session.startsAt;
        if (a.space.position != b.space.position)
            return a.space.position < b.space.position;
        if (a.session.title != b.session.title)
            return a.session.title < b.session.title;
        return a.session.id < b.session.id;
    });
    return data;
}

bool statusesFrom(const QStringList& requested, const QStringList& defaults, QSet<QString>* statuses, QString* error)
{
    const QStringList wanted = requested.isEmpty() ? defaults : requested;
    for (const QString& status : wanted) {
        if (!Vocabulary::contains(Vocabulary::sessionStatuses(), status.toLower())) {
            if (error)
                *error = ExchangeProgramme::tr("Unknown session status “%1”; use idea, proposed, confirmed or cancelled.").arg(status);
            return false;
        }
        statuses->insert(status.toLower());
    }
    return true;
}

} // namespace

std::optional<ExchangeProgramme> ExchangeProgramme::load(const Store& store, const ExportRequest& request,
                                               const QStringList& defaultStatuses, QString* error)
{
    Filter filter;
    if (!statusesFrom(request.statuses, defaultStatuses, &filter.statuses, error))
        return std::nullopt;
    for (const QString& day : request.days) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid()) {
            if (error)
                *error = tr("“%1” is not a date; give days as YYYY-MM-DD.").arg(day);
            return std::nullopt;
        }
        filter.days.insert(date.toString(Qt::ISODate));
    }
    QString missing;
    if (!resolve(readAll<WorkingLine>(store), request.lines, &filter.lines, &missing)) {
        if (error)
            *error = tr("There is no working line called “%1”.").arg(missing);
        return std::nullopt;
    }
    if (!resolve(readAll<Space>(store), request.spaces, &filter.spaces, &missing)) {
        if (error)
            *error = tr("There is no space called “%1”.").arg(missing);
        return std::nullopt;
    }
    if (!request.person.isEmpty()) {
        QSet<QString> personIds;
        if (!resolve(readAll<Person>(store), {request.person}, &personIds, &missing)) {
            if (error)
                *error = tr("There is no person called “%1”.").arg(missing);
            return std::nullopt;
        }
        if (personIds.size() > 1) {
            if (error)
                *error = tr("%1 people are called “%2”; give the person's id instead.").arg(personIds.size()).arg(request.person);
            return std::nullopt;
        }
        filter.onlySessions = true;
        for (const Participation& p : readAll<Participation>(store, QStringLiteral("person_id = ?"),
                                                                               {*personIds.cbegin()}))
            filter.sessions.insert(p.sessionId);
    }
    return loadFiltered(store, filter, error);
}

std::optional<ExchangeProgramme> ExchangeProgramme::loadForPerson(const Store& store, const QString& personId,
                                                        const QStringList& defaultStatuses, QString* error)
{
    ExportRequest request;
    request.person = personId;
    return load(store, request, defaultStatuses, error);
}

bool ExchangeProgramme::refuseImpossibleTimes(const QString& output, QString* error) const
{
    if (impossibleTimes.isEmpty())
        return true;
    if (error) {
        constexpr int shown = 5;
        QStringList lines = impossibleTimes.mid(0, shown);
        if (impossibleTimes.size() > shown)
            lines << tr("and %1 more").arg(impossibleTimes.size() - shown);
        *error = tr("“%1” was not written: %2 session(s) have impossible times, which calendars and schedule apps "
                    "cannot take. Correct them first (standlab-cli check lists them all): %3.")
                     .arg(QDir::toNativeSeparators(output))
                     .arg(impossibleTimes.size())
                     .arg(lines.join(QStringLiteral("; ")));
    }
    return false;
}

QDateTime ExchangeProgramme::inZone(const QDateTime& wallClock) const
{
    return QDateTime(wallClock.date(), wallClock.time(), zone);
}

} // namespace standlab
