// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QDate>
#include <QTime>
#include <QString>

namespace standlab {

// When a person can take part on one day.
struct Availability : Entity
{
    QString personId;
    QDate day;
    QTime availableFrom = QTime(9, 0);
    QTime availableTo = QTime(19, 0);
};

template <> struct EntityTraits<Availability>
{
    static QString table() { return QStringLiteral("person_availability"); }
    static const QVector<Field<Availability>>& fields()
    {
        static const QVector<Field<Availability>> all = {
            field("person_id", &Availability::personId),
            field("day", &Availability::day),
            field("available_from", &Availability::availableFrom),
            field("available_to", &Availability::availableTo),
        };
        return all;
    }
};

} // namespace standlab
