// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>

namespace standlab {

class EventDocument;

// The Contacts page's edits, each pushed as one undo step: engagement fields (creating the
// organisation's engagement on its first edit), interaction log entries, initiative fields, and a
// proposed session made from a request.
class ContactEdits
{
    Q_DECLARE_TR_FUNCTIONS(ContactEdits)

public:
    // `engagementId` may be empty: the first edit creates the engagement with this value.
    static void setEngagementField(EventDocument& document, const QString& organisationId, const QString& engagementId,
                                   const QString& column, const QVariant& value);
    static void setOrganisationField(EventDocument& document, const QString& organisationId, const QString& column,
                                     const QVariant& value);
    // Returns the id of the new log entry.
    static QString addInteraction(EventDocument& document, const QString& organisationId, const QDate& date,
                                  const QString& channel, const QString& note);
    static void setInitiativeField(EventDocument& document, const QString& initiativeId, const QString& column,
                                   const QVariant& value);
    // The session, its speaker or facilitator, the workshop's organiser and the link back, as one step.
    // Returns the new session's id, or an empty string and a reason.
    static QString makeSessionFromRequest(EventDocument& document, const QString& engagementId, QString* error);
    static void setCallClosed(EventDocument& document, bool closed);
};

} // namespace standlab
