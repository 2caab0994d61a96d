// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace standlab {

class SqliteDatabase;

// Rows a bulk write stored without indexing them for search yet, so a large import is saved and listed
// at once and the search index (most of an import's cost) is built afterwards, in steps small enough to
// keep the window responsive. The ranges live in the file's meta table, inside the same transactions as
// the rows and the index: a crash or a full disk at any moment leaves either the rows pending or the
// rows indexed, never a row that search forgets. Indexing a range again is harmless, so rows a trigger
// or a merge indexed in between cost time, not correctness.
class SearchBacklog
{
public:
    explicit SearchBacklog(SqliteDatabase& db);

    // Rows of `table` with a rowid in (afterRowid, upToRowid] are not indexed; joins a range already pending.
    bool add(const QString& table, qint64 afterRowid, qint64 upToRowid, QString* error = nullptr);
    // How many stored rows search does not find yet.
    qint64 pendingRows() const;
    bool isEmpty() const { return ranges().isEmpty(); }
    // Indexes up to `maxRows` pending rows of one table (every pending row when maxRows <= 0). Call it
    // inside a transaction: the index and the shrunk range commit together.
    bool indexSome(qint64 maxRows, QString* error = nullptr);
    // Forgets every range (the whole index was rebuilt from the rows).
    bool clear(QString* error = nullptr);

private:
    struct Range
    {
        QString table;
        qint64 after = 0;
        qint64 upTo = 0;
    };
    QVector<Range> ranges() const;
    bool write(const Range& range, QString* error);

    SqliteDatabase& m_db;
};

} // namespace standlab
