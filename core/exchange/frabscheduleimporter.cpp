// SPDX-License-Identifier: GPL-3.0-or-later
#include "frabscheduleimporter.h"

#include "exchangefile.h"
#include "frabjsonreader.h"
#include "frabschedule.h"
#include "frabxmlreader.h"
#include "importcatalogue.h"
#include "io/importrequest.h"
#include "model/event.h"
#include "model/participation.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/sessiontimes.h"
#include "store/store.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

namespace standlab {

namespace {

// Everything the import has learnt so far about the target event, so names resolve to the same row.
struct Context
{
    Store& store;
    ImportCatalogue catalogue;
    QTimeZone eventZone;
    QTimeZone fileZone;
    QString source; // the schedule's acronym or title, for ids of events that bring no guid
    QStringList skipped;
    QHash<QString, int> unmappedTypes;
    QHash<QString, QString> trackColours; // case-folded track name → colour (the last named, as the file says)
    QHash<QString, Session> existing;     // the event's sessions by id, read once
    // Written at the end, after the catalogue's rows they refer to, one statement per table.
    QVector<Row> newSessions;
    QVector<Session> changedSessions;
    QVector<Row> newParticipations;
    int sessionsCreated = 0, sessionsUpdated = 0;
};

// A moment as the event's wall clock (how sessions are stored).
QDateTime wallClock(const Context& c, const QDateTime& instant)
{
    const QDateTime local = instant.toTimeZone(c.eventZone);
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);
}

// When an event starts, from its date (with offset) or else its day and start time in the file's zone.
QDateTime startOf(const Context& c, const FrabSchedule::Day& day, const FrabSchedule::Event& event)
{
    if (event.rawDate.size() > 10) {
        const QDateTime date = QDateTime::fromString(event.rawDate, Qt::ISODate);
        if (date.isValid())
            return date.timeSpec() == Qt::LocalTime ? QDateTime(date.date(), date.time(), c.fileZone) : date;
    }
    QDate date = QDate::fromString(event.rawDate.left(10), Qt::ISODate);
    if (!date.isValid())
        date = day.date;
    QTime time = QTime::fromString(event.rawStart, QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime::fromString(event.rawStart, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, c.fileZone);
}

// Reads one event into what the import will write; what cannot be used is skipped with a note.
void importEvent(Context& c, const FrabSchedule::Day& day,
                 const FrabSchedule::Room& room, const FrabSchedule::Event& event, QSet<QString>* seen)
{
    const auto skip = [&c, &event](const QString& why) {
        c.skipped << FrabScheduleImporter::tr("%1: %2").arg(event.where, why);
    };
    if (event.title.isEmpty())
        return skip(FrabScheduleImporter::tr("an event without a title was skipped."));
    const QDateTime start = startOf(c, day, event);
    if (!start.isValid())
        return skip(FrabScheduleImporter::tr("“%1” has no usable date or start time (“%2”, “%3”) and was skipped.")
                        .arg(event.title, event.rawDate, event.rawStart));
    const int minutes = FrabSchedule::parseDuration(event.rawDuration);
    if (minutes <= 0)
        return skip(FrabScheduleImporter::tr("“%1” has no usable duration (“%2”) and was skipped.").arg(event.title, event.rawDuration));
    if (minutes >= 24 * 60)
        return skip(FrabScheduleImporter::tr("“%1” lasts %2, 24 hours or more; the format cannot say that reliably, so it was skipped.")
                        .arg(event.title, event.rawDuration));
    const QDateTime startsAt = wallClock(c, start);
    const QDateTime endsAt = wallClock(c, start.addSecs(qint64(minutes) * 60));
    // The same check as every other way in (bundles, packages, `check`), after the zone is applied.
    QString impossible = SessionTimes::problem(startsAt, endsAt);
    if (impossible.isEmpty() && (!startsAt.isValid() || !endsAt.isValid()))
        impossible = FrabScheduleImporter::tr("its times (“%1”, “%2”) cannot be placed in the event's calendar")
                         .arg(event.rawDate, event.rawStart);
    if (!impossible.isEmpty())
        return skip(FrabScheduleImporter::tr("“%1” was skipped: %2.").arg(event.title, impossible));
    QString guid = event.guid.toLower();
    if (!FrabSchedule::isUuid(guid)) {
        const QString key = event.id > 0 ? QString::number(event.id) : event.title + event.rawDate + room.name;
        static const QUuid space(QStringLiteral("9b6f0a52-3c1e-4b8e-a7f4-2d5c6e1f0a93"));
        guid = QUuid::createUuidV5(space, c.source + QLatin1Char('/') + key).toString(QUuid::WithoutBraces);
    }
    if (seen->contains(guid))
        return skip(FrabScheduleImporter::tr("“%1” appears twice (guid %2); the second one was skipped.").arg(event.title, guid));
    seen->insert(guid);

    FrabSchedule::Room target = room;
    if (!event.room.isEmpty() && event.room.compare(room.name, Qt::CaseInsensitive) != 0) {
        target.name = event.room;
        target.guid.clear();
    }
    QString spaceId, lineId;
    if (target.name.isEmpty())
        return skip(FrabScheduleImporter::tr("“%1” has no room and was skipped.").arg(event.title));
    c.catalogue.space(target, &spaceId);
    c.catalogue.line(event.track, c.trackColours.value(event.track.toCaseFolded()), &lineId);

    const auto found = c.existing.constFind(guid);
    const bool existing = found != c.existing.cend();
    Session session = existing ? found.value() : Session();
    session.title = event.title;
    QString kind = FrabSchedule::kindOf(event.type);
    if (kind.isEmpty()) {
        kind = QStringLiteral("talk");
        if (!event.type.isEmpty())
            ++c.unmappedTypes[event.type];
    }
    session.kind = kind;
    QStringList text;
    for (const QString& part : {event.subtitle, event.abstract, event.description})
        if (!part.isEmpty() && !text.contains(part))
            text << part;
    session.abstract = text.join(QStringLiteral("\n\n"));
    session.language = event.language.isEmpty() ? QStringLiteral("en") : event.language.toLower();
    session.spaceId = spaceId;
    session.workingLineId = lineId;
    session.startsAt = startsAt;
    session.endsAt = endsAt;
    session.status = QStringLiteral("confirmed");
    for (const FrabSchedule::Link& link : event.links) {
        if (link.type == QLatin1String("slides"))
            session.slidesUrl = link.url;
        else if (link.type == QLatin1String("media") || link.type == QLatin1String("recording"))
            session.recordingUrl = link.url;
        else if (link.type == QLatin1String("related") || link.type == QLatin1String("notes"))
            session.notesUrl = link.url;
        else
            c.skipped << FrabScheduleImporter::tr("%1: the link “%2” of “%3” has no place in a session and was left out.")
                             .arg(event.where, link.url, event.title);
    }
    if (existing) {
        c.changedSessions << session;
        ++c.sessionsUpdated;
    } else {
        session.id = guid;
        c.newSessions << Repository<Session>::toRow(session);
        ++c.sessionsCreated;
    }
    c.catalogue.day(session.startsAt.date(), {}, {});

    QSet<QString> present;
    if (existing)
        for (const Participation& p : Repository<Participation>(c.store).where(QStringLiteral("session_id = ?"), {session.id}))
            present.insert(p.personId + QLatin1Char('/') + p.role);
    int position = 0;
    for (const FrabSchedule::Person& person : event.persons) {
        if (person.name.isEmpty()) {
            c.skipped << FrabScheduleImporter::tr("%1: a person without a name in “%2” was left out.").arg(event.where, event.title);
            continue;
        }
        QString personId;
        c.catalogue.person(person, &personId);
        const int slot = position++;
        if (present.contains(personId + QStringLiteral("/speaker")))
            continue;
        present.insert(personId + QStringLiteral("/speaker"));
        Participation participation;
        participation.id = Store::newId();
        participation.personId = personId;
        participation.sessionId = session.id;
        participation.role = QStringLiteral("speaker");
        participation.confirmed = true;
        participation.position = slot;
        c.newParticipations << Repository<Participation>::toRow(participation);
    }
}

// Writes what the events brought, in the order the references need: the catalogue's rows, then the
// sessions, then who speaks in them. A session id that comes back after a delete is no longer a
// tombstone, as when Store::insert writes it.
bool writeCollected(Context& c, QString* error)
{
    if (!c.catalogue.flush(error))
        return false;
    if (!c.newSessions.isEmpty() && !c.store.insertMany(QStringLiteral("sessions"), c.newSessions, false, error))
        return false;
    Repository<Session> sessions(c.store);
    for (const Session& session : std::as_const(c.changedSessions))
        if (!sessions.save(session, error))
            return false;
    if (!c.newParticipations.isEmpty()
        && !c.store.insertMany(QStringLiteral("participations"), c.newParticipations, false, error))
        return false;
    for (const QString& table : {QStringLiteral("sessions"), QStringLiteral("spaces"), QStringLiteral("people")})
        if (!c.store.markRowsReturned(table, error))
            return false;
    return true;
}

} // namespace

bool FrabScheduleImporter::apply(Store& store, const FrabSchedule& schedule, bool dryRun, ImportReport* report,
                                 QString* error)
{
    Store::Transaction transaction(store);
    Context c{store, ImportCatalogue(store), {}, {}, schedule.acronym.isEmpty() ? schedule.title : schedule.acronym, {}, {}};

    const QTimeZone named(schedule.timeZone.toUtf8());
    QVector<Event> events = Repository<Event>(store).all();
    if (events.isEmpty()) {
        Event event;
        event.name = schedule.title.isEmpty() ? tr("Imported schedule") : schedule.title;
        if (named.isValid())
            event.timeZone = schedule.timeZone;
        if (!Repository<Event>(store).add(event, error))
            return false;
        events << event;
    }
    c.eventZone = QTimeZone(events.first().timeZone.toUtf8());
    if (!c.eventZone.isValid())
        c.eventZone = QTimeZone::utc();
    c.fileZone = named.isValid() ? named : c.eventZone;
    if (!schedule.timeZone.isEmpty() && !named.isValid())
        c.skipped << tr("The time zone “%1” is unknown; times without an offset were read as %2.")
                         .arg(schedule.timeZone, QString::fromUtf8(c.eventZone.id()));

    for (const FrabSchedule::Track& track : schedule.tracks)
        c.trackColours.insert(track.name.toCaseFolded(), track.colour);
    // Tracks and rooms in the file's order first, so the event lists them the same way.
    for (const FrabSchedule::Track& track : schedule.tracks) {
        QString id;
        c.catalogue.line(track.name, track.colour, &id);
    }
    for (const FrabSchedule::Room& room : schedule.rooms) {
        QString id;
        if (!room.name.isEmpty())
            c.catalogue.space(room, &id);
    }
    for (const Session& session : Repository<Session>(store).all())
        c.existing.insert(session.id, session);
    QSet<QString> seen;
    for (const FrabSchedule::Day& day : schedule.days) {
        const QDateTime opens = day.start.isValid() ? day.start.toTimeZone(c.eventZone) : QDateTime();
        const QDateTime closes = day.end.isValid() ? day.end.toTimeZone(c.eventZone) : QDateTime();
        QDate date = day.date.isValid() ? day.date : opens.date();
        if (!date.isValid() && !day.rooms.isEmpty())
            c.skipped << tr("%1: a day without a date; its events are placed by their own dates.").arg(day.where);
        if (date.isValid() && (date.year() < SessionTimes::firstYear || date.year() > SessionTimes::lastYear)) {
            c.skipped << tr("%1: the day %2 is outside the years %3–%4 and was left out; its events are placed by "
                            "their own dates.")
                             .arg(day.where, date.toString(Qt::ISODate))
                             .arg(SessionTimes::firstYear)
                             .arg(SessionTimes::lastYear);
            date = QDate();
        }
        // Opening hours only when the day's start and end fall on that date in the event's zone.
        const bool sameDay = opens.date() == date && closes.date() == date;
        c.catalogue.day(date, sameDay ? opens.time() : QTime(), sameDay ? closes.time() : QTime());
        for (const FrabSchedule::Room& room : day.rooms)
            for (const FrabSchedule::Event& event : room.events)
                importEvent(c, day, room, event, &seen);
    }
    if (!writeCollected(c, error))
        return false;
    for (auto it = c.unmappedTypes.cbegin(); it != c.unmappedTypes.cend(); ++it)
        c.skipped << tr("the type “%1” matches no session kind; its sessions (%2) came in as talks.")
                         .arg(it.key())
                         .arg(it.value());

    if (report) {
        report->created += c.sessionsCreated;
        report->updated += c.sessionsUpdated;
        report->skipped += c.skipped.size();
        if (dryRun)
            report->lines << tr("Dry run: nothing was changed. The import would bring:");
        report->lines << tr("%1 new and %2 updated sessions; %3 new spaces, %4 new working lines, %5 new people, %6 new days.")
                             .arg(c.sessionsCreated)
                             .arg(c.sessionsUpdated)
                             .arg(c.catalogue.spacesCreated())
                             .arg(c.catalogue.linesCreated())
                             .arg(c.catalogue.peopleCreated())
                             .arg(c.catalogue.daysCreated());
        for (const QString& line : std::as_const(c.skipped))
            report->lines << tr("Skipped: %1").arg(line);
    }
    if (dryRun)
        return true; // the transaction rolls back
    return transaction.commit(error);
}

namespace {

using Reader = bool (*)(const QByteArray&, FrabSchedule*, QString*);

bool importFile(Store& store, const ImportRequest& request, ImportReport* report, QString* error, Reader read)
{
    QByteArray bytes;
    if (!ExchangeFile::read(request.input, FrabScheduleImporter::maxFileSize, &bytes, error))
        return false;
    FrabSchedule schedule;
    QString why;
    if (!read(bytes, &schedule, &why)) {
        if (error)
            *error = FrabScheduleImporter::tr("Cannot import “%1”: %2 Nothing was imported.")
                         .arg(QDir::toNativeSeparators(request.input), why);
        return false;
    }
    if (!FrabScheduleImporter::apply(store, schedule, request.dryRun, report, &why)) {
        if (error)
            *error = FrabScheduleImporter::tr("Cannot import “%1”: %2 Nothing was imported.")
                         .arg(QDir::toNativeSeparators(request.input), why);
        return false;
    }
    return true;
}

} // namespace

bool FrabScheduleImporter::importXml(Store& store, const ImportRequest& request, ImportReport* report, QString* error)
{
    return importFile(store, request, report, error, FrabXmlReader::read);
}

bool FrabScheduleImporter::importJson(Store& store, const ImportRequest& request, ImportReport* report, QString* error)
{
    return importFile(store, request, report, error, FrabJsonReader::read);
}

} // namespace standlab
