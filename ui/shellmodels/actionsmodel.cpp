// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsmodel.h"

#include "model/organisation.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "model/workingline.h"
#include "storewatcher.h"
#include "store/labellookup.h"

#include <algorithm>

namespace standlab {

ActionsModel::ActionsModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    auto* watcher = new StoreWatcher(store,
                                     {EntityTraits<Action>::table(), EntityTraits<WorkingLine>::table(),
                                      EntityTraits<Organisation>::table()},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &ActionsModel::reload);
}

void ActionsModel::setSection(const QString& sectionId)
{
    m_sectionId = sectionId;
    reload();
}

void ActionsModel::reload()
{
    beginResetModel();
    m_lines.clear();
    if (!m_sectionId.isEmpty()) {
        QHash<QString, QString> lines;
        for (const WorkingLine& line : Repository<WorkingLine>(m_store).all())
            lines.insert(line.id, line.name);
        const QHash<QString, QString> organisations = LabelLookup::byId(
            m_store, QStringLiteral("organisations"), QStringLiteral("name"),
            QStringLiteral("id IN (SELECT lead_organisation_id FROM actions)"));
        for (const Action& action : Repository<Action>(m_store).all()) {
            if (action.sectionId == m_sectionId)
                m_lines.push_back({action, lines.value(action.workingLineId),
                                   organisations.value(action.leadOrganisationId)});
        }
        std::stable_sort(m_lines.begin(), m_lines.end(),
                         [](const Line& a, const Line& b) { return a.action.position < b.action.position; });
    }
    endResetModel();
}

int ActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title: return line.action.title;
        case LineName: return line.workingLine;
        case Lead: return line.lead;
        case Timeframe: return line.action.timeframe;
        case Status: return Vocabulary::label(Vocabulary::actionStatuses(), line.action.status);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Title) {
        QString tip = line.action.description;
        if (!line.action.indicators.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Indicators: %1").arg(line.action.indicators);
        return tip.trimmed();
    } else if (role == Qt::UserRole) {
        return line.action.id;
    }
    return {};
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Action");
    case LineName: return tr("Working line");
    case Lead: return tr("Lead");
    case Timeframe: return tr("Timeframe");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace standlab
