// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// An action of the Action Plan.
struct Action : Entity
{
    QString sectionId;
    QString title;
    QString description;
    QString workingLineId;
    QString leadOrganisationId;
    QString timeframe;
    QString indicators;
    QString status = QStringLiteral("proposed");
    int position = 0;
};

template <> struct EntityTraits<Action>
{
    static QString table() { return QStringLiteral("actions"); }
    static const QVector<Field<Action>>& fields()
    {
        static const QVector<Field<Action>> all = {
            field("section_id", &Action::sectionId),
            field("title", &Action::title),
            field("description", &Action::description),
            field("working_line_id", &Action::workingLineId),
            field("lead_organisation_id", &Action::leadOrganisationId),
            field("timeframe", &Action::timeframe),
            field("indicators", &Action::indicators),
            field("status", &Action::status),
            field("position", &Action::position),
        };
        return all;
    }
};

} // namespace standlab
