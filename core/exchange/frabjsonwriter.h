// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace standlab {

class FrabSchedule;
class Store;
struct ExportRequest;

// Writes a schedule as the JSON sibling of schedule.xml that pretalx and frab publish
// (schedule.conference.days[].rooms{name: [events]}), valid against schemas/schedule.json.schema.json.
// By default only confirmed sessions, as for the XML.
class FrabJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FrabJsonWriter)

public:
    static QJsonObject toJson(const FrabSchedule& schedule);
    // The registry's "frab-json" export.
    static bool write(const Store& store, const ExportRequest& request, QString* error);
};

} // namespace standlab
