// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace standlab {

// What an import was asked for, from the CLI or from a dialog.
struct ImportRequest
{
    QString input;      // the file to read
    QString mapping;    // a saved column mapping (JSON), for formats that map columns
    bool dryRun = false; // report what would happen and change nothing
    QString timeZone;   // for schedules whose times carry no zone or offset (an IANA name; empty: the event's)
};

// What an import did (or, in a dry run, would do), as lines a person reads.
struct ImportReport
{
    QStringList lines;
    int created = 0;
    int updated = 0;
    int skipped = 0;
};

} // namespace standlab
