// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A session an action came from.
struct ActionSession : Entity
{
    QString actionId;
    QString sessionId;
};

template <> struct EntityTraits<ActionSession>
{
    static QString table() { return QStringLiteral("action_sessions"); }
    static const QVector<Field<ActionSession>>& fields()
    {
        static const QVector<Field<ActionSession>> all = {
            field("action_id", &ActionSession::actionId),
            field("session_id", &ActionSession::sessionId),
        };
        return all;
    }
};

} // namespace standlab
