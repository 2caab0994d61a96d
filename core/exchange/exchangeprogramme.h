// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/event.h"
#include "model/eventday.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>
#include <QVector>
#include <optional>

namespace standlab {

class Store;
struct ExportRequest;

// The scheduled sessions an export asked for (days, working lines, spaces, statuses, one person),
// with the names of their spaces, lines and people resolved, read once from the Store so the
// calendar and schedule writers never touch the database.
class ExchangeProgramme
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ExchangeProgramme)

public:
    struct Participant
    {
        QString personId;
        QString name;
        QString organisation;
        QString bio;
        QString role;
        int position = 0;
        QString sourceIds; // the person's SourceIds JSON
    };
    struct Item
    {
        Session session;
        QDate day;                         // its conference day (ConferenceDays)
        Space space;                       // empty id when the session has no space
        WorkingLine line;                  // empty id when it has no working line
        QStringList tagNames;              // cross-cutting lines tagged on it
        QVector<Participant> people;       // on-stage people (speakers, moderators, facilitators)
    };

    Event event;
    QTimeZone zone;
    QVector<EventDay> days;        // the selected days of the event, by date
    QVector<EventDay> allDays;     // every day of the event, by date (for the conference day of a session)
    QVector<Space> spaces;         // the selected spaces, in their order
    QVector<WorkingLine> lines;    // the selected working lines, in their order
    QVector<Item> items;           // by start, space order, title, id
    // Selected sessions left out of items because their times cannot be true (SessionTimes): each
    // "“title” (id …): why". Writers refuse rather than drop them unseen (refuseImpossibleTimes).
    QStringList impossibleTimes;

    // Reads the selection. `defaultStatuses` applies when the request names none. Fails with a
    // message a person can act on when a named line, space or person does not exist.
    static std::optional<ExchangeProgramme> load(const Store& store, const ExportRequest& request,
                                            const QStringList& defaultStatuses, QString* error);
    // The same for one person's sessions (any role), given the person's id.
    static std::optional<ExchangeProgramme> loadForPerson(const Store& store, const QString& personId,
                                                     const QStringList& defaultStatuses, QString* error);

    // True when no selected session has impossible times; else false with a message naming `output`
    // and the sessions.
    bool refuseImpossibleTimes(const QString& output, QString* error) const;

    // A session's wall-clock time as an instant in the event's zone.
    QDateTime inZone(const QDateTime& wallClock) const;
};

} // namespace standlab
