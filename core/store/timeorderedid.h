// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace standlab {

// Row ids that sort by creation time (UUID version 7, RFC 9562): 48 bits of Unix milliseconds, a
// 12-bit sequence within the millisecond, then 62 random bits. Still unique across laptops, but a bulk
// insert appends to the right edge of each primary-key index instead of landing on a random page of
// it: an import of 100,000 contacts writes its keys several times faster and into a smaller file.
class TimeOrderedId
{
public:
    // Thread-safe; strictly increasing within one process, even when the clock steps back.
    static QString next();
};

} // namespace standlab
