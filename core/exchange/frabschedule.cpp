// SPDX-License-Identifier: GPL-3.0-or-later
#include "frabschedule.h"

#include "exchangeprogramme.h"

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

QString FrabSchedule::typeOf(const QString& kind)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("talk"), QStringLiteral("Talk")},
        {QStringLiteral("roundtable"), QStringLiteral("Roundtable")},
        {QStringLiteral("workshop"), QStringLiteral("Workshop")},
        {QStringLiteral("meetup"), QStringLiteral("Meetup")},
        {QStringLiteral("hackathon"), QStringLiteral("Hackathon")},
        {QStringLiteral("pitch"), QStringLiteral("Pitch")},
        {QStringLiteral("ceremony"), QStringLiteral("Ceremony")}};
    return names.value(kind, QStringLiteral("Talk"));
}

QString FrabSchedule::kindOf(const QString& type)
{
    static const QMap<QString, QString> exact = {
        {QStringLiteral("talk"), QStringLiteral("talk")},           {QStringLiteral("lecture"), QStringLiteral("talk")},
        {QStringLiteral("presentation"), QStringLiteral("talk")},   {QStringLiteral("keynote"), QStringLiteral("talk")},
        {QStringLiteral("roundtable"), QStringLiteral("roundtable")}, {QStringLiteral("round table"), QStringLiteral("roundtable")},
        {QStringLiteral("panel"), QStringLiteral("roundtable")},    {QStringLiteral("discussion"), QStringLiteral("roundtable")},
        {QStringLiteral("podium"), QStringLiteral("roundtable")},   {QStringLiteral("debate"), QStringLiteral("roundtable")},
        {QStringLiteral("workshop"), QStringLiteral("workshop")},   {QStringLiteral("hands-on"), QStringLiteral("workshop")},
        {QStringLiteral("tutorial"), QStringLiteral("workshop")},   {QStringLiteral("meetup"), QStringLiteral("meetup")},
        {QStringLiteral("meet-up"), QStringLiteral("meetup")},      {QStringLiteral("meeting"), QStringLiteral("meetup")},
        {QStringLiteral("hackathon"), QStringLiteral("hackathon")}, {QStringLiteral("pitch"), QStringLiteral("pitch")},
        {QStringLiteral("lightning talk"), QStringLiteral("pitch")}, {QStringLiteral("ceremony"), QStringLiteral("ceremony")},
        {QStringLiteral("opening"), QStringLiteral("ceremony")},    {QStringLiteral("closing"), QStringLiteral("ceremony")}};
    const QString key = type.trimmed().toLower();
    if (exact.contains(key))
        return exact.value(key);
    // "Long talk", "Workshop (2 h)", "Panel discussion"…
    static const QVector<QPair<QString, QString>> words = {
        {QStringLiteral("workshop"), QStringLiteral("workshop")}, {QStringLiteral("lightning"), QStringLiteral("pitch")},
        {QStringLiteral("pitch"), QStringLiteral("pitch")},       {QStringLiteral("panel"), QStringLiteral("roundtable")},
        {QStringLiteral("round"), QStringLiteral("roundtable")},  {QStringLiteral("hack"), QStringLiteral("hackathon")},
        {QStringLiteral("meet"), QStringLiteral("meetup")},       {QStringLiteral("talk"), QStringLiteral("talk")},
        {QStringLiteral("lecture"), QStringLiteral("talk")}};
    for (const auto& word : words)
        if (key.contains(word.first))
            return word.second;
    return {};
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
    s.title = data.event.name.isEmpty() ? tr("Programme") : data.event.name;
    s.acronym = acronymOf(s.title);
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

    // Numbers in UUID order, so they do not depend on the order of the programme.
    QStringList sessionIds, personIds;
    for (const ExchangeProgramme::Item& item : data.items) {
        sessionIds << guidOf(item.session.id);
        for (const ExchangeProgramme::Participant& person : item.people)
            personIds << guidOf(person.personId);
    }
    sessionIds.sort();
    personIds.sort();
    personIds.removeDuplicates();
    QHash<QString, int> sessionNumbers, personNumbers;
    QSet<int> takenSessions, takenPeople;
    for (const QString& id : std::as_const(sessionIds))
        sessionNumbers.insert(id, numberFor(id, &takenSessions));
    for (const QString& id : std::as_const(personIds))
        personNumbers.insert(id, numberFor(id, &takenPeople));

    QMap<QDate, Day> days;
    for (const EventDay& eventDay : data.days) {
        Day& day = days[eventDay.day];
        day.date = eventDay.day;
        day.start = data.inZone(QDateTime(eventDay.day, eventDay.opens));
        day.end = data.inZone(QDateTime(eventDay.day, eventDay.closes));
    }
    QCryptographicHash fingerprint(QCryptographicHash::Sha1);
    for (const ExchangeProgramme::Item& item : data.items) {
        const Session& session = item.session;
        if (item.space.id.isEmpty())
            continue; // the format has no place for a session without a room
        Event event;
        event.guid = guidOf(session.id);
        event.id = sessionNumbers.value(event.guid);
        event.room = item.space.name;
        event.title = session.title;
        event.type = typeOf(session.kind);
        event.language = session.language;
        event.abstract = session.abstract;
        event.track = item.line.name;
        QString titleSlug = slugOf(session.title).left(48);
        while (titleSlug.endsWith(QLatin1Char('_')))
            titleSlug.chop(1);
        event.slug = QStringLiteral("%1-%2").arg(s.acronym).arg(event.id)
            + (titleSlug.isEmpty() ? QString() : QLatin1Char('-') + titleSlug);
        event.start = data.inZone(session.startsAt);
        event.durationMinutes = int(session.startsAt.secsTo(session.endsAt) / 60);
        for (const ExchangeProgramme::Participant& person : item.people) {
            const QString guid = guidOf(person.personId);
            event.persons.push_back({guid, personNumbers.value(guid), person.name, person.bio});
        }
        if (!session.slidesUrl.isEmpty())
            event.links.push_back({session.slidesUrl, QStringLiteral("slides"), QStringLiteral("Slides")});
        if (!session.recordingUrl.isEmpty())
            event.links.push_back({session.recordingUrl, QStringLiteral("media"), QStringLiteral("Recording")});
        if (!session.notesUrl.isEmpty())
            event.links.push_back({session.notesUrl, QStringLiteral("related"), QStringLiteral("Notes")});

        const QDate date = session.startsAt.date();
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
            if (room.guid == guidOf(item.space.id))
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

} // namespace standlab
