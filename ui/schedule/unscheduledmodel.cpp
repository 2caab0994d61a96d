// SPDX-License-Identifier: GPL-3.0-or-later
#include "unscheduledmodel.h"

#include "scheduledata.h"
#include "sessionmime.h"
#include "model/vocabulary.h"

#include <QColor>

namespace standlab {

UnscheduledModel::UnscheduledModel(ScheduleData& data, QObject* parent) : QAbstractListModel(parent), m_data(data)
{
    connect(&m_data, &ScheduleData::changed, this, &UnscheduledModel::reload);
    m_sessions = m_data.unscheduled();
}

void UnscheduledModel::reload()
{
    beginResetModel();
    m_sessions = m_data.unscheduled();
    endResetModel();
}

int UnscheduledModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant UnscheduledModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session& session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return session.title.isEmpty() ? tr("Untitled session") : session.title;
    case Qt::ToolTipRole: {
        QStringList lines{session.title,
                          tr("%1, %2").arg(Vocabulary::label(Vocabulary::sessionKinds(), session.kind),
                                           Vocabulary::label(Vocabulary::sessionStatuses(), session.status))};
        if (const WorkingLine* line = m_data.workingLine(session.workingLineId))
            lines << line->name;
        const QStringList speakers = m_data.speakerNames(session.id);
        if (!speakers.isEmpty())
            lines << tr("With %1").arg(speakers.join(QStringLiteral(", ")));
        lines << tr("Drag onto the board, or press Enter to place it in the first free slot.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (const WorkingLine* line = m_data.workingLine(session.workingLineId))
            return QColor(line->colour);
        return QColor(0x60, 0x7d, 0x8b);
    case SessionIdRole:
        return session.id;
    default:
        return {};
    }
}

Qt::ItemFlags UnscheduledModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList UnscheduledModel::mimeTypes() const
{
    return {sessionmime::type()};
}

QMimeData* UnscheduledModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes)
        if (index.isValid())
            return sessionmime::create(sessionId(index.row()));
    return nullptr;
}

Qt::DropActions UnscheduledModel::supportedDragActions() const
{
    // Copy, so the view never tries to remove the row itself; the store decides what the list shows.
    return Qt::CopyAction;
}

QString UnscheduledModel::sessionId(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : QString();
}

int UnscheduledModel::rowOf(const QString& sessionId) const
{
    for (int i = 0; i < m_sessions.size(); ++i)
        if (m_sessions.at(i).id == sessionId)
            return i;
    return -1;
}

} // namespace standlab
