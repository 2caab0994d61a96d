// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace standlab {

// What merging needs in the file (schema step 4): a clock per changed field, kept by triggers so every
// path that updates a row (UI edits, imports, undo) stamps the fields it really changed; what each laptop
// is known to hold; the peers met, the history of exchanges and the conflicts kept for review.
class SyncSchema
{
public:
    // The SQL of migration step 4 (after the search index of step 3).
    static const char* migrationStep();
    // The SQL of migration step 5: the same field clocks, kept by upserts instead of INSERT OR REPLACE
    // with a subquery on the clock table, which made SQLite copy through a temporary table per field.
    static const char* clockUpsertStep();
    // The data columns (not id or stamps) of a synced table as of step 4: the ones the triggers watch.
    static QStringList trackedColumns(const QString& table);
    // id, created_at, updated_at, laptop_id: merged as stamps, never as data.
    static bool isStampColumn(const QString& column);
};

} // namespace standlab
