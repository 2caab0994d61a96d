// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulelayout.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace standlab {
namespace {

constexpr int DayMinutes = 24 * 60;
constexpr int ShortestMinutes = 15; // a session without a usable end still gets a visible block

QString columnKey(const QDate& day, const QString& spaceId)
{
    return day.toString(Qt::ISODate) + QLatin1Char('|') + spaceId;
}

} // namespace

void ScheduleLayout::compute(const QVector<Session>& sessions, const QVector<Space>& spaces,
                             const QVector<EventDay>& days, const Options& options)
{
    m_options = options;
    m_options.pixelsPerHour = std::max(options.pixelsPerHour, 10);
    m_columns.clear();
    m_blocks.clear();
    m_blockIndex.clear();

    QVector<Space> orderedSpaces = spaces;
    std::stable_sort(orderedSpaces.begin(), orderedSpaces.end(), [](const Space& a, const Space& b) {
        return a.position != b.position ? a.position < b.position : a.name.localeAwareCompare(b.name) < 0;
    });
    QVector<EventDay> orderedDays = days;
    std::sort(orderedDays.begin(), orderedDays.end(), [](const EventDay& a, const EventDay& b) { return a.day < b.day; });

    QSet<QString> knownSpaces;
    for (const Space& space : orderedSpaces)
        knownSpaces.insert(space.id);
    QSet<qint64> wantedDays;
    for (const EventDay& day : orderedDays)
        wantedDays.insert(day.day.toJulianDay());

    // Only sessions that start on a shown day; note the days that need a column for "no space".
    QVector<const Session*> shown;
    QSet<qint64> daysWithoutSpace;
    for (const Session& session : sessions) {
        if (!session.startsAt.isValid() || !wantedDays.contains(session.startsAt.date().toJulianDay()))
            continue;
        shown.push_back(&session);
        if (!knownSpaces.contains(session.spaceId))
            daysWithoutSpace.insert(session.startsAt.date().toJulianDay());
    }

    m_firstMinute = orderedDays.isEmpty() ? 9 * 60 : DayMinutes;
    m_lastMinute = orderedDays.isEmpty() ? 19 * 60 : 0;
    QHash<QString, int> columnIndex;
    const qreal width = std::max<qreal>(options.columnWidth, 24);
    for (const EventDay& day : orderedDays) {
        const int opens = day.opens.isValid() ? day.opens.msecsSinceStartOfDay() / 60000 : 9 * 60;
        const int closes = day.closes.isValid() ? day.closes.msecsSinceStartOfDay() / 60000 : 19 * 60;
        m_firstMinute = std::min(m_firstMinute, opens);
        m_lastMinute = std::max(m_lastMinute, closes);
        auto addColumn = [&](const QString& spaceId, const QString& title, int capacity) {
            ScheduleColumn column;
            column.day = day.day;
            column.spaceId = spaceId;
            column.title = title;
            column.capacity = capacity;
            column.x = m_columns.size() * width;
            column.width = width;
            column.opensMinute = opens;
            column.closesMinute = std::max(opens, closes);
            column.firstOfDay = m_columns.isEmpty() || m_columns.constLast().day != day.day;
            columnIndex.insert(columnKey(day.day, spaceId), m_columns.size());
            m_columns.push_back(column);
        };
        for (const Space& space : orderedSpaces)
            addColumn(space.id, space.name, space.capacity);
        if (daysWithoutSpace.contains(day.day.toJulianDay()))
            addColumn(QString(), tr("No space"), 0);
    }

    m_blocks.reserve(shown.size());
    QVector<QVector<int>> perColumn(m_columns.size());
    for (const Session* session : shown) {
        const QDate day = session->startsAt.date();
        const QString spaceId = knownSpaces.contains(session->spaceId) ? session->spaceId : QString();
        const int column = columnIndex.value(columnKey(day, spaceId), -1);
        if (column < 0)
            continue;
        ScheduleBlock block;
        block.sessionId = session->id;
        block.column = column;
        block.startMinute = minuteOfDay(session->startsAt, day);
        int end = session->endsAt.isValid() ? minuteOfDay(session->endsAt, day) : block.startMinute;
        if (end <= block.startMinute)
            end = block.startMinute + ShortestMinutes;
        block.endMinute = std::min(end, DayMinutes);
        m_firstMinute = std::min(m_firstMinute, block.startMinute);
        m_lastMinute = std::max(m_lastMinute, block.endMinute);
        perColumn[column].push_back(m_blocks.size());
        m_blockIndex.insert(block.sessionId, m_blocks.size());
        m_blocks.push_back(block);
    }
    // Whole hours at both ends so the hour lines frame the day.
    m_firstMinute = std::max(0, m_firstMinute / 60 * 60);
    m_lastMinute = std::min(DayMinutes, (m_lastMinute + 59) / 60 * 60);
    if (m_lastMinute <= m_firstMinute)
        m_lastMinute = std::min(DayMinutes, m_firstMinute + 60);

    for (QVector<int>& indexes : perColumn)
        assignLanes(indexes);
}

void ScheduleLayout::assignLanes(QVector<int>& indexes)
{
    std::sort(indexes.begin(), indexes.end(), [this](int a, int b) {
        const ScheduleBlock& x = m_blocks.at(a);
        const ScheduleBlock& y = m_blocks.at(b);
        if (x.startMinute != y.startMinute)
            return x.startMinute < y.startMinute;
        return x.endMinute > y.endMinute;
    });
    // Sweep clusters of blocks that chain-overlap; inside one, each block takes the first free lane
    // and all share the cluster's lane count so they split the column evenly.
    int begin = 0;
    while (begin < indexes.size()) {
        int clusterEnd = m_blocks.at(indexes.at(begin)).endMinute;
        int end = begin + 1;
        while (end < indexes.size() && m_blocks.at(indexes.at(end)).startMinute < clusterEnd) {
            clusterEnd = std::max(clusterEnd, m_blocks.at(indexes.at(end)).endMinute);
            ++end;
        }
        QVector<int> laneEnds;
        for (int i = begin; i < end; ++i) {
            ScheduleBlock& block = m_blocks[indexes.at(i)];
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > block.startMinute)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.push_back(block.endMinute);
            else
                laneEnds[lane] = block.endMinute;
            block.lane = lane;
        }
        for (int i = begin; i < end; ++i) {
            ScheduleBlock& block = m_blocks[indexes.at(i)];
            block.lanes = laneEnds.size();
            block.overlaps = end - begin > 1;
            const ScheduleColumn& column = m_columns.at(block.column);
            const qreal gap = m_options.laneGap;
            const qreal laneWidth = (column.width - gap) / block.lanes;
            const qreal top = yForMinute(block.startMinute);
            const qreal bottom = yForMinute(block.endMinute);
            block.rect = QRectF(column.x + gap + block.lane * laneWidth, top + 1, std::max<qreal>(laneWidth - gap, 4),
                                std::max<qreal>(bottom - top - 2, 4));
        }
        begin = end;
    }
}

QSizeF ScheduleLayout::contentSize() const
{
    const qreal width = m_columns.isEmpty() ? 0 : m_columns.constLast().x + m_columns.constLast().width;
    return QSizeF(width, yForMinute(m_lastMinute));
}

qreal ScheduleLayout::yForMinute(int minute) const
{
    return (minute - m_firstMinute) * m_options.pixelsPerHour / 60.0;
}

double ScheduleLayout::minuteAtY(qreal y) const
{
    return m_firstMinute + y * 60.0 / m_options.pixelsPerHour;
}

int ScheduleLayout::columnAt(qreal x) const
{
    if (m_columns.isEmpty() || x < 0)
        return -1;
    const int index = int(x / m_columns.constFirst().width);
    return index < m_columns.size() ? index : -1;
}

int ScheduleLayout::columnFor(const QDate& day, const QString& spaceId) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).day == day && m_columns.at(i).spaceId == spaceId)
            return i;
    return -1;
}

int ScheduleLayout::blockAt(const QPointF& point) const
{
    const int column = columnAt(point.x());
    if (column < 0)
        return -1;
    for (int i = m_blocks.size() - 1; i >= 0; --i)
        if (m_blocks.at(i).column == column && m_blocks.at(i).rect.contains(point))
            return i;
    return -1;
}

int ScheduleLayout::indexOfSession(const QString& sessionId) const
{
    return m_blockIndex.value(sessionId, -1);
}

QVector<int> ScheduleLayout::blocksInColumn(int column) const
{
    QVector<int> result;
    for (int i = 0; i < m_blocks.size(); ++i)
        if (m_blocks.at(i).column == column)
            result.push_back(i);
    return result;
}

int ScheduleLayout::snapMinute(double minute, int step)
{
    if (step <= 1)
        return int(std::lround(minute));
    return int(std::lround(minute / step)) * step;
}

QDateTime ScheduleLayout::snapped(const QDateTime& time, int step)
{
    const QDateTime midnight(time.date(), QTime(0, 0), Qt::UTC);
    const double minute = time.time().msecsSinceStartOfDay() / 60000.0;
    return midnight.addSecs(qint64(snapMinute(minute, step)) * 60);
}

int ScheduleLayout::minuteOfDay(const QDateTime& time, const QDate& day)
{
    return int(day.daysTo(time.date())) * DayMinutes + time.time().msecsSinceStartOfDay() / 60000;
}

} // namespace standlab
