// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

#include "exchangefile.h"
#include "io/exportrequest.h"
#include "exchangeprogramme.h"
#include "model/sessiontimes.h"
#include "store/hybridclock.h"
#include "store/store.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdlib>
#include <libical/ical.h>
#include <memory>

namespace standlab {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype floating(const QDateTime& wallClock)
{
    icaltimetype t = icaltime_null_time();
    t.year = wallClock.date().year();
    t.month = wallClock.date().month();
    t.day = wallClock.date().day();
    t.hour = wallClock.time().hour();
    t.minute = wallClock.time().minute();
    t.second = wallClock.time().second();
    t.is_date = 0;
    return t;
}

icaltimetype utc(const QDateTime& instant)
{
    return icaltime_from_timet_with_zone(instant.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

icalproperty* localTime(icalproperty* property, const QString& tzid)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.toUtf8().constData()));
    return property;
}

icalproperty* extension(const char* name, const QString& value)
{
    icalproperty* property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    return property;
}

icalcomponent* observance(const QTimeZone::OffsetData& change, int offsetBefore)
{
    const bool daylight = change.daylightTimeOffset != 0;
    icalcomponent* part = daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
    // An observance starts at a local time read with the offset in force before it (RFC 5545 3.6.5).
    const QDateTime onset = change.atUtc.addSecs(offsetBefore);
    icalcomponent_add_property(part, icalproperty_new_dtstart(floating(onset)));
    icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(offsetBefore));
    icalcomponent_add_property(part, icalproperty_new_tzoffsetto(change.offsetFromUtc));
    if (!change.abbreviation.isEmpty())
        icalcomponent_add_property(part, icalproperty_new_tzname(change.abbreviation.toUtf8().constData()));
    return part;
}

// The zone's rules for the years the calendar covers, as explicit transitions taken from the system's
// time zone data: short, exact for those years, and readable by every client (no RRULE guessing).
icalcomponent* vtimezone(const QTimeZone& zone, int firstYear, int lastYear)
{
    icalcomponent* timezone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(timezone, icalproperty_new_tzid(zone.id().constData()));
    const QDateTime from(QDate(firstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(lastYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    QTimeZone::OffsetDataList changes;
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid())
        changes << before;
    changes << zone.transitions(from, to);
    if (changes.isEmpty()) {
        // A zone without transitions (UTC, or one that abandoned daylight time long ago).
        QTimeZone::OffsetData fixed;
        fixed.atUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        fixed.offsetFromUtc = zone.offsetFromUtc(from);
        fixed.standardTimeOffset = fixed.offsetFromUtc;
        fixed.daylightTimeOffset = 0;
        fixed.abbreviation = zone.abbreviation(from);
        icalcomponent_add_component(timezone, observance(fixed, fixed.offsetFromUtc));
        return timezone;
    }
    for (const QTimeZone::OffsetData& change : std::as_const(changes))
        icalcomponent_add_component(timezone, observance(change, zone.offsetFromUtc(change.atUtc.addSecs(-1))));
    return timezone;
}

QString peopleLine(const ExchangeProgramme::Item& item, const QString& role, const QString& label)
{
    QStringList names;
    for (const ExchangeProgramme::Participant& person : item.people)
        if (person.role == role)
            names << (person.organisation.isEmpty() ? person.name
                                                    : QStringLiteral("%1 (%2)").arg(person.name, person.organisation));
    return names.isEmpty() ? QString() : label.arg(names.join(QStringLiteral(", ")));
}

icalcomponent* vevent(const ExchangeProgramme& data, const ExchangeProgramme::Item& item)
{
    const Session& session = item.session;
    const QString tzid = QString::fromUtf8(data.zone.id());
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(session.id.toUtf8().constData()));
    // The last change of the session, not the moment of export: the same data gives the same file.
    const qint64 millis = HybridClock::physicalMillis(session.updatedAt);
    const QDateTime changed = millis > 0 ? QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC)
                                         : QDateTime::fromString(session.createdAt, Qt::ISODate);
    const QDateTime stamp = changed.isValid() ? changed : QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(stamp)));
    icalcomponent_add_property(event, icalproperty_new_lastmodified(utc(stamp)));
    icalcomponent_add_property(event, localTime(icalproperty_new_dtstart(floating(session.startsAt)), tzid));
    icalcomponent_add_property(event, localTime(icalproperty_new_dtend(floating(session.endsAt)), tzid));
    icalcomponent_add_property(event, icalproperty_new_summary(session.title.toUtf8().constData()));

    QStringList description;
    if (!session.abstract.trimmed().isEmpty())
        description << session.abstract.trimmed();
    QStringList people;
    for (const QString& line : {peopleLine(item, QStringLiteral("speaker"), ICalendarWriter::tr("Speakers: %1")),
                                peopleLine(item, QStringLiteral("moderator"), ICalendarWriter::tr("Moderation: %1")),
                                peopleLine(item, QStringLiteral("facilitator"), ICalendarWriter::tr("Facilitation: %1"))})
        if (!line.isEmpty())
            people << line;
    if (!people.isEmpty())
        description << people.join(QLatin1Char('\n'));
    if (!description.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_description(
                                              description.join(QStringLiteral("\n\n")).toUtf8().constData()));

    QStringList location;
    if (!item.space.name.isEmpty())
        location << item.space.name;
    if (!data.event.venue.isEmpty())
        location << data.event.venue;
    if (!location.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(location.join(QStringLiteral(", ")).toUtf8().constData()));

    // One CATEGORIES property per category, so a comma inside a name stays part of it.
    QStringList categories;
    if (!item.line.name.isEmpty())
        categories << item.line.name;
    categories << item.tagNames;
    for (const QString& category : std::as_const(categories))
        icalcomponent_add_property(event, icalproperty_new_categories(category.toUtf8().constData()));

    icalproperty_status status = ICAL_STATUS_CONFIRMED;
    if (session.status == QLatin1String("cancelled"))
        status = ICAL_STATUS_CANCELLED;
    else if (session.status != QLatin1String("confirmed"))
        status = ICAL_STATUS_TENTATIVE;
    icalcomponent_add_property(event, icalproperty_new_status(status));
    return event;
}

} // namespace

QStringList ICalendarWriter::defaultStatuses()
{
    return {QStringLiteral("confirmed"), QStringLiteral("proposed"), QStringLiteral("cancelled")};
}

QByteArray ICalendarWriter::calendar(const ExchangeProgramme& data, const QString& calendarName)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Stand Lab//Stand Lab programme//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), extension("X-WR-CALNAME", calendarName));
    icalcomponent_add_property(calendar.get(), extension("X-WR-TIMEZONE", QString::fromUtf8(data.zone.id())));

    int firstYear = 0, lastYear = 0;
    const auto cover = [&firstYear, &lastYear](const QDate& date) {
        firstYear = firstYear == 0 ? date.year() : qMin(firstYear, date.year());
        lastYear = qMax(lastYear, date.year());
    };
    // Whoever built `data`, an event that ends before it starts or lies outside 1900–2200 never reaches
    // the file (RFC 5545 forbids the first; clients choke on the second).
    QVector<const ExchangeProgramme::Item*> events;
    for (const ExchangeProgramme::Item& item : data.items) {
        if (!item.session.startsAt.isValid() || !item.session.endsAt.isValid()
            || !SessionTimes::problem(item.session.startsAt, item.session.endsAt).isEmpty())
            continue;
        events << &item;
        cover(item.session.startsAt.date());
        cover(item.session.endsAt.date());
    }
    for (const EventDay& day : data.days)
        cover(day.day);
    if (firstYear == 0)
        firstYear = lastYear = QDate::currentDate().year();
    icalcomponent_add_component(calendar.get(), vtimezone(data.zone, firstYear, lastYear));
    for (const ExchangeProgramme::Item* item : std::as_const(events))
        icalcomponent_add_component(calendar.get(), vevent(data, *item));

    char* text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray bytes(text);
    std::free(text);
    return bytes;
}

bool ICalendarWriter::write(const Store& store, const ExportRequest& request, QString* error)
{
    const std::optional<ExchangeProgramme> data = ExchangeProgramme::load(store, request, defaultStatuses(), error);
    if (!data)
        return false;
    if (!data->refuseImpossibleTimes(request.output, error))
        return false;
    QString name = data->event.name.isEmpty() ? tr("Programme") : data->event.name;
    if (!request.person.isEmpty()) {
        QString personName = request.person;
        if (const std::optional<Row> person = store.row(QStringLiteral("people"), request.person))
            personName = person->value(QStringLiteral("name")).toString();
        name = tr("%1 – %2").arg(name, personName);
    }
    return ExchangeFile::save(request.output, calendar(*data, name), error);
}

bool ICalendarWriter::writePersonCalendar(const Store& store, const QString& personId, const QString& path, QString* error)
{
    ExportRequest request;
    request.output = path;
    request.person = personId;
    return write(store, request, error);
}

} // namespace standlab
