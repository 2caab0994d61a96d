// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A working line (track); a cross-cutting one is tagged on sessions of any line.
struct WorkingLine : Entity
{
    QString name;
    QString shortName;
    QString colour = QStringLiteral("#607d8b");
    bool crossCutting = false;
    QString description;
    int position = 0;
};

template <> struct EntityTraits<WorkingLine>
{
    static QString table() { return QStringLiteral("working_lines"); }
    static const QVector<Field<WorkingLine>>& fields()
    {
        static const QVector<Field<WorkingLine>> all = {
            field("name", &WorkingLine::name),
            field("short_name", &WorkingLine::shortName),
            field("colour", &WorkingLine::colour),
            field("cross_cutting", &WorkingLine::crossCutting),
            field("description", &WorkingLine::description),
            field("position", &WorkingLine::position),
        };
        return all;
    }
};

} // namespace standlab
