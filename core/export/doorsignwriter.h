// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfcanvas.h"
#include "printlabels.h"
#include "programmedata.h"

#include <QCoreApplication>

namespace standlab {

// Door signs: one page per space per day, in large type, listing what happens there; a day too full
// for one page continues on the next.
class DoorSignWriter
{
    Q_DECLARE_TR_FUNCTIONS(DoorSignWriter)

public:
    DoorSignWriter(ProgrammeData data, const ProgrammeOptions& options);

    void layout();
    bool write(const QString& path, QString* error);
    int pageCount() const { return m_canvas.pageCount(); }
    LayoutReport layoutReport() const { return m_canvas.report(); }
    // The laid-out pages, for previews and printing; call layout() first.
    const PdfCanvas& canvas() const { return m_canvas; }

private:
    // One session on a sign, measured at a type scale.
    struct Entry
    {
        qreal scale = 1;
        QVector<PdfCanvas::TextLine> start, end, title, people;
        qreal height = 0;
    };

    // `compact` lists names only, on shared lines: how a busy room's day still fits one sign.
    Entry measure(const ProgrammeData::Session& session, qreal scale, bool compact = false) const;
    QFont startFont(qreal scale) const;
    QFont endFont(qreal scale) const;
    QFont titleFont(qreal scale) const;
    QFont speakerFont(qreal scale) const;
    void layoutSign(const ProgrammeData::Space& space, const ProgrammeData::Day& day,
                    const QVector<ProgrammeData::Session>& sessions);
    void startPage(const ProgrammeData::Space& space, const ProgrammeData::Day& day, bool continued);

    ProgrammeData m_data;
    ProgrammeOptions m_options;
    PrintLabels m_labels;
    PdfCanvas m_canvas;
    QRectF m_content;
    int m_page = -1;
    qreal m_y = 0;
    qreal m_firstEntryTop = 0; // below the sign's heading
    bool m_laidOut = false;
};

} // namespace standlab
