// SPDX-License-Identifier: GPL-3.0-or-later
#include "frabjsonreader.h"

#include "frabschedule.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace standlab {

namespace {

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString().trimmed();
}

FrabSchedule::Event eventFrom(const QJsonObject& object, const QString& roomName, const QString& where)
{
    FrabSchedule::Event event;
    event.guid = text(object, "guid");
    event.id = object.value(QLatin1String("id")).toInt();
    event.room = text(object, "room").isEmpty() ? roomName : text(object, "room");
    event.title = text(object, "title");
    event.subtitle = text(object, "subtitle");
    event.type = text(object, "type");
    event.language = text(object, "language");
    event.abstract = text(object, "abstract");
    event.description = text(object, "description");
    event.track = text(object, "track");
    event.slug = text(object, "slug");
    event.url = text(object, "url");
    if (event.url.isEmpty())
        event.url = text(object, "origin_url");
    event.code = text(object, "code");
    event.recordingLicence = text(object, "recording_license");
    const QJsonValue doNotRecord = object.value(QLatin1String("do_not_record"));
    event.recordingOptOut = doNotRecord.toBool() || doNotRecord.toString() == QLatin1String("true");
    event.hasRecording = object.contains(QLatin1String("recording_license")) || doNotRecord.isBool();
    event.rawDate = text(object, "date");
    event.rawStart = text(object, "start");
    event.rawDuration = text(object, "duration");
    event.where = where;
    for (const QJsonValue& value : object.value(QLatin1String("persons")).toArray()) {
        const QJsonObject person = value.toObject();
        QString name = text(person, "name");
        if (name.isEmpty())
            name = text(person, "public_name");
        event.persons.push_back({text(person, "guid"), person.value(QLatin1String("id")).toInt(), name,
                                 text(person, "biography"), text(person, "code")});
    }
    for (const QJsonValue& value : object.value(QLatin1String("links")).toArray()) {
        const QJsonObject link = value.toObject();
        event.links.push_back({text(link, "url"), text(link, "type"), text(link, "title")});
    }
    for (const QJsonValue& value : object.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        event.attachments.push_back({text(attachment, "url"), text(attachment, "type"), text(attachment, "title")});
    }
    return event;
}

} // namespace

bool FrabJsonReader::read(const QByteArray& bytes, FrabSchedule* schedule, QString* error)
{
    FrabSchedule& s = *schedule;
    s = FrabSchedule();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("the file is not valid JSON (at byte %1: %2).").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonObject conference = root.value(QLatin1String("schedule")).toObject().value(QLatin1String("conference")).toObject();
    if (conference.isEmpty()) {
        if (error)
            *error = tr("this is not a frab/pretalx schedule: it has no schedule.conference.");
        return false;
    }
    s.version = text(root.value(QLatin1String("schedule")).toObject(), "version");
    s.title = text(conference, "title");
    s.acronym = text(conference, "acronym");
    s.timeZone = text(conference, "time_zone_name");
    s.start = QDate::fromString(text(conference, "start").left(10), Qt::ISODate);
    s.end = QDate::fromString(text(conference, "end").left(10), Qt::ISODate);
    for (const QJsonValue& value : conference.value(QLatin1String("tracks")).toArray())
        s.tracks.push_back({text(value.toObject(), "name"), text(value.toObject(), "color")});
    for (const QJsonValue& value : conference.value(QLatin1String("rooms")).toArray()) {
        const QJsonObject object = value.toObject();
        FrabSchedule::Room room;
        room.name = text(object, "name");
        room.guid = text(object, "guid");
        room.type = text(object, "type");
        room.capacity = object.value(QLatin1String("capacity")).toInt();
        s.rooms << room;
    }
    // A room's guid by its name (the last of that name, as before).
    QHash<QString, QString> guids;
    for (const FrabSchedule::Room& room : std::as_const(s.rooms))
        guids.insert(room.name, room.guid);
    int eventCount = 0;
    const QJsonArray days = conference.value(QLatin1String("days")).toArray();
    for (int d = 0; d < days.size(); ++d) {
        const QJsonObject object = days.at(d).toObject();
        FrabSchedule::Day day;
        day.index = object.value(QLatin1String("index")).toInt();
        day.date = QDate::fromString(text(object, "date"), Qt::ISODate);
        day.start = QDateTime::fromString(text(object, "day_start"), Qt::ISODate);
        day.end = QDateTime::fromString(text(object, "day_end"), Qt::ISODate);
        day.where = tr("day %1").arg(d + 1);
        const QJsonObject rooms = object.value(QLatin1String("rooms")).toObject();
        // The object's keys come sorted; follow the conference's room order where there is one.
        // Sets, not list scans: with many rooms the scans made the import quadratic.
        QStringList names;
        QSet<QString> listed;
        for (const FrabSchedule::Room& room : std::as_const(s.rooms))
            if (rooms.contains(room.name) && !listed.contains(room.name)) {
                names << room.name;
                listed.insert(room.name);
            }
        for (const QString& name : rooms.keys())
            if (!listed.contains(name)) {
                names << name;
                listed.insert(name);
            }
        for (const QString& name : std::as_const(names)) {
            FrabSchedule::Room room;
            room.name = name;
            room.guid = guids.value(name);
            const QJsonArray events = rooms.value(name).toArray();
            for (int e = 0; e < events.size(); ++e) {
                if (++eventCount > maxEvents) {
                    if (error)
                        *error = tr("the file holds more than %1 events; no conference has that many.").arg(maxEvents);
                    return false;
                }
                room.events << eventFrom(events.at(e).toObject(), name,
                                         tr("day %1, room “%2”, event %3").arg(d + 1).arg(name).arg(e + 1));
            }
            day.rooms << room;
        }
        s.days << day;
    }
    return true;
}

} // namespace standlab
