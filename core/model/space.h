// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A place at the stand where sessions happen.
struct Space : Entity
{
    QString name;
    QString kind = QStringLiteral("stage");
    int capacity = 0;
    QString colour = QStringLiteral("#607d8b");
    int position = 0;
};

template <> struct EntityTraits<Space>
{
    static QString table() { return QStringLiteral("spaces"); }
    static const QVector<Field<Space>>& fields()
    {
        static const QVector<Field<Space>> all = {
            field("name", &Space::name),
            field("kind", &Space::kind),
            field("capacity", &Space::capacity),
            field("colour", &Space::colour),
            field("position", &Space::position),
        };
        return all;
    }
};

} // namespace standlab
