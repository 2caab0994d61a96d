// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledata.h"

#include "conflicts/conflictdetector.h"
#include "conflicts/conflictinput.h"
#include "model/repository.h"
#include "model/sessiontag.h"

#include <QSet>
#include <algorithm>

namespace standlab {

ScheduleData::ScheduleData(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    // A drag or an import changes many rows; one zero-delay timer turns them into one reload.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleData::reload);
    connect(&store, &Store::rowChanged, this, &ScheduleData::scheduleReload);
    connect(&store, &Store::reset, this, &ScheduleData::scheduleReload);
    reload();
}

void ScheduleData::scheduleReload()
{
    m_timer.start();
}

void ScheduleData::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        reload();
    }
}

void ScheduleData::reload()
{
    m_timer.stop();
    const ConflictInput input = ConflictInput::load(m_store);
    m_sessions = input.sessions;
    m_spaces = input.spaces;
    std::stable_sort(m_spaces.begin(), m_spaces.end(), [](const Space& a, const Space& b) {
        return a.position != b.position ? a.position < b.position : a.name.localeAwareCompare(b.name) < 0;
    });
    m_days = input.days;
    // A session on a date that is not an event day (an import, a typo) must still be reachable.
    QSet<QDate> known;
    for (const EventDay& day : std::as_const(m_days))
        known.insert(day.day);
    for (const Session& session : std::as_const(m_sessions)) {
        if (session.startsAt.isValid() && !known.contains(session.startsAt.date())) {
            EventDay extra;
            extra.day = session.startsAt.date();
            known.insert(extra.day);
            m_days.push_back(extra);
        }
    }
    std::sort(m_days.begin(), m_days.end(), [](const EventDay& a, const EventDay& b) { return a.day < b.day; });
    m_lines = Repository<WorkingLine>(m_store).all();
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [](const WorkingLine& a, const WorkingLine& b) { return a.position < b.position; });

    m_sessionIndex.clear();
    for (int i = 0; i < m_sessions.size(); ++i)
        m_sessionIndex.insert(m_sessions.at(i).id, i);

    QHash<QString, QString> names;
    for (const Person& person : input.people)
        names.insert(person.id, person.name);
    QVector<Participation> participations = input.participations;
    std::stable_sort(participations.begin(), participations.end(),
                     [](const Participation& a, const Participation& b) { return a.position < b.position; });
    m_speakers.clear();
    for (const Participation& participation : participations) {
        const QString name = names.value(participation.personId);
        if (!name.isEmpty())
            m_speakers[participation.sessionId].push_back(name);
    }

    m_tags.clear();
    for (const SessionTag& tag : Repository<SessionTag>(m_store).all())
        m_tags[tag.sessionId].push_back(tag.workingLineId);

    m_conflicts = ConflictDetector::detect(input);
    m_conflictMessages.clear();
    for (const Conflict& conflict : std::as_const(m_conflicts))
        for (const QString& id : conflict.sessionIds)
            m_conflictMessages[id].push_back(conflict.message);

    emit changed();
}

const Session* ScheduleData::session(const QString& id) const
{
    const int index = m_sessionIndex.value(id, -1);
    return index < 0 ? nullptr : &m_sessions.at(index);
}

const Space* ScheduleData::space(const QString& id) const
{
    for (const Space& space : m_spaces)
        if (space.id == id)
            return &space;
    return nullptr;
}

const WorkingLine* ScheduleData::workingLine(const QString& id) const
{
    for (const WorkingLine& line : m_lines)
        if (line.id == id)
            return &line;
    return nullptr;
}

const EventDay* ScheduleData::day(const QDate& date) const
{
    for (const EventDay& day : m_days)
        if (day.day == date)
            return &day;
    return nullptr;
}

QVector<Session> ScheduleData::unscheduled() const
{
    QVector<Session> result;
    for (const Session& session : m_sessions)
        if (!session.startsAt.isValid())
            result.push_back(session);
    std::stable_sort(result.begin(), result.end(),
                     [](const Session& a, const Session& b) { return a.title.localeAwareCompare(b.title) < 0; });
    return result;
}

QStringList ScheduleData::speakerNames(const QString& sessionId) const
{
    return m_speakers.value(sessionId);
}

QVector<const WorkingLine*> ScheduleData::crossCuttingTags(const QString& sessionId) const
{
    QVector<const WorkingLine*> result;
    for (const QString& lineId : m_tags.value(sessionId))
        if (const WorkingLine* line = workingLine(lineId))
            result.push_back(line);
    return result;
}

QStringList ScheduleData::conflictMessages(const QString& sessionId) const
{
    return m_conflictMessages.value(sessionId);
}

} // namespace standlab
