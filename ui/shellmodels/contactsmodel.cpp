// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsmodel.h"

#include "model/repository.h"
#include "model/vocabulary.h"
#include "storewatcher.h"

#include <QBrush>
#include <QDate>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace standlab {

ContactsModel::ContactsModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    auto* watcher = new StoreWatcher(
        store, {EntityTraits<Organisation>::table(), EntityTraits<Engagement>::table()}, this);
    connect(watcher, &StoreWatcher::changed, this, &ContactsModel::reload);
    reload();
}

void ContactsModel::reload()
{
    QHash<QString, Engagement> engagements;
    for (const Engagement& engagement : Repository<Engagement>(m_store).all())
        engagements.insert(engagement.organisationId, engagement);

    beginResetModel();
    m_lines.clear();
    for (const Organisation& organisation : Repository<Organisation>(m_store).all()) {
        const auto found = engagements.constFind(organisation.id);
        m_lines.push_back({organisation, found != engagements.cend() ? *found : Engagement(),
                           found != engagements.cend()});
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        return QString::localeAwareCompare(a.organisation.name, b.organisation.name) < 0;
    });
    endResetModel();
}

int ContactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ContactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    const Engagement& engagement = line.engagement;
    const bool overdue = engagement.nextFollowUp.isValid() && engagement.nextFollowUp <= QDate::currentDate();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return line.organisation.name;
        case Kind: return Vocabulary::label(Vocabulary::organisationKinds(), line.organisation.kind);
        case City: return line.organisation.city;
        case Country: return line.organisation.country;
        case Attendance:
            return line.engaged ? Vocabulary::label(Vocabulary::attendance(), engagement.attendance) : QString();
        case WantsToSpeak: return engagement.wantsToSpeak ? tr("Yes") : QString();
        case WantsWorkshop: return engagement.wantsWorkshop ? tr("Yes") : QString();
        case NextFollowUp:
            return engagement.nextFollowUp.isValid()
                       ? QLocale().toString(engagement.nextFollowUp, QLocale::ShortFormat)
                       : QString();
        }
    } else if (role == Qt::EditRole) {
        // The page sorts on this role: dates as dates, not as their displayed text.
        return index.column() == NextFollowUp ? QVariant(engagement.nextFollowUp) : data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Name && !line.organisation.notes.isEmpty())
            return line.organisation.notes;
        if (index.column() == Attendance && !engagement.topics.isEmpty())
            return tr("Topics: %1").arg(engagement.topics);
        if (index.column() == NextFollowUp && overdue)
            return tr("This follow-up is due");
    } else if (role == Qt::ForegroundRole && index.column() == NextFollowUp && overdue) {
        return QBrush(QColor(0xb0, 0x3a, 0x2e));
    } else if (role == Qt::UserRole) {
        return line.organisation.id;
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Organisation");
    case Kind: return tr("Kind");
    case City: return tr("City");
    case Country: return tr("Country");
    case Attendance: return tr("Attendance");
    case WantsToSpeak: return tr("Wants to speak");
    case WantsWorkshop: return tr("Wants a workshop");
    case NextFollowUp: return tr("Next follow-up");
    }
    return {};
}

} // namespace standlab
