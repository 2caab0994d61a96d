// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A partner organisation of an action.
struct ActionPartner : Entity
{
    QString actionId;
    QString organisationId;
};

template <> struct EntityTraits<ActionPartner>
{
    static QString table() { return QStringLiteral("action_partners"); }
    static const QVector<Field<ActionPartner>>& fields()
    {
        static const QVector<Field<ActionPartner>> all = {
            field("action_id", &ActionPartner::actionId),
            field("organisation_id", &ActionPartner::organisationId),
        };
        return all;
    }
};

} // namespace standlab
