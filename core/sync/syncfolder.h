// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncpackage.h"
#include "syncsummary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace standlab {

class Store;

// A sync folder — a USB stick, or a folder that Syncthing or a network share keeps in step — where every
// laptop drops its packages. It gathers packages from everyone, this laptop's own and ones merged long
// ago included, so receiving from it means picking out the packages this file has not received yet.
//
// A package that cannot be read (damaged, truncated, still being copied, from a newer Stand Lab) is named
// with its reason and left out; it does not hold back the others. The new packages are read and merged one
// at a time, each in its own transaction, so receiving costs the memory of one package however many the
// folder holds, and one bad package costs only itself: every package goes in completely or not at all.
class SyncFolder
{
    Q_DECLARE_TR_FUNCTIONS(SyncFolder)

public:
    enum class Verdict { New, AlreadyReceived, Copy, Own, Unreadable };
    struct Entry
    {
        QString path;
        QString fileName;
        Verdict verdict = Verdict::New;
        QString reason; // why it is left alone, naming the file; empty for a new package
    };
    struct Scan
    {
        QVector<Entry> entries;        // every package file in the folder, by file name
        QStringList paths; // the new ones (read and checked, then let go), oldest first
        QStringList names; // their file names, in the same order
        int count(Verdict verdict) const;
    };
    struct Result
    {
        SyncSummary summary;  // what came in; `skipped` names each package that could not be read or merged
        QStringList received; // file names of the packages merged
        int alreadyReceived = 0; // copies of one package count here too
        int own = 0;
        // The packages left alone as expected (received before, written here) in one line; empty if none.
        QString note() const;
        int problems() const { return int(summary.skipped.size()); }
    };

    SyncFolder(Store& store, const QString& folder);

    QString folder() const { return m_folder; }
    bool exists() const;
    // What receiving would do with each package file; fails only when the folder cannot be listed.
    std::optional<Scan> scan(QString* error) const;
    // Merges every new package. Fails (nothing merged) when the folder cannot be listed or the file
    // cannot be written; packages that cannot be read or merged are reported in the result instead.
    bool receive(Result* result, QString* error);
    // Where to write a new package named `fileName` without replacing one already there.
    QString pathForNewPackage(const QString& fileName) const;

private:
    Store& m_store;
    QString m_folder;
};

} // namespace standlab
