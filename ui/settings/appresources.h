// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace standlab {

// Registers the shell's icons (resources/app.qrc); a static library's resources are dropped by the
// linker unless something asks for them.
class AppResources
{
public:
    static void init();
};

} // namespace standlab
