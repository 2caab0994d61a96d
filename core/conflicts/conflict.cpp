// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflict.h"

namespace standlab {

QString Conflict::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::SpaceDoubleBooked: return QStringLiteral("space_double_booked");
    case Rule::PersonDoubleBooked: return QStringLiteral("person_double_booked");
    case Rule::PersonUnavailable: return QStringLiteral("person_unavailable");
    case Rule::OutsideOpeningHours: return QStringLiteral("outside_opening_hours");
    case Rule::OverCapacity: return QStringLiteral("over_capacity");
    case Rule::ConfirmedWithoutSpeaker: return QStringLiteral("confirmed_without_speaker");
    case Rule::CancelledHoldsSlot: return QStringLiteral("cancelled_holds_slot");
    }
    return {};
}

} // namespace standlab
