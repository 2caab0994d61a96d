// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventdigest.h"

#include <QCoreApplication>
#include <QHash>

namespace standlab {

class Store;

// After a merge: when this file now holds exactly the changes its sender held (nothing of its own that
// the sender lacked), the two must hold the same event. The package carries the sender's EventDigest;
// a difference is told to the person, table by table, instead of staying unnoticed for ever.
class ConvergenceCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConvergenceCheck)

public:
    // Empty when the files agree or cannot be expected to agree yet; else what differs and what to do.
    static QString afterMerge(Store& store, const QHash<QString, qint64>& senderKnowledge,
                              const QHash<QString, EventDigest::Table>& senderDigest, const QString& senderName);
};

} // namespace standlab
