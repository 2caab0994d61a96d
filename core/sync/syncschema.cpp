// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncschema.h"

#include <QByteArray>
#include <QHash>

namespace standlab {
namespace {

// Written out rather than read from the file: a migration step must produce the same schema whatever
// later steps add. Columns added by later steps get their own triggers in their step.
const QHash<QString, QStringList>& columnsByTable()
{
    static const QHash<QString, QStringList> columns = [] {
        const char* const lines[] = {
            "event: name venue city time_zone languages description",
            "event_days: day opens closes label",
            "spaces: name kind capacity colour position",
            "working_lines: name short_name colour cross_cutting description position",
            "organisations: name kind city country website declaration_signatory notes",
            "people: name organisation_id role_title email phone languages bio notes",
            "person_availability: person_id day available_from available_to",
            "sessions: title kind working_line_id abstract language space_id starts_at ends_at status capacity "
            "expected_headcount headcount recording_url notes_url slides_url internal_notes",
            "session_tags: session_id working_line_id",
            "participations: person_id session_id role confirmed arrived position",
            "documents: title kind status position",
            "sections: document_id parent_id position title body_html status working_line_id last_editor",
            "workshop_details: session_id organiser_id materials max_participants registrations feeds_section_id "
            "outcome_notes",
            "engagements: organisation_id attendance days delegation_size topics requested_line_id wants_to_speak "
            "wants_workshop owner next_follow_up contact_person_id request_session_id",
            "interactions: organisation_id happened_on channel note",
            "initiatives: name organisation_id working_line_id description contact_person_id slot_day slot_table "
            "slot_start slot_end slot_status",
            "datasets: name publisher city licence format access link working_line_id notes",
            "actions: section_id title description working_line_id lead_organisation_id timeframe indicators status "
            "position",
            "action_partners: action_id organisation_id",
            "action_sessions: action_id session_id",
            "revisions: document_id name taken_at snapshot",
            "session_notes: session_id written_at author body",
        };
        QHash<QString, QStringList> result;
        for (const char* line : lines) {
            const QString text = QString::fromLatin1(line);
            const int colon = text.indexOf(QLatin1Char(':'));
            result.insert(text.left(colon), text.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts));
        }
        return result;
    }();
    return columns;
}

QByteArray buildStep()
{
    QString sql = QStringLiteral(
        // Stamp of the last change of one field; rows whose fields never changed since they were made
        // have no entry (stamp 0: the values every laptop received together with the row). `previous` is
        // the stamp of the value the change replaced: an edit made on top of another laptop's value is a
        // sequel, one made without it a conflict.
        "CREATE TABLE sync_field_clock (table_name TEXT NOT NULL, row_id TEXT NOT NULL, column_name TEXT NOT NULL,"
        " stamp INTEGER NOT NULL, laptop_id TEXT NOT NULL, previous INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (table_name, row_id, column_name))"
        " WITHOUT ROWID;\n"
        // The newest change of each laptop this file is known to hold, learned from received packages.
        "CREATE TABLE sync_knowledge (laptop_id TEXT PRIMARY KEY NOT NULL, stamp INTEGER NOT NULL) WITHOUT ROWID;\n"
        // Laptops met: their name and what they held when they last sent us a package.
        "CREATE TABLE sync_peers (laptop_id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '',"
        " knowledge TEXT NOT NULL DEFAULT '{}', last_received_at TEXT, last_sent_at TEXT) WITHOUT ROWID;\n"
        "CREATE TABLE sync_exchanges (id INTEGER PRIMARY KEY, direction TEXT NOT NULL, package_id TEXT NOT NULL,"
        " laptop_id TEXT NOT NULL, laptop_name TEXT NOT NULL DEFAULT '', happened_at TEXT NOT NULL,"
        " file_name TEXT NOT NULL DEFAULT '', changes INTEGER NOT NULL DEFAULT 0,"
        " conflicts INTEGER NOT NULL DEFAULT 0, summary TEXT NOT NULL DEFAULT '{}');\n"
        "CREATE INDEX sync_exchanges_package ON sync_exchanges(package_id);\n"
        // Both values of a field both sides changed since they last met; the kept one won by the rule.
        "CREATE TABLE sync_conflicts (id INTEGER PRIMARY KEY, exchange_id INTEGER, table_name TEXT NOT NULL,"
        " row_id TEXT NOT NULL, column_name TEXT NOT NULL, kept_value, kept_stamp INTEGER NOT NULL,"
        " kept_laptop TEXT NOT NULL, other_value, other_stamp INTEGER NOT NULL, other_laptop TEXT NOT NULL,"
        " detected_at TEXT NOT NULL, resolution TEXT NOT NULL DEFAULT 'open',"
        " UNIQUE (table_name, row_id, column_name, kept_stamp, other_stamp));\n");
    const QHash<QString, QStringList>& all = columnsByTable();
    QStringList tables = all.keys();
    tables.sort();
    for (const QString& table : qAsConst(tables)) {
        // One trigger per table; each statement records a field only when its value really changed.
        sql += QStringLiteral("CREATE TRIGGER sync_clock_%1 AFTER UPDATE ON \"%1\" BEGIN").arg(table);
        for (const QString& column : all.value(table))
            sql += QStringLiteral(" INSERT OR REPLACE INTO sync_field_clock SELECT '%1', new.id, '%2',"
                                  " new.updated_at, new.laptop_id, coalesce((SELECT stamp FROM sync_field_clock"
                                  " WHERE table_name = '%1' AND row_id = new.id AND column_name = '%2'), 0)"
                                  " WHERE old.\"%2\" IS NOT new.\"%2\";")
                       .arg(table, column);
        sql += QStringLiteral(" END;\n");
    }
    return sql.toUtf8();
}

QByteArray upsertStep()
{
    const QHash<QString, QStringList>& all = columnsByTable();
    QStringList tables = all.keys();
    tables.sort();
    QString sql;
    for (const QString& table : qAsConst(tables)) {
        sql += QStringLiteral("DROP TRIGGER sync_clock_%1;\nCREATE TRIGGER sync_clock_%1 AFTER UPDATE ON \"%1\" BEGIN")
                   .arg(table);
        // In the DO UPDATE, `stamp` is the stored stamp the change replaces: it becomes `previous`.
        for (const QString& column : all.value(table))
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

const char* SyncSchema::clockUpsertStep()
{
    static const QByteArray step = upsertStep();
    return step.constData();
}

const char* SyncSchema::migrationStep()
{
    static const QByteArray step = buildStep();
    return step.constData();
}

QStringList SyncSchema::trackedColumns(const QString& table)
{
    return columnsByTable().value(table);
}

bool SyncSchema::isStampColumn(const QString& column)
{
    return column == QLatin1String("id") || column == QLatin1String("created_at")
        || column == QLatin1String("updated_at") || column == QLatin1String("laptop_id");
}

} // namespace standlab
