// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QDate>
#include <QStringList>
#include <QString>

namespace standlab {

// An organisation's engagement with this edition.
struct Engagement : Entity
{
    QString organisationId;
    QString attendance = QStringLiteral("unknown");
    QStringList days;
    int delegationSize = 0;
    QString topics;
    QString requestedLineId;
    bool wantsToSpeak = false;
    bool wantsWorkshop = false;
    QString owner;
    QDate nextFollowUp;
    QString contactPersonId;
    QString requestSessionId;
};

template <> struct EntityTraits<Engagement>
{
    static QString table() { return QStringLiteral("engagements"); }
    static const QVector<Field<Engagement>>& fields()
    {
        static const QVector<Field<Engagement>> all = {
            field("organisation_id", &Engagement::organisationId),
            field("attendance", &Engagement::attendance),
            field("days", &Engagement::days),
            field("delegation_size", &Engagement::delegationSize),
            field("topics", &Engagement::topics),
            field("requested_line_id", &Engagement::requestedLineId),
            field("wants_to_speak", &Engagement::wantsToSpeak),
            field("wants_workshop", &Engagement::wantsWorkshop),
            field("owner", &Engagement::owner),
            field("next_follow_up", &Engagement::nextFollowUp),
            field("contact_person_id", &Engagement::contactPersonId),
            field("request_session_id", &Engagement::requestSessionId),
        };
        return all;
    }
};

} // namespace standlab
