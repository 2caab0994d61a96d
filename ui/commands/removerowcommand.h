// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QUndoCommand>

namespace standlab {

class EventDocument;

// Deletes a row with everything that depends on it; undo puts all of it back, links included.
class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(EventDocument& document, const QString& table, const QString& id, const QString& text,
                     QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EventDocument& m_document;
    QString m_table;
    QString m_rowId;
    RowSet m_removed;
};

} // namespace standlab
