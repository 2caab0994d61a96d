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
#include "model/conferencedays.h"
#include "model/sessionlinks.h"
#include "model/sessiontimes.h"
#include "model/sourceids.h"
#include "schedulezone.h"
#include "store/store.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUuid>
#include <optional>

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
    QStringList notes;                    // what the report says beside what was skipped
    QHash<QString, QString> trackColours; // case-folded track name → colour (the last named, as the file says)
    QHash<QString, Session> existing;     // the event's sessions by id, read once
    QHash<QString, int> occurrences;      // a guid of the file → how often it came so far
    std::optional<ConferenceDays> days;   // the event's days once the file's are added
    int otherDay = 0;                     // sessions that fall on another conference day than the file's
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

// A day's start or end as the reader found it; one without an offset is on the file's clock.
QDateTime dayBound(const Context& c, const QDateTime& value)
{
    if (!value.isValid() || value.timeSpec() != Qt::LocalTime)
        return value;
    return QDateTime(value.date(), value.time(), c.fileZone);
}

// When an event starts, from its date (with offset) or else its day and start time in the file's zone.
QDateTime startOf(const Context& c, const FrabSchedule::Day& day, const FrabSchedule::Event& event)
{
    if (event.rawDate.size() > 10) {
        const QDateTime date = ScheduleZone::read(event.rawDate, c.fileZone);
        if (date.isValid())
            return date;
    }
    QDate date = QDate::fromString(event.rawDate.left(10), Qt::ISODate);
    if (!date.isValid())
        date = day.date;
    QTime time = QTime::fromString(event.rawStart, QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime::fromString(event.rawStart, QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(event.rawStart, QStringLiteral("H:mm"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, c.fileZone);
}

// The date of a day of the file: its own, or that of its start on the event's clock.
QDate dateOf(const Context& c, const FrabSchedule::Day& day)
{
    if (day.date.isValid())
        return day.date;
    const QDateTime opens = dayBound(c, day.start);
    return opens.isValid() ? wallClock(c, opens).date() : QDate();
}

// Adds a day of the file with the hours it gives, widened to hold its events: a day that runs past
// midnight closes on the next morning, so its late sessions stay in it (ConferenceDays).
void planDay(Context& c, const FrabSchedule::Day& day, const QDate& date)
{
    QDateTime opens = day.start.isValid() ? wallClock(c, dayBound(c, day.start)) : QDateTime();
    QDateTime closes = day.end.isValid() ? wallClock(c, dayBound(c, day.end)) : QDateTime();
    for (const FrabSchedule::Room& room : day.rooms)
        for (const FrabSchedule::Event& event : room.events) {
            const QDateTime start = startOf(c, day, event);
            if (!start.isValid())
                continue;
            const QDateTime wall = wallClock(c, start);
            const int minutes = qMax(1, FrabSchedule::parseDuration(event.rawDuration));
            if (wall.date() < date || wall.date() > date.addDays(1))
                continue; // an event the file files under a far-away day: it goes by its own date
            if (!opens.isValid() || wall < opens)
                opens = wall;
            if (!closes.isValid() || wall.addSecs(minutes * 60) > closes)
                closes = wall.addSecs(minutes * 60);
        }
    if (!opens.isValid() || !closes.isValid() || closes <= opens) {
        c.catalogue.day(date, {}, {});
        return;
    }
    QTime open = opens.date() < date ? QTime(0, 0) : opens.time();
    if (opens.date() > date)
        open = QTime(0, 0);
    // A whole day or more cannot be said with two clock times: it opens and closes at the same time.
    const QTime close = opens.secsTo(closes) >= 24 * 3600 || closes.date() > date.addDays(1) ? open : closes.time();
    c.catalogue.day(date, open, close);
}

// The guid a session of the file gets: its own, or one made from its id, title and room; a guid the
// file already used gives a second session a guid made from the first and its repetition, the same
// on every import of the file.
QString guidFor(Context& c, const FrabSchedule::Room& room, const FrabSchedule::Event& event)
{
    QString guid = event.guid.toLower();
    if (!FrabSchedule::isUuid(guid)) {
        const QString key = event.id > 0 ? QString::number(event.id) : event.title + event.rawDate + room.name;
        static const QUuid space(QStringLiteral("9b6f0a52-3c1e-4b8e-a7f4-2d5c6e1f0a93"));
        guid = QUuid::createUuidV5(space, c.source + QLatin1Char('/') + key).toString(QUuid::WithoutBraces);
    }
    const int seen = c.occurrences[guid]++;
    if (seen == 0)
        return guid;
    static const QUuid repeated(QStringLiteral("0d7c52b1-6f3a-4e8e-9a41-3b2f5c8e7d10"));
    const QString derived = QUuid::createUuidV5(repeated, guid + QLatin1Char('/') + QString::number(seen))
                                .toString(QUuid::WithoutBraces);
    c.notes << FrabScheduleImporter::tr("%1: “%2” appears again under the guid %3; it came in as a session of its own "
                                        "with the guid %4.")
                   .arg(event.where, event.title, guid, derived);
    return derived;
}

// Reads one event into what the import will write; what cannot be used is skipped with a note.
void importEvent(Context& c, const FrabSchedule::Day& day, const QDate& dayDate,
                 const FrabSchedule::Room& room, const FrabSchedule::Event& event)
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
    if (minutes < 0)
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

    FrabSchedule::Room target = room;
    if (!event.room.isEmpty() && event.room.compare(room.name, Qt::CaseInsensitive) != 0) {
        target.name = event.room;
        target.guid.clear();
    }
    QString spaceId, lineId;
    if (target.name.isEmpty())
        return skip(FrabScheduleImporter::tr("“%1” has no room and was skipped.").arg(event.title));
    const QString guid = guidFor(c, room, event);
    c.catalogue.space(target, &spaceId);
    c.catalogue.line(event.track, c.trackColours.value(event.track.toCaseFolded()), &lineId);

    const auto found = c.existing.constFind(guid);
    const bool existing = found != c.existing.cend();
    Session session = existing ? found.value() : Session();
    session.title = event.title;
    session.subtitle = event.subtitle;
    session.kind = FrabSchedule::kindOf(event.type);
    session.abstract = event.abstract;
    session.description = event.description;
    session.language = event.language;
    session.spaceId = spaceId;
    session.workingLineId = lineId;
    session.startsAt = startsAt;
    session.endsAt = endsAt;
    session.status = QStringLiteral("confirmed");
    QVector<SessionLink> links, attachments;
    for (const FrabSchedule::Link& link : event.links) {
        if (link.url.isEmpty())
            c.skipped << FrabScheduleImporter::tr("%1: a link without an address (“%2”) in “%3” was left out.")
                             .arg(event.where, link.title, event.title);
        else
            links.push_back({link.title, link.url, SessionLinks::kindOfType(link.type), link.type});
    }
    for (const FrabSchedule::Link& attachment : event.attachments) {
        if (attachment.url.isEmpty())
            c.skipped << FrabScheduleImporter::tr("%1: an attachment without an address (“%2”) in “%3” was left out.")
                             .arg(event.where, attachment.title, event.title);
        else
            attachments.push_back({attachment.title, attachment.url, QStringLiteral("other"), attachment.type});
    }
    session.links = SessionLinks::toJson(links);
    session.attachments = SessionLinks::toJson(attachments);
    session.recordingLicence = event.recordingLicence;
    session.recordingOptOut = event.recordingOptOut;
    QJsonObject ids;
    SourceIds::set(&ids, "guid", event.guid);
    SourceIds::set(&ids, "id", event.id > 0 ? QString::number(event.id) : QString());
    SourceIds::set(&ids, "slug", event.slug);
    SourceIds::set(&ids, "url", event.url);
    SourceIds::set(&ids, "code", event.code);
    // "lecture" stays "lecture"; "talk" becomes our talk, and the file's spelling goes back out.
    if (FrabSchedule::typeOf(session.kind) != event.type.trimmed())
        SourceIds::set(&ids, "type", event.type.trimmed());
    session.sourceIds = SourceIds::write(ids);
    if (existing) {
        c.changedSessions << session;
        ++c.sessionsUpdated;
    } else {
        session.id = guid;
        c.newSessions << Repository<Session>::toRow(session);
        ++c.sessionsCreated;
    }
    // The day the file files it under holds it; one that does not (hours the event had already, or a
    // file whose day and dates disagree) is said, and the session's own day is added if needed.
    const QDate conferenceDay = c.days->dayOf(session.startsAt);
    if (dayDate.isValid() && conferenceDay != dayDate)
        ++c.otherDay;
    c.catalogue.day(conferenceDay, {}, {});

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

// The conference's acronym kept on the event, so an export writes it back; one the event already
// has is kept.
bool keepConferenceIdentity(Store& store, Event event, const FrabSchedule& schedule, QString* error)
{
    QJsonObject ids = SourceIds::read(event.sourceIds);
    if (SourceIds::text(ids, "acronym").isEmpty())
        SourceIds::set(&ids, "acronym", schedule.acronym);
    const QString written = SourceIds::write(ids);
    if (written == event.sourceIds)
        return true;
    event.sourceIds = written;
    return Repository<Event>(store).save(event, error);
}

} // namespace

bool FrabScheduleImporter::apply(Store& store, const FrabSchedule& schedule, bool dryRun, ImportReport* report,
                                 QString* error, const QString& requestedZone)
{
    Store::Transaction transaction(store);
    const QString source = schedule.acronym.isEmpty() ? schedule.title : schedule.acronym;
    Context c{store, ImportCatalogue(store, source), {}, {}, source, {}, {}, {}, {}, {}, {}};

    QVector<Event> events = Repository<Event>(store).all();
    const bool eventExists = !events.isEmpty();
    const QTimeZone existingZone = eventExists ? QTimeZone(events.first().timeZone.toUtf8()) : QTimeZone(Event().timeZone.toUtf8());
    QString note;
    if (!ScheduleZone::choose(schedule, requestedZone, existingZone, eventExists, &c.fileZone, &note, error))
        return false;
    if (!note.isEmpty())
        c.notes << note;
    if (!eventExists) {
        Event event;
        event.name = schedule.title.isEmpty() ? tr("Imported schedule") : schedule.title;
        event.timeZone = QString::fromUtf8(c.fileZone.id());
        if (!Repository<Event>(store).add(event, error))
            return false;
        events << event;
    }
    c.eventZone = QTimeZone(events.first().timeZone.toUtf8());
    if (!c.eventZone.isValid()) {
        c.eventZone = c.fileZone;
        c.notes << tr("The event's time zone “%1” is unknown; the times were kept on the file's clock (%2).")
                       .arg(events.first().timeZone, QString::fromUtf8(c.fileZone.id()));
    }

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
    // The file's days first, with their hours, so each session finds the day the file puts it in.
    QVector<QDate> dayDates;
    for (const FrabSchedule::Day& day : schedule.days) {
        QDate date = dateOf(c, day);
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
        if (date.isValid())
            planDay(c, day, date);
        dayDates << date;
    }
    c.days.emplace(c.catalogue.days());
    for (int d = 0; d < schedule.days.size(); ++d)
        for (const FrabSchedule::Room& room : schedule.days.at(d).rooms)
            for (const FrabSchedule::Event& event : room.events)
                importEvent(c, schedule.days.at(d), dayDates.at(d), room, event);
    if (!writeCollected(c, error))
        return false;
    if (!keepConferenceIdentity(store, events.first(), schedule, error))
        return false;
    if (c.otherDay > 0)
        c.notes << tr("%n session(s) fall on another conference day than the file gives them (the event's own "
                      "opening hours for that day, or a file whose dates and days disagree).",
                      nullptr, c.otherDay);

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
        report->lines << c.notes;
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
    if (!FrabScheduleImporter::apply(store, schedule, request.dryRun, report, &why, request.timeZone)) {
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
