// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lettercomposer.h"

#include <QCoreApplication>

namespace standlab {

class FormatRegistry;
struct ExportRequest;

// The letters to speakers in the registry: `letters` (an .eml draft per person into a folder) and
// `letters-pdf` (one PDF to print). Both note each letter in the person's interaction log.
class LetterFormats
{
    Q_DECLARE_TR_FUNCTIONS(standlab::LetterFormats)

public:
    static void registerIn(FormatRegistry& registry);
    // --person, --lang and --changed-since as composer options; an unknown person is an error.
    static bool optionsFor(const Store& store, const ExportRequest& request, LetterComposer::Options* options,
                           QString* error);
};

} // namespace standlab
