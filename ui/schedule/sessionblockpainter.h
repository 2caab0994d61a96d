// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QStringList>
#include <QVector>

class QPainter;
class QPalette;

namespace standlab {

// Draws one session block of the schedule board so that its text always stays inside the block.
class SessionBlockPainter
{
public:
    struct Tag
    {
        QString text;
        QColor colour;
    };

    struct Block
    {
        QString time;
        QString title;
        QString details; // kind and status
        QString speakers;
        QString status;  // idea, proposed, confirmed, cancelled
        QColor colour;
        QVector<Tag> tags;
        int conflicts = 0;
        bool selected = false;
        bool focused = false;
        bool compact = false;
    };

    static void paint(QPainter& painter, const QRectF& rect, const Block& block, const QPalette& palette);
    // The rectangle of the conflict badge inside a block (for hit tests and tooltips).
    static QRectF badgeRect(const QRectF& rect);

private:
    static qreal drawBadges(QPainter& painter, const QRectF& rect, const Block& block);
    static qreal drawText(QPainter& painter, const QString& text, const QRectF& area, int maxLines);
};

} // namespace standlab
