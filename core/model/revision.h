// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A named, immutable snapshot of a document with its actions (JSON).
struct Revision : Entity
{
    QString documentId;
    QString name;
    QString takenAt;
    QString snapshot;
};

template <> struct EntityTraits<Revision>
{
    static QString table() { return QStringLiteral("revisions"); }
    static const QVector<Field<Revision>>& fields()
    {
        static const QVector<Field<Revision>> all = {
            field("document_id", &Revision::documentId),
            field("name", &Revision::name),
            field("taken_at", &Revision::takenAt),
            field("snapshot", &Revision::snapshot),
        };
        return all;
    }
};

} // namespace standlab
