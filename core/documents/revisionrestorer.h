// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsnapshot.h"
#include "store/rowset.h"

#include <QCoreApplication>

namespace standlab {

class Store;

// Brings a document back to a snapshot as one ordinary edit: rows that differ are updated, rows the
// snapshot has and the file lost are put back, rows added since are removed. The revisions themselves are
// never touched. What it did is kept in a journal so the edit can be undone exactly.
class RevisionRestorer
{
    Q_DECLARE_TR_FUNCTIONS(standlab::RevisionRestorer)

public:
    struct Step
    {
        enum class Kind { Inserted, Updated, Removed } kind = Kind::Updated;
        QString table;
        QString id;
        Row oldValues;   // Updated: the values before
        RowSet removed;  // Removed: what went, for restore()
    };
    using Journal = QVector<Step>;

    explicit RevisionRestorer(Store& store) : m_store(store) {}

    // One transaction: all of it or nothing. Fills `journal` for revert().
    bool apply(const DocumentSnapshot& snapshot, Journal* journal, QString* error);
    // Undoes apply() (one transaction).
    bool revert(const Journal& journal, QString* error);

private:
    bool sync(const QString& table, const Row& wanted, Journal* journal, QString* error);
    bool syncLinks(const QString& table, const QString& column, const QString& actionId,
                   const QStringList& wanted, const QString& targetTable, Journal* journal, QString* error);
    QVariant existingOrNull(const QString& table, const QString& id) const;

    Store& m_store;
};

} // namespace standlab
