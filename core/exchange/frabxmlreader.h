// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace standlab {

class FrabSchedule;

// Reads a frab/pretalx "schedule.xml" into a FrabSchedule, leniently (unknown elements are ignored,
// values are checked by the importer) but safely: a DOCTYPE that declares entities, any entity
// reference that is not predefined, nesting deeper than real schedules ever go, and more events than
// any conference has are refused before anything is imported.
class FrabXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FrabXmlReader)

public:
    static constexpr int maxDepth = 16;
    static constexpr int maxEvents = 50000;
    static constexpr int maxPersonsPerEvent = 500;

    static bool read(const QByteArray& bytes, FrabSchedule* schedule, QString* error);
};

} // namespace standlab
