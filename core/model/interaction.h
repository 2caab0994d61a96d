// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QDate>
#include <QString>

namespace standlab {

// One entry of an organisation's interaction log.
struct Interaction : Entity
{
    QString organisationId;
    QDate happenedOn;
    QString channel = QStringLiteral("email");
    QString note;
};

template <> struct EntityTraits<Interaction>
{
    static QString table() { return QStringLiteral("interactions"); }
    static const QVector<Field<Interaction>>& fields()
    {
        static const QVector<Field<Interaction>> all = {
            field("organisation_id", &Interaction::organisationId),
            field("happened_on", &Interaction::happenedOn),
            field("channel", &Interaction::channel),
            field("note", &Interaction::note),
        };
        return all;
    }
};

} // namespace standlab
