// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A person's role in a session.
struct Participation : Entity
{
    QString personId;
    QString sessionId;
    QString role = QStringLiteral("speaker");
    bool confirmed = false;
    bool arrived = false;
    int position = 0;
};

template <> struct EntityTraits<Participation>
{
    static QString table() { return QStringLiteral("participations"); }
    static const QVector<Field<Participation>>& fields()
    {
        static const QVector<Field<Participation>> all = {
            field("person_id", &Participation::personId),
            field("session_id", &Participation::sessionId),
            field("role", &Participation::role),
            field("confirmed", &Participation::confirmed),
            field("arrived", &Participation::arrived),
            field("position", &Participation::position),
        };
        return all;
    }
};

} // namespace standlab
