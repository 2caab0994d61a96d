// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncsummary.h"

#include <QDialog>

namespace standlab {

// What came in with received packages: per kind of item how many were added, changed and deleted, and a
// way to the conflicts when the merge kept some.
class SyncSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    // `note`: one more line in a quieter colour, e.g. the packages a sync folder held that were left alone.
    SyncSummaryDialog(const SyncSummary& summary, QWidget* parent = nullptr, const QString& note = QString());

signals:
    void reviewConflictsRequested();
};

} // namespace standlab
