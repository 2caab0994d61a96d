// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace standlab {

class Store;

// Every action of every outcome document (or of one section), with names resolved; it follows the store.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Section, Line, Lead, Quarter, Status, Indicators, ColumnCount };
    enum Role { IdRole = Qt::UserRole, KeyRole }; // KeyRole: the stored key behind a label (line id, status…)

    explicit ActionTableModel(Store& store, QObject* parent = nullptr);

    // Empty: all actions.
    void setSection(const QString& sectionId);
    QString actionId(int row) const;
    int rowOf(const QString& actionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Entry
    {
        Action action;
        QString section, line, lead;
    };

    Store& m_store;
    QString m_sectionId;
    QVector<Entry> m_lines;
};

// Filters the actions table by working line, lead organisation, quarter and status (each by its key;
// empty: any).
class ActionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(int column, const QString& key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QHash<int, QString> m_filters;
};

} // namespace standlab
