// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planformat.h"

#include <QCoreApplication>
#include <optional>

namespace standlab {

class FormatRegistry;
class Store;
struct ExportRequest;
class DocumentSnapshot;

// The outcome documents' formats for the CLI and the Exports page: plan-pdf and plan-md (a document,
// current or at a revision) and datasets-csv (export and import).
class DocumentFormats
{
    Q_DECLARE_TR_FUNCTIONS(standlab::DocumentFormats)

public:
    static void registerIn(FormatRegistry& registry);

    // The snapshot and version an export asks for: `document` by name (default: the Action Plan) and
    // `revision` by name (default: the current text).
    static std::optional<DocumentSnapshot> resolve(const Store& store, const QString& document,
                                                   const QString& revision, PlanFormat::Version* version,
                                                   QString* error);
    static bool writePdf(const Store& store, const ExportRequest& request, QString* error);
    static bool writeMarkdown(const Store& store, const ExportRequest& request, QString* error);
    static QString eventName(const Store& store);
};

} // namespace standlab
