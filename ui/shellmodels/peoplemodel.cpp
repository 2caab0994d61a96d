// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

#include "model/organisation.h"
#include "model/participation.h"
#include "model/repository.h"
#include "storewatcher.h"

#include <QSet>
#include <algorithm>

namespace standlab {

PeopleModel::PeopleModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    auto* watcher = new StoreWatcher(store,
                                     {EntityTraits<Person>::table(), EntityTraits<Organisation>::table(),
                                      EntityTraits<Participation>::table()},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &PeopleModel::reload);
    reload();
}

void PeopleModel::reload()
{
    QHash<QString, QString> organisations;
    for (const Organisation& organisation : Repository<Organisation>(m_store).all())
        organisations.insert(organisation.id, organisation.name);
    // A person in two roles of one session is still in one session.
    QHash<QString, QSet<QString>> sessions;
    for (const Participation& participation : Repository<Participation>(m_store).all())
        sessions[participation.personId].insert(participation.sessionId);

    beginResetModel();
    m_lines.clear();
    for (const Person& person : Repository<Person>(m_store).all()) {
        m_lines.push_back({person, organisations.value(person.organisationId),
                           int(sessions.value(person.id).size())});
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        return QString::localeAwareCompare(a.person.name, b.person.name) < 0;
    });
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return line.person.name;
        case OrganisationName: return line.organisation;
        case Role: return line.person.roleTitle;
        case Email: return line.person.email;
        case Sessions: return line.sessions;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Name && !line.person.bio.isEmpty()) {
        return line.person.bio;
    } else if (role == Qt::TextAlignmentRole && index.column() == Sessions) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return line.person.id;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case OrganisationName: return tr("Organisation");
    case Role: return tr("Role");
    case Email: return tr("Email");
    case Sessions: return tr("Sessions");
    }
    return {};
}

} // namespace standlab
