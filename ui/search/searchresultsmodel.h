// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchhit.h"

#include <QAbstractItemModel>
#include <QVector>

namespace standlab {

// The hits of the global search as a two-level tree: one group per kind that has hits ("Sessions",
// "People"…), the hits under it, best first.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        HitIdRole = Qt::UserRole + 1, // the row's id (hits only)
        KindRole,                     // int(SearchHit::Kind), groups and hits
        DetailRole,                   // one line of the other indexed text (hits only)
        IsGroupRole,
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QVector<SearchHit>& hits);
    void clear() { setHits({}); }
    int hitCount() const { return int(m_hits.size()); }
    // Hit index i (0-based over every group) and back.
    QModelIndex indexOfHit(int i) const;
    int hitNumber(const QModelIndex& index) const;
    // The hit behind an index; nullptr for a group or an invalid index.
    const SearchHit* hit(const QModelIndex& index) const;

    static QString groupTitle(SearchHit::Kind kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        SearchHit::Kind kind;
        int first = 0; // index into m_hits
        int count = 0;
    };
    // Internal ids: 0 for a group, group number + 1 for a hit of that group.
    QVector<SearchHit> m_hits;
    QVector<Group> m_groups;
};

} // namespace standlab
