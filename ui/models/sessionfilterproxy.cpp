// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfilterproxy.h"

#include "sessiontablemodel.h"

namespace standlab {

SessionFilterProxy::SessionFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SessionTableModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void SessionFilterProxy::setDayFilter(DayMode mode, const QDate& day)
{
    m_dayMode = mode;
    m_day = mode == DayMode::Day ? day : QDate();
    invalidateFilter();
}

void SessionFilterProxy::setWorkingLineFilter(const QString& workingLineId)
{
    m_workingLineId = workingLineId;
    invalidateFilter();
}

void SessionFilterProxy::setKindFilter(const QString& kind)
{
    m_kind = kind;
    invalidateFilter();
}

void SessionFilterProxy::setStatusFilter(const QString& status)
{
    m_status = status;
    invalidateFilter();
}

void SessionFilterProxy::setTextFilter(const QString& text)
{
    // Every word must appear somewhere, in any order, ignoring case.
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void SessionFilterProxy::clearFilters()
{
    m_dayMode = DayMode::Any;
    m_day = {};
    m_workingLineId.clear();
    m_kind.clear();
    m_status.clear();
    m_words.clear();
    invalidateFilter();
}

bool SessionFilterProxy::hasFilters() const
{
    return m_dayMode != DayMode::Any || !m_workingLineId.isEmpty() || !m_kind.isEmpty() || !m_status.isEmpty()
           || !m_words.isEmpty();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_dayMode != DayMode::Any) {
        const QDate day = index.data(SessionTableModel::DayRole).toDate();
        if (m_dayMode == DayMode::Unscheduled ? day.isValid() : day != m_day)
            return false;
    }
    if (!m_kind.isEmpty() && index.data(SessionTableModel::KindRole).toString() != m_kind)
        return false;
    if (!m_status.isEmpty() && index.data(SessionTableModel::StatusRole).toString() != m_status)
        return false;
    if (!m_workingLineId.isEmpty()
        && !index.data(SessionTableModel::WorkingLineIdsRole).toStringList().contains(m_workingLineId))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(SessionTableModel::SearchTextRole).toString();
        for (const QString& word : m_words)
            if (!text.contains(word))
                return false;
    }
    return true;
}

bool SessionFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isNull() != b.isNull()) {
        // Empty values (unscheduled, no space…) stay at the bottom whichever way the column is sorted.
        return sortOrder() == Qt::AscendingOrder ? b.isNull() : a.isNull();
    }
    if (!a.isNull()) {
        if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
            const int order = m_collator.compare(a.toString(), b.toString());
            if (order != 0)
                return order < 0;
        } else if (a.toLongLong() != b.toLongLong()) {
            return a.toLongLong() < b.toLongLong();
        }
    }
    // Ties fall back to the time, then the source order, so the list does not jump around.
    const QModelIndex leftStart = left.siblingAtColumn(SessionTableModel::StartColumn);
    const QModelIndex rightStart = right.siblingAtColumn(SessionTableModel::StartColumn);
    if (left.column() != SessionTableModel::StartColumn && left.column() != SessionTableModel::DayColumn) {
        const QString x = leftStart.data(SessionTableModel::SortRole).toString();
        const QString y = rightStart.data(SessionTableModel::SortRole).toString();
        if (x.isEmpty() != y.isEmpty())
            return y.isEmpty();
        if (x != y)
            return x < y;
    }
    return left.row() < right.row();
}

} // namespace standlab
