// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/engagement.h"
#include "model/organisation.h"

#include <QAbstractTableModel>

namespace standlab {

class Store;

// Organisations and their engagement with this edition, read-only.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, City, Country, Attendance, WantsToSpeak, WantsWorkshop, NextFollowUp, ColumnCount };

    explicit ContactsModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Line
    {
        Organisation organisation;
        Engagement engagement;
        bool engaged = false;
    };

    Store& m_store;
    QVector<Line> m_lines;
};

} // namespace standlab
