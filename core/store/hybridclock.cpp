// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridclock.h"

#include <QDateTime>

namespace standlab {

HybridClock::HybridClock(WallClock wall) : m_wall(std::move(wall))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 HybridClock::now()
{
    const qint64 physical = fromMillis(m_wall());
    if (physical > m_last)
        m_last = physical;
    else if (m_last < maxStamp)
        ++m_last;
    return m_last;
}

void HybridClock::observe(qint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

qint64 HybridClock::wallClockBehindBy() const
{
    const qint64 ahead = physicalMillis(m_last) - m_wall();
    return ahead > 0 ? ahead : 0;
}

} // namespace standlab
