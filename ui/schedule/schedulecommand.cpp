// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulecommand.h"

#include "document/eventdocument.h"
#include "model/repository.h"
#include "model/session.h"

namespace standlab {
namespace {

QVariant stamp(const QDateTime& time)
{
    return dbvalue::to(time);
}

QVariant reference(const QString& id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

qint64 lengthSeconds(const Session& session)
{
    if (session.startsAt.isValid() && session.endsAt.isValid() && session.endsAt > session.startsAt)
        return session.startsAt.secsTo(session.endsAt);
    return qint64(ScheduleCommand::DefaultMinutes) * 60;
}

} // namespace

ScheduleCommand::ScheduleCommand(EventDocument& document, const QString& sessionId, const QVariantMap& values,
                                 const QString& text)
    : SetFieldCommand(document, Repository<Session>::table(), sessionId, values, text)
{
}

bool ScheduleCommand::pushIfChanged(EventDocument& document, ScheduleCommand* command)
{
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    document.push(command);
    return true;
}

bool ScheduleCommand::move(EventDocument& document, const QString& sessionId, const QString& spaceId,
                           const QDateTime& start)
{
    // Read the stored row, not a cached copy: several key presses may come before a view refresh.
    const std::optional<Session> session = Repository<Session>(document.store()).find(sessionId);
    if (!session || !start.isValid())
        return false;
    const QDateTime end = start.addSecs(lengthSeconds(*session));
    const QVariantMap values{{QStringLiteral("starts_at"), stamp(start)},
                             {QStringLiteral("ends_at"), stamp(end)},
                             {QStringLiteral("space_id"), reference(spaceId)}};
    const QString text = session->startsAt.isValid() ? tr("Move “%1”").arg(session->title)
                                                     : tr("Schedule “%1”").arg(session->title);
    return pushIfChanged(document, new ScheduleCommand(document, sessionId, values, text));
}

bool ScheduleCommand::schedule(EventDocument& document, const QString& sessionId, const QString& spaceId,
                               const QDateTime& start)
{
    return move(document, sessionId, spaceId, start);
}

bool ScheduleCommand::resize(EventDocument& document, const QString& sessionId, const QDateTime& end)
{
    const std::optional<Session> session = Repository<Session>(document.store()).find(sessionId);
    if (!session || !session->startsAt.isValid() || !end.isValid() || end <= session->startsAt)
        return false;
    const QVariantMap values{{QStringLiteral("ends_at"), stamp(end)}};
    return pushIfChanged(document,
                         new ScheduleCommand(document, sessionId, values, tr("Change length of “%1”").arg(session->title)));
}

bool ScheduleCommand::unschedule(EventDocument& document, const QString& sessionId)
{
    const std::optional<Session> session = Repository<Session>(document.store()).find(sessionId);
    if (!session)
        return false;
    const QVariantMap values{{QStringLiteral("starts_at"), QVariant()},
                             {QStringLiteral("ends_at"), QVariant()},
                             {QStringLiteral("space_id"), QVariant()}};
    return pushIfChanged(document,
                         new ScheduleCommand(document, sessionId, values, tr("Unschedule “%1”").arg(session->title)));
}

bool ScheduleCommand::moveToDay(EventDocument& document, const QString& sessionId, const QDate& day)
{
    const std::optional<Session> session = Repository<Session>(document.store()).find(sessionId);
    if (!session || !day.isValid())
        return false;
    const QTime time = session->startsAt.isValid() ? session->startsAt.time() : QTime(9, 0);
    const QDateTime start(day, time, Qt::UTC);
    return move(document, sessionId, session->spaceId, start);
}

} // namespace standlab
