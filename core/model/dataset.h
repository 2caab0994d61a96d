// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A dataset mapped for the Sharing Data Commons.
struct Dataset : Entity
{
    QString name;
    QString publisher;
    QString city;
    QString licence;
    QString format;
    QString access = QStringLiteral("open");
    QString link;
    QString workingLineId;
    QString notes;
};

template <> struct EntityTraits<Dataset>
{
    static QString table() { return QStringLiteral("datasets"); }
    static const QVector<Field<Dataset>>& fields()
    {
        static const QVector<Field<Dataset>> all = {
            field("name", &Dataset::name),
            field("publisher", &Dataset::publisher),
            field("city", &Dataset::city),
            field("licence", &Dataset::licence),
            field("format", &Dataset::format),
            field("access", &Dataset::access),
            field("link", &Dataset::link),
            field("working_line_id", &Dataset::workingLineId),
            field("notes", &Dataset::notes),
        };
        return all;
    }
};

} // namespace standlab
