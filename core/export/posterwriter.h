// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfcanvas.h"
#include "printlabels.h"
#include "programmedata.h"

#include <QCoreApplication>

namespace standlab {

// The schedule-board poster: one A3 landscape page per day, spaces across, time down, each session
// a block in its working line's colour with its text shrunk to fit.
class PosterWriter
{
    Q_DECLARE_TR_FUNCTIONS(PosterWriter)

public:
    PosterWriter(ProgrammeData data, const ProgrammeOptions& options);

    void layout();
    bool write(const QString& path, QString* error);
    int pageCount() const { return m_canvas.pageCount(); }
    LayoutReport layoutReport() const { return m_canvas.report(); }
    // The laid-out pages, for previews and printing; call layout() first.
    const PdfCanvas& canvas() const { return m_canvas; }

private:
    // A space's column: its sessions and, for sessions that overlap there, side-by-side lanes.
    struct Column
    {
        QString id;
        QString name;
        QColor colour;
        QVector<ProgrammeData::Session> sessions;
        QVector<int> lane;      // per session
        QVector<int> laneCount; // per session: the lanes of its cluster
        int lanes = 1;          // the most lanes any cluster needs
    };

    void layoutDay(const ProgrammeData::Day& day);
    void layoutColumns(const ProgrammeData::Day& day, const QVector<Column>& columns, int firstMinute,
                       int lastMinute, const QString& part);
    static void assignLanes(Column& column);
    qreal layoutHeader(int page, const ProgrammeData::Day& day, const QString& part = {});
    qreal legendHeight() const;
    void layoutLegend(int page);
    // A block's time, title and speakers wrapped at one type size.
    struct BlockText
    {
        QFont timeFont, titleFont, speakerFont;
        QVector<PdfCanvas::TextLine> time, title, speakers;
        qreal gap = 0;
        qreal height = 0;
    };
    static constexpr qreal kLargest = 16;

    static QRectF textArea(const QRectF& block);
    BlockText content(const ProgrammeData::Session& session, qreal size, bool withSpeakers, qreal width) const;
    qreal fitSize(const QRectF& rect, const ProgrammeData::Session& session) const;
    qreal fitSize(const QRectF& rect, const ProgrammeData::Session& session, bool withSpeakers, qreal largest) const;
    void layoutBlock(int page, const QRectF& rect, const ProgrammeData::Session& session, qreal largest);

    ProgrammeData m_data;
    ProgrammeOptions m_options;
    PrintLabels m_labels;
    PdfCanvas m_canvas;
    QRectF m_content;
    bool m_laidOut = false;
};

} // namespace standlab
