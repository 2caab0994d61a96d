// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRect>
#include <QString>

class QPainter;

namespace standlab {

// Paints the parts of the stand screen into a given rectangle. Sizes come from the rectangle's height
// and every text is shrunk (then shortened with an ellipsis) until it fits its box, so the large type
// never clips, whatever the screen or the scale factor.
class StandPainter
{
public:
    // One "now" or "next" box: a small top line (time), the title and the working line.
    struct Cell
    {
        QString topLine;
        QString title;
        QString lineName;
        QColor lineColour;
        bool active = false;
    };

    StandPainter(QPainter& painter, const QRect& area);

    void background();
    void header(const QString& title, const QString& subtitle, const QString& clock, const QString& date);
    void columnTitles(const QString& space, const QString& now, const QString& next);
    void row(int index, int count, const QString& space, const QColor& spaceColour, const Cell& now, const Cell& next);
    void emptyMessage(const QString& text);
    void footer(const QString& text);

    // Draws `text` word-wrapped in `box` at the largest pixel size from maxPx down that fits.
    void fitted(const QRect& box, const QString& text, int maxPx, const QColor& colour, bool bold,
                int alignment = Qt::AlignLeft | Qt::AlignVCenter);

private:
    void cell(const QRect& box, const Cell& cell, bool emphasised);
    QRect rowsArea() const;
    int column(int which, int* width) const;

    QPainter& m_painter;
    QRect m_area;
    int m_margin;
    int m_headerHeight;
    int m_titlesHeight;
    int m_footerHeight;
};

} // namespace standlab
