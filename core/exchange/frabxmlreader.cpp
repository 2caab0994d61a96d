// SPDX-License-Identifier: GPL-3.0-or-later
#include "frabxmlreader.h"

#include "frabschedule.h"

#include <QSet>
#include <QXmlStreamReader>

namespace standlab {

namespace {

constexpr int maxTextLength = 1 << 20; // one field; a whole book of an abstract is still far below

QString attribute(const QXmlStreamReader& xml, const char* name)
{
    return xml.attributes().value(QLatin1String(name)).toString().trimmed();
}

// The conference's list of rooms, each once (by guid when it has one, else by name), in hashes: a
// schedule may name 100,000 rooms and a scan of the list for each of them took minutes.
class RoomList
{
public:
    void note(FrabSchedule& schedule, const FrabSchedule::Room& room)
    {
        const QString nameKey = room.name.toCaseFolded();
        if (room.guid.isEmpty() ? m_names.contains(nameKey) : m_guids.contains(room.guid))
            return;
        if (!room.guid.isEmpty())
            m_guids.insert(room.guid);
        m_names.insert(nameKey);
        FrabSchedule::Room plain = room;
        plain.events.clear();
        schedule.rooms << plain;
    }

private:
    QSet<QString> m_guids;
    QSet<QString> m_names;
};

} // namespace

bool FrabXmlReader::read(const QByteArray& bytes, FrabSchedule* schedule, QString* error)
{
    FrabSchedule& s = *schedule;
    s = FrabSchedule();
    QXmlStreamReader xml(bytes);
    // QXmlStreamReader never fetches external entities; the DTD check below also stops internal ones
    // before any is used, and this bounds what an expansion could produce should one slip through.
    xml.setEntityExpansionLimit(256);
    QStringList path;
    QString text;
    int eventCount = 0;
    RoomList rooms;
    const auto fail = [&](const QString& why) {
        if (error)
            *error = tr("Line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(why);
        return false;
    };
    // The whole path, not just the element's name: an <event> or <room> anywhere else has no day or room
    // to belong to (a fuzzed schedule with an <event> outside <day><room> crashed here).
    const auto inEvent = [&path] {
        return path.size() >= 4 && path.at(1) == QLatin1String("day") && path.at(2) == QLatin1String("room")
            && path.at(3) == QLatin1String("event");
    };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            if (!xml.entityDeclarations().isEmpty() || xml.text().contains(QLatin1String("ENTITY"), Qt::CaseInsensitive))
                return fail(tr("the file declares entities in a DOCTYPE. Schedules never need them, and they are "
                               "how hostile XML exhausts memory or reads other files, so the file is refused."));
            break;
        case QXmlStreamReader::EntityReference:
            return fail(tr("the file refers to an entity “&%1;” that XML does not define; the file is refused.")
                            .arg(xml.name().toString()));
        case QXmlStreamReader::StartElement: {
            path << xml.name().toString();
            text.clear();
            if (path.size() > maxDepth)
                return fail(tr("elements are nested more than %1 deep; this is not a schedule.").arg(maxDepth));
            if (path.size() == 1 && path.first() != QLatin1String("schedule"))
                return fail(tr("this is not a frab schedule: its root element is <%1>, not <schedule>.").arg(path.first()));
            const QString name = path.last();
            if (path.size() == 3 && path.at(1) == QLatin1String("conference") && name == QLatin1String("track")) {
                s.tracks.push_back({attribute(xml, "name"), attribute(xml, "color")});
            } else if (path.size() == 2 && name == QLatin1String("day")) {
                FrabSchedule::Day day;
                day.index = attribute(xml, "index").toInt();
                day.date = QDate::fromString(attribute(xml, "date"), Qt::ISODate);
                day.start = QDateTime::fromString(attribute(xml, "start"), Qt::ISODate);
                day.end = QDateTime::fromString(attribute(xml, "end"), Qt::ISODate);
                if (!day.date.isValid() && day.start.isValid())
                    day.date = QDate::fromString(attribute(xml, "start").left(10), Qt::ISODate);
                day.where = tr("line %1").arg(xml.lineNumber());
                s.days << day;
            } else if (path.size() == 3 && path.at(1) == QLatin1String("day") && name == QLatin1String("room")) {
                FrabSchedule::Room room;
                room.name = attribute(xml, "name");
                room.guid = attribute(xml, "guid");
                rooms.note(s, room);
                s.days.last().rooms << room;
            } else if (path.size() == 4 && inEvent()) {
                if (++eventCount > maxEvents)
                    return fail(tr("the file holds more than %1 events; no conference has that many.").arg(maxEvents));
                FrabSchedule::Event event;
                event.guid = attribute(xml, "guid");
                event.id = attribute(xml, "id").toInt();
                event.code = attribute(xml, "code");
                event.room = s.days.last().rooms.last().name;
                event.where = tr("line %1").arg(xml.lineNumber());
                s.days.last().rooms.last().events << event;
            } else if (inEvent() && path.size() == 6 && name == QLatin1String("person")) {
                FrabSchedule::Event& event = s.days.last().rooms.last().events.last();
                if (event.persons.size() >= maxPersonsPerEvent)
                    return fail(tr("an event lists more than %1 people.").arg(maxPersonsPerEvent));
                event.persons.push_back({attribute(xml, "guid"), attribute(xml, "id").toInt(), QString(), QString()});
            } else if (inEvent() && path.size() == 6 && name == QLatin1String("link")) {
                s.days.last().rooms.last().events.last().links.push_back(
                    {attribute(xml, "href"), attribute(xml, "type"), QString()});
            } else if (inEvent() && path.size() == 6 && name == QLatin1String("attachment")) {
                s.days.last().rooms.last().events.last().attachments.push_back(
                    {attribute(xml, "href"), attribute(xml, "type"), QString()});
            } else if (inEvent() && path.size() == 5 && name == QLatin1String("recording")) {
                s.days.last().rooms.last().events.last().hasRecording = true;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            text += xml.text();
            if (text.size() > maxTextLength)
                return fail(tr("a text is longer than %1 characters.").arg(maxTextLength));
            break;
        case QXmlStreamReader::EndElement: {
            const QString name = path.isEmpty() ? QString() : path.last();
            const QString value = text.trimmed();
            if (path.size() == 2 && name == QLatin1String("version")) {
                s.version = value;
            } else if (path.size() == 3 && path.at(1) == QLatin1String("conference")) {
                if (name == QLatin1String("title"))
                    s.title = value;
                else if (name == QLatin1String("acronym"))
                    s.acronym = value;
                else if (name == QLatin1String("start"))
                    s.start = QDate::fromString(value.left(10), Qt::ISODate);
                else if (name == QLatin1String("end"))
                    s.end = QDate::fromString(value.left(10), Qt::ISODate);
                else if (name == QLatin1String("time_zone_name"))
                    s.timeZone = value;
                else if (name == QLatin1String("track") && s.tracks.last().name.isEmpty())
                    s.tracks.last().name = value;
            } else if (inEvent() && path.size() == 5) {
                FrabSchedule::Event& event = s.days.last().rooms.last().events.last();
                if (name == QLatin1String("room") && !value.isEmpty())
                    event.room = value;
                else if (name == QLatin1String("title"))
                    event.title = value;
                else if (name == QLatin1String("subtitle"))
                    event.subtitle = value;
                else if (name == QLatin1String("type"))
                    event.type = value;
                else if (name == QLatin1String("date"))
                    event.rawDate = value;
                else if (name == QLatin1String("start"))
                    event.rawStart = value;
                else if (name == QLatin1String("duration"))
                    event.rawDuration = value;
                else if (name == QLatin1String("abstract"))
                    event.abstract = value;
                else if (name == QLatin1String("description"))
                    event.description = value;
                else if (name == QLatin1String("track"))
                    event.track = value;
                else if (name == QLatin1String("language"))
                    event.language = value;
                else if (name == QLatin1String("slug"))
                    event.slug = value;
                else if (name == QLatin1String("url"))
                    event.url = value;
            } else if (inEvent() && path.size() == 6 && name == QLatin1String("person")) {
                s.days.last().rooms.last().events.last().persons.last().name = value;
            } else if (inEvent() && path.size() == 6 && name == QLatin1String("link")) {
                s.days.last().rooms.last().events.last().links.last().title = value;
            } else if (inEvent() && path.size() == 6 && name == QLatin1String("attachment")) {
                s.days.last().rooms.last().events.last().attachments.last().title = value;
            } else if (inEvent() && path.size() == 6 && path.at(4) == QLatin1String("recording")) {
                FrabSchedule::Event& event = s.days.last().rooms.last().events.last();
                if (name == QLatin1String("license"))
                    event.recordingLicence = value;
                else if (name == QLatin1String("optout"))
                    event.recordingOptOut = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || value == QLatin1String("1");
            }
            if (!path.isEmpty())
                path.removeLast();
            text.clear();
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(tr("the file ends in the middle of the schedule; it is probably truncated."));
        return fail(tr("the file is not well-formed XML (%1).").arg(xml.errorString()));
    }
    return true;
}

} // namespace standlab
