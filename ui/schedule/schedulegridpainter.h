// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/eventday.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSize>
#include <QVector>

class QPainter;
class QPalette;

namespace standlab {

class ScheduleLayout;

// Draws what lies behind and around the session blocks: opening hours, hour lines and quarter ticks,
// the space headers (with the day above them in the overview) and the time gutter.
class ScheduleGridPainter
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleGridPainter)

public:
    struct Geometry
    {
        qreal gutter = 0;
        qreal header = 0;
        QPointF offset; // added to content coordinates to get viewport coordinates
        QSize viewport;
        bool overview = false;
    };

    static qreal headerHeight(bool overview);
    static qreal gutterWidth();
    static QString dayTitle(const EventDay& day);
    // Hours and minutes in the user's locale, never seconds (the C locale's short format has them).
    static QString timeText(const QTime& time);

    static void paintGrid(QPainter& painter, const ScheduleLayout& layout, const Geometry& geometry,
                          const QPalette& palette);
    static void paintHeader(QPainter& painter, const ScheduleLayout& layout, const Geometry& geometry,
                            const QPalette& palette, const QVector<EventDay>& days);
    static void paintGutter(QPainter& painter, const ScheduleLayout& layout, const Geometry& geometry,
                            const QPalette& palette);
};

} // namespace standlab
