// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace standlab {

// What a merge brought in: per table how many rows were added, changed and deleted, the conflicts kept
// for review, and from which laptops. Shown by the UI's summary dialog and printed by the CLI.
class SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(SyncSummary)

public:
    struct Counts
    {
        int added = 0;
        int changed = 0;
        int deleted = 0;
        int total() const { return added + changed + deleted; }
    };

    QMap<QString, Counts> tables;
    QStringList senders;  // laptop names, in the order their packages were merged
    QStringList skipped;  // why a package was not merged (written here, already received)
    int conflicts = 0;
    QStringList warnings; // what a person must know after the merge (copies that should agree and do not)

    int totalChanges() const;
    void add(const SyncSummary& other);
    // A person's name for a table ("sessions", "people", …), translated.
    static QString tableLabel(const QString& table);
    // One line per table with changes, then the conflicts: what the CLI prints and the dialog shows.
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace standlab
