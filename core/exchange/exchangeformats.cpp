// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeformats.h"

#include "frabjsonwriter.h"
#include "frabscheduleimporter.h"
#include "frabxmlwriter.h"
#include "icalendarwriter.h"
#include "io/formatregistry.h"

namespace standlab {

void ExchangeFormats::registerIn(FormatRegistry& registry)
{
    registry.addExport({QStringLiteral("ics"),
                        tr("An iCalendar file (RFC 5545) of the programme, one working line or one person's sessions."),
                        ICalendarWriter::write});
    registry.addExport({QStringLiteral("frab-xml"),
                        tr("A conference-app schedule (frab/pretalx schedule.xml) of the confirmed sessions."),
                        FrabXmlWriter::write});
    registry.addExport({QStringLiteral("frab-json"),
                        tr("The same conference-app schedule as frab/pretalx JSON."), FrabJsonWriter::write});
    // Into an existing event or a new file: rooms, tracks and people are matched, not duplicated.
    registry.addImport({QStringLiteral("frab-xml"),
                        tr("A conference schedule (frab/pretalx schedule.xml) into the event."),
                        FrabScheduleImporter::importXml, false});
    registry.addImport({QStringLiteral("frab-json"),
                        tr("A conference schedule (frab/pretalx JSON) into the event."),
                        FrabScheduleImporter::importJson, false});
}

} // namespace standlab
