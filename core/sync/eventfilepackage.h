// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncpackage.h"

#include <QCoreApplication>
#include <optional>

namespace standlab {

class Store;

// Another copy of the same event, e-mailed as a whole .standlab file rather than as a package: it is
// opened read-only (not a byte of it changes) and everything it holds becomes one package for
// SyncMerger, stamped with that copy's own replica id. A file of another event is refused.
class EventFilePackage
{
    Q_DECLARE_TR_FUNCTIONS(EventFilePackage)

public:
    // True when `path` starts like a SQLite file, so it is read as an event file rather than a package.
    static bool looksLikeEventFile(const QString& path);
    static std::optional<SyncPackage> read(const QString& path, Store& into, QString* error);
};

} // namespace standlab
