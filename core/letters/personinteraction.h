// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/field.h"

#include <QDate>
#include <QString>

namespace standlab {

// One entry of a person's interaction log: what was written or said to them, and when
// ("Letter written: schedule, v2").
struct PersonInteraction : Entity
{
    QString personId;
    QDate happenedOn;
    QString channel = QStringLiteral("letter");
    QString note;
};

template <> struct EntityTraits<PersonInteraction>
{
    static QString table() { return QStringLiteral("person_interactions"); }
    static const QVector<Field<PersonInteraction>>& fields()
    {
        static const QVector<Field<PersonInteraction>> all = {
            field("person_id", &PersonInteraction::personId),
            field("happened_on", &PersonInteraction::happenedOn),
            field("channel", &PersonInteraction::channel),
            field("note", &PersonInteraction::note),
        };
        return all;
    }
};

} // namespace standlab
