// SPDX-License-Identifier: GPL-3.0-or-later
#include "setmetacommand.h"

#include "document/eventdocument.h"
#include "store/store.h"

namespace standlab {

SetMetaCommand::SetMetaCommand(EventDocument& document, const QString& key, const QString& value, const QString& text)
    : QUndoCommand(text), m_document(document), m_key(key), m_old(document.store().meta(key)), m_new(value)
{
    if (m_old == m_new)
        setObsolete(true);
}

void SetMetaCommand::redo()
{
    QString error;
    if (!isObsolete() && !m_document.store().setMeta(m_key, m_new, &error)) {
        setObsolete(true);
        m_document.reportError(error);
    }
}

void SetMetaCommand::undo()
{
    QString error;
    if (!m_document.store().setMeta(m_key, m_old, &error))
        m_document.reportError(error);
}

} // namespace standlab
