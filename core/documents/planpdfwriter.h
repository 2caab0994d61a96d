// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsnapshot.h"
#include "planformat.h"

#include <QCoreApplication>
#include <QPageSize>

class QTextDocument;

namespace standlab {

// The Action Plan (or any outcome document) as a printable A4 PDF: a cover, a table of contents with
// page numbers, the sections in order (each top-level section on a new page), each working line's
// actions as a table, and on every page after the cover the version (revision name and date) and
// "page N of M". Text is laid out by QTextDocument on the PDF device, so it stays selectable text.
class PlanPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(standlab::PlanPdfWriter)

public:
    struct Options
    {
        QString eventName; // printed on the cover
        QPageSize pageSize = QPageSize(QPageSize::A4);
    };

    // Writes atomically: on failure nothing is left at `path`.
    static bool write(const DocumentSnapshot& snapshot, const PlanFormat::Version& version, const QString& path,
                      const Options& options, QString* error);
    // The body as HTML (exposed for tests and for the in-app preview).
    static QString bodyHtml(const DocumentSnapshot& snapshot);
};

} // namespace standlab
