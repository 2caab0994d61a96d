// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfcanvas.h"
#include "programmeoptions.h"

#include <QCoreApplication>
#include <QString>

namespace standlab {

class Store;

// The one call the CLI and the UI make to print the programme: reads the store, lays out, writes
// the PDF atomically. Needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display).
class ProgrammeExporter
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeExporter)

public:
    static bool exportPdf(const Store& store, ProgrammeFormat format, const ProgrammeOptions& options,
                          const QString& path, QString* error);
    // The pages laid out but not painted: the Exports page previews them and File › Print prints
    // them, so screen, printer and PDF show the same thing. Needs a QGuiApplication too.
    static PdfCanvas layout(const Store& store, ProgrammeFormat format, const ProgrammeOptions& options);
};

} // namespace standlab
