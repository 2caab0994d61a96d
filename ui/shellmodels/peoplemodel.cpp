// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

#include "model/organisation.h"
#include "model/participation.h"
#include "model/repository.h"
#include "storewatcher.h"
#include "store/labellookup.h"

#include <QColor>
#include <QSet>
#include <algorithm>

namespace standlab {

bool PeopleModel::Line::operator==(const Line& other) const
{
    return person.updatedAt == other.person.updatedAt && person.id == other.person.id
           && organisation == other.organisation && sessions == other.sessions && speaker == other.speaker
           && moderator == other.moderator && unconfirmed == other.unconfirmed;
}

PeopleModel::PeopleModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    auto* watcher = new StoreWatcher(store,
                                     {EntityTraits<Person>::table(), EntityTraits<Organisation>::table(),
                                      EntityTraits<Participation>::table()},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &PeopleModel::reload);
    beginResetModel();
    m_lines = readLines();
    endResetModel();
}

QVector<PeopleModel::Line> PeopleModel::readLines() const
{
    const QHash<QString, QString> organisations = LabelLookup::byId(
        m_store, QStringLiteral("organisations"), QStringLiteral("name"),
        QStringLiteral("id IN (SELECT organisation_id FROM people)"));
    struct Involvement
    {
        QSet<QString> sessions; // a person in two roles of one session is still in one session
        bool speaker = false;
        bool moderator = false;
        bool unconfirmed = false;
    };
    QHash<QString, Involvement> involvement;
    for (const Participation& participation : Repository<Participation>(m_store).all()) {
        Involvement& in = involvement[participation.personId];
        in.sessions.insert(participation.sessionId);
        in.speaker = in.speaker || participation.role == QLatin1String("speaker");
        in.moderator = in.moderator || participation.role == QLatin1String("moderator");
        in.unconfirmed = in.unconfirmed || !participation.confirmed;
    }
    QVector<Line> lines;
    for (const Person& person : Repository<Person>(m_store).all()) {
        const Involvement in = involvement.value(person.id);
        lines.push_back({person, organisations.value(person.organisationId), int(in.sessions.size()), in.speaker,
                         in.moderator, in.unconfirmed});
    }
    return lines;
}

void PeopleModel::reload()
{
    QVector<Line> fresh = readLines();
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).person.id, i);
    bool sameSet = fresh.size() == m_lines.size();
    for (int i = 0; sameSet && i < m_lines.size(); ++i)
        sameSet = freshIndex.contains(m_lines.at(i).person.id);
    if (sameSet) {
        // Same people: keep the rows where they are and announce only what changed.
        for (int i = 0; i < m_lines.size(); ++i) {
            const Line& line = fresh.at(freshIndex.value(m_lines.at(i).person.id));
            if (line == m_lines.at(i))
                continue;
            m_lines[i] = line;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
        return;
    }
    std::sort(fresh.begin(), fresh.end(), [](const Line& a, const Line& b) {
        return QString::localeAwareCompare(a.person.name, b.person.name) < 0;
    });
    beginResetModel();
    m_lines = fresh;
    endResetModel();
}

int PeopleModel::rowOf(const QString& personId) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).person.id == personId)
            return i;
    return -1;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return line.person.name;
        case OrganisationName: return line.organisation;
        case Role: return line.person.roleTitle;
        case Email: return line.person.email;
        case Phone: return line.person.phone;
        case Sessions: return line.sessions;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !line.person.bio.isEmpty())
            return line.person.bio;
        if (index.column() == Name && line.unconfirmed)
            return tr("Not yet confirmed for all of their sessions");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Sessions)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Name && line.unconfirmed)
            return QColor(0x8d, 0x6e, 0x00);
        break;
    case IdRole: return line.person.id;
    case OrganisationIdRole: return line.person.organisationId;
    case SpeakerRole: return line.speaker;
    case ModeratorRole: return line.moderator;
    case UnconfirmedRole: return line.unconfirmed;
    case SearchTextRole:
        return QStringList{line.person.name, line.organisation, line.person.roleTitle, line.person.email,
                           line.person.phone}
            .join(QLatin1Char(' '));
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
    case Phone: return tr("Phone");
    case Sessions: return tr("Sessions");
    }
    return {};
}

} // namespace standlab
