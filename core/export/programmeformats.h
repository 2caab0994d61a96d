// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/exportrequest.h"
#include "programmeoptions.h"

#include <QCoreApplication>
#include <QString>

namespace standlab {

class FormatRegistry;
class Store;

// The programme's export formats in the registry: the three PDFs (booklet, poster, signs), the
// HTML page and the two spreadsheets (csv, xlsx), all selected by the same ExportRequest.
class ProgrammeFormats
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ProgrammeFormats)

public:
    static void registerIn(FormatRegistry& registry);

    // Turns a request into programme options, resolving working lines and spaces given by name or
    // id; an unknown day, line, space, status or paper is an error naming it.
    static bool optionsFor(const Store& store, const ExportRequest& request, ProgrammeOptions* options, QString* error);

    static bool writeHtml(const Store& store, const ProgrammeOptions& options, const QString& path, QString* error);
    static bool writeCsv(const Store& store, const ProgrammeOptions& options, const QString& path, QString* error);
    static bool writeXlsx(const Store& store, const ProgrammeOptions& options, const QString& path, QString* error);
};

} // namespace standlab
