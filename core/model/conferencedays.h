// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventday.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

namespace standlab {

// Which conference day a session belongs to. A day runs from its opening to its closing time; a
// closing time at or before the opening is on the next morning (a congress day of 11:00–03:00), so a
// session at 01:10 stays in the day that began the evening before, as the schedules of frab and
// pretalx file it. A session outside every day's hours belongs to its own date.
class ConferenceDays
{
public:
    explicit ConferenceDays(const QVector<EventDay>& days);

    // The date of the conference day holding a session that starts at `wallClock` (the event's clock).
    QDate dayOf(const QDateTime& wallClock) const;

    // When a day opens and closes on the event's clock (UTC-spec wall-clock values, as sessions).
    static QDateTime opensAt(const EventDay& day);
    static QDateTime closesAt(const EventDay& day);
    // Whether the day closes after midnight.
    static bool closesNextDay(const EventDay& day);

private:
    QVector<EventDay> m_days; // by date
};

} // namespace standlab
