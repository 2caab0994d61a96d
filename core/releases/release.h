// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/field.h"

#include <QString>

namespace standlab {

// A named, frozen copy of the programme ("v1 — printed 12 Nov"): never edited once made, so what was
// printed can always be compared with what the programme has become.
struct Release : Entity
{
    QString name;
    QString note;
    QString releasedAt; // ISO date and time with its offset
    QString snapshot;   // ProgrammeSnapshot as JSON
};

template <> struct EntityTraits<Release>
{
    static QString table() { return QStringLiteral("releases"); }
    static const QVector<Field<Release>>& fields()
    {
        static const QVector<Field<Release>> all = {
            field("name", &Release::name),
            field("note", &Release::note),
            field("released_at", &Release::releasedAt),
            field("snapshot", &Release::snapshot),
        };
        return all;
    }
};

} // namespace standlab
