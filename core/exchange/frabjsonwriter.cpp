// SPDX-License-Identifier: GPL-3.0-or-later
#include "frabjsonwriter.h"

#include "exchangefile.h"
#include "frabschedule.h"
#include "io/exportrequest.h"
#include "exchangeprogramme.h"
#include "model/sessionlinks.h"
#include "releases/releaseformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace standlab {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Links and attachments; a type outside the schema's list is written as the nearest one it has.
QJsonArray references(const QVector<FrabSchedule::Link>& links)
{
    static const QStringList known = {QStringLiteral("slides"), QStringLiteral("paper"), QStringLiteral("web"),
                                      QStringLiteral("blog"), QStringLiteral("article"), QStringLiteral("media"),
                                      QStringLiteral("related"), QStringLiteral("activitypub")};
    QJsonArray array;
    for (const FrabSchedule::Link& link : links) {
        QJsonObject object{{QStringLiteral("url"), link.url}, {QStringLiteral("title"), link.title}};
        if (known.contains(link.type))
            object.insert(QStringLiteral("type"), link.type);
        else if (!link.type.isEmpty())
            object.insert(QStringLiteral("type"), FrabSchedule::typeOfLink(SessionLinks::kindOfType(link.type)));
        array.append(object);
    }
    return array;
}

QJsonObject eventJson(const FrabSchedule::Event& event)
{
    QJsonArray persons;
    for (const FrabSchedule::Person& person : event.persons) {
        QJsonObject object{{QStringLiteral("guid"), person.guid},
                           {QStringLiteral("id"), person.id},
                           {QStringLiteral("name"), person.name},
                           {QStringLiteral("biography"), orNull(person.biography)}};
        if (!person.code.isEmpty())
            object.insert(QStringLiteral("code"), person.code);
        persons.append(object);
    }
    QJsonObject object{
        {QStringLiteral("guid"), event.guid},
        {QStringLiteral("id"), event.id},
        {QStringLiteral("date"), event.start.toString(Qt::ISODate)},
        {QStringLiteral("start"), event.start.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("duration"), FrabSchedule::duration(event.durationMinutes)},
        {QStringLiteral("room"), event.room},
        {QStringLiteral("slug"), event.slug},
        // The format wants a URL for each event; a session has no public page, so it names itself.
        {QStringLiteral("url"), event.url.isEmpty() ? QStringLiteral("urn:uuid:") + event.guid : event.url},
        {QStringLiteral("title"), event.title},
        {QStringLiteral("subtitle"), event.subtitle},
        {QStringLiteral("track"), orNull(event.track)},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("language"), event.language},
        {QStringLiteral("abstract"), event.abstract},
        {QStringLiteral("description"), event.description},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("links"), references(event.links)},
        {QStringLiteral("attachments"), references(event.attachments)},
        {QStringLiteral("recording_license"), event.recordingLicence},
        {QStringLiteral("do_not_record"), event.recordingOptOut},
    };
    if (!event.code.isEmpty())
        object.insert(QStringLiteral("code"), event.code);
    return object;
}

} // namespace

QJsonObject FrabJsonWriter::toJson(const FrabSchedule& schedule)
{
    static const QRegularExpression hexColour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QJsonArray tracks;
    for (const FrabSchedule::Track& track : schedule.tracks) {
        QJsonObject object{{QStringLiteral("name"), track.name}};
        if (hexColour.match(track.colour).hasMatch())
            object.insert(QStringLiteral("color"), track.colour.toLower());
        const QString slug = FrabSchedule::slugOf(track.name);
        if (slug.size() >= 2)
            object.insert(QStringLiteral("slug"), slug);
        tracks.append(object);
    }
    QJsonArray rooms;
    for (const FrabSchedule::Room& room : schedule.rooms) {
        QJsonObject object{{QStringLiteral("name"), room.name}, {QStringLiteral("guid"), room.guid}};
        if (!room.type.isEmpty())
            object.insert(QStringLiteral("type"), room.type);
        if (room.capacity > 0)
            object.insert(QStringLiteral("capacity"), room.capacity);
        rooms.append(object);
    }
    QJsonArray days;
    for (const FrabSchedule::Day& day : schedule.days) {
        QJsonObject dayRooms;
        for (const FrabSchedule::Room& room : day.rooms) {
            // Rooms are keyed by name: two spaces of the same name share one list.
            QJsonArray events = dayRooms.value(room.name).toArray();
            for (const FrabSchedule::Event& event : room.events)
                events.append(eventJson(event));
            dayRooms.insert(room.name, events);
        }
        days.append(QJsonObject{{QStringLiteral("index"), day.index},
                                {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("day_start"), day.start.toString(Qt::ISODate)},
                                {QStringLiteral("day_end"), day.end.toString(Qt::ISODate)},
                                {QStringLiteral("rooms"), dayRooms}});
    }
    const QJsonObject conference{
        {QStringLiteral("acronym"), schedule.acronym},
        {QStringLiteral("title"), schedule.title},
        {QStringLiteral("start"), schedule.start.toString(Qt::ISODate)},
        {QStringLiteral("end"), schedule.end.toString(Qt::ISODate)},
        {QStringLiteral("daysCount"), schedule.days.size()},
        {QStringLiteral("timeslot_duration"), QStringLiteral("00:05")},
        {QStringLiteral("time_zone_name"), schedule.timeZone},
        {QStringLiteral("tracks"), tracks},
        {QStringLiteral("rooms"), rooms},
        {QStringLiteral("days"), days},
    };
    return QJsonObject{
        {QStringLiteral("$schema"), QStringLiteral("https://c3voc.de/schedule/schema.json")},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Stand Lab")}}},
        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("version"), schedule.version},
                                                 {QStringLiteral("conference"), conference}}},
    };
}

bool FrabJsonWriter::write(const Store& store, const ExportRequest& request, QString* error)
{
    const std::optional<ExchangeProgramme> data = ExchangeProgramme::load(store, request, {QStringLiteral("confirmed")}, error);
    if (!data)
        return false;
    if (!data->refuseImpossibleTimes(request.output, error))
        return false;
    FrabSchedule schedule;
    if (!FrabSchedule::fromData(*data, &schedule, error))
        return false;
    schedule.version = ReleaseFormats::scheduleVersion(store, schedule.version);
    return ExchangeFile::save(request.output, QJsonDocument(toJson(schedule)).toJson(QJsonDocument::Indented), error);
}

} // namespace standlab
