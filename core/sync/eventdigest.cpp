// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdigest.h"

#include "db/sqlitedatabase.h"
#include "store/migrations.h"
#include "store/store.h"
#include "syncschema.h"

#include <QCryptographicHash>
#include <QStringList>
#include <sqlite3.h>

namespace standlab {
namespace {

// Every value goes in with its type and length, so ("ab", "c") and ("a", "bc") hash apart.
void addValue(QCryptographicHash& hash, sqlite3_stmt* statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    char tag = char('0' + type);
    hash.addData(QByteArrayView(&tag, 1));
    if (type == SQLITE_NULL)
        return;
    if (type == SQLITE_INTEGER) {
        const qint64 value = sqlite3_column_int64(statement, column);
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
        return;
    }
    if (type == SQLITE_FLOAT) {
        const double value = sqlite3_column_double(statement, column);
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
        return;
    }
    const char* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
    const qint64 size = sqlite3_column_bytes(statement, column);
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
    if (bytes)
        hash.addData(QByteArrayView(bytes, size));
}

} // namespace

QHash<QString, EventDigest::Table> EventDigest::of(Store& store)
{
    QHash<QString, Table> digests;
    for (const QString& table : Migrations::entityTables()) {
        QStringList columns;
        for (const QString& column : store.columns(table))
            if (column == QLatin1String("id") || !SyncSchema::isStampColumn(column))
                columns << SqliteDatabase::quotedIdentifier(column);
        if (columns.isEmpty())
            continue;
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                   .arg(columns.join(QLatin1Char(',')), SqliteDatabase::quotedIdentifier(table))
                                   .toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(store.database().handle(), sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        Table digest;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < columns.size(); ++c)
                addValue(hash, statement, c);
            ++digest.rows;
        }
        sqlite3_finalize(statement);
        digest.hash = QString::fromLatin1(hash.result().toHex());
        digests.insert(table, digest);
    }
    return digests;
}

} // namespace standlab
