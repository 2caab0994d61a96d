// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <functional>
#include <limits>

namespace standlab {

// A hybrid logical clock: wall-clock milliseconds in the high bits and a counter in the low 16 bits,
// so stamps only ever grow even when a laptop's clock steps back, and stamps of laptops that
// exchanged files order causally.
//
// Stamps come from files and packages, so any value may arrive here: the arithmetic saturates at
// `maxStamp` (and treats negative stamps as the beginning of time) instead of overflowing.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    static constexpr qint64 maxStamp = std::numeric_limits<qint64>::max();

    explicit HybridClock(WallClock wall = {});

    // A new stamp, greater than every stamp issued or observed so far (equal to it only once the clock
    // has saturated at maxStamp, which the refusal of far-future packages keeps out of reach).
    qint64 now();
    // Takes a stamp from another laptop into account.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }
    // This laptop's wall clock, in milliseconds since the epoch (the injected one in tests).
    qint64 wallMillis() const { return m_wall(); }
    // How many milliseconds the newest stamp seen is ahead of this laptop's wall clock (0 when it is not):
    // a large value means this laptop's clock is wrong, or was wrong when something was stamped.
    qint64 wallClockBehindBy() const;

    static qint64 physicalMillis(qint64 stamp) { return stamp < 0 ? 0 : stamp >> 16; }
    static qint64 fromMillis(qint64 millis)
    {
        if (millis <= 0)
            return 0;
        return millis > (maxStamp >> 16) ? maxStamp : millis << 16;
    }

private:
    WallClock m_wall;
    qint64 m_last = 0;
};

} // namespace standlab
