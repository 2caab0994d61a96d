// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A cross-cutting working line tagged on a session.
struct SessionTag : Entity
{
    QString sessionId;
    QString workingLineId;
};

template <> struct EntityTraits<SessionTag>
{
    static QString table() { return QStringLiteral("session_tags"); }
    static const QVector<Field<SessionTag>>& fields()
    {
        static const QVector<Field<SessionTag>> all = {
            field("session_id", &SessionTag::sessionId),
            field("working_line_id", &SessionTag::workingLineId),
        };
        return all;
    }
};

} // namespace standlab
