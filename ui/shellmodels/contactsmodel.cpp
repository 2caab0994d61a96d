// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsmodel.h"

#include "model/vocabulary.h"
#include "storewatcher.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace standlab {

ContactsModel::ContactsModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_query(store)
{
    auto* watcher = new StoreWatcher(store,
                                     {QStringLiteral("organisations"), QStringLiteral("engagements"),
                                      QStringLiteral("people"), QStringLiteral("sessions"),
                                      QStringLiteral("working_lines")},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &ContactsModel::reload);
    reload();
}

void ContactsModel::reload()
{
    const int keep = std::max(pageSize, int(m_lines.size()));
    const QScopedValueRollback<bool> guard(m_fetching, true); // no fetchMore() from reset handlers
    beginResetModel();
    m_ids = m_query.ids();
    m_total = int(m_ids.size());
    m_lines = m_query.lines(m_ids.mid(0, keep));
    endResetModel();
}

void ContactsModel::setFilter(const ContactFilter& filter)
{
    m_query.setFilter(filter);
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_ids = m_query.ids();
    m_total = int(m_ids.size());
    m_lines = m_query.lines(m_ids.mid(0, pageSize));
    endResetModel();
}

void ContactsModel::sort(int column, Qt::SortOrder order)
{
    static const ContactFilter::Sort keys[ColumnCount] = {
        ContactFilter::ByName, ContactFilter::ByKind, ContactFilter::ByCity, ContactFilter::ByCountry,
        ContactFilter::ByAttendance, ContactFilter::BySpeak, ContactFilter::ByWorkshop, ContactFilter::ByName,
        ContactFilter::ByOwner, ContactFilter::ByFollowUp, ContactFilter::ByRequest};
    if (column < 0 || column >= ColumnCount)
        return;
    ContactFilter filter = m_query.filter();
    filter.sort = keys[column];
    filter.descending = order == Qt::DescendingOrder;
    setFilter(filter);
}

bool ContactsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_lines.size() < m_total;
}

void ContactsModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) may ask for more while rows are being inserted: one page at a time.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const QVector<ContactLine> more = m_query.lines(m_ids.mid(m_lines.size(), pageSize));
    if (more.isEmpty()) {
        m_total = int(m_lines.size()); // the store changed under us; the watcher will reload
        return;
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + more.size() - 1));
    m_lines += more;
    endInsertRows();
}

const ContactLine* ContactsModel::line(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int ContactsModel::rowOf(const QString& organisationId) const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).organisation.id == organisationId)
            return row;
    return -1;
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
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const ContactLine& line = m_lines.at(index.row());
    const Engagement& engagement = line.engagement;
    const QDate today = filter().today.isValid() ? filter().today : QDate::currentDate();
    const bool overdue = engagement.nextFollowUp.isValid() && engagement.nextFollowUp < today;
    const bool due = engagement.nextFollowUp.isValid() && engagement.nextFollowUp <= today;
    const bool asks = engagement.wantsToSpeak || engagement.wantsWorkshop;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return line.organisation.name;
        case Kind: return Vocabulary::label(Vocabulary::organisationKinds(), line.organisation.kind);
        case City: return line.organisation.city;
        case Country: return line.organisation.country;
        case Attendance:
            return Vocabulary::label(Vocabulary::attendance(), line.engaged ? engagement.attendance : QStringLiteral("unknown"));
        case WantsToSpeak: return engagement.wantsToSpeak ? tr("Yes") : QString();
        case WantsWorkshop: return engagement.wantsWorkshop ? tr("Yes") : QString();
        case RequestedLine: return line.requestedLine;
        case Owner: return engagement.owner;
        case NextFollowUp:
            return engagement.nextFollowUp.isValid() ? QLocale().toString(engagement.nextFollowUp, QLocale::ShortFormat)
                                                     : QString();
        case Request:
            if (!asks)
                return QString();
            return line.requestSession.isEmpty() ? tr("Unanswered") : line.requestSession;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !line.organisation.notes.isEmpty())
            return line.organisation.notes;
        if (index.column() == Attendance && !engagement.topics.isEmpty())
            return tr("Topics: %1").arg(engagement.topics);
        if (index.column() == NextFollowUp && overdue)
            return tr("Overdue: this follow-up was due %1").arg(QLocale().toString(engagement.nextFollowUp, QLocale::LongFormat));
        if (index.column() == NextFollowUp && due)
            return tr("Due today");
        if (index.column() == Request && asks)
            return line.requestSession.isEmpty() ? tr("Asked to speak or run a workshop; no session made yet")
                                                 : tr("Session made from this request: %1").arg(line.requestSession);
        break;
    case Qt::ForegroundRole:
        if ((index.column() == NextFollowUp && due) || (index.column() == Request && asks && line.requestSession.isEmpty()))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        break;
    case Qt::FontRole:
        if (index.column() == NextFollowUp && overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (overdue && index.column() == NextFollowUp)
            return QBrush(QColor(0xfb, 0xe3, 0xdf));
        break;
    case IdRole: return line.organisation.id;
    case EngagementIdRole: return line.engaged ? engagement.id : QString();
    case OverdueRole: return overdue;
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
    case WantsToSpeak: return tr("Speak");
    case WantsWorkshop: return tr("Workshop");
    case RequestedLine: return tr("Working line");
    case Owner: return tr("Owner");
    case NextFollowUp: return tr("Next follow-up");
    case Request: return tr("Request");
    }
    return {};
}

} // namespace standlab
