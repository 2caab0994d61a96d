// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace standlab::hardening {

// A test-only SQLite VFS that wraps the default one and answers SQLITE_FULL once a budget of written
// bytes is spent: a full disk in the middle of any write (a statement spilling its cache, a commit, a
// checkpoint, the growth of the -shm index when a file is opened) without root, a loop mount or a
// tmpfs. Installed as the default VFS, so every connection the core opens in this process goes through
// it; with no budget set it only passes calls through.
class FaultyVfs
{
public:
    static void install();
    // From now on, at most `bytes` more may be written (0: the next write fails). Negative: no limit.
    static void setBudget(qint64 bytes);
    static void unlimited() { setBudget(-1); }
    // Writes refused since the budget was last set.
    static int refusals();
};

} // namespace standlab::hardening
