// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/eventdocument.h"

#include <QUndoCommand>

namespace standlab {

// Pushes an edit unless it would change nothing (an obsolete command never reaches the undo stack,
// so "Undo" never undoes nothing).
inline void pushEdit(EventDocument& document, QUndoCommand* command)
{
    if (command->isObsolete()) {
        delete command;
        return;
    }
    document.push(command);
}

} // namespace standlab
