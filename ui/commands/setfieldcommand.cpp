// SPDX-License-Identifier: GPL-3.0-or-later
#include "setfieldcommand.h"

#include "commandids.h"
#include "document/eventdocument.h"
#include "store/store.h"

namespace standlab {

SetFieldCommand::SetFieldCommand(EventDocument& document, const QString& table, const QString& id,
                                 const QVariantMap& newValues, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_table(table), m_rowId(id), m_newValues(newValues),
      m_lastEdit(QDateTime::currentDateTimeUtc())
{
    const std::optional<Row> current = document.store().row(table, id);
    bool changes = false;
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        const QVariant old = current ? current->value(it.key()) : QVariant();
        m_oldValues.insert(it.key(), old);
        if (old.toString() != it.value().toString() || old.isNull() != it.value().isNull())
            changes = true;
    }
    if (!changes)
        setObsolete(true);
}

bool SetFieldCommand::apply(const QVariantMap& values)
{
    QString error;
    if (!m_document.store().update(m_table, m_rowId, values, &error)) {
        setObsolete(true);
        m_document.reportError(error);
        return false;
    }
    return true;
}

void SetFieldCommand::redo()
{
    if (!isObsolete())
        apply(m_newValues);
}

void SetFieldCommand::undo()
{
    apply(m_oldValues);
}

int SetFieldCommand::id() const
{
    return SetFieldCommandId;
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFieldCommand*>(other);
    // Only keystrokes into the same field of the same row, close together, make one step.
    // A refused edit never ran, so it must not take over this step's values.
    if (next->isObsolete())
        return false;
    if (next->m_table != m_table || next->m_rowId != m_rowId || next->m_newValues.keys() != m_newValues.keys()
        || m_lastEdit.msecsTo(next->m_lastEdit) > 3000 || m_newValues.size() != 1)
        return false;
    m_newValues = next->m_newValues;
    m_lastEdit = next->m_lastEdit;
    // Typing and then erasing the same text is no edit at all; the stack then drops this step.
    bool changes = false;
    for (auto it = m_newValues.cbegin(); it != m_newValues.cend(); ++it) {
        const QVariant old = m_oldValues.value(it.key());
        if (old.toString() != it.value().toString() || old.isNull() != it.value().isNull())
            changes = true;
    }
    if (!changes)
        setObsolete(true);
    return true;
}

} // namespace standlab
