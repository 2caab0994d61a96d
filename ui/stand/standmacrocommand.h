// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace standlab {

class EventDocument;

// A stand edit made of several row changes (a note turned into an action and its session link):
// its children run inside one store transaction, so each redo and undo is one step on disk too.
// Being a parent, it never merges with the next edit: ticking a speaker twice is two undo steps.
class StandMacroCommand : public QUndoCommand
{
public:
    StandMacroCommand(EventDocument& document, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EventDocument& m_document;
};

} // namespace standlab
