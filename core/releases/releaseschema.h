// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace standlab {

// The tables of issue 19, in one migration step: releases of the programme, the templates of letters
// to speakers, and each person's log of what was written to them. All three travel with sync, so the
// step also gives them the field clocks every synced table has (see SyncSchema).
class ReleaseSchema
{
public:
    static const char* migrationStep();
};

} // namespace standlab
