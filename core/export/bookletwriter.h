// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfcanvas.h"
#include "printlabels.h"
#include "programmedata.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <functional>

namespace standlab {

// The programme booklet: a cover, the days in time order, an index of speakers, page numbers and
// running heads. Laid out completely before painting, so "of M" and index pages are known.
class BookletWriter
{
    Q_DECLARE_TR_FUNCTIONS(BookletWriter)

public:
    BookletWriter(ProgrammeData data, const ProgrammeOptions& options);

    void layout();
    bool write(const QString& path, QString* error);
    int pageCount() const { return m_canvas.pageCount(); }
    LayoutReport layoutReport() const { return m_canvas.report(); }
    // The laid-out pages, for previews and printing; call layout() first.
    const PdfCanvas& canvas() const { return m_canvas; }

private:
    // One line (or a small group on one baseline) of a session block, placed when its page is known.
    struct Row
    {
        qreal spaceBefore = 0;
        qreal height = 0;
        std::function<void(int page, qreal y)> draw;
    };

    void layoutCover();
    void layoutDay(const ProgrammeData::Day& day);
    void layoutSession(const ProgrammeData::Session& session, const QString& runningHead);
    void layoutIndex();
    void addRunningHeads();
    void startPage(const QString& runningHead);
    QVector<Row> textRows(const QString& text, const QFont& font, const QColor& colour, qreal x, qreal width,
                          qreal spaceBefore = 0);
    QVector<Row> personRows(const QString& prefix, const ProgrammeData::Person& person, bool italic, qreal x,
                            qreal width, qreal spaceBefore);

    ProgrammeData m_data;
    ProgrammeOptions m_options;
    PrintLabels m_labels;
    PdfCanvas m_canvas;
    QRectF m_content;
    int m_page = -1;
    qreal m_y = 0;
    bool m_laidOut = false;
    QVector<QString> m_runningHeads; // per page; the cover has none
    QMap<QString, ProgrammeData::Person> m_people;
    QMap<QString, QSet<int>> m_personPages;
};

} // namespace standlab
