// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstate.h"

#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "store/fileinspector.h"
#include "store/migrations.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>

namespace standlab::hardening {

namespace {

QByteArray encode(const QVariant& value)
{
    if (value.isNull())
        return QByteArrayLiteral("\x01N");
    if (value.metaType().id() == QMetaType::QByteArray)
        return QByteArrayLiteral("\x01" "B") + value.toByteArray().toHex();
    return QByteArrayLiteral("\x01" "V") + value.toString().toUtf8();
}

// Rows are hashed one by one and the hashes sorted, so the digest does not depend on the order SQLite
// happens to return them in (a rebuilt index may change it without changing any row).
QByteArray hashRows(QVector<QByteArray>& rows)
{
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& row : std::as_const(rows))
        hash.addData(row);
    return hash.result();
}

bool isStampOrReference(const QString& column)
{
    return column == QLatin1String("id") || column == QLatin1String("created_at")
        || column == QLatin1String("updated_at") || column == QLatin1String("laptop_id")
        || column.endsWith(QLatin1String("_id"));
}

} // namespace

QString EventState::differences(const EventState& other) const
{
    QStringList lines;
    if (!problem.isEmpty() || !other.problem.isEmpty())
        lines << QStringLiteral("problems: “%1” / “%2”").arg(problem, other.problem);
    QStringList tables = counts.keys();
    for (const QString& table : other.counts.keys())
        if (!tables.contains(table))
            tables << table;
    for (const QString& table : std::as_const(tables))
        if (counts.value(table, -1) != other.counts.value(table, -1))
            lines << QStringLiteral("%1: %2 vs %3").arg(table).arg(counts.value(table, -1)).arg(other.counts.value(table, -1));
    if (lines.isEmpty())
        lines << QStringLiteral("same counts, different rows");
    return lines.join(QStringLiteral("; "));
}

EventState EventState::of(const QString& path, const EventState* earlier)
{
    EventState state;
    QString error;
    // A checkpoint copies pages from the journal into the file in page order, the first page (with the
    // new page count) first; killed half-way, the file is shorter than its header says until SQLite
    // replays the journal. FileInspector refuses such a file before SQLite may do that (see the issue 9
    // report); let SQLite recover it here, as the app should, so the rest can still be checked.
    if (FileInspector::inspect(path) == FileInspector::Verdict::Truncated
        && QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        state.refusedButRecoverable = true;
        SqliteDatabase raw;
        if (raw.open(path, SqliteDatabase::Mode::ReadWrite, &error))
            raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error);
    }
    const std::unique_ptr<Store> store =
        Store::open(path, OpenOptions::forLaptop(QStringLiteral("00000000-0000-4000-8000-0000000000ff")), &error);
    if (!store) {
        state.problem = QStringLiteral("does not open: ") + error;
        return state;
    }
    if (!store->checkIntegrity(&error, false)) {
        state.problem = QStringLiteral("integrity check failed: ") + error;
        return state;
    }
    SqliteDatabase& db = store->database();
    QStringList tables;
    QStringList indexes;
    {
        SqliteStatement list(db, QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_schema "
                                                "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (list.step())
            (list.integer(1) ? indexes : tables) << list.text(0);
    }
    const auto isIndexStorage = [&indexes](const QString& table) {
        for (const QString& index : std::as_const(indexes))
            if (table.startsWith(index + QLatin1Char('_')))
                return true;
        return false;
    };
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QString& table : std::as_const(tables)) {
        SqliteStatement rows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QVector<QByteArray> hashes;
        while (rows.step()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int c = 0; c < rows.columnCount(); ++c)
                row.addData(encode(rows.value(c)));
            hashes << row.result();
        }
        if (rows.hasError()) {
            state.problem = QStringLiteral("table %1 cannot be read: %2").arg(table, rows.error());
            return state;
        }
        if (!isIndexStorage(table))
            state.counts.insert(table, hashes.size());
        all.addData(table.toUtf8());
        all.addData(hashRows(hashes));
    }
    state.digest = all.result();
    if (earlier && earlier->ok() && state.digest == earlier->digest) {
        state.content = earlier->content;
        return state;
    }

    // The full-text index must agree with the rows it indexes (FTS5's own check; integrity_check
    // does not look inside virtual tables). It reads only, but needs a connection that may write.
    for (const QString& index : std::as_const(indexes)) {
        if (!store->isReadOnly()
            && !db.exec(QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES('integrity-check')").arg(index), &error)) {
            state.problem = QStringLiteral("the search index %1 is damaged: %2").arg(index, error);
            return state;
        }
    }

    QCryptographicHash content(QCryptographicHash::Sha256);
    for (const QString& table : Migrations::entityTables()) {
        SqliteStatement rows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QVector<QByteArray> lines;
        while (rows.step()) {
            QByteArray line;
            for (int c = 0; c < rows.columnCount(); ++c)
                if (!isStampOrReference(rows.columnName(c)))
                    line += encode(rows.value(c));
            lines << line;
        }
        content.addData(table.toUtf8());
        content.addData(hashRows(lines));
    }
    state.content = content.result();
    return state;
}

} // namespace standlab::hardening
