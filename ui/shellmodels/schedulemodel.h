// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "model/space.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QTime>

namespace standlab {

class Store;

// One day of the programme as a timetable: a row per time slot, a column per space, each session in
// the cell where it starts, spanning the slots it lasts.
class ScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Span
    {
        int row = 0;
        int column = 0;
        int rows = 1;
    };

    explicit ScheduleModel(Store& store, QObject* parent = nullptr);

    // The days to show: the event's days, plus any day a session is scheduled on outside them.
    static QVector<QDate> days(const Store& store);

    void setDay(const QDate& day);
    QDate day() const { return m_day; }
    void reload();

    int slotMinutes() const { return m_slotMinutes; }
    QTime slotTime(int row) const;
    // Sessions lasting more than one slot: the view joins their cells.
    QVector<Span> spans() const;
    int sessionCount() const { return m_sessionCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QVector<Session> sessions; // more than one: a clash, shown rather than hidden
        int rows = 1;
        QColor colour;
    };

    Store& m_store;
    QDate m_day;
    QTime m_first;
    int m_slotMinutes = 30;
    int m_rowCount = 0;
    int m_sessionCount = 0;
    QVector<Space> m_columns;
    QHash<QString, QString> m_lineNames;
    QHash<QPair<int, int>, Cell> m_cells; // (row, column) of the first slot
};

} // namespace standlab
