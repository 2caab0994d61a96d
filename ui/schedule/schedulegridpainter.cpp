// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulegridpainter.h"

#include "schedulelayout.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace standlab {
namespace {

// Grid colours are the base colour moved a little towards the text colour, so they read as faint
// lines and shading on a light palette and on a dark one alike.
QColor towardsText(const QPalette& palette, double amount)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const auto mix = [amount](int from, int to) { return int(std::lround(from + (to - from) * amount)); };
    return QColor(mix(base.red(), text.red()), mix(base.green(), text.green()), mix(base.blue(), text.blue()));
}

QString minuteText(int minute)
{
    return ScheduleGridPainter::timeText(QTime(minute / 60 % 24, minute % 60));
}

} // namespace

qreal ScheduleGridPainter::headerHeight(bool overview)
{
    const qreal line = QFontMetricsF(QFont()).height();
    return overview ? 3 * line + 8 : 2 * line + 10;
}

qreal ScheduleGridPainter::gutterWidth()
{
    return QFontMetricsF(QFont()).horizontalAdvance(QStringLiteral("00:00 AM")) + 12;
}

QString ScheduleGridPainter::dayTitle(const EventDay& day)
{
    const QString date = QLocale().toString(day.day, QStringLiteral("ddd d MMM"));
    return day.label.isEmpty() ? date : tr("%1 · %2").arg(day.label, date);
}

QString ScheduleGridPainter::timeText(const QTime& time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return QLocale().toString(time, format);
}

void ScheduleGridPainter::paintGrid(QPainter& painter, const ScheduleLayout& layout, const Geometry& geometry,
                                    const QPalette& palette)
{
    const QRectF area(geometry.gutter, geometry.header, geometry.viewport.width() - geometry.gutter,
                      geometry.viewport.height() - geometry.header);
    painter.fillRect(area, palette.color(QPalette::Window));
    painter.save();
    painter.setClipRect(area);
    painter.translate(geometry.offset);
    const QRectF visible = area.translated(-geometry.offset);
    const qreal height = layout.contentSize().height();

    for (const ScheduleColumn& column : layout.columns()) {
        if (column.x > visible.right() || column.x + column.width < visible.left())
            continue;
        // The whole column is "closed"; the opening hours are painted open on top of it.
        painter.fillRect(QRectF(column.x, 0, column.width, height), towardsText(palette, 0.10));
        const qreal open = layout.yForMinute(column.opensMinute);
        const qreal close = layout.yForMinute(column.closesMinute);
        painter.fillRect(QRectF(column.x, open, column.width, close - open), palette.color(QPalette::Base));
    }

    const int pph = layout.pixelsPerHour();
    const int tick = pph >= 60 ? 15 : (pph >= 30 ? 30 : 60);
    const qreal width = layout.contentSize().width();
    const qreal left = std::max<qreal>(0, visible.left());
    const qreal right = std::min(width, visible.right());
    for (int minute = layout.firstMinute(); minute <= layout.lastMinute(); minute += tick) {
        const qreal y = std::floor(layout.yForMinute(minute)) + 0.5;
        if (y < visible.top() - 1 || y > visible.bottom() + 1)
            continue;
        painter.setPen(towardsText(palette, minute % 60 == 0 ? 0.22 : (minute % 30 == 0 ? 0.13 : 0.06)));
        painter.drawLine(QPointF(left, y), QPointF(right, y));
    }
    for (const ScheduleColumn& column : layout.columns()) {
        const qreal x = std::floor(column.x + column.width) - 0.5;
        if (x < visible.left() - 2 || x > visible.right() + 2)
            continue;
        painter.setPen(QPen(towardsText(palette, 0.25), 1));
        painter.drawLine(QPointF(x, 0), QPointF(x, height));
    }
    // A stronger line between days in the overview.
    for (const ScheduleColumn& column : layout.columns()) {
        if (!column.firstOfDay || column.x <= 0)
            continue;
        painter.setPen(QPen(palette.color(QPalette::Mid), 2));
        painter.drawLine(QPointF(column.x, 0), QPointF(column.x, height));
    }
    painter.restore();
}

void ScheduleGridPainter::paintHeader(QPainter& painter, const ScheduleLayout& layout, const Geometry& geometry,
                                      const QPalette& palette, const QVector<EventDay>& days)
{
    const QRectF area(geometry.gutter, 0, geometry.viewport.width() - geometry.gutter, geometry.header);
    painter.fillRect(QRectF(0, 0, geometry.viewport.width(), geometry.header), palette.color(QPalette::Button));
    painter.save();
    painter.setClipRect(area);
    const QFont base = painter.font();
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    const qreal line = QFontMetricsF(base).height();
    const qreal dx = geometry.offset.x();

    qreal spaceTop = 4;
    if (geometry.overview) {
        spaceTop = line + 6;
        for (const EventDay& day : days) {
            qreal from = -1, to = -1;
            for (const ScheduleColumn& column : layout.columns())
                if (column.day == day.day) {
                    from = from < 0 ? column.x : from;
                    to = column.x + column.width;
                }
            if (from < 0)
                continue;
            const QRectF cell(from + dx + 4, 3, to - from - 8, line);
            painter.setFont(bold);
            painter.setPen(palette.color(QPalette::ButtonText));
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(bold).elidedText(dayTitle(day), Qt::ElideRight, cell.width()));
        }
    }
    for (const ScheduleColumn& column : layout.columns()) {
        const QRectF cell(column.x + dx + 5, spaceTop, column.width - 10, geometry.header - spaceTop);
        if (cell.right() < area.left() || cell.left() > area.right())
            continue;
        painter.setPen(palette.color(QPalette::ButtonText));
        painter.setFont(geometry.overview ? small : bold);
        const QFontMetricsF metrics(painter.font());
        painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(column.title, Qt::ElideRight, cell.width()));
        if (column.capacity > 0) {
            painter.setFont(small);
            QColor muted = palette.color(QPalette::ButtonText);
            muted.setAlphaF(0.7);
            painter.setPen(muted);
            const QString text = geometry.overview ? tr("%1 seats").arg(column.capacity)
                                                   : tr("Capacity %1").arg(column.capacity);
            const QFontMetricsF smallMetrics(small);
            painter.drawText(QRectF(cell.left(), cell.top() + metrics.height(), cell.width(), smallMetrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(text, Qt::ElideRight, cell.width()));
        }
        painter.setPen(towardsText(palette, 0.25));
        const qreal x = std::floor(column.x + column.width + dx) - 0.5;
        painter.drawLine(QPointF(x, column.firstOfDay || !geometry.overview ? spaceTop : spaceTop), QPointF(x, geometry.header));
    }
    painter.restore();
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(QPointF(0, geometry.header - 0.5), QPointF(geometry.viewport.width(), geometry.header - 0.5));
}

void ScheduleGridPainter::paintGutter(QPainter& painter, const ScheduleLayout& layout, const Geometry& geometry,
                                      const QPalette& palette)
{
    const QRectF area(0, geometry.header, geometry.gutter, geometry.viewport.height() - geometry.header);
    painter.fillRect(area, palette.color(QPalette::Button));
    painter.save();
    painter.setClipRect(area);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    painter.setPen(palette.color(QPalette::ButtonText));
    const int step = layout.pixelsPerHour() >= 2 * metrics.height() ? 30 : 60;
    for (int minute = layout.firstMinute(); minute <= layout.lastMinute(); minute += step) {
        const qreal y = layout.yForMinute(minute) + geometry.offset.y();
        if (y < area.top() - metrics.height() || y > area.bottom() + metrics.height())
            continue;
        QFont font = small;
        font.setBold(minute % 60 == 0);
        painter.setFont(font);
        // Labels sit just below their line so the first hour is not cut by the header.
        painter.drawText(QRectF(2, y + 1, geometry.gutter - 8, metrics.height()), Qt::AlignRight | Qt::AlignTop,
                         minuteText(minute));
    }
    painter.restore();
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(QPointF(geometry.gutter - 0.5, 0), QPointF(geometry.gutter - 0.5, geometry.viewport.height()));
}

} // namespace standlab
