// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A note taken during a session at the stand.
struct SessionNote : Entity
{
    QString sessionId;
    QString writtenAt;
    QString author;
    QString body;
};

template <> struct EntityTraits<SessionNote>
{
    static QString table() { return QStringLiteral("session_notes"); }
    static const QVector<Field<SessionNote>>& fields()
    {
        static const QVector<Field<SessionNote>> all = {
            field("session_id", &SessionNote::sessionId),
            field("written_at", &SessionNote::writtenAt),
            field("author", &SessionNote::author),
            field("body", &SessionNote::body),
        };
        return all;
    }
};

} // namespace standlab
