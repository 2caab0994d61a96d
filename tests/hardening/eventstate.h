// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace standlab::hardening {

// What an event file holds, read the way the app reads it after a crash: opened for writing (so a
// journal left by a killed process is recovered), then the full integrity check.
struct EventState
{
    QString problem;               // empty when the file opened and passed PRAGMA integrity_check
    QMap<QString, qint64> counts;  // rows per table, every table but the full-text index's own, whose
                                   // layout depends on how the rows came in, not on what they are
    QByteArray digest;             // every row of every table, byte for byte (any change shows)
    QByteArray content;            // the entity tables without ids, stamps and references: what a
                                   // person sees, equal for two runs of the same import
    // The app refused the file as truncated although its write-ahead journal makes it whole: a process
    // killed in the middle of a checkpoint. SQLite recovered it (as the app should), then it was read.
    bool refusedButRecoverable = false;

    bool ok() const { return problem.isEmpty(); }
    bool sameRows(const EventState& other) const { return digest == other.digest; }
    bool sameContent(const EventState& other) const { return counts == other.counts && content == other.content; }
    // The tables whose counts differ, for failure messages.
    QString differences(const EventState& other) const;

    // With `earlier`: when every row is still as it was there, the slower checks that only matter for
    // a changed file (the search index's own, the content) are taken from it.
    static EventState of(const QString& path, const EventState* earlier = nullptr);
};

} // namespace standlab::hardening
