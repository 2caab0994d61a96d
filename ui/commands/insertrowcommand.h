// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <QVariantMap>

namespace standlab {

class EventDocument;

// Adds a row (a session, a space…); undo deletes it again, redo brings back the same id.
class InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(EventDocument& document, const QString& table, const QVariantMap& values, const QString& text,
                     QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    // The id of the new row once redo() has run.
    QString rowId() const { return m_rowId; }

private:
    EventDocument& m_document;
    QString m_table;
    QVariantMap m_values;
    QString m_rowId;
};

} // namespace standlab
