// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace standlab {

// The list of recently opened event files kept in QSettings, newest first and bounded.
class RecentFiles
{
public:
    static constexpr int maximum = 10;

    // Every remembered file, newest first, whether or not it still exists.
    static QStringList all();
    // Remembered files that still exist; forgets the ones that are gone.
    static QStringList existing();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
    // Drops the files that no longer exist; returns how many were dropped.
    static int prune();

private:
    static void store(const QStringList& paths);
};

} // namespace standlab
