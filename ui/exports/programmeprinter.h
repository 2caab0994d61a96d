// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/programmeoptions.h"

#include <QCoreApplication>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace standlab {

class PdfCanvas;
class Store;

// Prints the programme booklet on a real printer with the same pages the PDF holds (File › Print…).
class ProgrammePrinter
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammePrinter)

public:
    // Adds File › Print… (Ctrl+P) to `menu`; it prints the booklet of confirmed sessions.
    static QAction* addPrintAction(QMenu* menu, QWidget* window, const Store& store);
    // Asks for a printer and prints; false when cancelled or failed.
    static bool printWithDialog(QWidget* parent, const Store& store, const ProgrammeOptions& options);
    // Paints the laid-out pages onto an already set-up printer, honouring its page range.
    static bool print(QPrinter& printer, const PdfCanvas& canvas);
};

} // namespace standlab
