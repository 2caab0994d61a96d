// SPDX-License-Identifier: GPL-3.0-or-later
#include "todaymodel.h"

#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "stand/nowandnext.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/sessionnote.h"
#include "model/space.h"
#include "model/vocabulary.h"
#include "model/workingline.h"
#include "standmacrocommand.h"
#include "store/store.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace standlab {

TodayModel::TodayModel(EventDocument& document, QObject* parent) : QAbstractItemModel(parent), m_document(document)
{
    m_watched = {Repository<Session>::table(),   Repository<Participation>::table(), Repository<Person>::table(),
                 Repository<SessionNote>::table(), Repository<Space>::table(),       Repository<WorkingLine>::table()};
    // Reloading at once (rather than on the next loop turn) keeps the list exact right after an edit or undo.
    connect(&document.store(), &Store::rowChanged, this, [this](const QString& table) {
        if (m_watched.contains(table))
            reload();
    });
    connect(&document.store(), &Store::reset, this, &TodayModel::reload);
}

void TodayModel::setDay(const QDate& day)
{
    if (day == m_day)
        return;
    beginResetModel();
    m_day = day;
    m_items = load();
    endResetModel();
}

QVector<TodayModel::Item> TodayModel::load() const
{
    QVector<Item> items;
    if (!m_day.isValid())
        return items;
    Store& store = m_document.store();
    const QString from = m_day.toString(Qt::ISODate) + QStringLiteral("T00:00");
    const QString to = m_day.addDays(1).toString(Qt::ISODate) + QStringLiteral("T00:00");
    QHash<QString, Space> spaces;
    for (const Space& s : Repository<Space>(store).all())
        spaces.insert(s.id, s);
    QHash<QString, QString> colours;
    for (const WorkingLine& l : Repository<WorkingLine>(store).all())
        colours.insert(l.id, l.colour);
    QVector<Session> sessions = Repository<Session>(store).where(
        QStringLiteral("starts_at >= ? AND starts_at < ? AND status <> 'cancelled'"), {from, to},
        QStringLiteral("starts_at, title"));
    std::stable_sort(sessions.begin(), sessions.end(), [&spaces](const Session& a, const Session& b) {
        if (a.startsAt != b.startsAt)
            return a.startsAt < b.startsAt;
        return spaces.value(a.spaceId).position < spaces.value(b.spaceId).position;
    });
    Repository<Person> people(store);
    for (const Session& session : sessions) {
        Item item;
        item.session = session;
        item.spaceName = spaces.value(session.spaceId).name;
        item.lineColour = colours.value(session.workingLineId);
        for (const Participation& p : Repository<Participation>(store).where(
                 QStringLiteral("session_id = ?"), {session.id}, QStringLiteral("position, role"))) {
            const auto person = people.find(p.personId);
            item.speakers.push_back({p.id, person ? person->name : tr("(unknown person)"), p.role, p.arrived});
        }
        item.notes = int(Repository<SessionNote>(store).where(QStringLiteral("session_id = ?"), {session.id}).size());
        items.push_back(item);
    }
    return items;
}

void TodayModel::reload()
{
    QVector<Item> fresh = load();
    bool sameShape = fresh.size() == m_items.size();
    for (int i = 0; sameShape && i < fresh.size(); ++i) {
        sameShape = fresh.at(i).session.id == m_items.at(i).session.id
                    && fresh.at(i).speakers.size() == m_items.at(i).speakers.size();
        for (int j = 0; sameShape && j < fresh.at(i).speakers.size(); ++j)
            sameShape = fresh.at(i).speakers.at(j).participationId == m_items.at(i).speakers.at(j).participationId;
    }
    if (!sameShape) {
        beginResetModel();
        m_items = fresh;
        endResetModel();
        return;
    }
    // Same rows: update the values in place so the view keeps its current row and focus.
    m_items = fresh;
    if (m_items.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    for (int i = 0; i < m_items.size(); ++i)
        if (!m_items.at(i).speakers.isEmpty())
            emit dataChanged(index(0, 0, index(i, 0)),
                             index(int(m_items.at(i).speakers.size()) - 1, ColumnCount - 1, index(i, 0)));
}

QModelIndex TodayModel::sessionIndex(const QString& sessionId, int column) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).session.id == sessionId)
            return index(i, column);
    return {};
}

QString TodayModel::sessionId(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId()) - 1;
    return m_items.value(row).session.id;
}

Session TodayModel::session(const QString& sessionId) const
{
    for (const Item& item : m_items)
        if (item.session.id == sessionId)
            return item.session;
    return {};
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TodayModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_items.value(parent.row()).speakers.size());
}

int TodayModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Item& item = m_items.at(index.row());
        if (role == SessionIdRole)
            return item.session.id;
        return sessionData(item, index.column(), role);
    }
    const Item& item = m_items.at(int(index.internalId()) - 1);
    const Speaker& speaker = item.speakers.at(index.row());
    if (role == SessionIdRole)
        return item.session.id;
    if (role == ParticipationIdRole)
        return speaker.participationId;
    return speakerData(item, speaker, index.column(), role);
}

QVariant TodayModel::sessionData(const Item& item, int column, int role) const
{
    const Session& s = item.session;
    if (role == Qt::FontRole && column == TitleColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::DecorationRole && column == TitleColumn && !item.lineColour.isEmpty())
        return QColor(item.lineColour);
    if (role == Qt::ToolTipRole)
        return column == HeadcountColumn ? tr("People in the room; edit with F2 or by typing a number")
                                         : s.title;
    if (role == Qt::TextAlignmentRole && (column == HeadcountColumn || column == NotesColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && column == HeadcountColumn)
        return s.headcount;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case TitleColumn:
        return s.title;
    case TimeColumn:
        return QStringLiteral("%1–%2").arg(NowAndNext::shortTime(s.startsAt.time()),
                                           NowAndNext::shortTime(s.endsAt.time()));
    case SpaceColumn:
        return item.spaceName;
    case ArrivedColumn: {
        if (item.speakers.isEmpty())
            return tr("no speakers");
        const auto arrived = std::count_if(item.speakers.cbegin(), item.speakers.cend(),
                                           [](const Speaker& sp) { return sp.arrived; });
        return tr("%1 of %2").arg(arrived).arg(item.speakers.size());
    }
    case HeadcountColumn:
        return s.headcount > 0 ? QVariant(s.headcount) : QVariant(QStringLiteral("–"));
    case NotesColumn:
        return item.notes;
    }
    return {};
}

QVariant TodayModel::speakerData(const Item&, const Speaker& speaker, int column, int role) const
{
    if (role == Qt::CheckStateRole && column == TitleColumn)
        return speaker.arrived ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && column == TitleColumn)
        return tr("Press Space to tick %1 as arrived").arg(speaker.name);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case TitleColumn:
        return speaker.name;
    case TimeColumn:
        return Vocabulary::label(Vocabulary::participationRoles(), speaker.role);
    case ArrivedColumn:
        return speaker.arrived ? tr("arrived") : tr("not yet");
    }
    return {};
}

bool TodayModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_document.isReadOnly())
        return false;
    if (index.internalId() != 0 && index.column() == TitleColumn && role == Qt::CheckStateRole) {
        const Speaker& speaker = m_items.at(int(index.internalId()) - 1).speakers.at(index.row());
        const bool arrived = value.toInt() == Qt::Checked;
        if (arrived == speaker.arrived)
            return false;
        auto* command = new StandMacroCommand(m_document, arrived ? tr("Tick %1 as arrived").arg(speaker.name)
                                                                  : tr("Untick %1").arg(speaker.name));
        new SetFieldCommand(m_document, Repository<Participation>::table(), speaker.participationId,
                            {{QStringLiteral("arrived"), arrived ? 1 : 0}}, QString(), command);
        m_document.push(command);
        return true;
    }
    if (index.internalId() == 0 && index.column() == HeadcountColumn && role == Qt::EditRole) {
        bool ok = false;
        const int headcount = value.toInt(&ok);
        const Session& s = m_items.at(index.row()).session;
        if (!ok || headcount < 0 || headcount == s.headcount)
            return false;
        auto* command = new StandMacroCommand(m_document, tr("Headcount of “%1”: %2").arg(s.title).arg(headcount));
        new SetFieldCommand(m_document, Repository<Session>::table(), s.id,
                            {{QStringLiteral("headcount"), headcount}}, QString(), command);
        m_document.push(command);
        return true;
    }
    return false;
}

Qt::ItemFlags TodayModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document.isReadOnly())
        return f;
    if (index.internalId() != 0 && index.column() == TitleColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.internalId() == 0 && index.column() == HeadcountColumn)
        f |= Qt::ItemIsEditable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Session / speaker");
    case TimeColumn:
        return tr("Time / role");
    case SpaceColumn:
        return tr("Space");
    case ArrivedColumn:
        return tr("Arrived");
    case HeadcountColumn:
        return tr("Headcount");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace standlab
