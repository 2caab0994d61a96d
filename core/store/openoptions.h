// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hybridclock.h"

#include <QString>

namespace standlab {

// How a .standlab file is opened: which laptop writes, and whether writing is wanted at all.
struct OpenOptions
{
    QString laptopId;          // empty: this machine's default identity
    bool readOnly = false;     // never write, even when the file could be written
    HybridClock::WallClock wallClock; // tests inject a clock; empty means the system clock

    static OpenOptions forLaptop(const QString& id)
    {
        OpenOptions options;
        options.laptopId = id;
        return options;
    }
};

} // namespace standlab
