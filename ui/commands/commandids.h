// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace standlab {

// Ids for QUndoCommand::id(), so typing into one field merges into one undo step.
enum CommandId {
    SetFieldCommandId = 1,
};

} // namespace standlab
