// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactedits.h"

#include "commands/insertrowcommand.h"
#include "commands/setfieldcommand.h"
#include "contacts/exhibitionplan.h"
#include "contacts/sessionrequest.h"
#include "document/eventdocument.h"
#include "setmetacommand.h"
#include "store/store.h"

namespace standlab {

void ContactEdits::setEngagementField(EventDocument& document, const QString& organisationId,
                                      const QString& engagementId, const QString& column, const QVariant& value)
{
    if (engagementId.isEmpty()) {
        // No engagement yet: an empty value changes nothing, anything else starts one.
        if (value.isNull() || value.toString().isEmpty() || value.toString() == QLatin1String("0"))
            return;
        document.push(new InsertRowCommand(document, QStringLiteral("engagements"),
                                           {{QStringLiteral("organisation_id"), organisationId}, {column, value}},
                                           tr("Edit engagement")));
        return;
    }
    document.push(new SetFieldCommand(document, QStringLiteral("engagements"), engagementId, {{column, value}},
                                      tr("Edit engagement")));
}

void ContactEdits::setOrganisationField(EventDocument& document, const QString& organisationId, const QString& column,
                                        const QVariant& value)
{
    document.push(new SetFieldCommand(document, QStringLiteral("organisations"), organisationId, {{column, value}},
                                      tr("Edit organisation")));
}

QString ContactEdits::addInteraction(EventDocument& document, const QString& organisationId, const QDate& date,
                                     const QString& channel, const QString& note)
{
    auto* command = new InsertRowCommand(document, QStringLiteral("interactions"),
                                         {{QStringLiteral("organisation_id"), organisationId},
                                          {QStringLiteral("happened_on"), date.toString(Qt::ISODate)},
                                          {QStringLiteral("channel"), channel},
                                          {QStringLiteral("note"), note}},
                                         tr("Log interaction"));
    const QString id = command->rowId();
    document.push(command);
    return id;
}

void ContactEdits::setInitiativeField(EventDocument& document, const QString& initiativeId, const QString& column,
                                      const QVariant& value)
{
    document.push(new SetFieldCommand(document, QStringLiteral("initiatives"), initiativeId, {{column, value}},
                                      tr("Edit initiative")));
}

QString ContactEdits::makeSessionFromRequest(EventDocument& document, const QString& engagementId, QString* error)
{
    SessionRequest::Plan plan;
    if (!SessionRequest::plan(document.store(), engagementId, &plan, error))
        return {};
    // One undo step whose children run in order: the session exists before what refers to it.
    auto* macro = new QUndoCommand(tr("Make a session from a request"));
    new InsertRowCommand(document, QStringLiteral("sessions"), plan.session, macro->text(), macro);
    if (!plan.participation.isEmpty())
        new InsertRowCommand(document, QStringLiteral("participations"), plan.participation, macro->text(), macro);
    if (!plan.workshopDetails.isEmpty())
        new InsertRowCommand(document, QStringLiteral("workshop_details"), plan.workshopDetails, macro->text(), macro);
    new SetFieldCommand(document, QStringLiteral("engagements"), engagementId,
                        {{QStringLiteral("request_session_id"), plan.sessionId}}, macro->text(), macro);
    document.push(macro);
    return plan.sessionId;
}

void ContactEdits::setCallClosed(EventDocument& document, bool closed)
{
    document.push(new SetMetaCommand(document, ExhibitionPlan::callClosedKey(),
                                     closed ? QStringLiteral("1") : QStringLiteral("0"),
                                     closed ? tr("Close the call for initiatives") : tr("Reopen the call for initiatives")));
}

} // namespace standlab
