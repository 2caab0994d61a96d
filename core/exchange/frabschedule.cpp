// SPDX-License-Identifier: GPL-3.0-or-later
#include "frabschedule.h"

#include "exchangeprogramme.h"
#include "model/conferencedays.h"
#include "model/sessionlinks.h"
#include "model/sourceids.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace standlab {

namespace {

// Ids that are not UUIDs (hand-made bundles) still get a stable one, the same on every export.
QString guidOf(const QString& id)
{
    if (FrabSchedule::isUuid(id))
        return id.toLower();
    static const QUuid space(QStringLiteral("5e1c3a64-8a4f-4d57-9d0b-6f1c0f3b7a21"));
    return QUuid::createUuidV5(space, id).toString(QUuid::WithoutBraces);
}

// The same text without accents, so "Sesión" gives "sesion" rather than "sesi-n".
QString plainLatin(const QString& text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return plain;
}

} // namespace

QString FrabSchedule::duration(int minutes)
{
    // The format has two digits of hours; nothing at a stand lasts four days.
    minutes = qBound(0, minutes, 99 * 60 + 59);
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int FrabSchedule::parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3}):(\\d{2})(?::(\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59)
        return -1;
    // A third field is seconds: rounded to the minute.
    const int seconds = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    return hours * 60 + minutes + (seconds >= 30 ? 1 : 0);
}

namespace {

const QMap<QString, QString>& ourTypes()
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("talk"), QStringLiteral("Talk")},
        {QStringLiteral("roundtable"), QStringLiteral("Roundtable")},
        {QStringLiteral("workshop"), QStringLiteral("Workshop")},
        {QStringLiteral("meetup"), QStringLiteral("Meetup")},
        {QStringLiteral("hackathon"), QStringLiteral("Hackathon")},
        {QStringLiteral("pitch"), QStringLiteral("Pitch")},
        {QStringLiteral("ceremony"), QStringLiteral("Ceremony")}};
    return names;
}

} // namespace

QString FrabSchedule::typeOf(const QString& kind)
{
    return ourTypes().value(kind, kind);
}

QString FrabSchedule::kindOf(const QString& type)
{
    // Only a name that is ours: a "lecture" or a "devroom" stays what the file calls it (issue 15).
    const QString key = type.trimmed().toLower();
    if (ourTypes().contains(key))
        return key;
    return type.trimmed();
}

QString FrabSchedule::slugOf(const QString& text)
{
    QString slug;
    for (const QChar c : plainLatin(text).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('_')))
            slug += QLatin1Char('_');
    }
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    return slug;
}

QString FrabSchedule::acronymOf(const QString& name)
{
    QString acronym = slugOf(name).left(40);
    while (acronym.endsWith(QLatin1Char('_')))
        acronym.chop(1);
    if (acronym.size() < 4)
        acronym = QStringLiteral("standlab") + (acronym.isEmpty() ? QString() : QLatin1Char('_') + acronym);
    return acronym;
}

int FrabSchedule::numberFor(const QString& uuid, QSet<int>* taken)
{
    const QByteArray hash = QCryptographicHash::hash(uuid.toLower().toUtf8(), QCryptographicHash::Sha1);
    quint32 value = (quint32(quint8(hash[0])) << 24) | (quint32(quint8(hash[1])) << 16)
        | (quint32(quint8(hash[2])) << 8) | quint32(quint8(hash[3]));
    // Positive, and below ten million so apps that show the number keep it short.
    int number = int(value % 9000000u) + 1000000;
    while (taken->contains(number))
        number = number >= 9999999 ? 1000000 : number + 1;
    taken->insert(number);
    return number;
}

bool FrabSchedule::isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

bool FrabSchedule::fromData(const ExchangeProgramme& data, FrabSchedule* schedule, QString* error)
{
    FrabSchedule& s = *schedule;
    s = FrabSchedule();
    const QJsonObject conference = SourceIds::read(data.event.sourceIds);
    s.title = data.event.name.isEmpty() ? tr("Programme") : data.event.name;
    // The acronym the schedule came with, written back when both schemas take it.
    const QString acronym = SourceIds::text(conference, "acronym");
    static const QRegularExpression acronymPattern(QStringLiteral("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"));
    s.acronym = acronymPattern.match(acronym).hasMatch() ? acronym : acronymOf(s.title);
    s.timeZone = QString::fromUtf8(data.zone.id());
    for (const WorkingLine& line : data.lines)
        s.tracks.push_back({line.name, line.colour.toLower()});
    for (const Space& space : data.spaces) {
        Room room;
        room.name = space.name;
        room.guid = guidOf(space.id);
        room.type = space.kind == QLatin1String("stage") ? QStringLiteral("stage")
            : space.kind == QLatin1String("workshop_area") ? QStringLiteral("workshop")
                                                           : QStringLiteral("other");
        room.capacity = space.capacity;
        s.rooms << room;
    }

    // The numbers and slugs the sessions had in their source, where they are still unique; new ones
    // for the rest, in UUID order, so they do not depend on the order of the programme.
    QVector<const ExchangeProgramme::Item*> placed;
    for (const ExchangeProgramme::Item& item : data.items)
        if (!item.space.id.isEmpty()) // the format has no place for a session without a room
            placed << &item;
    QHash<QString, int> sessionNumbers, personNumbers;
    QHash<QString, QString> sessionSlugs, sessionCodes;
    QSet<int> takenSessions, takenPeople;
    QSet<QString> takenSlugs, takenCodes;
    QStringList unnumbered, personIds;
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9_]{4,}-[a-z0-9\\-_]*[a-z0-9]$"));
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Z]{6}$"));
    for (const ExchangeProgramme::Item* item : std::as_const(placed)) {
        const QJsonObject ids = SourceIds::read(item->session.sourceIds);
        const int number = SourceIds::text(ids, "id").toInt();
        if (number > 0 && !takenSessions.contains(number)) {
            takenSessions.insert(number);
            sessionNumbers.insert(item->session.id, number);
        } else {
            unnumbered << item->session.id;
        }
        const QString slug = SourceIds::text(ids, "slug");
        if (slugPattern.match(slug).hasMatch() && !takenSlugs.contains(slug)) {
            takenSlugs.insert(slug);
            sessionSlugs.insert(item->session.id, slug);
        }
        const QString code = SourceIds::text(ids, "code");
        if (codePattern.match(code).hasMatch() && !takenCodes.contains(code)) {
            takenCodes.insert(code);
            sessionCodes.insert(item->session.id, code);
        }
        for (const ExchangeProgramme::Participant& person : item->people) {
            const int personNumber = SourceIds::text(SourceIds::read(person.sourceIds), "id").toInt();
            if (personNumber > 0) {
                personNumbers.insert(person.personId, personNumber);
                takenPeople.insert(personNumber);
            } else {
                personIds << person.personId;
            }
        }
    }
    std::sort(unnumbered.begin(), unnumbered.end(), [](const QString& a, const QString& b) { return guidOf(a) < guidOf(b); });
    for (const QString& id : std::as_const(unnumbered))
        sessionNumbers.insert(id, numberFor(guidOf(id), &takenSessions));
    std::sort(personIds.begin(), personIds.end(), [](const QString& a, const QString& b) { return guidOf(a) < guidOf(b); });
    personIds.erase(std::unique(personIds.begin(), personIds.end()), personIds.end());
    for (const QString& id : std::as_const(personIds))
        if (!personNumbers.contains(id))
            personNumbers.insert(id, numberFor(guidOf(id), &takenPeople));

    QMap<QDate, Day> days;
    for (const EventDay& eventDay : data.days) {
        Day& day = days[eventDay.day];
        day.date = eventDay.day;
        day.start = data.inZone(ConferenceDays::opensAt(eventDay));
        day.end = data.inZone(ConferenceDays::closesAt(eventDay));
    }
    QCryptographicHash fingerprint(QCryptographicHash::Sha1);
    for (const ExchangeProgramme::Item* item : std::as_const(placed)) {
        const Session& session = item->session;
        const QJsonObject ids = SourceIds::read(session.sourceIds);
        Event event;
        // The file's guid (in its own spelling) when the session still carries it, else ours.
        const QString sourceGuid = SourceIds::text(ids, "guid");
        event.guid = isUuid(sourceGuid) && sourceGuid.compare(session.id, Qt::CaseInsensitive) == 0 ? sourceGuid
                                                                                                     : guidOf(session.id);
        event.id = sessionNumbers.value(session.id);
        event.code = sessionCodes.value(session.id);
        event.room = item->space.name;
        event.title = session.title;
        event.subtitle = session.subtitle;
        // The file's spelling of one of our kinds ("lecture" is its own kind; "talk" is our Talk), while
        // the session is still of that kind.
        const QString sourceType = SourceIds::text(ids, "type");
        event.type = !sourceType.isEmpty() && kindOf(sourceType) == session.kind ? sourceType : typeOf(session.kind);
        event.language = session.language;
        event.abstract = session.abstract;
        event.description = session.description;
        event.track = item->line.name;
        event.url = SourceIds::text(ids, "url");
        event.slug = sessionSlugs.value(session.id);
        if (event.slug.isEmpty()) {
            QString titleSlug = slugOf(session.title).left(48);
            while (titleSlug.endsWith(QLatin1Char('_')))
                titleSlug.chop(1);
            event.slug = QStringLiteral("%1-%2").arg(s.acronym).arg(event.id)
                + (titleSlug.isEmpty() ? QString() : QLatin1Char('-') + titleSlug);
        }
        event.start = data.inZone(session.startsAt);
        // Real minutes: a session across the change to summer time is an hour shorter than its clock says.
        event.durationMinutes = int(event.start.secsTo(data.inZone(session.endsAt)) / 60);
        event.recordingLicence = session.recordingLicence;
        event.recordingOptOut = session.recordingOptOut;
        event.hasRecording = !session.recordingLicence.isEmpty() || session.recordingOptOut;
        for (const ExchangeProgramme::Participant& person : item->people) {
            const QJsonObject personIds = SourceIds::read(person.sourceIds);
            const QString personGuid = SourceIds::text(personIds, "guid");
            event.persons.push_back({isUuid(personGuid) ? personGuid : guidOf(person.personId),
                                     personNumbers.value(person.personId), person.name, person.bio,
                                     SourceIds::text(personIds, "code")});
        }
        QSet<QString> linked;
        for (const SessionLink& link : SessionLinks::fromJson(session.links)) {
            // The file's own type when it gave one; a link without one and of no kind stays without.
            const QString type = !link.type.isEmpty() ? link.type
                : link.kind == QLatin1String("other")  ? QString()
                                                       : typeOfLink(link.kind);
            event.links.push_back({link.url, type, link.title});
            linked.insert(link.url);
        }
        // The session's own three addresses, unless the list already has them.
        const QVector<Link> own = {{session.slidesUrl, QStringLiteral("slides"), QStringLiteral("Slides")},
                                   {session.recordingUrl, QStringLiteral("media"), QStringLiteral("Recording")},
                                   {session.notesUrl, QStringLiteral("related"), QStringLiteral("Notes")}};
        for (const Link& link : own)
            if (!link.url.isEmpty() && !linked.contains(link.url))
                event.links.push_back(link);
        for (const SessionLink& attachment : SessionLinks::fromJson(session.attachments))
            event.attachments.push_back({attachment.url, attachment.type, attachment.title});

        const QDate date = item->day.isValid() ? item->day : session.startsAt.date();
        Day& day = days[date];
        if (!day.date.isValid()) {
            day.date = date;
            day.start = event.start;
            day.end = data.inZone(session.endsAt);
        }
        day.start = qMin(day.start, event.start);
        day.end = qMax(day.end, data.inZone(session.endsAt));
        if (day.rooms.isEmpty())
            day.rooms = s.rooms;
        for (Room& room : day.rooms)
            if (room.guid == guidOf(item->space.id))
                room.events << event;
        fingerprint.addData(QStringLiteral("%1|%2|%3|%4|%5|%6\n")
                                .arg(event.guid, event.start.toString(Qt::ISODate))
                                .arg(event.durationMinutes)
                                .arg(event.room, event.title, event.track)
                                .toUtf8());
    }
    if (days.isEmpty()) {
        if (error)
            *error = tr("There is nothing to put in the schedule: the event has no days and the selection no scheduled sessions.");
        return false;
    }
    int index = 1;
    for (Day& day : days) {
        day.index = index++;
        if (day.rooms.isEmpty())
            day.rooms = s.rooms;
        for (Room& room : day.rooms)
            std::stable_sort(room.events.begin(), room.events.end(), [](const Event& a, const Event& b) {
                return a.start != b.start ? a.start < b.start : a.title < b.title;
            });
        s.days << day;
    }
    s.start = s.days.first().date;
    s.end = s.days.last().date;
    // Apps compare the version to tell people the schedule changed: it follows the content, not the clock.
    s.version = QString::fromLatin1(fingerprint.result().toHex().left(12));
    return true;
}

QString FrabSchedule::typeOfLink(const QString& kind)
{
    if (kind == QLatin1String("recording"))
        return QStringLiteral("media");
    if (kind == QLatin1String("slides"))
        return QStringLiteral("slides");
    return QStringLiteral("related");
}

} // namespace standlab
