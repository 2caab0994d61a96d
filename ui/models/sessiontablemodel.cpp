// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/sessiontag.h"
#include "model/vocabulary.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace standlab {
namespace {

const QString sessionsTable = QStringLiteral("sessions");

int termIndex(const QVector<Term>& terms, const QString& key)
{
    for (int i = 0; i < terms.size(); ++i)
        if (terms.at(i).key == key)
            return i;
    return int(terms.size());
}

bool byPosition(const Participation& a, const Participation& b)
{
    return a.position < b.position;
}

} // namespace

SessionTableModel::SessionTableModel(EventDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    Store& store = m_document.store();
    connect(&store, &Store::rowChanged, this, &SessionTableModel::onRowChanged);
    connect(&store, &Store::reset, this, &SessionTableModel::reload);
    reload();
}

void SessionTableModel::reload()
{
    beginResetModel();
    loadLines();
    loadSpaces();
    loadPeople();
    loadParticipations();
    loadTags();
    m_sessions = Repository<Session>(m_document.store()).all();
    reindex();
    endResetModel();
}

void SessionTableModel::loadLines()
{
    m_lines.clear();
    for (const WorkingLine& line : Repository<WorkingLine>(m_document.store()).all())
        m_lines.insert(line.id, line);
}

void SessionTableModel::loadSpaces()
{
    m_spaces.clear();
    for (const Space& space : Repository<Space>(m_document.store()).all())
        m_spaces.insert(space.id, space);
}

void SessionTableModel::loadPeople()
{
    m_personNames.clear();
    const QVector<Row> rows = m_document.store().rows(Repository<Person>::table());
    m_personNames.reserve(rows.size());
    for (const Row& row : rows)
        m_personNames.insert(row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString());
}

void SessionTableModel::loadParticipations()
{
    m_participantsBySession.clear();
    m_sessionOfParticipation.clear();
    const QVector<Participation> all = Repository<Participation>(m_document.store()).all();
    m_sessionOfParticipation.reserve(all.size());
    for (const Participation& p : all) {
        m_participantsBySession[p.sessionId].push_back(p);
        m_sessionOfParticipation.insert(p.id, p.sessionId);
    }
    for (auto& list : m_participantsBySession)
        std::stable_sort(list.begin(), list.end(), byPosition);
}

void SessionTableModel::loadTags()
{
    m_tagsBySession.clear();
    m_tagRows.clear();
    for (const SessionTag& tag : Repository<SessionTag>(m_document.store()).all()) {
        m_tagsBySession[tag.sessionId].push_back(tag.workingLineId);
        m_tagRows.insert(tag.id, {tag.sessionId, tag.workingLineId});
    }
}

void SessionTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_sessions.size());
    for (int i = 0; i < m_sessions.size(); ++i)
        m_rowById.insert(m_sessions.at(i).id, i);
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::sessionId(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : QString();
}

QString SessionTableModel::speakerNames(const QString& sessionId) const
{
    const auto it = m_participantsBySession.constFind(sessionId);
    if (it == m_participantsBySession.cend())
        return {};
    QStringList names;
    for (const Participation& p : *it) {
        const QString name = m_personNames.value(p.personId);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

QVariant SessionTableModel::displayValue(const Session& s, int column) const
{
    switch (column) {
    case DayColumn:
        return s.startsAt.isValid() ? QLocale().toString(s.startsAt.date(), QStringLiteral("ddd d MMM"))
                                    : tr("Unscheduled");
    case StartColumn:
        return s.startsAt.isValid() ? s.startsAt.time().toString(QStringLiteral("HH:mm")) : QString();
    case EndColumn:
        return s.endsAt.isValid() ? s.endsAt.time().toString(QStringLiteral("HH:mm")) : QString();
    case SpaceColumn:
        return m_spaces.value(s.spaceId).name;
    case TitleColumn:
        return s.title;
    case KindColumn:
        return Vocabulary::label(Vocabulary::sessionKinds(), s.kind);
    case WorkingLineColumn: {
        const QString name = m_lines.value(s.workingLineId).name;
        const int tags = int(m_tagsBySession.value(s.id).size());
        if (tags == 0)
            return name;
        return name.isEmpty() ? tr("+%n tag(s)", nullptr, tags) : tr("%1 +%2").arg(name).arg(tags);
    }
    case StatusColumn:
        return Vocabulary::label(Vocabulary::sessionStatuses(), s.status);
    case SpeakersColumn:
        return speakerNames(s.id);
    }
    return {};
}

QVariant SessionTableModel::sortValue(const Session& s, int column) const
{
    switch (column) {
    case DayColumn:
    case StartColumn:
        // ISO text sorts chronologically.
        return s.startsAt.isValid() ? QVariant(s.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))) : QVariant();
    case EndColumn:
        return s.endsAt.isValid() ? QVariant(s.endsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))) : QVariant();
    case StatusColumn:
        return termIndex(Vocabulary::sessionStatuses(), s.status);
    case KindColumn:
        return termIndex(Vocabulary::sessionKinds(), s.kind);
    case WorkingLineColumn: {
        // By the line itself; the "+1 tag" suffix would otherwise split one line into two groups.
        const QString name = m_lines.value(s.workingLineId).name;
        return name.isEmpty() ? QVariant() : QVariant(name);
    }
    default: {
        const QString text = displayValue(s, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const Session& s = m_sessions.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, column);
    case Qt::EditRole:
        if (column == TitleColumn)
            return s.title;
        if (column == KindColumn)
            return s.kind;
        if (column == StatusColumn)
            return s.status;
        return displayValue(s, column);
    case Qt::DecorationRole:
        if (column == WorkingLineColumn && m_lines.contains(s.workingLineId))
            return QColor(m_lines.value(s.workingLineId).colour);
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn && !s.abstract.isEmpty())
            return s.abstract.left(400);
        if (column == WorkingLineColumn) {
            QStringList tags;
            for (const QString& id : m_tagsBySession.value(s.id))
                tags << m_lines.value(id).name;
            if (!tags.isEmpty())
                return tr("%1\nCross-cutting: %2").arg(m_lines.value(s.workingLineId).name, tags.join(QStringLiteral(", ")));
        }
        if (column == SpeakersColumn)
            return displayValue(s, column);
        return {};
    case Qt::FontRole: {
        const bool cancelled = s.status == QLatin1String("cancelled");
        const bool tentative = s.status == QLatin1String("idea") || s.status == QLatin1String("proposed");
        if (!cancelled && !tentative && (column != DayColumn || s.startsAt.isValid()))
            return {};
        QFont font;
        font.setStrikeOut(cancelled);
        font.setItalic(tentative || (column == DayColumn && !s.startsAt.isValid()));
        return font;
    }
    case Qt::ForegroundRole:
        if (s.status == QLatin1String("cancelled") || (column == DayColumn && !s.startsAt.isValid()))
            return QColor(Qt::gray);
        return {};
    case SessionIdRole:
        return s.id;
    case SortRole:
        return sortValue(s, column);
    case DayRole:
        return s.startsAt.isValid() ? s.startsAt.date() : QDate();
    case WorkingLineIdsRole: {
        QStringList ids = m_tagsBySession.value(s.id);
        if (!s.workingLineId.isEmpty())
            ids.prepend(s.workingLineId);
        return ids;
    }
    case KindRole:
        return s.kind;
    case StatusRole:
        return s.status;
    case SearchTextRole: {
        QString text = s.title;
        text += QLatin1Char('\n');
        text += s.abstract;
        text += QLatin1Char('\n');
        text += speakerNames(s.id);
        return text.toLower();
    }
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn: return tr("Day");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case SpaceColumn: return tr("Space");
    case TitleColumn: return tr("Title");
    case KindColumn: return tr("Kind");
    case WorkingLineColumn: return tr("Working line");
    case StatusColumn: return tr("Status");
    case SpeakersColumn: return tr("Speakers");
    }
    return {};
}

Qt::ItemFlags SessionTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document.isReadOnly()
        && (index.column() == TitleColumn || index.column() == KindColumn || index.column() == StatusColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

bool SessionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    static const QHash<int, QString> columns = {{TitleColumn, QStringLiteral("title")},
                                               {KindColumn, QStringLiteral("kind")},
                                               {StatusColumn, QStringLiteral("status")}};
    const QString column = columns.value(index.column());
    QString text = value.toString();
    if (index.column() == TitleColumn)
        text = text.trimmed();
    if (text.isEmpty())
        return false;
    if (index.column() == KindColumn && !Vocabulary::contains(Vocabulary::sessionKinds(), text))
        return false;
    if (index.column() == StatusColumn && !Vocabulary::contains(Vocabulary::sessionStatuses(), text))
        return false;
    auto* command = new SetFieldCommand(m_document, sessionsTable, sessionId(index.row()), {{column, text}},
                                        tr("Change %1").arg(headerData(index.column(), Qt::Horizontal).toString()));
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    // The row itself is refreshed by the store's change signal, not here.
    m_document.push(command);
    return true;
}

void SessionTableModel::onRowChanged(const QString& table, const QString& id, ChangeKind kind)
{
    if (table == sessionsTable) {
        sessionChanged(id, kind);
    } else if (table == QLatin1String("participations")) {
        participationChanged(id, kind);
    } else if (table == QLatin1String("session_tags")) {
        tagChanged(id, kind);
    } else if (table == QLatin1String("people")) {
        if (kind == ChangeKind::Deleted) {
            m_personNames.remove(id);
        } else if (const auto row = m_document.store().row(table, id)) {
            m_personNames.insert(id, row->value(QStringLiteral("name")).toString());
        }
        emitColumnChanged(SpeakersColumn);
    } else if (table == QLatin1String("working_lines")) {
        loadLines();
        emitColumnChanged(WorkingLineColumn);
    } else if (table == QLatin1String("spaces")) {
        loadSpaces();
        emitColumnChanged(SpaceColumn);
    }
}

void SessionTableModel::sessionChanged(const QString& id, ChangeKind kind)
{
    const int row = rowOf(id);
    if (kind == ChangeKind::Deleted) {
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_sessions.remove(row);
        reindex();
        endRemoveRows();
        return;
    }
    const std::optional<Session> session = Repository<Session>(m_document.store()).find(id);
    if (!session)
        return;
    if (row < 0) {
        const int at = int(m_sessions.size());
        beginInsertRows({}, at, at);
        m_sessions.push_back(*session);
        m_rowById.insert(id, at);
        endInsertRows();
        return;
    }
    m_sessions[row] = *session;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SessionTableModel::participationChanged(const QString& id, ChangeKind kind)
{
    const QString oldSession = m_sessionOfParticipation.take(id);
    if (!oldSession.isEmpty()) {
        auto& list = m_participantsBySession[oldSession];
        list.erase(std::remove_if(list.begin(), list.end(), [&id](const Participation& p) { return p.id == id; }),
                   list.end());
        emitRowChanged(oldSession);
    }
    if (kind == ChangeKind::Deleted)
        return;
    const std::optional<Participation> p = Repository<Participation>(m_document.store()).find(id);
    if (!p)
        return;
    auto& list = m_participantsBySession[p->sessionId];
    list.insert(std::upper_bound(list.begin(), list.end(), *p, byPosition), *p);
    m_sessionOfParticipation.insert(id, p->sessionId);
    if (p->sessionId != oldSession)
        emitRowChanged(p->sessionId);
}

void SessionTableModel::tagChanged(const QString& id, ChangeKind kind)
{
    const auto old = m_tagRows.take(id);
    if (!old.first.isEmpty()) {
        m_tagsBySession[old.first].removeOne(old.second);
        emitRowChanged(old.first);
    }
    if (kind == ChangeKind::Deleted)
        return;
    const std::optional<SessionTag> tag = Repository<SessionTag>(m_document.store()).find(id);
    if (!tag)
        return;
    m_tagsBySession[tag->sessionId].push_back(tag->workingLineId);
    m_tagRows.insert(id, {tag->sessionId, tag->workingLineId});
    emitRowChanged(tag->sessionId);
}

void SessionTableModel::emitColumnChanged(int column)
{
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, column), index(int(m_sessions.size()) - 1, column));
}

void SessionTableModel::emitRowChanged(const QString& sessionId)
{
    const int row = rowOf(sessionId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace standlab
