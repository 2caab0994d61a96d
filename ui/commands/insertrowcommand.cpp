// SPDX-License-Identifier: GPL-3.0-or-later
#include "insertrowcommand.h"

#include "document/eventdocument.h"
#include "store/store.h"

namespace standlab {

InsertRowCommand::InsertRowCommand(EventDocument& document, const QString& table, const QVariantMap& values,
                                   const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_table(table), m_values(values)
{
    if (m_values.value(QStringLiteral("id")).toString().isEmpty())
        m_values.insert(QStringLiteral("id"), Store::newId());
    m_rowId = m_values.value(QStringLiteral("id")).toString();
}

void InsertRowCommand::redo()
{
    QString error;
    if (m_document.store().insert(m_table, m_values, &error).isEmpty()) {
        setObsolete(true);
        m_document.reportError(error);
    }
}

void InsertRowCommand::undo()
{
    QString error;
    if (!m_document.store().remove(m_table, m_rowId, &error))
        m_document.reportError(error);
}

} // namespace standlab
