// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <functional>

namespace standlab {

// A hybrid logical clock: wall-clock milliseconds in the high bits and a counter in the low 16 bits,
// so stamps only ever grow even when a laptop's clock steps back, and stamps of laptops that
// exchanged files order causally.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridClock(WallClock wall = {});

    // A new stamp, greater than every stamp issued or observed so far.
    qint64 now();
    // Takes a stamp from another laptop into account.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 physicalMillis(qint64 stamp) { return stamp >> 16; }
    static qint64 fromMillis(qint64 millis) { return millis << 16; }

private:
    WallClock m_wall;
    qint64 m_last = 0;
};

} // namespace standlab
