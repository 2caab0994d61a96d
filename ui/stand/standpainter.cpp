// SPDX-License-Identifier: GPL-3.0-or-later
#include "standpainter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

namespace standlab {

namespace {
const QColor backgroundColour(0x0f, 0x1c, 0x2a);
const QColor cardColour(0x1b, 0x2d, 0x40);
const QColor nowCardColour(0x22, 0x3a, 0x52);
const QColor textColour(Qt::white);
const QColor mutedColour(0xa9, 0xbc, 0xd0);
const QColor accentColour(0xff, 0xd1, 0x66);
} // namespace

StandPainter::StandPainter(QPainter& painter, const QRect& area) : m_painter(painter), m_area(area)
{
    const int h = std::max(area.height(), 200);
    m_margin = std::max(8, std::min(h, area.width()) / 36);
    m_headerHeight = h * 13 / 100;
    m_titlesHeight = h * 4 / 100;
    m_footerHeight = h * 4 / 100;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

void StandPainter::background()
{
    m_painter.fillRect(m_area, backgroundColour);
}

void StandPainter::fitted(const QRect& box, const QString& text, int maxPx, const QColor& colour, bool bold,
                          int alignment)
{
    if (text.isEmpty() || box.width() < 4 || box.height() < 4)
        return;
    QFont font = m_painter.font();
    font.setBold(bold);
    const int flags = alignment | Qt::TextWordWrap;
    const int minPx = std::max(9, std::min(maxPx, box.height()) / 3);
    int px = std::max(minPx, std::min(maxPx, box.height()));
    for (;; px = std::max(minPx, px * 9 / 10)) {
        font.setPixelSize(px);
        const QRect needed = QFontMetrics(font).boundingRect(box, flags, text);
        if ((needed.height() <= box.height() && needed.width() <= box.width()) || px == minPx)
            break;
    }
    QString shown = text;
    const QFontMetrics metrics(font);
    // Still too long at the smallest size: drop words from the end and mark the cut.
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && (metrics.boundingRect(box, flags, shown).height() > box.height()
                                || metrics.boundingRect(box, flags, shown).width() > box.width())) {
        words.removeLast();
        shown = words.join(QLatin1Char(' ')) + QChar(0x2026);
    }
    if (metrics.boundingRect(box, flags, shown).width() > box.width())
        shown = metrics.elidedText(shown, Qt::ElideRight, box.width());
    // Not even one line fits (a tiny preview): leave it out rather than spill over a neighbour.
    if (metrics.height() > box.height() + 2)
        return;
    m_painter.setFont(font);
    m_painter.setPen(colour);
    m_painter.drawText(box, flags, shown);
}

void StandPainter::header(const QString& title, const QString& subtitle, const QString& clock, const QString& date)
{
    const QRect band(m_area.left() + m_margin, m_area.top() + m_margin / 2, m_area.width() - 2 * m_margin,
                     m_headerHeight);
    const int clockWidth = band.width() * 26 / 100;
    const QRect left(band.left(), band.top(), band.width() - clockWidth - m_margin, band.height());
    const QRect right(band.right() - clockWidth, band.top(), clockWidth, band.height());
    fitted(QRect(left.left(), left.top(), left.width(), left.height() * 55 / 100), title, left.height() * 45 / 100,
           textColour, true, Qt::AlignLeft | Qt::AlignBottom);
    fitted(QRect(left.left(), left.top() + left.height() * 58 / 100, left.width(), left.height() * 40 / 100), subtitle,
           left.height() * 28 / 100, accentColour, false, Qt::AlignLeft | Qt::AlignTop);
    fitted(QRect(right.left(), right.top(), right.width(), right.height() * 72 / 100), clock, right.height() * 70 / 100,
           textColour, true, Qt::AlignRight | Qt::AlignVCenter);
    fitted(QRect(right.left(), right.top() + right.height() * 72 / 100, right.width(), right.height() * 28 / 100), date,
           right.height() * 22 / 100, mutedColour, false, Qt::AlignRight | Qt::AlignTop);
    m_painter.fillRect(QRect(band.left(), band.bottom() + m_margin / 3, band.width(), std::max(1, m_margin / 10)),
                       QColor(0x3b, 0x55, 0x70));
}

int StandPainter::column(int which, int* width) const
{
    const int inner = m_area.width() - 2 * m_margin;
    const int gap = m_margin / 2;
    const int widths[3] = {inner * 20 / 100, inner * 44 / 100, inner - inner * 20 / 100 - inner * 44 / 100 - 2 * gap};
    int x = m_area.left() + m_margin;
    for (int i = 0; i < which; ++i)
        x += widths[i] + gap;
    *width = widths[which];
    return x;
}

QRect StandPainter::rowsArea() const
{
    const int top = m_area.top() + m_margin / 2 + m_headerHeight + m_margin + m_titlesHeight;
    const int bottom = m_area.bottom() - m_footerHeight - m_margin / 2;
    return QRect(m_area.left() + m_margin, top, m_area.width() - 2 * m_margin, std::max(0, bottom - top));
}

void StandPainter::columnTitles(const QString& space, const QString& now, const QString& next)
{
    const int top = m_area.top() + m_margin / 2 + m_headerHeight + m_margin * 2 / 3;
    const QString titles[3] = {space, now, next};
    for (int i = 0; i < 3; ++i) {
        int width = 0;
        const int x = column(i, &width);
        fitted(QRect(x, top, width, m_titlesHeight), titles[i].toUpper(), m_titlesHeight * 80 / 100, mutedColour,
               true, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void StandPainter::row(int index, int count, const QString& space, const QColor& spaceColour, const Cell& now,
                       const Cell& next)
{
    const QRect area = rowsArea();
    const int gap = std::max(4, m_margin / 3);
    const int height = std::min((area.height() - gap * (count - 1)) / std::max(1, count), area.height() / 3);
    const int top = area.top() + index * (height + gap);
    int width = 0;
    int x = column(0, &width);
    const int chip = std::max(6, height / 10);
    m_painter.fillRect(QRect(x, top, chip, height), spaceColour.isValid() ? spaceColour : mutedColour);
    fitted(QRect(x + chip + m_margin / 3, top, width - chip - m_margin / 3, height), space, height * 30 / 100,
           textColour, true);
    x = column(1, &width);
    cell(QRect(x, top, width, height), now, true);
    x = column(2, &width);
    cell(QRect(x, top, width, height), next, false);
}

void StandPainter::cell(const QRect& box, const Cell& cell, bool emphasised)
{
    QPainterPath path;
    const int radius = std::max(3, box.height() / 14);
    path.addRoundedRect(box, radius, radius);
    m_painter.fillPath(path, emphasised && cell.active ? nowCardColour : cardColour);
    const int bar = std::max(6, box.height() / 12);
    if (cell.lineColour.isValid())
        m_painter.fillRect(QRect(box.left(), box.top(), bar, box.height()), cell.lineColour);
    const int pad = std::max(4, box.height() / 12);
    const QRect inner = box.adjusted(bar + pad, pad / 2, -pad, -pad / 2);
    if (!cell.active) {
        fitted(inner, cell.topLine, box.height() * 26 / 100, mutedColour, false);
        return;
    }
    const int topHeight = inner.height() * 23 / 100;
    // On a small preview the working line's name would be too small to read: its colour bar says it.
    int lineHeight = cell.lineName.isEmpty() ? 0 : inner.height() * 16 / 100;
    if (lineHeight < 12)
        lineHeight = 0;
    fitted(QRect(inner.left(), inner.top(), inner.width(), topHeight), cell.topLine, topHeight, accentColour, true);
    fitted(QRect(inner.left(), inner.top() + topHeight, inner.width(), inner.height() - topHeight - lineHeight),
           cell.title, (emphasised ? 32 : 26) * box.height() / 100, textColour, emphasised);
    if (lineHeight > 0)
        fitted(QRect(inner.left(), inner.bottom() - lineHeight, inner.width(), lineHeight), cell.lineName,
               lineHeight * 85 / 100, cell.lineColour.lighter(170), false);
}

void StandPainter::emptyMessage(const QString& text)
{
    fitted(rowsArea(), text, rowsArea().height() / 8, mutedColour, false, Qt::AlignCenter);
}

void StandPainter::footer(const QString& text)
{
    const QRect box(m_area.left() + m_margin, m_area.bottom() - m_footerHeight - m_margin / 4,
                    m_area.width() - 2 * m_margin, m_footerHeight);
    fitted(box, text, m_footerHeight * 60 / 100, mutedColour, false, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace standlab
