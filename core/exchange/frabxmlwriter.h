// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace standlab {

class FrabSchedule;
class Store;
struct ExportRequest;

// Writes a schedule as frab/pretalx "schedule.xml", valid against the c3voc schema
// (schemas/schedule.xml.xsd), with QXmlStreamWriter so every piece of user text is escaped.
// By default only confirmed sessions: the file feeds public schedule apps.
class FrabXmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FrabXmlWriter)

public:
    static QByteArray toXml(const FrabSchedule& schedule);
    // The registry's "frab-xml" export.
    static bool write(const Store& store, const ExportRequest& request, QString* error);
};

} // namespace standlab
