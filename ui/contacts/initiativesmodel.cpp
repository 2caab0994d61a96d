// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativesmodel.h"

#include "contactedits.h"
#include "document/eventdocument.h"
#include "model/vocabulary.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"
#include "store/labellookup.h"

#include <QBrush>
#include <QLocale>

namespace standlab {
namespace {

// The names of the rows the initiatives refer to through `column`, not of every contact.
QHash<QString, QString> names(Store& store, const QString& table, const char* column)
{
    return LabelLookup::byId(store, table, QStringLiteral("name"),
                             QStringLiteral("id IN (SELECT %1 FROM initiatives)").arg(QLatin1String(column)));
}

const char* const kColumns[] = {"name", "organisation_id", "working_line_id", "contact_person_id", "slot_day",
                                "slot_table", "slot_start", "slot_end", "slot_status", "description"};

} // namespace

InitiativesModel::InitiativesModel(EventDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    auto* watcher = new StoreWatcher(document.store(),
                                     {QStringLiteral("initiatives"), QStringLiteral("organisations"),
                                      QStringLiteral("people"), QStringLiteral("working_lines")},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &InitiativesModel::reload);
    reload();
}

void InitiativesModel::reload()
{
    beginResetModel();
    Store& store = m_document.store();
    m_plan = ExhibitionPlan::of(store);
    m_organisations = names(store, QStringLiteral("organisations"), "organisation_id");
    m_lines = names(store, QStringLiteral("working_lines"), "working_line_id");
    m_people = names(store, QStringLiteral("people"), "contact_person_id");
    endResetModel();
}

int InitiativesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.initiatives().size());
}

int InitiativesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InitiativesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Initiative& i = m_plan.initiatives().at(index.row());
    const bool clash = m_plan.isClashing(i.id);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case Name: return i.name;
        case Organisation: return m_organisations.value(i.organisationId);
        case Line: return m_lines.value(i.workingLineId);
        case Contact: return m_people.value(i.contactPersonId);
        case Day:
            if (edit)
                return i.slotDay;
            return i.slotDay.isValid() ? QLocale().toString(i.slotDay, QStringLiteral("ddd d MMM")) : QString();
        case Table: return i.slotTable;
        case Start: return edit ? QVariant(i.slotStart) : QVariant(i.slotStart.toString(QStringLiteral("HH:mm")));
        case End: return edit ? QVariant(i.slotEnd) : QVariant(i.slotEnd.toString(QStringLiteral("HH:mm")));
        case Status: return edit ? i.slotStatus : Vocabulary::label(Vocabulary::slotStatuses(), i.slotStatus);
        case Description: return i.description;
        }
    } else if (role == Qt::ToolTipRole) {
        if (clash && (index.column() == Table || index.column() == Name)) {
            QStringList messages;
            for (const ExhibitionPlan::Clash& c : m_plan.clashes())
                if (c.first == i.id || c.second == i.id)
                    messages << c.message;
            return messages.join(QLatin1Char('\n'));
        }
        if (index.column() == Description)
            return i.description;
    } else if (role == Qt::BackgroundRole && clash && index.column() == Table) {
        return QBrush(QColor(0xfb, 0xe3, 0xdf));
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        if (i.slotStatus == QLatin1String("accepted"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (i.slotStatus == QLatin1String("declined"))
            return QBrush(QColor(0x75, 0x75, 0x75));
    } else if (role == IdRole) {
        return i.id;
    } else if (role == ClashRole) {
        return clash;
    }
    return {};
}

Qt::ItemFlags InitiativesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Name || index.column() >= Day))
        f |= Qt::ItemIsEditable;
    return f;
}

bool InitiativesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QVariant stored = value;
    if (value.userType() == QMetaType::QDate)
        stored = dbvalue::to(value.toDate());
    else if (value.userType() == QMetaType::QTime)
        stored = dbvalue::to(value.toTime());
    ContactEdits::setInitiativeField(m_document, m_plan.initiatives().at(index.row()).id,
                                     QLatin1String(kColumns[index.column()]), stored);
    return true;
}

QVariant InitiativesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Initiative");
    case Organisation: return tr("Organisation");
    case Line: return tr("Working line");
    case Contact: return tr("Contact person");
    case Day: return tr("Day");
    case Table: return tr("Table");
    case Start: return tr("From");
    case End: return tr("To");
    case Status: return tr("Request");
    case Description: return tr("Description");
    }
    return {};
}

} // namespace standlab
