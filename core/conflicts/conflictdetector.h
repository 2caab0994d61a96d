// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflict.h"
#include "conflictinput.h"

#include <QCoreApplication>
#include <QVector>

namespace standlab {

// Applies every conflict rule to a programme. Intervals are half-open, so a session that ends at
// 11:00 and one that starts at 11:00 do not clash (back-to-back is allowed).
class ConflictDetector
{
    Q_DECLARE_TR_FUNCTIONS(ConflictDetector)

public:
    static QVector<Conflict> detect(const ConflictInput& input);

private:
    static void spaceDoubleBookings(const ConflictInput& input, QVector<Conflict>& out);
    static void personDoubleBookings(const ConflictInput& input, QVector<Conflict>& out);
    static void personAvailability(const ConflictInput& input, QVector<Conflict>& out);
    static void openingHours(const ConflictInput& input, QVector<Conflict>& out);
    static void capacity(const ConflictInput& input, QVector<Conflict>& out);
    static void speakers(const ConflictInput& input, QVector<Conflict>& out);
    static void cancelledSlots(const ConflictInput& input, QVector<Conflict>& out);
};

} // namespace standlab
