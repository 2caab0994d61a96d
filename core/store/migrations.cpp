// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "db/sqlitedatabase.h"
#include "releases/releaseschema.h"
#include "sync/syncschema.h"

#include <QCoreApplication>
#include <vector>

namespace standlab {
namespace {

// Columns every domain row carries so laptops can merge their files (DESIGN.md §3 and §6).
#define STAMP "id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, updated_at INTEGER NOT NULL, " \
              "laptop_id TEXT NOT NULL"

const char* const schemaVersion1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE tombstones (
  table_name TEXT NOT NULL, id TEXT NOT NULL, deleted_at INTEGER NOT NULL, laptop_id TEXT NOT NULL,
  PRIMARY KEY (table_name, id)) WITHOUT ROWID;

CREATE TABLE event (
  )SQL" STAMP R"SQL(, name TEXT NOT NULL DEFAULT '', venue TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
  time_zone TEXT NOT NULL DEFAULT 'Europe/Madrid', languages TEXT NOT NULL DEFAULT '[]',
  description TEXT NOT NULL DEFAULT '');
CREATE TABLE event_days (
  )SQL" STAMP R"SQL(, day TEXT NOT NULL UNIQUE, opens TEXT NOT NULL DEFAULT '09:00',
  closes TEXT NOT NULL DEFAULT '19:00', label TEXT NOT NULL DEFAULT '');
CREATE TABLE spaces (
  )SQL" STAMP R"SQL(, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'stage', capacity INTEGER NOT NULL DEFAULT 0,
  colour TEXT NOT NULL DEFAULT '#607d8b', position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE working_lines (
  )SQL" STAMP R"SQL(, name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL DEFAULT '#607d8b',
  cross_cutting INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE organisations (
  )SQL" STAMP R"SQL(, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'city_council', city TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '',
  declaration_signatory INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '');
CREATE TABLE people (
  )SQL" STAMP R"SQL(, name TEXT NOT NULL, organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
  role_title TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '[]', bio TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '');
CREATE TABLE person_availability (
  )SQL" STAMP R"SQL(, person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE, day TEXT NOT NULL,
  available_from TEXT NOT NULL DEFAULT '09:00', available_to TEXT NOT NULL DEFAULT '19:00');
CREATE TABLE sessions (
  )SQL" STAMP R"SQL(, title TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'talk',
  working_line_id TEXT REFERENCES working_lines(id) ON DELETE SET NULL, abstract TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'en', space_id TEXT REFERENCES spaces(id) ON DELETE SET NULL,
  starts_at TEXT, ends_at TEXT, status TEXT NOT NULL DEFAULT 'idea', capacity INTEGER NOT NULL DEFAULT 0,
  expected_headcount INTEGER NOT NULL DEFAULT 0, headcount INTEGER NOT NULL DEFAULT 0,
  recording_url TEXT NOT NULL DEFAULT '', notes_url TEXT NOT NULL DEFAULT '', slides_url TEXT NOT NULL DEFAULT '',
  internal_notes TEXT NOT NULL DEFAULT '');
CREATE TABLE session_tags (
  )SQL" STAMP R"SQL(, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  working_line_id TEXT NOT NULL REFERENCES working_lines(id) ON DELETE CASCADE, UNIQUE (session_id, working_line_id));
CREATE TABLE participations (
  )SQL" STAMP R"SQL(, person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, role TEXT NOT NULL DEFAULT 'speaker',
  confirmed INTEGER NOT NULL DEFAULT 0, arrived INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (person_id, session_id, role));
CREATE TABLE documents (
  )SQL" STAMP R"SQL(, title TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'action_plan', status TEXT NOT NULL DEFAULT 'draft',
  position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sections (
  )SQL" STAMP R"SQL(, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  parent_id TEXT REFERENCES sections(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL DEFAULT '', body_html TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft',
  working_line_id TEXT REFERENCES working_lines(id) ON DELETE SET NULL, last_editor TEXT NOT NULL DEFAULT '');
CREATE TABLE workshop_details (
  )SQL" STAMP R"SQL(, session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id) ON DELETE CASCADE,
  organiser_id TEXT REFERENCES organisations(id) ON DELETE SET NULL, materials TEXT NOT NULL DEFAULT '',
  max_participants INTEGER NOT NULL DEFAULT 0, registrations INTEGER NOT NULL DEFAULT 0,
  feeds_section_id TEXT REFERENCES sections(id) ON DELETE SET NULL, outcome_notes TEXT NOT NULL DEFAULT '');
CREATE TABLE engagements (
  )SQL" STAMP R"SQL(, organisation_id TEXT NOT NULL UNIQUE REFERENCES organisations(id) ON DELETE CASCADE,
  attendance TEXT NOT NULL DEFAULT 'unknown', days TEXT NOT NULL DEFAULT '[]', delegation_size INTEGER NOT NULL DEFAULT 0,
  topics TEXT NOT NULL DEFAULT '', requested_line_id TEXT REFERENCES working_lines(id) ON DELETE SET NULL,
  wants_to_speak INTEGER NOT NULL DEFAULT 0, wants_workshop INTEGER NOT NULL DEFAULT 0, owner TEXT NOT NULL DEFAULT '',
  next_follow_up TEXT, contact_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  request_session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL);
CREATE TABLE interactions (
  )SQL" STAMP R"SQL(, organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  happened_on TEXT NOT NULL, channel TEXT NOT NULL DEFAULT 'email', note TEXT NOT NULL DEFAULT '');
CREATE TABLE initiatives (
  )SQL" STAMP R"SQL(, name TEXT NOT NULL, organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
  working_line_id TEXT REFERENCES working_lines(id) ON DELETE SET NULL, description TEXT NOT NULL DEFAULT '',
  contact_person_id TEXT REFERENCES people(id) ON DELETE SET NULL, slot_day TEXT, slot_table TEXT NOT NULL DEFAULT '',
  slot_start TEXT, slot_end TEXT, slot_status TEXT NOT NULL DEFAULT 'requested');
CREATE TABLE datasets (
  )SQL" STAMP R"SQL(, name TEXT NOT NULL, publisher TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
  licence TEXT NOT NULL DEFAULT '', format TEXT NOT NULL DEFAULT '', access TEXT NOT NULL DEFAULT 'open',
  link TEXT NOT NULL DEFAULT '', working_line_id TEXT REFERENCES working_lines(id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT '');
CREATE TABLE actions (
  )SQL" STAMP R"SQL(, section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE, title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '', working_line_id TEXT REFERENCES working_lines(id) ON DELETE SET NULL,
  lead_organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL, timeframe TEXT NOT NULL DEFAULT '',
  indicators TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'proposed', position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE action_partners (
  )SQL" STAMP R"SQL(, action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE, UNIQUE (action_id, organisation_id));
CREATE TABLE action_sessions (
  )SQL" STAMP R"SQL(, action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, UNIQUE (action_id, session_id));
CREATE TABLE revisions (
  )SQL" STAMP R"SQL(, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, name TEXT NOT NULL,
  taken_at TEXT NOT NULL, snapshot TEXT NOT NULL);

CREATE INDEX people_organisation ON people(organisation_id);
CREATE INDEX participations_session ON participations(session_id);
CREATE INDEX participations_person ON participations(person_id);
CREATE INDEX sections_document ON sections(document_id);
CREATE INDEX actions_section ON actions(section_id);
CREATE INDEX interactions_organisation ON interactions(organisation_id);
)SQL";

// Version 2: notes taken during sessions at the stand, and faster day queries on the schedule.
const char* const schemaVersion2 = R"SQL(
CREATE TABLE session_notes (
  )SQL" STAMP R"SQL(, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  written_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '');
CREATE INDEX sessions_starts_at ON sessions(starts_at);
CREATE INDEX session_notes_session ON session_notes(session_id);
)SQL";

#undef STAMP

// Version 3: the full-text index behind the global search (issue 3), over sessions, people, organisations,
// actions and datasets. Accents and case are folded by the tokenizer (remove_diacritics), and prefix
// indexes keep search-as-you-type fast. The index is kept in step by TRIGGERS rather than rebuilt: every
// path that writes rows (the UI's edits, restore() after undo, insertMany() from imports, bundles and
// sync packages, foreign-key cascades) goes through SQLite, so triggers cannot be bypassed, cost one
// small index write per row inside the same transaction, and the index is never stale or half-built after
// a crash. search_docs maps an index row to its kind and entity id; each kind owns a range of index
// rowids (kind number × 2^40 upwards), so a search can ask the index for one kind's best rows and stop
// early, and the rowids never depend on the source tables' rowids (which VACUUM may renumber). Each
// insert trigger first drops any entry for the same id, so an INSERT OR REPLACE (whose implicit delete
// fires no trigger) stays correct. None of these tables has the stamp columns, so
// Migrations::entityTables(), bundles and sync leave them alone.
#define SEARCH_TRIGGERS(TABLE, KIND, LO, HI, TITLE, DETAIL, COLUMNS) \
  "CREATE TRIGGER search_" TABLE "_insert AFTER INSERT ON " TABLE " BEGIN " \
  " DELETE FROM search_index WHERE rowid IN (SELECT docid FROM search_docs WHERE kind = '" KIND "' AND ref = new.id);" \
  " DELETE FROM search_docs WHERE kind = '" KIND "' AND ref = new.id;" \
  " INSERT INTO search_docs (docid, kind, ref) VALUES (" \
  "   (SELECT coalesce(max(docid), " LO ") + 1 FROM search_docs WHERE docid >= " LO " AND docid < " HI "), '" KIND "', new.id);" \
  " INSERT INTO search_index (rowid, title, detail) VALUES (" \
  "   (SELECT docid FROM search_docs WHERE kind = '" KIND "' AND ref = new.id), " TITLE ", " DETAIL ");" \
  " END;\n" \
  "CREATE TRIGGER search_" TABLE "_update AFTER UPDATE OF " COLUMNS " ON " TABLE " BEGIN " \
  " UPDATE search_index SET title = " TITLE ", detail = " DETAIL \
  "   WHERE rowid = (SELECT docid FROM search_docs WHERE kind = '" KIND "' AND ref = new.id);" \
  " END;\n" \
  "CREATE TRIGGER search_" TABLE "_delete AFTER DELETE ON " TABLE " BEGIN " \
  " DELETE FROM search_index WHERE rowid IN (SELECT docid FROM search_docs WHERE kind = '" KIND "' AND ref = old.id);" \
  " DELETE FROM search_docs WHERE kind = '" KIND "' AND ref = old.id;" \
  " END;\n" \
  "INSERT INTO search_docs (docid, kind, ref) SELECT " LO " + row_number() OVER (ORDER BY rowid), '" KIND "', id" \
  "  FROM " TABLE ";\n" \
  "INSERT INTO search_index (rowid, title, detail) SELECT d.docid, " TITLE ", " DETAIL " FROM " TABLE " AS new" \
  "  JOIN search_docs AS d ON d.kind = '" KIND "' AND d.ref = new.id;\n"

const char* const schemaVersion3 =
  "CREATE VIRTUAL TABLE search_index USING fts5(title, detail,"
  " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');\n"
  // Titles weigh ten times the rest when ranking.
  "INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 1.0)');\n"
  "CREATE TABLE search_docs (docid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL,"
  " UNIQUE (kind, ref));\n"
  SEARCH_TRIGGERS("sessions", "session", "1099511627776", "2199023255552", "new.title",
                  "new.abstract || ' ' || new.kind", "title, abstract, kind")
  SEARCH_TRIGGERS("people", "person", "2199023255552", "3298534883328", "new.name",
                  "new.role_title || ' ' || new.email || ' ' || new.bio", "name, role_title, email, bio")
  SEARCH_TRIGGERS("organisations", "organisation", "3298534883328", "4398046511104", "new.name",
                  "new.city || ' ' || new.country || ' ' || new.website || ' ' || new.notes",
                  "name, city, country, website, notes")
  SEARCH_TRIGGERS("actions", "action", "4398046511104", "5497558138880", "new.title",
                  "new.description || ' ' || new.indicators", "title, description, indicators")
  SEARCH_TRIGGERS("datasets", "dataset", "5497558138880", "6597069766656", "new.name",
                  "new.publisher || ' ' || new.city || ' ' || new.licence || ' ' || new.format || ' ' || new.notes",
                  "name, publisher, city, licence, format, notes");

#undef SEARCH_TRIGGERS

// Version 6: subsections found by their parent. Deleting a section looks up its subsections (Store's
// walk of dependents and SQLite's own ON DELETE CASCADE check); without this index each lookup read every
// section, so deleting a chain of n nested sections took time in n².
const char* const schemaVersion6 = "CREATE INDEX sections_parent ON sections(parent_id);\n";

// Version 7: rows brought back after a delete (the undo of a delete, an import of a deleted row). The
// restoration travels to the laptops that received the delete and wins over it there, as the delete wins
// over every edit that did not know it (issue 20).
const char* const schemaVersion7 =
    "CREATE TABLE restorations (table_name TEXT NOT NULL, id TEXT NOT NULL, restored_at INTEGER NOT NULL,"
    " laptop_id TEXT NOT NULL, PRIMARY KEY (table_name, id)) WITHOUT ROWID;\n";

// Version 10: what a conference schedule of frab, pretalx or wafer holds beside our own fields (issue 15):
// a session's subtitle and description apart from its abstract, its links and attachments (JSON lists
// of {title, url, kind, type}), its recording licence and opt-out, and the identity it had in the file
// it came from (JSON {id, guid, slug, url, code, type}); a person's and the event's identity there (person:
// {id, guid, code, source}; event: {acronym}). The columns are tracked field by field for
// merging like those of step 4, by triggers of their own (SyncSchema's triggers name step 4's columns).
#define CLOCK(TABLE, COLUMN) \
  " INSERT INTO sync_field_clock (table_name, row_id, column_name, stamp, laptop_id, previous)" \
  " SELECT '" TABLE "', new.id, '" COLUMN "', new.updated_at, new.laptop_id, 0" \
  " WHERE old.\"" COLUMN "\" IS NOT new.\"" COLUMN "\"" \
  " ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET previous = stamp," \
  " stamp = excluded.stamp, laptop_id = excluded.laptop_id;"
const char* const scheduleFieldsStep =
    "ALTER TABLE sessions ADD COLUMN subtitle TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE sessions ADD COLUMN description TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE sessions ADD COLUMN links TEXT NOT NULL DEFAULT '[]';\n"
    "ALTER TABLE sessions ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';\n"
    "ALTER TABLE sessions ADD COLUMN recording_licence TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE sessions ADD COLUMN recording_opt_out INTEGER NOT NULL DEFAULT 0;\n"
    "ALTER TABLE sessions ADD COLUMN source_ids TEXT NOT NULL DEFAULT '{}';\n"
    "ALTER TABLE people ADD COLUMN source_ids TEXT NOT NULL DEFAULT '{}';\n"
    "ALTER TABLE event ADD COLUMN source_ids TEXT NOT NULL DEFAULT '{}';\n"
    "CREATE TRIGGER sync_clock_sessions_schedule AFTER UPDATE ON sessions BEGIN"
    CLOCK("sessions", "subtitle") CLOCK("sessions", "description") CLOCK("sessions", "links")
    CLOCK("sessions", "attachments") CLOCK("sessions", "recording_licence") CLOCK("sessions", "recording_opt_out")
    CLOCK("sessions", "source_ids") " END;\n"
    "CREATE TRIGGER sync_clock_people_schedule AFTER UPDATE ON people BEGIN" CLOCK("people", "source_ids") " END;\n"
    "CREATE TRIGGER sync_clock_event_schedule AFTER UPDATE ON event BEGIN" CLOCK("event", "source_ids") " END;\n";
#undef CLOCK

// Version 8: what each laptop knew when it made its edits (issue 20). From `from_stamp` on, until its next
// entry, the edits of `laptop_id` were made holding every change of laptop L up to knowledge[L]; an entry
// is written at each merge. These travel with packages, so any laptop can tell whether the edit that
// overrode another had seen it (a sequel) or not (a conflict), whatever path the values took.
const char* const syncContextsStep =
    "CREATE TABLE sync_contexts (laptop_id TEXT NOT NULL, from_stamp INTEGER NOT NULL, knowledge TEXT NOT NULL,"
    " PRIMARY KEY (laptop_id, from_stamp)) WITHOUT ROWID;\n";

const std::vector<const char*>& steps()
{
    // Version 4: per-field clocks, peers, exchange history and kept conflicts for merging (issue 7).
    // Version 5: the same clocks, written by cheaper triggers (a sync merge of 10,000 rows spent a
    // third of its time in them).
    static const std::vector<const char*> all = {schemaVersion1,
                                                 schemaVersion2,
                                                 schemaVersion3,
                                                 SyncSchema::migrationStep(),
                                                 SyncSchema::clockUpsertStep(),
                                                 schemaVersion6,
                                                 schemaVersion7,
                                                 syncContextsStep,
                                                 // Releases, letter templates, each person's log (issue 19).
                                                 ReleaseSchema::migrationStep(),
                                                 scheduleFieldsStep};
    return all;
}

QStringList& extraSteps()
{
    static QStringList extra;
    return extra;
}

} // namespace

QString Migrations::stepSql(int index)
{
    if (index < 0)
        return {};
    if (index < int(steps().size()))
        return QString::fromUtf8(steps().at(size_t(index)));
    return extraSteps().value(index - int(steps().size()));
}

int Migrations::builtInStepCount()
{
    return int(steps().size());
}

int Migrations::latestVersion()
{
    return int(steps().size()) + int(extraSteps().size());
}

int Migrations::version(SqliteDatabase& db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool Migrations::migrate(SqliteDatabase& db, int target, QString* error)
{
    const int start = version(db);
    if (start >= target)
        return true;
    QString reason;
    int current = start;
    // user_version and application_id are part of the transaction, so they roll back with the schema.
    bool ok = db.exec(QStringLiteral("BEGIN IMMEDIATE"), &reason);
    while (ok && current < target) {
        ok = db.exec(stepSql(current), &reason);
        ok = ok && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(current + 1), &reason);
        if (ok)
            ++current;
    }
    ok = ok && db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId), &reason);
    ok = ok && db.exec(QStringLiteral("COMMIT"), &reason);
    if (!ok) {
        db.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = QCoreApplication::translate("standlab::Migrations", "Could not upgrade the file to version %1: %2")
                         .arg(current + 1)
                         .arg(reason);
        return false;
    }
    return true;
}

void Migrations::setExtraStepsForTesting(const QStringList& steps)
{
    extraSteps() = steps;
}

QStringList Migrations::entityTables()
{
    // Parents before children, so copying rows in this order satisfies the foreign keys.
    return {QStringLiteral("event"),          QStringLiteral("event_days"),       QStringLiteral("spaces"),
            QStringLiteral("working_lines"),  QStringLiteral("organisations"),    QStringLiteral("people"),
            QStringLiteral("person_availability"), QStringLiteral("sessions"),    QStringLiteral("session_tags"),
            QStringLiteral("participations"), QStringLiteral("documents"),        QStringLiteral("sections"),
            QStringLiteral("workshop_details"), QStringLiteral("engagements"),    QStringLiteral("interactions"),
            QStringLiteral("initiatives"),    QStringLiteral("datasets"),         QStringLiteral("actions"),
            QStringLiteral("action_partners"), QStringLiteral("action_sessions"), QStringLiteral("revisions"),
            QStringLiteral("session_notes"),  QStringLiteral("releases"),         QStringLiteral("letter_templates"),
            QStringLiteral("person_interactions")};
}

} // namespace standlab
