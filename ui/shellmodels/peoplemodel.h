// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/person.h"

#include <QAbstractTableModel>
#include <QHash>

namespace standlab {

class Store;

// The people of the event, read-only, with their organisation and how many sessions they are in.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, OrganisationName, Role, Email, Sessions, ColumnCount };

    explicit PeopleModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Line
    {
        Person person;
        QString organisation;
        int sessions = 0;
    };

    Store& m_store;
    QVector<Line> m_lines;
};

} // namespace standlab
