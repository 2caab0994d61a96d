// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A city council, platform, cooperative, civil-society group, research centre or company.
struct Organisation : Entity
{
    QString name;
    QString kind = QStringLiteral("city_council");
    QString city;
    QString country;
    QString website;
    bool declarationSignatory = false;
    QString notes;
};

template <> struct EntityTraits<Organisation>
{
    static QString table() { return QStringLiteral("organisations"); }
    static const QVector<Field<Organisation>>& fields()
    {
        static const QVector<Field<Organisation>> all = {
            field("name", &Organisation::name),
            field("kind", &Organisation::kind),
            field("city", &Organisation::city),
            field("country", &Organisation::country),
            field("website", &Organisation::website),
            field("declaration_signatory", &Organisation::declarationSignatory),
            field("notes", &Organisation::notes),
        };
        return all;
    }
};

} // namespace standlab
