// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

namespace standlab {

QVector<Term> Vocabulary::sessionKinds()
{
    return {{QStringLiteral("talk"), tr("Talk")},           {QStringLiteral("roundtable"), tr("Roundtable")},
            {QStringLiteral("workshop"), tr("Workshop")},   {QStringLiteral("meetup"), tr("Meetup")},
            {QStringLiteral("hackathon"), tr("Hackathon")}, {QStringLiteral("pitch"), tr("Pitch")},
            {QStringLiteral("ceremony"), tr("Ceremony")}};
}

QVector<Term> Vocabulary::sessionStatuses()
{
    return {{QStringLiteral("idea"), tr("Idea")},
            {QStringLiteral("proposed"), tr("Proposed")},
            {QStringLiteral("confirmed"), tr("Confirmed")},
            {QStringLiteral("cancelled"), tr("Cancelled")}};
}

QVector<Term> Vocabulary::spaceKinds()
{
    return {{QStringLiteral("stage"), tr("Stage")},
            {QStringLiteral("workshop_area"), tr("Workshop area")},
            {QStringLiteral("meeting_corner"), tr("Meeting corner")},
            {QStringLiteral("exhibition_area"), tr("Exhibition area")}};
}

QVector<Term> Vocabulary::participationRoles()
{
    return {{QStringLiteral("speaker"), tr("Speaker")},
            {QStringLiteral("moderator"), tr("Moderator")},
            {QStringLiteral("facilitator"), tr("Facilitator")},
            {QStringLiteral("rapporteur"), tr("Rapporteur")}};
}

QVector<Term> Vocabulary::organisationKinds()
{
    return {{QStringLiteral("city_council"), tr("City council")},
            {QStringLiteral("platform"), tr("Platform or initiative")},
            {QStringLiteral("cooperative"), tr("Cooperative")},
            {QStringLiteral("civil_society"), tr("Civil society")},
            {QStringLiteral("research_centre"), tr("Research centre")},
            {QStringLiteral("company"), tr("Company")}};
}

QVector<Term> Vocabulary::attendance()
{
    return {{QStringLiteral("unknown"), tr("Unknown")},     {QStringLiteral("invited"), tr("Invited")},
            {QStringLiteral("interested"), tr("Interested")}, {QStringLiteral("attending"), tr("Attending")},
            {QStringLiteral("declined"), tr("Declined")}};
}

QVector<Term> Vocabulary::interactionChannels()
{
    return {{QStringLiteral("email"), tr("Email")},     {QStringLiteral("phone"), tr("Phone")},
            {QStringLiteral("meeting"), tr("Meeting")}, {QStringLiteral("video"), tr("Video call")},
            {QStringLiteral("other"), tr("Other")}};
}

QVector<Term> Vocabulary::slotStatuses()
{
    return {{QStringLiteral("requested"), tr("Requested")},
            {QStringLiteral("accepted"), tr("Accepted")},
            {QStringLiteral("declined"), tr("Declined")}};
}

QVector<Term> Vocabulary::datasetAccess()
{
    return {{QStringLiteral("open"), tr("Open")},
            {QStringLiteral("negotiated"), tr("Negotiated")},
            {QStringLiteral("closed"), tr("Closed")}};
}

QVector<Term> Vocabulary::documentKinds()
{
    return {{QStringLiteral("action_plan"), tr("Action Plan")},
            {QStringLiteral("manifesto"), tr("Manifesto")},
            {QStringLiteral("gender_plan"), tr("Gender plan")},
            {QStringLiteral("other"), tr("Other document")}};
}

QVector<Term> Vocabulary::draftStatuses()
{
    return {{QStringLiteral("draft"), tr("Draft")},
            {QStringLiteral("in_review"), tr("In review")},
            {QStringLiteral("adopted"), tr("Adopted")}};
}

QVector<Term> Vocabulary::actionStatuses()
{
    return {{QStringLiteral("proposed"), tr("Proposed")},
            {QStringLiteral("agreed"), tr("Agreed")},
            {QStringLiteral("in_progress"), tr("In progress")},
            {QStringLiteral("done"), tr("Done")},
            {QStringLiteral("dropped"), tr("Dropped")}};
}

QVector<Term> Vocabulary::languages()
{
    return {{QStringLiteral("en"), tr("English")},
            {QStringLiteral("es"), tr("Spanish")},
            {QStringLiteral("ca"), tr("Catalan")},
            {QStringLiteral("fr"), tr("French")}};
}

QString Vocabulary::label(const QVector<Term>& terms, const QString& key)
{
    for (const Term& term : terms)
        if (term.key == key)
            return term.label;
    return key;
}

bool Vocabulary::contains(const QVector<Term>& terms, const QString& key)
{
    for (const Term& term : terms)
        if (term.key == key)
            return true;
    return false;
}

} // namespace standlab
