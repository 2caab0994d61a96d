// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QCoreApplication>
#include <QString>

namespace standlab {

class Store;

// Turns an organisation's wish to speak or run a workshop into the rows of a proposed session: the
// session on the requested working line, the contact person as speaker or facilitator, the
// organisation as the workshop's organiser, and the link back from the engagement. The rows come
// with their ids so the UI can insert them as one undoable step (and the CLI or a test directly).
class SessionRequest
{
    Q_DECLARE_TR_FUNCTIONS(SessionRequest)

public:
    struct Plan
    {
        Row session;
        Row participation;   // empty when the engagement names no contact person
        Row workshopDetails; // empty unless it is a workshop
        QString engagementId;
        QString sessionId;
    };

    // False with a reason when the engagement asks for nothing or already has its session.
    static bool plan(const Store& store, const QString& engagementId, Plan* plan, QString* error);
    // Writes a plan in one transaction.
    static bool apply(Store& store, const Plan& plan, QString* error);
};

} // namespace standlab
