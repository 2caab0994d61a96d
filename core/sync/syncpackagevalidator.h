// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncpackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace standlab {

class Store;

// Whether a package may be merged into this file, judged before anything of it is written: every table
// this file syncs must carry the columns a merge relies on (id and the stamps, each once), rows as wide
// as their columns, field stamps for columns the table has, ids as text and stamps as whole numbers, and
// sessions whose times can be true. No stamp may lie more than a day in this laptop's future: such a
// value would win every later merge on every laptop, for good. Tables this version does not sync are
// left alone (a merge ignores them). The merge asks here first; so does the sync package fuzzer.
class SyncPackageValidator
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackageValidator)

public:
    static constexpr qint64 maxAheadMillis = qint64(24) * 60 * 60 * 1000;

    // The local schema and this laptop's wall clock come from the file's store.
    explicit SyncPackageValidator(Store& store);

    // Empty when the package may be merged; else why not, naming the package (`name`, its file) and
    // the table and column at fault.
    QString problem(const SyncPackage& package, const QString& name) const;

    // A duration in words ("12 days"), for messages.
    static QString durationText(qint64 millis);

    static constexpr qint64 wallClockTolerance = 60 * 1000;
    // A warning when this laptop's wall clock is more than a minute behind the newest stamp the file has
    // seen (its own clock was wrong, or is now); empty otherwise.
    static QString wallClockWarning(Store& store);

private:
    QString tableProblem(const SyncPackage& package, const QString& name, const QString& table,
                         const SyncPackage::Table& incoming, qint64* newest) const;

    Store& m_store;
    qint64 m_wallMillis = 0;
};

} // namespace standlab
