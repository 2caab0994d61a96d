// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>
#include <QVector>

namespace standlab {

// One stored row: column name to value, as SQLite holds it.
using Row = QVariantMap;

// A row together with the table it lives in.
struct TableRow
{
    QString table;
    Row values;
};

// A reference that a delete cleared (ON DELETE SET NULL), kept so an undo can put it back.
struct ClearedReference
{
    QString table;
    QString id;
    QString column;
    QVariant value;
};

// Everything a delete removed or cleared, in an order that can be re-inserted (parents first).
struct RowSet
{
    QVector<TableRow> rows;
    QVector<ClearedReference> clearedReferences;
    bool isEmpty() const { return rows.isEmpty(); }
};

enum class ChangeKind { Inserted, Updated, Deleted };

} // namespace standlab
