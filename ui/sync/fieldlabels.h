// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace standlab {

class SyncLedger;

// People's words for the fields a merge conflict can be about: "Start" rather than `starts_at`, the
// space's name rather than its id. A column this does not know (one a later schema adds) shows as is.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    // What one row of `table` is, in people's words ("Session", "Contact log entry"), or the table's name.
    static QString rowKind(const QString& table);
    // The translated label of `column` of `table`, or the column's own name.
    static QString label(const QString& table, const QString& column);
    // The table `column` refers to (space_id → spaces), or empty when it holds a value of its own.
    static QString referencedTable(const QString& table, const QString& column);
    // A value of the field as people read it: the referenced row's name, yes or no, text without markup.
    static QString value(const SyncLedger& ledger, const QString& table, const QString& column,
                         const QVariant& value);
};

} // namespace standlab
