// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulemodel.h"

#include "model/eventday.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "model/workingline.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace standlab {

namespace {
int minutesOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

QColor pastel(const QColor& colour)
{
    // A light tint keeps black text readable whatever colour the working line has.
    const QColor base = colour.isValid() ? colour : QColor(0x90, 0xa4, 0xae);
    return QColor((base.red() + 3 * 255) / 4, (base.green() + 3 * 255) / 4, (base.blue() + 3 * 255) / 4);
}
} // namespace

ScheduleModel::ScheduleModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store) {}

QVector<QDate> ScheduleModel::days(const Store& store)
{
    Store& readable = const_cast<Store&>(store);
    QVector<QDate> days;
    for (const EventDay& day : Repository<EventDay>(readable).all())
        if (day.day.isValid() && !days.contains(day.day))
            days << day.day;
    for (const Session& session : Repository<Session>(readable).all())
        if (session.startsAt.isValid() && !days.contains(session.startsAt.date()))
            days << session.startsAt.date();
    std::sort(days.begin(), days.end());
    return days;
}

void ScheduleModel::setDay(const QDate& day)
{
    m_day = day;
    reload();
}

void ScheduleModel::reload()
{
    beginResetModel();
    m_cells.clear();
    m_columns.clear();
    m_lineNames.clear();
    m_sessionCount = 0;
    m_rowCount = 0;

    QTime opens(9, 0), closes(19, 0);
    for (const EventDay& day : Repository<EventDay>(m_store).all())
        if (day.day == m_day && day.opens.isValid() && day.closes.isValid()) {
            opens = day.opens;
            closes = day.closes;
        }

    QVector<Session> sessions;
    for (const Session& session : Repository<Session>(m_store).all())
        if (session.startsAt.isValid() && session.startsAt.date() == m_day)
            sessions << session;
    std::sort(sessions.begin(), sessions.end(),
              [](const Session& a, const Session& b) { return a.startsAt < b.startsAt; });
    m_sessionCount = int(sessions.size());

    // The slot is the largest step every session boundary falls on.
    m_slotMinutes = 30;
    int first = minutesOf(opens), last = minutesOf(closes);
    for (const Session& session : sessions) {
        const QTime end = session.endsAt.isValid() ? session.endsAt.time() : session.startsAt.time().addSecs(1800);
        for (int minute : {minutesOf(session.startsAt.time()), minutesOf(end)}) {
            while (m_slotMinutes > 5 && minute % m_slotMinutes != 0)
                m_slotMinutes = m_slotMinutes == 30 ? 15 : 5;
        }
        first = std::min(first, minutesOf(session.startsAt.time()));
        last = std::max(last, session.endsAt.date() > m_day ? 24 * 60 : minutesOf(end));
    }
    first -= first % m_slotMinutes;
    m_first = QTime(first / 60, first % 60);
    m_rowCount = std::max(1, (last - first + m_slotMinutes - 1) / m_slotMinutes);

    QHash<QString, QColor> colours;
    for (const WorkingLine& line : Repository<WorkingLine>(m_store).all()) {
        colours.insert(line.id, QColor(line.colour));
        m_lineNames.insert(line.id, line.name);
    }
    QVector<Space> spaces = Repository<Space>(m_store).all();
    std::stable_sort(spaces.begin(), spaces.end(), [](const Space& a, const Space& b) { return a.position < b.position; });
    m_columns = spaces;
    const bool unplaced = std::any_of(sessions.cbegin(), sessions.cend(), [&spaces](const Session& s) {
        return std::none_of(spaces.cbegin(), spaces.cend(), [&s](const Space& space) { return space.id == s.spaceId; });
    });
    if (unplaced) {
        Space none;
        none.name = tr("No space yet");
        m_columns << none;
    }

    QHash<int, QVector<int>> occupiedUntil; // column -> per row, the start row occupying it
    for (const Session& session : sessions) {
        int column = int(m_columns.size()) - 1;
        for (int c = 0; c < m_columns.size(); ++c)
            if (!m_columns.at(c).id.isEmpty() && m_columns.at(c).id == session.spaceId)
                column = c;
        const int start = (minutesOf(session.startsAt.time()) - first) / m_slotMinutes;
        const int endMinute = session.endsAt.isValid() && session.endsAt > session.startsAt
                                  ? (session.endsAt.date() > m_day ? 24 * 60 : minutesOf(session.endsAt.time()))
                                  : minutesOf(session.startsAt.time()) + m_slotMinutes;
        const int rows = std::max(1, (endMinute - first + m_slotMinutes - 1) / m_slotMinutes - start);
        QVector<int>& owner = occupiedUntil[column];
        if (owner.isEmpty())
            owner.fill(-1, m_rowCount);
        const int owningRow = owner.value(start, -1);
        if (owningRow >= 0) {
            m_cells[{owningRow, column}].sessions << session; // a clash: list it with the other
            continue;
        }
        Cell cell;
        cell.sessions << session;
        cell.colour = pastel(colours.value(session.workingLineId));
        // Stop before the next session in this space, so a clash never hides a cell.
        cell.rows = rows;
        for (int r = start; r < start + rows && r < m_rowCount; ++r) {
            if (owner[r] >= 0) {
                cell.rows = r - start;
                break;
            }
            owner[r] = start;
        }
        m_cells.insert({start, column}, cell);
    }
    endResetModel();
}

QTime ScheduleModel::slotTime(int row) const
{
    return m_first.addSecs(row * m_slotMinutes * 60);
}

QVector<ScheduleModel::Span> ScheduleModel::spans() const
{
    QVector<Span> result;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        if (it->rows > 1)
            result.push_back({it.key().first, it.key().second, it->rows});
    return result;
}

int ScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ScheduleModel::data(const QModelIndex& index, int role) const
{
    const auto found = m_cells.constFind({index.row(), index.column()});
    if (!index.isValid() || found == m_cells.cend())
        return {};
    const Cell& cell = *found;
    const Session& session = cell.sessions.constFirst();
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines;
        for (const Session& s : cell.sessions)
            lines << s.title << Vocabulary::label(Vocabulary::sessionKinds(), s.kind);
        if (cell.sessions.size() > 1)
            lines.prepend(tr("Clash: %1 sessions").arg(cell.sessions.size()));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QStringList tips;
        for (const Session& s : cell.sessions) {
            tips << tr("%1–%2  %3\n%4 · %5 · %6")
                        .arg(s.startsAt.time().toString(QStringLiteral("HH:mm")),
                             s.endsAt.time().toString(QStringLiteral("HH:mm")), s.title,
                             Vocabulary::label(Vocabulary::sessionKinds(), s.kind),
                             m_lineNames.value(s.workingLineId, tr("no working line")),
                             Vocabulary::label(Vocabulary::sessionStatuses(), s.status));
        }
        return tips.join(QStringLiteral("\n\n"));
    }
    case Qt::BackgroundRole:
        return QBrush(cell.sessions.size() > 1 ? QColor(0xf4, 0xc7, 0xc3) : cell.colour);
    case Qt::ForegroundRole:
        return QBrush(QColor(0x21, 0x21, 0x21));
    case Qt::FontRole:
        if (session.status == QLatin1String("cancelled")) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case Qt::UserRole:
        return session.id;
    }
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? m_columns.at(section).name : QVariant();
    return slotTime(section).toString(QStringLiteral("HH:mm"));
}

} // namespace standlab
