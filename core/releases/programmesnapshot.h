// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace standlab {

class Store;

// The programme as a release keeps it: every session with its title, status, times, space and the
// people on stage, with names copied (not just ids) so a release still reads right after a space or a
// person is renamed or deleted.
class ProgrammeSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ProgrammeSnapshot)

public:
    struct Person
    {
        QString id;
        QString name;
        QString role;
    };
    struct Session
    {
        QString id;
        QString title;
        QString status;
        QDateTime startsAt; // wall-clock time in the event's zone (UTC spec, as in the store)
        QDateTime endsAt;
        QString spaceId;
        QString spaceName;
        QVector<Person> people; // in their printed order

        bool scheduled() const { return startsAt.isValid(); }
    };

    QVector<Session> sessions; // by start, then title; unscheduled ones last

    static ProgrammeSnapshot fromStore(const Store& store);
    QByteArray toJson() const;
    // Refuses text that is not a snapshot, naming what is wrong.
    static std::optional<ProgrammeSnapshot> fromJson(const QByteArray& json, QString* error);

    const Session* find(const QString& id) const;
};

} // namespace standlab
