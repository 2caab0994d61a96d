// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolveconflictcommand.h"

#include "document/eventdocument.h"
#include "fieldlabels.h"
#include "store/store.h"

#include <QCoreApplication>

namespace standlab {

ResolveConflictCommand::ResolveConflictCommand(EventDocument& document, const SyncLedger::Conflict& conflict)
    : m_document(document), m_conflict(conflict)
{
    setText(QCoreApplication::translate("standlab::ResolveConflictCommand", "Use the other value of “%1”")
                .arg(FieldLabels::label(conflict.table, conflict.column)));
}

void ResolveConflictCommand::redo()
{
    apply(m_conflict.otherValue, QStringLiteral("picked_other"));
}

void ResolveConflictCommand::undo()
{
    apply(m_conflict.keptValue, QStringLiteral("open"));
}

void ResolveConflictCommand::apply(const QVariant& value, const QString& resolution)
{
    Store& store = m_document.store();
    QString error;
    Store::Transaction transaction(store);
    // The row may have gone since (deleted on another laptop): then only the conflict's state changes.
    if (store.row(m_conflict.table, m_conflict.rowId))
        store.update(m_conflict.table, m_conflict.rowId, {{m_conflict.column, value}}, &error);
    SyncLedger(store).setResolution(m_conflict.id, resolution, &error);
    transaction.commit(&error);
}

} // namespace standlab
