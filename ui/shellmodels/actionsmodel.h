// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"

#include <QAbstractTableModel>

namespace standlab {

class Store;

// The actions of one Action Plan section, read-only, in their order.
class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, LineName, Lead, Timeframe, Status, ColumnCount };

    explicit ActionsModel(Store& store, QObject* parent = nullptr);

    void setSection(const QString& sectionId);
    QString section() const { return m_sectionId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Line
    {
        Action action;
        QString workingLine;
        QString lead;
    };

    Store& m_store;
    QString m_sectionId;
    QVector<Line> m_lines;
};

} // namespace standlab
