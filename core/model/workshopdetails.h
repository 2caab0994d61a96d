// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// What a workshop session needs beyond a session.
struct WorkshopDetails : Entity
{
    QString sessionId;
    QString organiserId;
    QString materials;
    int maxParticipants = 0;
    int registrations = 0;
    QString feedsSectionId;
    QString outcomeNotes;
};

template <> struct EntityTraits<WorkshopDetails>
{
    static QString table() { return QStringLiteral("workshop_details"); }
    static const QVector<Field<WorkshopDetails>>& fields()
    {
        static const QVector<Field<WorkshopDetails>> all = {
            field("session_id", &WorkshopDetails::sessionId),
            field("organiser_id", &WorkshopDetails::organiserId),
            field("materials", &WorkshopDetails::materials),
            field("max_participants", &WorkshopDetails::maxParticipants),
            field("registrations", &WorkshopDetails::registrations),
            field("feeds_section_id", &WorkshopDetails::feedsSectionId),
            field("outcome_notes", &WorkshopDetails::outcomeNotes),
        };
        return all;
    }
};

} // namespace standlab
