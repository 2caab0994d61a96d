// SPDX-License-Identifier: GPL-3.0-or-later
#include "conferencedays.h"

#include <algorithm>

namespace standlab {

ConferenceDays::ConferenceDays(const QVector<EventDay>& days) : m_days(days)
{
    std::sort(m_days.begin(), m_days.end(), [](const EventDay& a, const EventDay& b) { return a.day < b.day; });
}

bool ConferenceDays::closesNextDay(const EventDay& day)
{
    return day.opens.isValid() && day.closes.isValid() && day.closes <= day.opens;
}

QDateTime ConferenceDays::opensAt(const EventDay& day)
{
    return QDateTime(day.day, day.opens.isValid() ? day.opens : QTime(0, 0), Qt::UTC);
}

QDateTime ConferenceDays::closesAt(const EventDay& day)
{
    if (!day.closes.isValid())
        return QDateTime(day.day.addDays(1), QTime(0, 0), Qt::UTC);
    return QDateTime(closesNextDay(day) ? day.day.addDays(1) : day.day, day.closes, Qt::UTC);
}

QDate ConferenceDays::dayOf(const QDateTime& wallClock) const
{
    if (!wallClock.isValid())
        return {};
    // Only the day before can reach past midnight into this date.
    const QDate date = wallClock.date();
    const auto at = std::lower_bound(m_days.cbegin(), m_days.cend(), date.addDays(-1),
                                     [](const EventDay& day, const QDate& wanted) { return day.day < wanted; });
    if (at != m_days.cend() && at->day == date.addDays(-1) && closesNextDay(*at) && wallClock < closesAt(*at)) {
        // Unless this date's own day has already opened (hours that overlap: the later day wins).
        const auto next = at + 1;
        if (next == m_days.cend() || next->day != date || wallClock < opensAt(*next))
            return at->day;
    }
    return date;
}

} // namespace standlab
