// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace standlab {

class SqliteDatabase;

// The schema as an ordered list of forward-only steps; `user_version` records how many have run.
class Migrations
{
public:
    // Our own application_id ("STLB"), so a SQLite file of another program is recognised as such.
    static constexpr int applicationId = 0x53544C42;

    static int latestVersion();
    // How many steps are ours (the rest, if any, were appended by a test).
    static int builtInStepCount();
    // Runs every step after the file's version up to `target` in ONE transaction: an upgrade that fails
    // half-way leaves the file exactly at the version it had.
    static bool migrate(SqliteDatabase& db, int target, QString* error);
    static int version(SqliteDatabase& db);
    // Tables that hold domain rows (every one has id, created_at, updated_at, laptop_id).
    static QStringList entityTables();
    // The SQL of step `index` (0-based: the step that makes version index + 1); empty past the last.
    // Only ever run on a database being migrated or on an empty one (ExpectedSchema).
    static QString stepSql(int index);

    // Tests only: SQL steps appended after the real ones (empty list: none), so an upgrade that fails
    // can be exercised on a real file.
    static void setExtraStepsForTesting(const QStringList& steps);
};

} // namespace standlab
