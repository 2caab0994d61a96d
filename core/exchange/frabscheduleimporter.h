// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace standlab {

class FrabSchedule;
class Store;
struct ImportReport;
struct ImportRequest;

// Brings a conference schedule (frab/pretalx XML or JSON, or our own export) into an event: rooms
// become spaces and tracks working lines (matched by name, case-insensitively, or created), persons
// become people (matched by guid or id, then name), days become event days with their hours, events
// become confirmed sessions whose id is the event's guid, so importing the same schedule again
// updates rather than duplicates; every field the format has is kept apart, with the file's ids. All or nothing, in one transaction; what cannot be used is skipped and reported with
// where it is in the file.
class FrabScheduleImporter
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FrabScheduleImporter)

public:
    // Schedule files larger than this are refused unread.
    static constexpr qint64 maxFileSize = 32 * 1024 * 1024;

    // The registry's "frab-xml" and "frab-json" imports.
    static bool importXml(Store& store, const ImportRequest& request, ImportReport* report, QString* error);
    static bool importJson(Store& store, const ImportRequest& request, ImportReport* report, QString* error);

    // Applies an already read schedule. With dryRun everything is checked and counted, then rolled back.
    // `requestedZone` is the zone for times without offsets (--timezone; see ScheduleZone).
    static bool apply(Store& store, const FrabSchedule& schedule, bool dryRun, ImportReport* report, QString* error,
                      const QString& requestedZone = QString());
};

} // namespace standlab
