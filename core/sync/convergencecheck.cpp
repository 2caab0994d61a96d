// SPDX-License-Identifier: GPL-3.0-or-later
#include "convergencecheck.h"

#include "store/migrations.h"
#include "store/store.h"
#include "syncledger.h"
#include "syncsummary.h"

#include <QStringList>

namespace standlab {

QString ConvergenceCheck::afterMerge(Store& store, const QHash<QString, qint64>& senderKnowledge,
                                     const QHash<QString, EventDigest::Table>& senderDigest, const QString& senderName)
{
    if (senderDigest.isEmpty())
        return {}; // a package of an earlier version, or of changes only
    const QHash<QString, qint64> mine = SyncLedger(store).stamped();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        if (it.value() > senderKnowledge.value(it.key(), 0))
            return {}; // this file holds a change the sender did not have: they may differ, rightly
    const QHash<QString, EventDigest::Table> here = EventDigest::of(store);
    QStringList differences;
    for (const QString& table : Migrations::entityTables()) {
        const auto theirs = senderDigest.constFind(table);
        if (theirs == senderDigest.constEnd() || theirs.value() == here.value(table))
            continue;
        differences << tr("%1 (%2 rows here, %3 there)")
                           .arg(SyncSummary::tableLabel(table))
                           .arg(here.value(table).rows)
                           .arg(theirs->rows);
    }
    if (differences.isEmpty())
        return {};
    return tr("This file and “%1” now hold the same changes, yet their events differ in %2. Nothing was deleted, "
              "but exchanging packages will not bring these into line by itself: check them in both copies before "
              "printing anything from them.")
        .arg(senderName, differences.join(QStringLiteral(", ")));
}

} // namespace standlab
