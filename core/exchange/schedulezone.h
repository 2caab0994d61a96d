// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace standlab {

class FrabSchedule;

// The time zone a schedule's clock times are in. The file's time_zone_name when it has one; else the
// zone its offsets fit (the event's or the asked-for zone when they fit, else a well-known zone of
// that offset); with no offsets at all, the asked-for zone or the event's. Never UTC unless said so:
// `note` tells the import's report which zone was taken and why.
class ScheduleZone
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ScheduleZone)

public:
    // `requested` is the --timezone of the command line (empty: none); `eventZone` the zone of the
    // event the schedule goes into, tried first when offsets are matched if `eventExists` (a new event
    // only takes its zone from the file). False, with a message, when `requested` names no known zone.
    static bool choose(const FrabSchedule& schedule, const QString& requested, const QTimeZone& eventZone,
                       bool eventExists, QTimeZone* zone, QString* note, QString* error);

    // A date-time of the file ("2019-12-27T11:00:00+01:00", "2021-02-06T09:00:00", "…Z"); a time
    // without an offset is read in `zone`.
    static QDateTime read(const QString& text, const QTimeZone& zone);
    // Whether a date-time text of the file carries its offset.
    static bool hasOffset(const QString& text);
};

} // namespace standlab
