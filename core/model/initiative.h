// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QDate>
#include <QTime>
#include <QString>

namespace standlab {

// An initiative exhibited at the stand, with its exhibition slot.
struct Initiative : Entity
{
    QString name;
    QString organisationId;
    QString workingLineId;
    QString description;
    QString contactPersonId;
    QDate slotDay;
    QString slotTable;
    QTime slotStart;
    QTime slotEnd;
    QString slotStatus = QStringLiteral("requested");
};

template <> struct EntityTraits<Initiative>
{
    static QString table() { return QStringLiteral("initiatives"); }
    static const QVector<Field<Initiative>>& fields()
    {
        static const QVector<Field<Initiative>> all = {
            field("name", &Initiative::name),
            field("organisation_id", &Initiative::organisationId),
            field("working_line_id", &Initiative::workingLineId),
            field("description", &Initiative::description),
            field("contact_person_id", &Initiative::contactPersonId),
            field("slot_day", &Initiative::slotDay),
            field("slot_table", &Initiative::slotTable),
            field("slot_start", &Initiative::slotStart),
            field("slot_end", &Initiative::slotEnd),
            field("slot_status", &Initiative::slotStatus),
        };
        return all;
    }
};

} // namespace standlab
