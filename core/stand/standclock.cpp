// SPDX-License-Identifier: GPL-3.0-or-later
#include "standclock.h"

#include <cmath>

namespace standlab {

StandClock::StandClock(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit ticked(now()); });
}

QDateTime StandClock::realNow() const
{
    return (m_source ? m_source() : QDateTime::currentDateTimeUtc()).toUTC();
}

QDateTime StandClock::now() const
{
    if (!m_simulated)
        return realNow();
    const qint64 elapsed = m_realAnchor.msecsTo(realNow());
    return m_simulatedAnchor.addMSecs(qint64(std::llround(double(elapsed) * m_speed)));
}

void StandClock::simulate(const QDateTime& start, double speed)
{
    m_simulated = true;
    m_simulatedAnchor = start.toUTC();
    m_realAnchor = realNow();
    m_speed = std::max(0.0, speed);
    emit modeChanged();
    emit ticked(now());
}

void StandClock::useRealTime()
{
    m_simulated = false;
    emit modeChanged();
    emit ticked(now());
}

void StandClock::advance(qint64 seconds)
{
    if (!m_simulated)
        return;
    m_simulatedAnchor = m_simulatedAnchor.addSecs(seconds);
    emit ticked(now());
}

void StandClock::setTimeSource(TimeSource source)
{
    // Keep the simulated instant where it is across the switch.
    const QDateTime current = now();
    m_source = std::move(source);
    if (m_simulated) {
        m_simulatedAnchor = current;
        m_realAnchor = realNow();
    }
}

void StandClock::setTickInterval(int milliseconds)
{
    m_timer.setInterval(std::max(10, milliseconds));
}

void StandClock::setTicking(bool on)
{
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace standlab
