// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace standlab {

class SqliteDatabase;

// Refuses a file whose schema is not exactly the one Stand Lab makes: a trigger, view, table or index that
// another program added or changed could run SQL of its author's choosing on the next write. Each table,
// index, trigger and view of the file (type, name, table and CREATE text) must match ExpectedSchema for the
// file's version; only the statistics tables SQLite itself adds (sqlite_stat*, sqlite_sequence) may be extra.
class SchemaVerifier
{
    Q_DECLARE_TR_FUNCTIONS(standlab::SchemaVerifier)

public:
    // Reads only. False, with a message naming `path` and the first object that differs, on a mismatch.
    static bool verify(SqliteDatabase& db, int version, const QString& path, QString* error);
};

} // namespace standlab
