// SPDX-License-Identifier: GPL-3.0-or-later
#include "removerowcommand.h"

#include "document/eventdocument.h"
#include "store/store.h"

namespace standlab {

RemoveRowCommand::RemoveRowCommand(EventDocument& document, const QString& table, const QString& id,
                                   const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_table(table), m_rowId(id)
{
}

void RemoveRowCommand::redo()
{
    QString error;
    const std::optional<RowSet> removed = m_document.store().remove(m_table, m_rowId, &error);
    if (!removed) {
        setObsolete(true);
        m_document.reportError(error);
        return;
    }
    m_removed = *removed;
}

void RemoveRowCommand::undo()
{
    QString error;
    if (!m_document.store().restore(m_removed, &error))
        m_document.reportError(error);
}

} // namespace standlab
