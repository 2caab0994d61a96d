// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of built-in import and export formats. An area adds its formats with one line here.
#include "formatregistry.h"
#include "fullcopyformats.h"
#include "documents/documentformats.h"
#include "contacts/contactformats.h"
#include "export/programmeformats.h"
#include "exchange/exchangeformats.h"
#include "letters/letterformats.h"
#include "releases/releaseformats.h"

namespace standlab {

void registerBuiltInFormats(FormatRegistry& registry)
{
    FullCopyFormats::registerIn(registry);
    DocumentFormats::registerIn(registry);
    ContactFormats::registerIn(registry);
    ProgrammeFormats::registerIn(registry);
    ExchangeFormats::registerIn(registry);
    ReleaseFormats::registerIn(registry);
    LetterFormats::registerIn(registry);
}

} // namespace standlab
