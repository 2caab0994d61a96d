// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulezone.h"

#include "frabschedule.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace standlab {

namespace {

struct Sample
{
    QDateTime instant;
    int offset = 0;
};

// The zones of conference towns, tried first when several zones share the file's offsets, so a
// December schedule at +01:00 reads as Europe/Berlin rather than as whichever zone sorts first.
const QList<QByteArray>& preferred()
{
    static const QList<QByteArray> zones = {
        "Europe/Berlin",     "Europe/Brussels",    "Europe/Amsterdam",  "Europe/Paris",       "Europe/Madrid",
        "Europe/Vienna",     "Europe/Zurich",      "Europe/Prague",     "Europe/Rome",        "Europe/London",
        "Europe/Lisbon",     "Europe/Helsinki",    "Europe/Athens",     "Europe/Kyiv",        "Europe/Moscow",
        "America/New_York",  "America/Chicago",    "America/Denver",    "America/Los_Angeles",
        "America/Sao_Paulo", "America/Argentina/Buenos_Aires",          "Asia/Kolkata",       "Asia/Singapore",
        "Asia/Tokyo",        "Australia/Sydney",   "Pacific/Auckland",  "Africa/Johannesburg", "UTC"};
    return zones;
}

bool fits(const QTimeZone& zone, const QVector<Sample>& samples)
{
    for (const Sample& sample : samples)
        if (zone.offsetFromUtc(sample.instant) != sample.offset)
            return false;
    return true;
}

QString offsetText(int seconds)
{
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool ScheduleZone::hasOffset(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    return pattern.match(text.trimmed()).hasMatch();
}

QDateTime ScheduleZone::read(const QString& text, const QTimeZone& zone)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (hasOffset(text))
        return parsed;
    return QDateTime(parsed.date(), parsed.time(), zone);
}

bool ScheduleZone::choose(const FrabSchedule& schedule, const QString& requested, const QTimeZone& eventZone,
                          bool eventExists, QTimeZone* zone, QString* note, QString* error)
{
    note->clear();
    QTimeZone asked;
    if (!requested.isEmpty()) {
        asked = QTimeZone(requested.toUtf8());
        if (!asked.isValid() || !QTimeZone::isTimeZoneIdAvailable(requested.toUtf8())) {
            if (error)
                *error = tr("“%1” is not a time zone this computer knows; give an IANA name such as Europe/Madrid.")
                             .arg(requested);
            return false;
        }
    }
    const QTimeZone named(schedule.timeZone.toUtf8());
    if (!schedule.timeZone.isEmpty() && named.isValid()) {
        *zone = named;
        *note = tr("The file names its time zone: %1.").arg(schedule.timeZone);
        if (asked.isValid() && asked.id() != named.id())
            *note += QLatin1Char(' ') + tr("--timezone %1 was not needed and was not used.").arg(requested);
        return true;
    }

    // Each offset the file's dates carry, once per day: enough to tell zones apart by their rules.
    QVector<Sample> samples;
    QSet<QString> seen;
    QMap<int, int> offsets; // offset → how many dates carry it
    bool utcOnly = false;
    const auto sample = [&](const QString& text) {
        if (!hasOffset(text))
            return;
        const QDateTime instant = QDateTime::fromString(text.trimmed(), Qt::ISODate);
        if (!instant.isValid())
            return;
        // "Z" says the moment, not the town's clock: it is no evidence of the zone.
        if (instant.timeSpec() == Qt::UTC) {
            utcOnly = true;
            return;
        }
        const int offset = instant.offsetFromUtc();
        ++offsets[offset];
        const QString key = instant.date().toString(Qt::ISODate) + QLatin1Char('/') + QString::number(offset);
        if (!seen.contains(key)) {
            seen.insert(key);
            samples.push_back({instant, offset});
        }
    };
    for (const FrabSchedule::Day& day : schedule.days) {
        if (day.start.isValid() && day.start.timeSpec() != Qt::LocalTime)
            sample(day.start.toString(Qt::ISODate));
        for (const FrabSchedule::Room& room : day.rooms)
            for (const FrabSchedule::Event& event : room.events)
                sample(event.rawDate);
    }
    const QString unknownName = schedule.timeZone.isEmpty()
        ? QString()
        : tr("The file's time zone “%1” is unknown. ").arg(schedule.timeZone);

    if (samples.isEmpty()) {
        *zone = asked.isValid() ? asked : eventZone;
        if (utcOnly) {
            *note = unknownName + tr("The file names no time zone and gives its dates in UTC: they keep their moments "
                                     "and are shown on the clock of %1.")
                                      .arg(QString::fromUtf8(zone->id()));
            return true;
        }
        *note = unknownName + (asked.isValid()
            ? tr("The file gives neither a time zone nor offsets: its times were read as %1 (--timezone).")
                  .arg(QString::fromUtf8(zone->id()))
            : tr("The file gives neither a time zone nor offsets: its times were read as the event's zone, %1. "
                 "If that is wrong, import again with --timezone ZONE (or change the event's zone first).")
                  .arg(QString::fromUtf8(zone->id())));
        return true;
    }

    QStringList offsetList;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        offsetList << offsetText(it.key());
    QList<QByteArray> candidates;
    if (asked.isValid())
        candidates << asked.id();
    if (eventExists && eventZone.isValid())
        candidates << eventZone.id();
    candidates << preferred();
    for (const QByteArray& id : candidates) {
        const QTimeZone candidate(id);
        if (candidate.isValid() && fits(candidate, samples)) {
            *zone = candidate;
            *note = unknownName + tr("The file names no time zone; its dates carry the offsets %1, which fit %2: "
                                     "its times were read in that zone. Give --timezone ZONE to choose another "
                                     "zone of the same offsets.")
                                      .arg(offsetList.join(QStringLiteral(", ")), QString::fromUtf8(id));
            if (asked.isValid() && id != asked.id())
                *note += QLatin1Char(' ') + tr("--timezone %1 does not fit those offsets and was not used.").arg(requested);
            return true;
        }
    }
    // Any other zone of the region/city kind that fits, alphabetically (QTimeZone lists them sorted).
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (!id.contains('/') || id.startsWith("Etc/") || id.startsWith("SystemV/"))
            continue;
        const QTimeZone candidate(id);
        if (fits(candidate, samples)) {
            *zone = candidate;
            *note = unknownName + tr("The file names no time zone; its dates carry the offsets %1, which fit %2: "
                                     "its times were read in that zone. Give --timezone ZONE to choose another "
                                     "zone of the same offsets.")
                                      .arg(offsetList.join(QStringLiteral(", ")), QString::fromUtf8(id));
            return true;
        }
    }
    // Offsets no zone's rules give: the most common one, as a fixed offset, said plainly.
    int common = offsets.firstKey();
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        if (it.value() > offsets.value(common))
            common = it.key();
    *zone = QTimeZone(common);
    *note = unknownName + tr("The file names no time zone and its offsets (%1) fit no zone's rules: its times were "
                             "read at the fixed offset %2. Give --timezone ZONE to name the zone.")
                              .arg(offsetList.join(QStringLiteral(", ")), offsetText(common));
    return true;
}

} // namespace standlab
