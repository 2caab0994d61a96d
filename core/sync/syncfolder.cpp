// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfolder.h"

#include "store/store.h"
#include "syncledger.h"
#include "syncmerger.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace standlab {
namespace {

struct Identity
{
    QString packageId;
    QString laptopId;
    QString createdAt;
};

// The ids in a package's one-line header (after its magic line), read without the payload: a folder
// that has gathered packages for days holds mostly ones to skip, and reading each whole would be slow.
// Only a shortcut: whatever this cannot make sense of is read in full, which checks everything.
std::optional<Identity> peekIdentity(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    file.readLine(256);
    const QJsonObject header = QJsonDocument::fromJson(file.readLine(64 * 1024)).object();
    Identity identity{header.value(QStringLiteral("package_id")).toString(),
                      header.value(QStringLiteral("laptop_id")).toString(),
                      header.value(QStringLiteral("created_at")).toString()};
    if (identity.packageId.isEmpty() || identity.laptopId.isEmpty())
        return std::nullopt;
    return identity;
}

} // namespace

int SyncFolder::Scan::count(Verdict verdict) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [verdict](const Entry& entry) { return entry.verdict == verdict; }));
}

QString SyncFolder::Result::note() const
{
    QStringList parts;
    if (alreadyReceived > 0)
        parts << tr("%n package(s) already received", nullptr, alreadyReceived);
    if (own > 0)
        parts << tr("%n package(s) written on this laptop", nullptr, own);
    return parts.isEmpty() ? QString() : tr("Left alone: %1.").arg(parts.join(QStringLiteral(", ")));
}

SyncFolder::SyncFolder(Store& store, const QString& folder) : m_store(store), m_folder(folder) {}

bool SyncFolder::exists() const
{
    return !m_folder.isEmpty() && QFileInfo(m_folder).isDir();
}

std::optional<SyncFolder::Scan> SyncFolder::scan(QString* error) const
{
    const QDir dir(m_folder);
    if (!exists() || !QFileInfo(m_folder).isReadable()) {
        if (error)
            *error = tr("The sync folder “%1” cannot be read. If it is on a USB stick, plug it in; or choose "
                        "another folder in Preferences.")
                         .arg(QDir::toNativeSeparators(m_folder));
        return std::nullopt;
    }
    // Hidden files are left out: Syncthing and others write a file under a hidden name while it arrives.
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.%1").arg(QLatin1String(SyncPackage::fileSuffix))}, QDir::Files, QDir::Name);
    const SyncLedger ledger(m_store);
    const QString ownLaptop = m_store.laptopId();
    const QDateTime recently = QDateTime::currentDateTimeUtc().addSecs(-60);
    QHash<QString, QString> seen; // package id → the file name it was first found under
    Scan scan;
    QVector<int> order;
    QStringList createdAt;
    // Own, received before, or a second copy: no need to read the rest.
    auto alreadyKnown = [&](Entry& entry, const QString& packageId, const QString& laptopId) {
        if (laptopId == ownLaptop) {
            entry.verdict = Verdict::Own;
            entry.reason = tr("“%1” was written on this laptop.").arg(entry.fileName);
        } else if (ledger.hasReceived(packageId)) {
            entry.verdict = Verdict::AlreadyReceived;
            entry.reason = tr("“%1” was received before.").arg(entry.fileName);
        } else if (seen.contains(packageId)) {
            entry.verdict = Verdict::Copy;
            entry.reason = tr("“%1” is a copy of “%2”.").arg(entry.fileName, seen.value(packageId));
        } else {
            return false;
        }
        return true;
    };
    for (const QFileInfo& file : files) {
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.fileName = file.fileName();
        const std::optional<Identity> identity = peekIdentity(entry.path);
        if (identity && alreadyKnown(entry, identity->packageId, identity->laptopId)) {
            scan.entries << entry;
            continue;
        }
        QString why;
        std::optional<SyncPackage> package =
            file.size() == 0 ? std::nullopt : SyncPackage::read(entry.path, &why);
        if (!package) {
            entry.verdict = Verdict::Unreadable;
            entry.reason = file.size() == 0 ? tr("“%1” is empty.").arg(entry.fileName) : why;
            // A copy in progress looks like a damaged package; say so rather than alarm anyone.
            if (file.lastModified().toUTC() > recently)
                entry.reason = tr("%1 It changed less than a minute ago and may still be arriving: receive "
                                  "again in a moment.")
                                   .arg(entry.reason);
        } else if (!alreadyKnown(entry, package->packageId, package->laptopId)) {
            seen.insert(package->packageId, entry.fileName);
            order << int(scan.paths.size());
            scan.paths << entry.path;
            scan.names << entry.fileName;
            createdAt << package->createdAt;
        }
        package.reset(); // only one package is held at a time
        scan.entries << entry;
    }
    // Oldest first, so the history of exchanges reads in the order the packages were written (the merge's
    // result does not depend on the order).
    std::stable_sort(order.begin(), order.end(), [&createdAt](int a, int b) { return createdAt.at(a) < createdAt.at(b); });
    Scan sorted;
    sorted.entries = scan.entries;
    for (int index : qAsConst(order)) {
        sorted.paths << scan.paths.at(index);
        sorted.names << scan.names.at(index);
    }
    return sorted;
}

bool SyncFolder::receive(Result* result, QString* error)
{
    if (m_store.isReadOnly()) {
        if (error)
            *error = m_store.readOnlyReason();
        return false;
    }
    std::optional<Scan> scanned = scan(error);
    if (!scanned)
        return false;
    Result out;
    QStringList problems;
    for (const Entry& entry : qAsConst(scanned->entries)) {
        switch (entry.verdict) {
        case Verdict::Unreadable:
            problems << entry.reason;
            break;
        case Verdict::AlreadyReceived:
        case Verdict::Copy:
            ++out.alreadyReceived;
            break;
        case Verdict::Own:
            ++out.own;
            break;
        case Verdict::New:
            break;
        }
    }
    // One package at a time: read, merged in its own transaction, let go. One that refers to rows another
    // new package brings is tried again once the others are in.
    QVector<int> pending(scanned->paths.size());
    std::iota(pending.begin(), pending.end(), 0);
    QHash<int, QString> failures;
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        QVector<int> again;
        for (int i : qAsConst(pending)) {
            const QString& name = scanned->names.at(i);
            QString why;
            std::optional<SyncPackage> package = SyncPackage::read(scanned->paths.at(i), &why);
            SyncSummary one;
            if (package && SyncMerger(m_store).merge({*package}, {name}, &one, &why)) {
                out.summary.add(one);
                out.received << name;
                failures.remove(i);
                progress = true;
            } else {
                failures.insert(i, package ? why : QString());
                if (!package)
                    problems << why; // became unreadable since the scan
                else
                    again << i;
            }
        }
        pending = again;
    }
    for (int i : qAsConst(pending))
        problems << tr("“%1” could not be merged and nothing of it was applied: %2").arg(scanned->names.at(i), failures.value(i));
    out.summary.skipped = problems;
    if (result)
        *result = out;
    return true;
}

QString SyncFolder::pathForNewPackage(const QString& fileName) const
{
    const QDir dir(m_folder);
    // Split off the package suffix only: a laptop name like "ana.local" has dots of its own.
    const QString suffix = QStringLiteral(".") + QLatin1String(SyncPackage::fileSuffix);
    const bool hasSuffix = fileName.endsWith(suffix);
    const QString base = hasSuffix ? fileName.chopped(suffix.size()) : fileName;
    const QString extension = hasSuffix ? suffix : QString();
    QString candidate = fileName;
    for (int n = 2; dir.exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(extension);
    return dir.filePath(candidate);
}

} // namespace standlab
