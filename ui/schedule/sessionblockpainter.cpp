// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionblockpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTextLayout>
#include <algorithm>

namespace standlab {
namespace {

constexpr qreal Padding = 4;
constexpr qreal Stripe = 4;
constexpr qreal BadgeSize = 16;

QColor mix(const QColor& colour, const QColor& with, qreal amount)
{
    return QColor::fromRgbF(colour.redF() * (1 - amount) + with.redF() * amount,
                            colour.greenF() * (1 - amount) + with.greenF() * amount,
                            colour.blueF() * (1 - amount) + with.blueF() * amount);
}

} // namespace

QRectF SessionBlockPainter::badgeRect(const QRectF& rect)
{
    return QRectF(rect.right() - BadgeSize - 2, rect.top() + 2, BadgeSize, BadgeSize);
}

void SessionBlockPainter::paint(QPainter& painter, const QRectF& rect, const Block& block, const QPalette& palette)
{
    painter.save();
    const QColor line = block.colour.isValid() ? block.colour : QColor(0x60, 0x7d, 0x8b);
    const bool cancelled = block.status == QLatin1String("cancelled");
    const bool tentative = block.status == QLatin1String("idea") || block.status == QLatin1String("proposed");
    const QColor white(Qt::white);
    QColor fill = mix(line, white, tentative ? 0.88 : 0.72);
    QColor stripe = line;
    QColor text(0x1b, 0x1f, 0x23);
    if (cancelled) {
        fill = QColor(0xee, 0xee, 0xee);
        stripe = QColor(0x9e, 0x9e, 0x9e);
        text = QColor(0x61, 0x61, 0x61);
    }

    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(box, 3, 3);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillPath(shape, fill);
    if (cancelled)
        painter.fillPath(shape, QBrush(QColor(0xbd, 0xbd, 0xbd), Qt::BDiagPattern));
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRectF(box.left(), box.top(), Stripe, box.height()), stripe);
    painter.restore();

    QPen border(tentative ? line : line.darker(130), 1, tentative ? Qt::DashLine : Qt::SolidLine);
    if (cancelled)
        border.setColor(stripe);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    if (block.selected) {
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2.5));
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 3, 3);
        if (block.focused) {
            painter.setPen(QPen(palette.color(QPalette::Highlight).darker(140), 1, Qt::DotLine));
            painter.drawRoundedRect(box.adjusted(-2, -2, 2, 2), 4, 4);
        }
    }

    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF inner = box.adjusted(Stripe + Padding - 1, Padding - 2, -Padding, -Padding + 2);
    painter.setClipRect(box.adjusted(1, 1, -1, -1));
    const qreal badgeWidth = drawBadges(painter, box, block);
    painter.setPen(text);

    QFont base = painter.font();
    QFont small = base;
    small.setPointSizeF(std::max(6.5, base.pointSizeF() * 0.85));
    QFont bold = base;
    bold.setBold(true);
    if (cancelled)
        bold.setStrikeOut(true);
    const qreal smallLine = QFontMetricsF(small).height();
    const qreal titleLine = QFontMetricsF(bold).height();

    qreal y = inner.top();
    const qreal bottom = inner.bottom();
    // Too short for separate lines: time and title share one.
    if (block.compact || inner.height() < smallLine + titleLine) {
        if (block.compact) // narrow overview columns: a smaller face breaks fewer words
            bold.setPointSizeF(small.pointSizeF());
        painter.setFont(bold);
        const qreal lineHeight = QFontMetricsF(bold).height();
        if (inner.height() < lineHeight * 0.8) { // a sliver of a line reads worse than none; the tooltip has it
            painter.restore();
            return;
        }
        const QString oneLine = block.compact ? block.title : block.time + QLatin1Char(' ') + block.title;
        const int lines = std::max(1, int(inner.height() / lineHeight));
        drawText(painter, oneLine, QRectF(inner.left(), y, inner.width() - badgeWidth, inner.height()), lines);
        painter.restore();
        return;
    }
    painter.setFont(small);
    y += drawText(painter, block.time, QRectF(inner.left(), y, inner.width() - badgeWidth, smallLine), 1);

    const qreal footer = (block.details.isEmpty() ? 0 : smallLine) + (block.speakers.isEmpty() ? 0 : smallLine);
    int titleLines = std::max(1, int((bottom - y - footer) / titleLine));
    titleLines = std::min(titleLines, std::max(1, int((bottom - y) / titleLine)));
    painter.setFont(bold);
    y += drawText(painter, block.title, QRectF(inner.left(), y, inner.width(), bottom - y), titleLines);

    painter.setFont(small);
    if (!block.speakers.isEmpty() && y + smallLine <= bottom + 1) {
        const int lines = std::max(1, std::min(2, int((bottom - y - (block.details.isEmpty() ? 0 : smallLine)) / smallLine)));
        y += drawText(painter, block.speakers, QRectF(inner.left(), y, inner.width(), bottom - y), lines);
    }
    if (!block.details.isEmpty() && y + smallLine <= bottom + 1) {
        QColor muted = text;
        muted.setAlphaF(0.75);
        painter.setPen(muted);
        drawText(painter, block.details, QRectF(inner.left(), y, inner.width(), smallLine), 1);
    }
    painter.restore();
}

qreal SessionBlockPainter::drawBadges(QPainter& painter, const QRectF& rect, const Block& block)
{
    qreal right = rect.right() - 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.75));
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    if (block.conflicts > 0) {
        const QRectF badge = badgeRect(rect);
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawEllipse(badge);
        painter.drawText(badge, Qt::AlignCenter, block.conflicts > 9 ? QStringLiteral("9+") : QString::number(block.conflicts));
        right = badge.left() - 2;
    }
    if (!block.compact) {
        for (const Tag& tag : block.tags) {
            const qreal width = metrics.horizontalAdvance(tag.text) + 8;
            if (right - width < rect.left() + rect.width() / 2)
                break; // never let tags push the time off the block
            const QRectF pill(right - width, rect.top() + 3, width, BadgeSize - 2);
            painter.setPen(Qt::NoPen);
            painter.setBrush(tag.colour.isValid() ? tag.colour : QColor(0x2e, 0x7d, 0x32));
            painter.drawRoundedRect(pill, 6, 6);
            painter.setPen(Qt::white);
            painter.drawText(pill, Qt::AlignCenter, tag.text);
            right = pill.left() - 2;
        }
    }
    painter.restore();
    return rect.right() - right;
}

qreal SessionBlockPainter::drawText(QPainter& painter, const QString& text, const QRectF& area, int maxLines)
{
    if (text.isEmpty() || maxLines <= 0 || area.width() <= 4)
        return 0;
    const QFontMetricsF metrics(painter.font());
    QTextLayout layout(text, painter.font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    int count = 0;
    QVector<QPair<QString, qreal>> lines;
    while (count < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        QString part = text.mid(line.textStart(), line.textLength());
        ++count;
        if (count == maxLines && line.textStart() + line.textLength() < text.size())
            part = metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, area.width());
        lines.push_back({part.trimmed(), y});
        y += metrics.height();
    }
    layout.endLayout();
    for (const auto& line : std::as_const(lines))
        painter.drawText(QPointF(area.left(), area.top() + line.second + metrics.ascent()), line.first);
    return y;
}

} // namespace standlab
