// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QVariantList>
#include <QVector>

namespace standlab {

class Store;

// Ids and one text column of a table (an organisation's name, a section's title), read straight from
// the statement. Pages that only show names use this rather than Store::rows(): with 50,000 contacts,
// building every whole row as a map made opening an event take seconds.
class LabelLookup
{
public:
    // id → label of the rows matching `where` (every row when it is empty).
    static QHash<QString, QString> byId(Store& store, const QString& table, const QString& column,
                                        const QString& where = {}, const QVariantList& arguments = {});
    // (id, label) pairs in `orderBy` order.
    static QVector<QPair<QString, QString>> list(Store& store, const QString& table, const QString& column,
                                                 const QString& orderBy, const QString& where = {},
                                                 const QVariantList& arguments = {});
};

} // namespace standlab
