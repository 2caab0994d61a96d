// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/documentsnapshot.h"
#include "documents/revisionrestorer.h"

#include <QUndoCommand>

namespace standlab {

class EventDocument;

// Restores a document to a saved revision as one undoable edit; the revisions themselves stay as they are.
class RestoreRevisionCommand : public QUndoCommand
{
public:
    RestoreRevisionCommand(EventDocument& document, const DocumentSnapshot& snapshot, const QString& revisionName);

    void redo() override;
    void undo() override;

private:
    EventDocument& m_document;
    DocumentSnapshot m_snapshot;
    RevisionRestorer::Journal m_journal;
};

} // namespace standlab
