// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace standlab {

class FrabSchedule;

// Reads the JSON sibling of schedule.xml (pretalx, frab, another Stand Lab) into a FrabSchedule,
// leniently: the importer checks the values and reports what it skips.
class FrabJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FrabJsonReader)

public:
    static constexpr int maxEvents = 50000;

    static bool read(const QByteArray& bytes, FrabSchedule* schedule, QString* error);
};

} // namespace standlab
