// SPDX-License-Identifier: GPL-3.0-or-later
#include "appresources.h"

#include <QtGlobal>

static void registerShellResources()
{
    // Outside any namespace, as Q_INIT_RESOURCE requires.
    Q_INIT_RESOURCE(app);
}

namespace standlab {

void AppResources::init()
{
    static const bool registered = [] {
        registerShellResources();
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace standlab
