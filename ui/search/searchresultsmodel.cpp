// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include <QFont>
#include <QPalette>

namespace standlab {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractItemModel(parent) {}

void SearchResultsModel::setHits(const QVector<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    m_groups.clear();
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_groups.isEmpty() || m_groups.last().kind != m_hits.at(i).kind)
            m_groups.push_back(Group{m_hits.at(i).kind, i, 0});
        ++m_groups.last().count;
    }
    endResetModel();
}

QString SearchResultsModel::groupTitle(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Session: return tr("Sessions");
    case SearchHit::Kind::Person: return tr("People");
    case SearchHit::Kind::Organisation: return tr("Organisations");
    case SearchHit::Kind::Action: return tr("Actions");
    case SearchHit::Kind::Dataset: return tr("Datasets");
    }
    return {};
}

QModelIndex SearchResultsModel::indexOfHit(int i) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group& group = m_groups.at(g);
        if (i >= group.first && i < group.first + group.count)
            return createIndex(i - group.first, 0, quintptr(g + 1));
    }
    return {};
}

int SearchResultsModel::hitNumber(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return -1;
    return m_groups.at(int(index.internalId() - 1)).first + index.row();
}

const SearchHit* SearchResultsModel::hit(const QModelIndex& index) const
{
    const int number = hitNumber(index);
    return number < 0 ? nullptr : &m_hits.at(number);
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).count ? createIndex(row, 0, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex SearchResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return m_groups.at(parent.row()).count;
}

int SearchResultsModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return tr("%1 (%2)").arg(groupTitle(group.kind)).arg(group.count);
        case KindRole: return int(group.kind);
        case IsGroupRole: return true;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 0.9);
            return font;
        }
        case Qt::ForegroundRole: return QPalette().color(QPalette::PlaceholderText);
        default: return {};
        }
    }
    const SearchHit* h = hit(index);
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole: return h->title;
    case Qt::ToolTipRole: return h->detail.isEmpty() ? h->title : h->title + QLatin1Char('\n') + h->detail;
    case HitIdRole: return h->id;
    case KindRole: return int(h->kind);
    case DetailRole: return h->detail;
    case IsGroupRole: return false;
    default: return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Group headings are shown but never chosen.
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace standlab
