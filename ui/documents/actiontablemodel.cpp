// SPDX-License-Identifier: GPL-3.0-or-later
#include "actiontablemodel.h"

#include "documents/planformat.h"
#include "model/repository.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"
#include "store/labellookup.h"

#include <algorithm>

namespace standlab {

ActionTableModel::ActionTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    auto* watcher = new StoreWatcher(store, {QStringLiteral("actions"), QStringLiteral("sections"),
                                             QStringLiteral("organisations"), QStringLiteral("working_lines")},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &ActionTableModel::reload);
    reload();
}

void ActionTableModel::setSection(const QString& sectionId)
{
    m_sectionId = sectionId;
    reload();
}

void ActionTableModel::reload()
{
    const QHash<QString, QString> sections = LabelLookup::byId(m_store, QStringLiteral("sections"), QStringLiteral("title"));
    const QHash<QString, QString> lines = LabelLookup::byId(m_store, QStringLiteral("working_lines"), QStringLiteral("name"));
    // Only the lead organisations: an event may hold tens of thousands of contacts.
    const QHash<QString, QString> orgs = LabelLookup::byId(m_store, QStringLiteral("organisations"), QStringLiteral("name"),
                                                           QStringLiteral("id IN (SELECT lead_organisation_id FROM actions)"));
    QVector<Action> actions = m_sectionId.isEmpty()
                                  ? Repository<Action>(m_store).all()
                                  : Repository<Action>(m_store).where(QStringLiteral("section_id = ?"), {m_sectionId});
    std::stable_sort(actions.begin(), actions.end(),
                     [](const Action& a, const Action& b) { return a.position < b.position; });
    beginResetModel();
    m_lines.clear();
    for (const Action& a : actions)
        m_lines.push_back({a, sections.value(a.sectionId), lines.value(a.workingLineId), orgs.value(a.leadOrganisationId)});
    endResetModel();
}

QString ActionTableModel::actionId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).action.id : QString();
}

int ActionTableModel::rowOf(const QString& actionId) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).action.id == actionId)
            return i;
    return -1;
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Entry& line = m_lines.at(index.row());
    if (role == IdRole)
        return line.action.id;
    if (role == KeyRole) {
        switch (index.column()) {
        case Line: return line.action.workingLineId;
        case Lead: return line.action.leadOrganisationId;
        case Quarter: return line.action.timeframe;
        case Status: return line.action.status;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Title: return role == Qt::ToolTipRole && !line.action.description.isEmpty()
                               ? line.action.title + QStringLiteral("\n\n") + line.action.description
                               : line.action.title;
        case Section: return line.section;
        case Line: return line.line;
        case Lead: return line.lead;
        case Quarter: return PlanFormat::quarterLabel(line.action.timeframe);
        case Status: return PlanFormat::statusLabel(line.action.status);
        case Indicators: return line.action.indicators;
        default: return {};
        }
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Action");
    case Section: return tr("Section");
    case Line: return tr("Working line");
    case Lead: return tr("Lead");
    case Quarter: return tr("Quarter");
    case Status: return tr("Status");
    case Indicators: return tr("Indicators");
    default: return {};
    }
}

void ActionFilterProxy::setFilter(int column, const QString& key)
{
    m_filters.insert(column, key);
    invalidateFilter();
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QModelIndex index = sourceModel()->index(sourceRow, it.key(), sourceParent);
        if (index.data(ActionTableModel::KeyRole).toString() != it.value())
            return false;
    }
    return true;
}

} // namespace standlab
