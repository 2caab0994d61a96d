// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncledger.h"

#include <QUndoCommand>

namespace standlab {

class EventDocument;

// "Use the other value" of a merge conflict: writes the value the rule set aside as a new edit (so it
// wins on every laptop at the next exchange) and marks the conflict; undo puts the kept value back.
class ResolveConflictCommand : public QUndoCommand
{
public:
    ResolveConflictCommand(EventDocument& document, const SyncLedger::Conflict& conflict);

    void redo() override;
    void undo() override;

private:
    void apply(const QVariant& value, const QString& resolution);

    EventDocument& m_document;
    SyncLedger::Conflict m_conflict;
};

} // namespace standlab
