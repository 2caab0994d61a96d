// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/eventday.h"
#include "model/session.h"
#include "model/space.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QVector>

namespace standlab {

// One column of the board: a space on a day (several days side by side in the overview).
struct ScheduleColumn
{
    QDate day;
    QString spaceId; // empty: sessions whose space is unset or unknown
    QString title;
    int capacity = 0;
    qreal x = 0;
    qreal width = 0;
    int opensMinute = 0;  // the day's opening hours, in minutes since midnight
    int closesMinute = 0;
    bool firstOfDay = false;
};

// Where one session sits on the board, in content coordinates.
struct ScheduleBlock
{
    QString sessionId;
    int column = -1;
    QRectF rect;
    int startMinute = 0;
    int endMinute = 0;
    int lane = 0;
    int lanes = 1;
    bool overlaps = false; // shares time with another block in the same column
};

// Pure geometry of the schedule board: from sessions, spaces, days and a zoom to column and block
// rectangles. Kept free of widgets so it can be unit-tested and benchmarked on its own.
class ScheduleLayout
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleLayout)

public:
    struct Options
    {
        int pixelsPerHour = 120;
        qreal columnWidth = 180;
        qreal laneGap = 2; // horizontal room between lanes and at the column edges
    };

    // Lays out the sessions that start on one of `days`; spaces are ordered by position then name.
    void compute(const QVector<Session>& sessions, const QVector<Space>& spaces, const QVector<EventDay>& days,
                 const Options& options);

    const QVector<ScheduleColumn>& columns() const { return m_columns; }
    const QVector<ScheduleBlock>& blocks() const { return m_blocks; }
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }
    int pixelsPerHour() const { return m_options.pixelsPerHour; }
    QSizeF contentSize() const;

    qreal yForMinute(int minute) const;
    // The minute of the day at a y, not snapped and not clamped.
    double minuteAtY(qreal y) const;
    int columnAt(qreal x) const;
    int columnFor(const QDate& day, const QString& spaceId) const;
    // The topmost block under a point, or -1.
    int blockAt(const QPointF& point) const;
    int indexOfSession(const QString& sessionId) const;
    QVector<int> blocksInColumn(int column) const;

    // Rounds to the nearest multiple of `step` minutes.
    static int snapMinute(double minute, int step);
    static QDateTime snapped(const QDateTime& time, int step);
    // Minutes since midnight of `day` (may pass 24 h for a session that runs past midnight).
    static int minuteOfDay(const QDateTime& time, const QDate& day);

private:
    void assignLanes(QVector<int>& indexes);

    Options m_options;
    QVector<ScheduleColumn> m_columns;
    QVector<ScheduleBlock> m_blocks;
    QHash<QString, int> m_blockIndex;
    int m_firstMinute = 9 * 60;
    int m_lastMinute = 19 * 60;
};

} // namespace standlab
