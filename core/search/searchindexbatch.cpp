// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexbatch.h"

#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "store/expectedschema.h"
#include "store/migrations.h"

namespace standlab {
namespace {

// The same kinds, rowid ranges and texts as the triggers of schema step 3 (migrations.cpp) and
// SearchIndex::rebuild(): keep the three in step. tests/search checks a bulk write against the triggers.
struct Source
{
    const char* table;
    const char* kind;
    const char* first; // the kind's rowid range: [first, last)
    const char* last;
    const char* title;
    const char* detail;
};

const Source sources[] = {
    {"sessions", "session", "1099511627776", "2199023255552", "new.title", "new.abstract || ' ' || new.kind"},
    {"people", "person", "2199023255552", "3298534883328", "new.name",
     "new.role_title || ' ' || new.email || ' ' || new.bio"},
    {"organisations", "organisation", "3298534883328", "4398046511104", "new.name",
     "new.city || ' ' || new.country || ' ' || new.website || ' ' || new.notes"},
    {"actions", "action", "4398046511104", "5497558138880", "new.title", "new.description || ' ' || new.indicators"},
    {"datasets", "dataset", "5497558138880", "6597069766656", "new.name",
     "new.publisher || ' ' || new.city || ' ' || new.licence || ' ' || new.format || ' ' || new.notes"},
};

const Source* sourceOf(const QString& table)
{
    for (const Source& source : sources)
        if (table == QLatin1String(source.table))
            return &source;
    return nullptr;
}

bool run(SqliteDatabase& db, const QString& sql, const QVariantList& arguments, QString* error)
{
    SqliteStatement statement(db, sql);
    statement.bindAll(arguments);
    if (statement.isValid() && statement.run())
        return true;
    if (error)
        *error = statement.error();
    return false;
}

} // namespace

SearchIndexBatch::SearchIndexBatch(SqliteDatabase& db) : m_db(db) {}

SearchIndexBatch::~SearchIndexBatch()
{
    resume();
}

bool SearchIndexBatch::isIndexed(const QString& table)
{
    return sourceOf(table) != nullptr;
}

bool SearchIndexBatch::suspend(const QString& table, QString* error)
{
    if (!isIndexed(table))
        return true;
    const int version = Migrations::version(m_db);
    for (const QString& event : {QStringLiteral("insert"), QStringLiteral("update")}) {
        const QString name = QStringLiteral("search_%1_%2").arg(table, event);
        if (m_triggerSql.contains(name))
            continue;
        // Only whether the trigger is there is read from the file; the text it is put back with is our own
        // (the file's text could carry statements of its author's choosing after the trigger's END).
        SqliteStatement read(m_db, QStringLiteral("SELECT 1 FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?"));
        read.bind(1, name);
        if (!read.step())
            continue; // a file without the index (not yet migrated): nothing to keep in step
        const QString sql = ExpectedSchema::sql(version, QStringLiteral("trigger"), name);
        if (sql.isEmpty()) {
            if (error)
                *error = tr("The search trigger “%1” is not one Stand Lab makes in a file of version %2.")
                             .arg(name, QString::number(version));
            return false;
        }
        if (!m_db.exec(QStringLiteral("DROP TRIGGER main.%1").arg(SqliteDatabase::quotedIdentifier(name)), error))
            return false;
        m_triggerSql.insert(name, sql);
        m_suspended << name;
    }
    return true;
}

bool SearchIndexBatch::resume(QString* error)
{
    while (!m_suspended.isEmpty()) {
        const QString name = m_suspended.first();
        // One statement, prepared and run as such: nothing after it could ever run along.
        SqliteStatement create(m_db, m_triggerSql.value(name));
        if (!create.isValid() || !create.run()) {
            if (error)
                *error = create.error();
            return false;
        }
        m_suspended.removeFirst();
        m_triggerSql.remove(name);
    }
    return true;
}

bool SearchIndexBatch::refreshAfterRowid(const QString& table, qint64 rowid, QString* error)
{
    return refresh(table, QStringLiteral("new.rowid > ?"), rowid, false, error);
}

bool SearchIndexBatch::refreshRowidRange(const QString& table, qint64 afterRowid, qint64 upToRowid, QString* error)
{
    return refresh(table, QStringLiteral("new.rowid > ? AND new.rowid <= %1").arg(upToRowid), afterRowid, false, error);
}

bool SearchIndexBatch::refreshIds(const QString& table, const QStringList& ids, QString* error)
{
    if (ids.isEmpty() || !isIndexed(table))
        return true;
    bool ok = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_batch_ids (id TEXT PRIMARY KEY NOT NULL)"
                                       " WITHOUT ROWID; DELETE FROM temp.search_batch_ids;"),
                        error);
    SqliteStatement insert(m_db, QStringLiteral("INSERT OR IGNORE INTO temp.search_batch_ids (id) VALUES (?)"));
    for (int i = 0; ok && i < ids.size(); ++i) {
        insert.reset();
        insert.bind(1, ids.at(i));
        ok = insert.run();
        if (!ok && error)
            *error = insert.error();
    }
    ok = ok && refresh(table, QStringLiteral("new.id IN (SELECT id FROM temp.search_batch_ids) AND ? IS NOT NULL"), 0, true, error);
    return m_db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.search_batch_ids"), ok ? error : nullptr) && ok;
}

bool SearchIndexBatch::refresh(const QString& table, const QString& where, qint64 rowid, bool keepCurrent, QString* error)
{
    const Source* source = sourceOf(table);
    if (!source)
        return true;
    const QString name = QLatin1String(source->table);
    const QString kind = QLatin1String(source->kind);
    // What the update trigger would do (new texts for the row's entry) and what the insert trigger would do
    // (an entry after the last of its kind), for all the rows at once, in the order they were inserted.
    // The last entry is looked up first: as a subquery beside row_number() SQLite evaluates it per row.
    // Entries go into FTS5 in rowid order: a smaller rowid than the previous one makes it flush its
    // pending terms to a new segment, which is exactly the per-row cost this class avoids.
    // Rows already indexed (an update) keep their entry when its texts are still right, as the update
    // trigger only fires for the indexed columns: most rows a merge changes differ in other columns.
    const QString stale = QStringLiteral(" AND (i.title IS NOT %1 OR i.detail IS NOT %2)")
                              .arg(QLatin1String(source->title), QLatin1String(source->detail));
    if (!run(m_db,
             QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT d.docid FROM \"%1\" AS new"
                            " JOIN search_docs AS d ON d.kind = '%2' AND d.ref = new.id"
                            " JOIN search_index AS i ON i.rowid = d.docid WHERE %3%4)")
                 .arg(name, kind, where, keepCurrent ? stale : QString()),
             {rowid}, error))
        return false;
    SqliteStatement last(m_db, QStringLiteral("SELECT coalesce(max(docid), %1) FROM search_docs WHERE docid >= %1 AND docid < %2")
                                   .arg(QLatin1String(source->first), QLatin1String(source->last)));
    if (!last.step()) {
        if (error)
            *error = last.error();
        return false;
    }
    const qint64 lastDocid = last.integer(0);
    return run(m_db,
               QStringLiteral("INSERT INTO search_docs (docid, kind, ref) SELECT ? + row_number() OVER (ORDER BY new.rowid),"
                              " '%1', new.id FROM \"%2\" AS new WHERE %3 AND NOT EXISTS (SELECT 1 FROM search_docs AS d"
                              " WHERE d.kind = '%1' AND d.ref = new.id) ORDER BY new.rowid")
                   .arg(kind, name, where),
               {lastDocid, rowid}, error)
           && run(m_db,
                  QStringLiteral("INSERT INTO search_index (rowid, title, detail) SELECT d.docid, %1, %2 FROM \"%3\" AS new"
                                 " JOIN search_docs AS d ON d.kind = '%4' AND d.ref = new.id WHERE %5%6 ORDER BY d.docid")
                      .arg(QLatin1String(source->title), QLatin1String(source->detail), name, kind, where,
                           keepCurrent ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM search_index AS i WHERE i.rowid = d.docid)")
                                       : QString()),
                  {rowid}, error);
}

} // namespace standlab
