// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactquery.h"

#include <QAbstractTableModel>

namespace standlab {

class Store;

// Organisations with their engagement for this edition, filtered and sorted in the store once per
// filter (ids only) and read a page at a time (canFetchMore/fetchMore), so scrolling through 50,000
// organisations only ever reads the 200 lines it is about to show.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name, Kind, City, Country, Attendance, WantsToSpeak, WantsWorkshop, RequestedLine, Owner, NextFollowUp,
        Request, ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, EngagementIdRole, OverdueRole };

    explicit ContactsModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ContactFilter& filter);
    const ContactFilter& filter() const { return m_query.filter(); }
    // How many organisations match the filter (loaded or not).
    int totalCount() const { return m_total; }
    // Every matching organisation id, for exports of the filtered list.
    QStringList matchingIds() const { return m_ids; }
    const ContactLine* line(int row) const;
    int rowOf(const QString& organisationId) const;
    // Reloads as many rows as are loaded now, so an edit does not scroll the list back to the top.
    void reload();

    static constexpr int pageSize = 200;

private:
    Store& m_store;
    ContactQuery m_query;
    QStringList m_ids; // every matching organisation in list order: sorted once, read a page at a time
    QVector<ContactLine> m_lines;
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace standlab
