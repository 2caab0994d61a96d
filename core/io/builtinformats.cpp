// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of built-in import and export formats. An area adds its formats with one line here.
#include "formatregistry.h"
#include "fullcopyformats.h"

namespace standlab {

void registerBuiltInFormats(FormatRegistry& registry)
{
    FullCopyFormats::registerIn(registry);
}

} // namespace standlab
