// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace standlab {

class SqliteDatabase;

// Keeps the full-text index exact during a bulk write (an import, a sync merge) at a fraction of the cost
// of the row triggers of schema step 3: FTS5 flushes its pending terms on every statement savepoint, so a
// trigger firing once per row writes one tiny index segment per row. Inside the caller's transaction the
// insert and update triggers of the indexed tables are dropped, the rows are written, the index is brought
// up to date for them in one set-based statement per table, and the triggers are put back as our own
// migrations define them (ExpectedSchema), never with text read from the file. Everything is part of the transaction: a rollback puts the triggers (and the index) back as well.
// The delete triggers stay, so a row deleted meanwhile leaves the index as a local delete would.
class SearchIndexBatch
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexBatch)

public:
    explicit SearchIndexBatch(SqliteDatabase& db);
    // Puts back any trigger still suspended (only useful when the transaction goes on regardless).
    ~SearchIndexBatch();
    SearchIndexBatch(const SearchIndexBatch&) = delete;
    SearchIndexBatch& operator=(const SearchIndexBatch&) = delete;

    // Whether the full-text index covers rows of `table`.
    static bool isIndexed(const QString& table);

    // Drops the insert and update triggers of `table` (an indexed table) until resume().
    bool suspend(const QString& table, QString* error = nullptr);
    // Indexes again the rows of `table` whose rowid is above `rowid` (rows appended by a plain INSERT).
    bool refreshAfterRowid(const QString& table, qint64 rowid, QString* error = nullptr);
    // Indexes again the rows of `table` with a rowid in (afterRowid, upToRowid] (a step of SearchBacklog).
    bool refreshRowidRange(const QString& table, qint64 afterRowid, qint64 upToRowid, QString* error = nullptr);
    // Indexes again the rows of `table` with these ids (rows inserted or changed); ids no longer there are skipped.
    bool refreshIds(const QString& table, const QStringList& ids, QString* error = nullptr);
    // Re-creates every suspended trigger from our own schema, with the text the file was checked against.
    bool resume(QString* error = nullptr);

private:
    // keepCurrent: leave an entry alone when its texts are right (cheaper when few rows changed them).
    bool refresh(const QString& table, const QString& where, qint64 rowid, bool keepCurrent, QString* error);

    SqliteDatabase& m_db;
    QStringList m_suspended;            // trigger names, in the order they were dropped
    QHash<QString, QString> m_triggerSql; // trigger name → CREATE TRIGGER text of ExpectedSchema
};

} // namespace standlab
