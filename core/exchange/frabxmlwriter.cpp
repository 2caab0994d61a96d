// SPDX-License-Identifier: GPL-3.0-or-later
#include "frabxmlwriter.h"

#include "exchangefile.h"
#include "frabschedule.h"
#include "io/exportrequest.h"
#include "exchangeprogramme.h"
#include "releases/releaseformats.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace standlab {

namespace {

bool isHexColour(const QString& colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(colour).hasMatch();
}

bool isHttp(const QString& url)
{
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
}

void writeReferences(QXmlStreamWriter& xml, const char* list, const char* item, const QVector<FrabSchedule::Link>& links)
{
    xml.writeStartElement(QLatin1String(list));
    for (const FrabSchedule::Link& link : links) {
        xml.writeStartElement(QLatin1String(item));
        xml.writeAttribute(QStringLiteral("href"), link.url);
        if (!link.type.isEmpty())
            xml.writeAttribute(QStringLiteral("type"), link.type);
        xml.writeCharacters(link.title);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeEvent(QXmlStreamWriter& xml, const FrabSchedule::Event& event)
{
    xml.writeStartElement(QStringLiteral("event"));
    xml.writeAttribute(QStringLiteral("guid"), event.guid);
    xml.writeAttribute(QStringLiteral("id"), QString::number(event.id));
    if (!event.code.isEmpty())
        xml.writeAttribute(QStringLiteral("code"), event.code);
    xml.writeTextElement(QStringLiteral("room"), event.room);
    xml.writeTextElement(QStringLiteral("title"), event.title);
    xml.writeTextElement(QStringLiteral("subtitle"), event.subtitle);
    xml.writeTextElement(QStringLiteral("type"), event.type);
    xml.writeTextElement(QStringLiteral("date"), event.start.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("start"), event.start.toString(QStringLiteral("HH:mm")));
    xml.writeTextElement(QStringLiteral("duration"), FrabSchedule::duration(event.durationMinutes));
    xml.writeTextElement(QStringLiteral("abstract"), event.abstract);
    xml.writeTextElement(QStringLiteral("slug"), event.slug);
    xml.writeTextElement(QStringLiteral("track"), event.track);
    xml.writeStartElement(QStringLiteral("persons"));
    for (const FrabSchedule::Person& person : event.persons) {
        xml.writeStartElement(QStringLiteral("person"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(person.id));
        xml.writeAttribute(QStringLiteral("guid"), person.guid);
        xml.writeCharacters(person.name);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("language"), event.language);
    xml.writeTextElement(QStringLiteral("description"), event.description);
    if (event.hasRecording) {
        xml.writeStartElement(QStringLiteral("recording"));
        xml.writeTextElement(QStringLiteral("license"), event.recordingLicence);
        xml.writeTextElement(QStringLiteral("optout"), event.recordingOptOut ? QStringLiteral("true") : QStringLiteral("false"));
        xml.writeEndElement();
    }
    writeReferences(xml, "links", "link", event.links);
    if (!event.attachments.isEmpty())
        writeReferences(xml, "attachments", "attachment", event.attachments);
    if (isHttp(event.url))
        xml.writeTextElement(QStringLiteral("url"), event.url);
    xml.writeEndElement();
}

} // namespace

QByteArray FrabXmlWriter::toXml(const FrabSchedule& schedule)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("schedule"));
    xml.writeEmptyElement(QStringLiteral("generator"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Stand Lab"));
    xml.writeTextElement(QStringLiteral("version"), schedule.version);

    xml.writeStartElement(QStringLiteral("conference"));
    xml.writeTextElement(QStringLiteral("acronym"), schedule.acronym);
    xml.writeTextElement(QStringLiteral("title"), schedule.title);
    xml.writeTextElement(QStringLiteral("start"), schedule.start.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("end"), schedule.end.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("days"), QString::number(schedule.days.size()));
    xml.writeTextElement(QStringLiteral("timeslot_duration"), QStringLiteral("00:05"));
    xml.writeTextElement(QStringLiteral("time_zone_name"), schedule.timeZone);
    for (const FrabSchedule::Track& track : schedule.tracks) {
        xml.writeEmptyElement(QStringLiteral("track"));
        xml.writeAttribute(QStringLiteral("name"), track.name);
        if (isHexColour(track.colour))
            xml.writeAttribute(QStringLiteral("color"), track.colour.toLower());
    }
    xml.writeEndElement();

    for (const FrabSchedule::Day& day : schedule.days) {
        xml.writeStartElement(QStringLiteral("day"));
        xml.writeAttribute(QStringLiteral("index"), QString::number(day.index));
        xml.writeAttribute(QStringLiteral("date"), day.date.toString(Qt::ISODate));
        xml.writeAttribute(QStringLiteral("start"), day.start.toString(Qt::ISODate));
        xml.writeAttribute(QStringLiteral("end"), day.end.toString(Qt::ISODate));
        for (const FrabSchedule::Room& room : day.rooms) {
            xml.writeStartElement(QStringLiteral("room"));
            xml.writeAttribute(QStringLiteral("name"), room.name);
            xml.writeAttribute(QStringLiteral("guid"), room.guid);
            for (const FrabSchedule::Event& event : room.events)
                writeEvent(xml, event);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

bool FrabXmlWriter::write(const Store& store, const ExportRequest& request, QString* error)
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
    return ExchangeFile::save(request.output, toXml(schedule), error);
}

} // namespace standlab
