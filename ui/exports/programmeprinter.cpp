// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeprinter.h"

#include "export/programmeexporter.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace standlab {

QAction* ProgrammePrinter::addPrintAction(QMenu* menu, QWidget* window, const Store& store)
{
    QAction* action = menu->addAction(tr("Print pro&gramme…"));
    action->setObjectName(QStringLiteral("actionPrint"));
    action->setShortcut(QKeySequence::Print);
    const QString tip = tr("Print the programme booklet of confirmed sessions");
    action->setToolTip(tip);
    action->setStatusTip(tip);
    QObject::connect(action, &QAction::triggered, window,
                     [window, &store] { printWithDialog(window, store, ProgrammeOptions()); });
    return action;
}

bool ProgrammePrinter::printWithDialog(QWidget* parent, const Store& store, const ProgrammeOptions& options)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PdfCanvas canvas = ProgrammeExporter::layout(store, ProgrammeFormat::Booklet, options);
    QApplication::restoreOverrideCursor();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(canvas.pageLayout());
    printer.setFullPage(true);
    printer.setDocName(tr("Programme"));
    printer.setFromTo(1, canvas.pageCount());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print programme"));
    dialog.setMinMax(1, canvas.pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return print(printer, canvas);
}

bool ProgrammePrinter::print(QPrinter& printer, const PdfCanvas& canvas)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    int first = 1, last = canvas.pageCount();
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = printer.fromPage();
        last = qMin(last, printer.toPage() > 0 ? printer.toPage() : last);
    }
    // The pages are laid out in 1/300 inch; the printer has its own resolution.
    const qreal scale = qreal(printer.logicalDpiX()) / PdfCanvas::kDpi;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer.newPage();
        painter.save();
        painter.scale(scale, scale);
        canvas.paintPage(painter, page - 1);
        painter.restore();
    }
    return painter.end();
}

} // namespace standlab
