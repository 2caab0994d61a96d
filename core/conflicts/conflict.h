// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace standlab {

// One problem in the programme, with a sentence a person understands and the rows it concerns.
struct Conflict
{
    enum class Rule {
        SpaceDoubleBooked,
        PersonDoubleBooked,
        PersonUnavailable,
        OutsideOpeningHours,
        OverCapacity,
        ConfirmedWithoutSpeaker,
        CancelledHoldsSlot,
    };

    Rule rule;
    QStringList sessionIds; // the sessions involved, earliest first
    QString personId;       // for the person rules
    QString message;

    static QString ruleKey(Rule rule);
};

} // namespace standlab
