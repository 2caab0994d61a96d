// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbacklog.h"

#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "searchindexbatch.h"

#include <algorithm>

namespace standlab {
namespace {

// meta keys "search_backlog/<table>" hold "<after>:<upTo>".
const QString keyPrefix = QStringLiteral("search_backlog/");

} // namespace

SearchBacklog::SearchBacklog(SqliteDatabase& db) : m_db(db) {}

QVector<SearchBacklog::Range> SearchBacklog::ranges() const
{
    QVector<Range> found;
    SqliteStatement read(m_db, QStringLiteral("SELECT key, value FROM meta WHERE key >= ?1 AND key < ?2 ORDER BY key"));
    read.bind(1, keyPrefix);
    read.bind(2, QString(keyPrefix.chopped(1) + QLatin1Char('0'))); // '0' follows '/'
    while (read.step()) {
        const QStringList bounds = read.text(1).split(QLatin1Char(':'));
        bool afterOk = false, upToOk = false;
        Range range{read.text(0).mid(keyPrefix.size()), bounds.value(0).toLongLong(&afterOk),
                    bounds.value(1).toLongLong(&upToOk)};
        if (afterOk && upToOk && SearchIndexBatch::isIndexed(range.table))
            found << range;
    }
    return found;
}

bool SearchBacklog::write(const Range& range, QString* error)
{
    SqliteStatement statement(m_db, range.upTo > range.after
                                        ? QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")
                                        : QStringLiteral("DELETE FROM meta WHERE key = ?1"));
    statement.bind(1, QString(keyPrefix + range.table));
    if (range.upTo > range.after)
        statement.bind(2, QStringLiteral("%1:%2").arg(range.after).arg(range.upTo));
    if (statement.isValid() && statement.run())
        return true;
    if (error)
        *error = statement.error();
    return false;
}

bool SearchBacklog::add(const QString& table, qint64 afterRowid, qint64 upToRowid, QString* error)
{
    if (upToRowid <= afterRowid || !SearchIndexBatch::isIndexed(table))
        return true;
    Range range{table, afterRowid, upToRowid};
    for (const Range& pending : ranges()) {
        if (pending.table == table) {
            range.after = std::min(range.after, pending.after);
            range.upTo = std::max(range.upTo, pending.upTo);
        }
    }
    return write(range, error);
}

qint64 SearchBacklog::pendingRows() const
{
    qint64 total = 0;
    for (const Range& range : ranges()) {
        SqliteStatement count(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE rowid > ?1 AND rowid <= ?2")
                                             .arg(SqliteDatabase::quotedIdentifier(range.table)));
        count.bind(1, range.after);
        count.bind(2, range.upTo);
        if (count.step())
            total += count.integer(0);
    }
    return total;
}

bool SearchBacklog::indexSome(qint64 maxRows, QString* error)
{
    SearchIndexBatch batch(m_db);
    for (Range range : ranges()) {
        // The rowid at which this step stops: maxRows rows on, or the end of the range.
        qint64 stop = range.upTo;
        if (maxRows > 0) {
            SqliteStatement bound(m_db, QStringLiteral("SELECT rowid FROM %1 WHERE rowid > ?1 AND rowid <= ?2"
                                                       " ORDER BY rowid LIMIT 1 OFFSET ?3")
                                            .arg(SqliteDatabase::quotedIdentifier(range.table)));
            bound.bind(1, range.after);
            bound.bind(2, range.upTo);
            bound.bind(3, maxRows - 1);
            if (bound.step())
                stop = bound.integer(0);
        }
        if (!batch.refreshRowidRange(range.table, range.after, stop, error))
            return false;
        range.after = stop;
        if (!write(range, error))
            return false;
        if (maxRows > 0)
            return true; // one step of one range: the caller comes back for the rest
    }
    return true;
}

bool SearchBacklog::clear(QString* error)
{
    for (Range range : ranges()) {
        range.after = range.upTo;
        if (!write(range, error))
            return false;
    }
    return true;
}

} // namespace standlab
