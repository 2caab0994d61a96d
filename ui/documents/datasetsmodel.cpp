// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetsmodel.h"

#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"

namespace standlab {

DatasetsModel::DatasetsModel(EventDocument& document, QObject* parent) : QAbstractTableModel(parent), m_document(document)
{
    auto* watcher = new StoreWatcher(document.store(), {QStringLiteral("datasets"), QStringLiteral("working_lines")}, this);
    connect(watcher, &StoreWatcher::changed, this, &DatasetsModel::reload);
    reload();
}

QString DatasetsModel::column(int c)
{
    static const char* const columns[] = {"name", "publisher", "city", "licence", "format", "access", "link",
                                          "working_line_id"};
    return QString::fromLatin1(columns[c]);
}

void DatasetsModel::reload()
{
    beginResetModel();
    m_rows = Repository<Dataset>(m_document.store()).all(QStringLiteral("name COLLATE NOCASE, id"));
    m_lines.clear();
    for (const Row& row : m_document.store().rows(QStringLiteral("working_lines")))
        m_lines.insert(row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString());
    endResetModel();
}

QString DatasetsModel::datasetId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DatasetsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int DatasetsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatasetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Dataset& d = m_rows.at(index.row());
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Access: return d.access;
        case Line: return d.workingLineId;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return role == Qt::ToolTipRole && !d.notes.isEmpty() ? d.name + QStringLiteral("\n") + d.notes : d.name;
    case Publisher: return d.publisher;
    case City: return d.city;
    case Licence: return d.licence;
    case Format: return d.format;
    case Access: return Vocabulary::label(Vocabulary::datasetAccess(), d.access);
    case Link: return d.link;
    case Line: return m_lines.value(d.workingLineId);
    default: return {};
    }
}

bool DatasetsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    QVariant stored = value.toString().trimmed();
    if (index.column() == Name && stored.toString().isEmpty())
        return false; // a dataset needs a name
    if (index.column() == Access && !Vocabulary::contains(Vocabulary::datasetAccess(), stored.toString()))
        return false;
    if (index.column() == Line && stored.toString().isEmpty())
        stored = QVariant();
    m_document.push(new SetFieldCommand(m_document, QStringLiteral("datasets"), m_rows.at(index.row()).id,
                                        {{column(index.column()), stored}},
                                        tr("Edit dataset %1").arg(headerData(index.column(), Qt::Horizontal).toString().toLower())));
    return true;
}

Qt::ItemFlags DatasetsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DatasetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Publisher: return tr("Publisher");
    case City: return tr("City");
    case Licence: return tr("Licence");
    case Format: return tr("Format");
    case Access: return tr("Access");
    case Link: return tr("Link");
    case Line: return tr("Working line");
    default: return {};
    }
}

} // namespace standlab
