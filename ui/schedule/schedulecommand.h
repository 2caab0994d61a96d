// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/setfieldcommand.h"

#include <QCoreApplication>
#include <QDateTime>

namespace standlab {

// One schedule edit of a session (its start, end and space together) as a single undo step that
// never merges with the next one, so each drag or key press can be undone on its own.
class ScheduleCommand : public SetFieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    ScheduleCommand(EventDocument& document, const QString& sessionId, const QVariantMap& values, const QString& text);

    int id() const override { return -1; }

    // Each pushes one command when it changes something and returns whether it did. Times are wall
    // clock in the event's zone. A session without a length gets DefaultMinutes.
    static bool move(EventDocument& document, const QString& sessionId, const QString& spaceId, const QDateTime& start);
    static bool schedule(EventDocument& document, const QString& sessionId, const QString& spaceId,
                         const QDateTime& start);
    static bool resize(EventDocument& document, const QString& sessionId, const QDateTime& end);
    static bool unschedule(EventDocument& document, const QString& sessionId);
    static bool moveToDay(EventDocument& document, const QString& sessionId, const QDate& day);

    static constexpr int DefaultMinutes = 60;

private:
    static bool pushIfChanged(EventDocument& document, ScheduleCommand* command);
};

} // namespace standlab
