// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncpackage.h"

#include <QCoreApplication>

namespace standlab {

class Store;

// Writes this file's changes as a sync package: everything, or only what a given peer is missing
// (worked out from what the peer held when it last sent us a package).
class SyncExporter
{
    Q_DECLARE_TR_FUNCTIONS(SyncExporter)

public:
    SyncExporter(Store& store, const QString& laptopName);

    // Every row and tombstone changed after `since` (0: all of them).
    SyncPackage build(qint64 since = 0) const;
    // The package for `peer` (a name, an id or its start); when the peer is unknown, everything and a note
    // why. Fails (`error` lists the candidates with their short ids) when a name fits several laptops.
    std::optional<SyncPackage> buildFor(const QString& peer, QString* note, QString* error) const;
    // The same, sending everything (and saying why in `note`) when the name fits several laptops.
    SyncPackage buildFor(const QString& peer, QString* note) const;
    // Writes the package and records the exchange in the history.
    bool write(const SyncPackage& package, const QString& path, const QString& peer, QString* error) const;
    // A file name that says who wrote it and when, for a sync folder.
    QString suggestedFileName() const;

private:
    Store& m_store;
    QString m_laptopName;
};

} // namespace standlab
