// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/conflict.h"
#include "model/eventday.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/rowset.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace standlab {

class Store;

// What the schedule screen shows, read from the store in one go: sessions, spaces, days, line colours,
// speakers, cross-cutting tags and live conflicts. It reloads once per burst of store changes.
class ScheduleData : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleData(Store& store, QObject* parent = nullptr);

    // Reads everything now; normally called by the coalescing timer.
    void reload();
    // Reloads at once when a change is waiting (tests, and before acting on the shown state).
    void flush();

    const QVector<Session>& sessions() const { return m_sessions; }
    const QVector<Space>& spaces() const { return m_spaces; } // ordered by position, then name
    const QVector<EventDay>& days() const { return m_days; }  // ordered by date
    const QVector<WorkingLine>& workingLines() const { return m_lines; }
    const QVector<Conflict>& conflicts() const { return m_conflicts; }

    const Session* session(const QString& id) const;
    const Space* space(const QString& id) const;
    const WorkingLine* workingLine(const QString& id) const;
    const EventDay* day(const QDate& date) const;
    QVector<Session> unscheduled() const;
    QStringList speakerNames(const QString& sessionId) const;
    QVector<const WorkingLine*> crossCuttingTags(const QString& sessionId) const;
    QStringList conflictMessages(const QString& sessionId) const;

signals:
    void changed();

private:
    void scheduleReload();

    Store& m_store;
    QTimer m_timer;
    QVector<Session> m_sessions;
    QVector<Space> m_spaces;
    QVector<EventDay> m_days;
    QVector<WorkingLine> m_lines;
    QVector<Conflict> m_conflicts;
    QHash<QString, int> m_sessionIndex;
    QHash<QString, QStringList> m_speakers;
    QHash<QString, QStringList> m_tags;
    QHash<QString, QStringList> m_conflictMessages;
};

} // namespace standlab
