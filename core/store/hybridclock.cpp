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
    m_last = physical > m_last ? physical : m_last + 1;
    return m_last;
}

void HybridClock::observe(qint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

} // namespace standlab
