// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaseschema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace standlab {

namespace {

// The same stamps as every synced row (migrations.cpp).
#define STAMP "id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, updated_at INTEGER NOT NULL, laptop_id TEXT NOT NULL"

const char kTables[] =
    // Names are unique so `--since v2` means one release; two laptops that both made a "v2" keep one
    // row after a merge (the later one's copy), as for any unique key.
    "CREATE TABLE releases (" STAMP ", name TEXT NOT NULL UNIQUE, note TEXT NOT NULL DEFAULT '',"
    " released_at TEXT NOT NULL, snapshot TEXT NOT NULL);\n"
    "CREATE TABLE letter_templates (" STAMP ", kind TEXT NOT NULL DEFAULT 'schedule', language TEXT NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', UNIQUE (kind, language));\n"
    "CREATE TABLE person_interactions (" STAMP ", person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
    " happened_on TEXT NOT NULL, channel TEXT NOT NULL DEFAULT 'letter', note TEXT NOT NULL DEFAULT '');\n"
    "CREATE INDEX person_interactions_person ON person_interactions(person_id);\n";

#undef STAMP

QByteArray build()
{
    // Field clocks as SyncSchema::clockUpsertStep() writes them for the older tables.
    const QList<QPair<QString, QStringList>> tables = {
        {QStringLiteral("releases"), {QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("released_at"),
                                      QStringLiteral("snapshot")}},
        {QStringLiteral("letter_templates"), {QStringLiteral("kind"), QStringLiteral("language"),
                                              QStringLiteral("subject"), QStringLiteral("body")}},
        {QStringLiteral("person_interactions"), {QStringLiteral("person_id"), QStringLiteral("happened_on"),
                                                 QStringLiteral("channel"), QStringLiteral("note")}},
    };
    QString sql = QString::fromLatin1(kTables);
    for (const auto& [table, columns] : tables) {
        sql += QStringLiteral("CREATE TRIGGER sync_clock_%1 AFTER UPDATE ON \"%1\" BEGIN").arg(table);
        for (const QString& column : columns)
            sql += QStringLiteral(" INSERT INTO sync_field_clock (table_name, row_id, column_name, stamp, laptop_id, previous)"
                                  " SELECT '%1', new.id, '%2', new.updated_at, new.laptop_id, 0"
                                  " WHERE old.\"%2\" IS NOT new.\"%2\""
                                  " ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET previous = stamp,"
                                  " stamp = excluded.stamp, laptop_id = excluded.laptop_id;")
                       .arg(table, column);
        sql += QStringLiteral(" END;\n");
    }
    return sql.toUtf8();
}

} // namespace

const char* ReleaseSchema::migrationStep()
{
    static const QByteArray step = build();
    return step.constData();
}

} // namespace standlab
