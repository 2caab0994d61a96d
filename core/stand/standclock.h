// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace standlab {

// The time the stand screens show: the real clock, or a simulated one for rehearsals and tests that
// starts at a chosen instant and runs at a chosen speed. The real time source is injectable, and
// advance() moves the clock at once, so tests drive it without waiting.
class StandClock : public QObject
{
    Q_OBJECT

public:
    using TimeSource = std::function<QDateTime()>;

    explicit StandClock(QObject* parent = nullptr);

    // The current instant (UTC).
    QDateTime now() const;
    bool isSimulated() const { return m_simulated; }
    double speed() const { return m_simulated ? m_speed : 1.0; }

    // Rehearsal: from now on the clock reads `start` and runs `speed` times faster (0 = stopped).
    void simulate(const QDateTime& start, double speed = 1.0);
    // Back to the real time.
    void useRealTime();
    // Moves the clock by `seconds` (simulated clocks only; the real time cannot be moved).
    void advance(qint64 seconds);
    // Replaces where the real time comes from (tests); null restores the system clock.
    void setTimeSource(TimeSource source);
    // How often ticked() fires while ticking is on, in real milliseconds.
    void setTickInterval(int milliseconds);
    void setTicking(bool on);
    bool isTicking() const { return m_timer.isActive(); }

signals:
    // The time moved: by the timer, advance(), or a change of mode.
    void ticked(const QDateTime& now);
    void modeChanged();

private:
    QDateTime realNow() const;

    TimeSource m_source;
    bool m_simulated = false;
    QDateTime m_simulatedAnchor; // the simulated instant at m_realAnchor
    QDateTime m_realAnchor;
    double m_speed = 1.0;
    QTimer m_timer;
};

} // namespace standlab
