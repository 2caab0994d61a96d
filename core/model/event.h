// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QStringList>
#include <QString>

namespace standlab {

// The event edition this file plans.
struct Event : Entity
{
    QString name;
    QString venue;
    QString city;
    QString timeZone = QStringLiteral("Europe/Madrid");
    QStringList languages;
    QString description;
    QString sourceIds = QStringLiteral("{}"); // SourceIds JSON: the acronym of the conference schedule it came from
};

template <> struct EntityTraits<Event>
{
    static QString table() { return QStringLiteral("event"); }
    static const QVector<Field<Event>>& fields()
    {
        static const QVector<Field<Event>> all = {
            field("name", &Event::name),
            field("venue", &Event::venue),
            field("city", &Event::city),
            field("time_zone", &Event::timeZone),
            field("languages", &Event::languages),
            field("description", &Event::description),
            field("source_ids", &Event::sourceIds),
        };
        return all;
    }
};

} // namespace standlab
