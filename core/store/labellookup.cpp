// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellookup.h"

#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "store.h"

namespace standlab {
namespace {

// Calls visit(id, label) for each row; nothing for a table or column this file does not have.
template <typename Visit>
void read(Store& store, const QString& table, const QString& column, const QString& where,
          const QVariantList& arguments, const QString& orderBy, Visit visit)
{
    if (!store.columns(table).contains(column))
        return;
    QString sql = QStringLiteral("SELECT id, %1 FROM %2").arg(SqliteDatabase::quotedIdentifier(column), SqliteDatabase::quotedIdentifier(table));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    SqliteStatement statement(store.database(), sql);
    statement.bindAll(arguments);
    while (statement.step())
        visit(statement.text(0), statement.text(1));
}

} // namespace

QHash<QString, QString> LabelLookup::byId(Store& store, const QString& table, const QString& column,
                                          const QString& where, const QVariantList& arguments)
{
    QHash<QString, QString> labels;
    read(store, table, column, where, arguments, {}, [&labels](const QString& id, const QString& label) {
        labels.insert(id, label);
    });
    return labels;
}

QVector<QPair<QString, QString>> LabelLookup::list(Store& store, const QString& table, const QString& column,
                                                   const QString& orderBy, const QString& where,
                                                   const QVariantList& arguments)
{
    QVector<QPair<QString, QString>> labels;
    read(store, table, column, where, arguments, orderBy, [&labels](const QString& id, const QString& label) {
        labels.append({id, label});
    });
    return labels;
}

} // namespace standlab
