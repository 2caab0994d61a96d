// SPDX-License-Identifier: GPL-3.0-or-later
#include "standmacrocommand.h"

#include "document/eventdocument.h"
#include "store/store.h"

namespace standlab {

StandMacroCommand::StandMacroCommand(EventDocument& document, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document)
{
}

void StandMacroCommand::redo()
{
    Store::Transaction transaction(m_document.store());
    QUndoCommand::redo();
    QString error;
    // A read-only file has already been reported by the children that could not write.
    if (!transaction.commit(&error) && !m_document.isReadOnly())
        m_document.reportError(error);
}

void StandMacroCommand::undo()
{
    Store::Transaction transaction(m_document.store());
    QUndoCommand::undo();
    QString error;
    // A read-only file has already been reported by the children that could not write.
    if (!transaction.commit(&error) && !m_document.isReadOnly())
        m_document.reportError(error);
}

} // namespace standlab
