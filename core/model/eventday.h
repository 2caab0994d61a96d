// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QDate>
#include <QTime>
#include <QString>

namespace standlab {

// One day of the event with its opening hours.
struct EventDay : Entity
{
    QDate day;
    QTime opens = QTime(9, 0);
    QTime closes = QTime(19, 0);
    QString label;
};

template <> struct EntityTraits<EventDay>
{
    static QString table() { return QStringLiteral("event_days"); }
    static const QVector<Field<EventDay>>& fields()
    {
        static const QVector<Field<EventDay>> all = {
            field("day", &EventDay::day),
            field("opens", &EventDay::opens),
            field("closes", &EventDay::closes),
            field("label", &EventDay::label),
        };
        return all;
    }
};

} // namespace standlab
