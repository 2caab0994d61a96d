// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"

#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace standlab {
namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString suffix = QStringLiteral(".standlab");

} // namespace

BackupManager::BackupManager(const QString& folder, int keep) : m_folder(folder), m_keep(std::max(1, keep))
{
}

QString BackupManager::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QString BackupManager::prefixFor(const QString& eventPath)
{
    const QFileInfo info(eventPath);
    // canonicalFilePath() resolves links, so one event reached by two paths keeps one series.
    QString absolute = info.canonicalFilePath();
    if (absolute.isEmpty())
        absolute = info.absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash) + QLatin1Char('-');
}

QString BackupManager::backup(const Store& store, QString* error)
{
    QDir dir(m_folder);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = tr("Cannot write a backup: the folder “%1” could not be created.")
                         .arg(QDir::toNativeSeparators(m_folder));
        return {};
    }
    const QString prefix = prefixFor(store.path());
    // Times are UTC so a change of time zone or daylight saving never reorders the series.
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    QString target;
    for (;;) {
        target = dir.filePath(prefix + stamp.toString(stampFormat) + suffix);
        if (!QFileInfo::exists(target))
            break;
        stamp = stamp.addMSecs(1); // two backups within one millisecond still get names of their own
    }
    QString reason;
    if (!store.saveCopy(target, &reason)) {
        if (error)
            *error = tr("Cannot write a backup of “%1”: %2").arg(QDir::toNativeSeparators(store.path()), reason);
        return {};
    }
    const QVector<BackupEntry> all = backupsOf(store.path());
    for (int i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return target;
}

QVector<BackupEntry> BackupManager::backupsOf(const QString& eventPath) const
{
    QVector<BackupEntry> entries;
    const QString prefix = prefixFor(eventPath);
    const QDir dir(m_folder);
    // Matched by plain text: an event's name may hold characters a wildcard filter would read as a
    // pattern ("[", "]", "*", "?"), and its backups would then never be listed or pruned.
    const QFileInfoList files = dir.entryInfoList(QDir::Files);
    for (const QFileInfo& file : files) {
        const QString name = file.fileName();
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.size() <= prefix.size() + suffix.size())
            continue;
        // The base name itself may contain dashes and digits: take the stamp from the fixed-width tail.
        const QString stampText = name.mid(prefix.size(), name.size() - prefix.size() - suffix.size());
        QDateTime takenAt = QDateTime::fromString(stampText, stampFormat);
        if (!takenAt.isValid())
            continue;
        takenAt.setTimeSpec(Qt::UTC);
        entries.push_back({file.absoluteFilePath(), takenAt, file.size()});
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return entries;
}

bool BackupManager::restore(const QString& backupPath, const QString& destination, QString* error)
{
    const QString name = QDir::toNativeSeparators(destination);
    if (QFileInfo::exists(destination)) {
        if (error)
            *error = tr("Cannot restore to “%1”: a file of that name already exists. Choose a new name.").arg(name);
        return false;
    }
    if (!QFileInfo(destination).dir().exists()) {
        if (error)
            *error = tr("Cannot restore to “%1”: the folder does not exist.").arg(name);
        return false;
    }
    // Work on a copy beside the destination: the backup itself is never opened for writing, and the
    // destination appears only once the copy has opened cleanly.
    const QString partial = destination + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial)) {
        if (error)
            *error = tr("Cannot restore “%1”: it could not be copied to “%2”.")
                         .arg(QDir::toNativeSeparators(backupPath), name);
        return false;
    }
    QFile::setPermissions(partial, QFile::permissions(partial) | QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    QString reason;
    bool ok = false;
    {
        std::unique_ptr<Store> store = Store::open(partial, OpenOptions(), &reason);
        ok = store && store->checkIntegrity(&reason);
    }
    // An older backup is upgraded as it opens; its own safety copy is not needed, the backup still exists.
    const QFileInfo part(partial);
    const QString copyPrefix = part.fileName() + QStringLiteral(".v");
    for (const QString& copy : part.dir().entryList(QDir::Files)) {
        if (copy.startsWith(copyPrefix) && copy.endsWith(QLatin1String(".bak")))
            QFile::remove(part.dir().filePath(copy));
    }
    if (!ok) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot restore “%1”: the backup does not open (%2).")
                         .arg(QDir::toNativeSeparators(backupPath), reason);
        return false;
    }
    // rename() never replaces an existing file, so a file created meanwhile is not overwritten.
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot restore to “%1”: the restored file could not be moved into place.").arg(name);
        return false;
    }
    return true;
}

} // namespace standlab
