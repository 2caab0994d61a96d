// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// An outcome document drafted at the stand (Action Plan, Manifesto, Gender Plan).
struct Document : Entity
{
    QString title;
    QString kind = QStringLiteral("action_plan");
    QString status = QStringLiteral("draft");
    int position = 0;
};

template <> struct EntityTraits<Document>
{
    static QString table() { return QStringLiteral("documents"); }
    static const QVector<Field<Document>>& fields()
    {
        static const QVector<Field<Document>> all = {
            field("title", &Document::title),
            field("kind", &Document::kind),
            field("status", &Document::status),
            field("position", &Document::position),
        };
        return all;
    }
};

} // namespace standlab
