// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrequest.h"

#include "model/engagement.h"
#include "model/organisation.h"
#include "model/repository.h"
#include "store/store.h"

namespace standlab {

bool SessionRequest::plan(const Store& store, const QString& engagementId, Plan* plan, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Row> row = store.row(EntityTraits<Engagement>::table(), engagementId);
    if (!row)
        return fail(tr("There is no such engagement."));
    const Engagement engagement = Repository<Engagement>::fromRow(*row);
    if (!engagement.wantsToSpeak && !engagement.wantsWorkshop)
        return fail(tr("This organisation has not asked to speak or to run a workshop."));
    if (!engagement.requestSessionId.isEmpty() && store.row(QStringLiteral("sessions"), engagement.requestSessionId))
        return fail(tr("A session has already been made from this request."));
    const std::optional<Row> orgRow = store.row(EntityTraits<Organisation>::table(), engagement.organisationId);
    const QString organisation = orgRow ? orgRow->value(QStringLiteral("name")).toString() : QString();

    const bool workshop = engagement.wantsWorkshop;
    Plan result;
    result.engagementId = engagementId;
    result.sessionId = Store::newId();
    const QString topic = engagement.topics.section(QLatin1Char(','), 0, 0).trimmed();
    QString title = workshop ? tr("Workshop by %1").arg(organisation) : tr("%1: talk").arg(organisation);
    if (!topic.isEmpty())
        title = workshop ? tr("Workshop by %1: %2").arg(organisation, topic) : tr("%1 on %2").arg(organisation, topic);
    result.session = {{QStringLiteral("id"), result.sessionId},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("kind"), workshop ? QStringLiteral("workshop") : QStringLiteral("talk")},
                      {QStringLiteral("status"), QStringLiteral("proposed")},
                      {QStringLiteral("abstract"), engagement.topics},
                      {QStringLiteral("internal_notes"), tr("Made from the request of %1.").arg(organisation)}};
    if (!engagement.requestedLineId.isEmpty())
        result.session.insert(QStringLiteral("working_line_id"), engagement.requestedLineId);
    if (!engagement.contactPersonId.isEmpty() && store.row(QStringLiteral("people"), engagement.contactPersonId))
        result.participation = {{QStringLiteral("id"), Store::newId()},
                                {QStringLiteral("person_id"), engagement.contactPersonId},
                                {QStringLiteral("session_id"), result.sessionId},
                                {QStringLiteral("role"), workshop ? QStringLiteral("facilitator") : QStringLiteral("speaker")}};
    if (workshop && orgRow)
        result.workshopDetails = {{QStringLiteral("id"), Store::newId()},
                                  {QStringLiteral("session_id"), result.sessionId},
                                  {QStringLiteral("organiser_id"), engagement.organisationId}};
    *plan = result;
    return true;
}

bool SessionRequest::apply(Store& store, const Plan& plan, QString* error)
{
    Store::Transaction transaction(store);
    if (store.insert(QStringLiteral("sessions"), plan.session, error).isEmpty())
        return false;
    if (!plan.participation.isEmpty() && store.insert(QStringLiteral("participations"), plan.participation, error).isEmpty())
        return false;
    if (!plan.workshopDetails.isEmpty()
        && store.insert(QStringLiteral("workshop_details"), plan.workshopDetails, error).isEmpty())
        return false;
    if (!store.update(EntityTraits<Engagement>::table(), plan.engagementId,
                      {{QStringLiteral("request_session_id"), plan.sessionId}}, error))
        return false;
    return transaction.commit(error);
}

} // namespace standlab
