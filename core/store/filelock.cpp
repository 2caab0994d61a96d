// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace standlab {

FileLock::FileLock(const QString& databasePath)
    : m_databasePath(databasePath), m_lock(std::make_unique<QLockFile>(lockPathFor(databasePath)))
{
    // A live process refreshes nothing, so only a dead owner makes a lock stale; never expire by age.
    m_lock->setStaleLockTime(0);
}

FileLock::~FileLock() = default;

QString FileLock::lockPathFor(const QString& databasePath)
{
    // Named after the file itself, not after the way it was reached: opened through a symbolic link, a
    // relative path or a linked folder, one file still has one lock.
    const QFileInfo info(databasePath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) { // not created yet: its folder may still be reached through a link
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        canonical = folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    }
    return canonical + QStringLiteral(".lock");
}

bool FileLock::tryLock(QString* error)
{
    if (m_lock->tryLock(0))
        return true;
    if (error) {
        const QString name = QFileInfo(m_databasePath).fileName();
        if (m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            *error = QCoreApplication::translate("standlab::FileLock",
                                                 "“%1” is already open in another Stand Lab window "
                                                 "(process %2 on %3). Close it there first.")
                         .arg(name)
                         .arg(pid)
                         .arg(host);
        } else {
            *error = QCoreApplication::translate("standlab::FileLock",
                                                 "Could not create the lock file beside “%1”: the folder "
                                                 "is not writable.")
                         .arg(name);
        }
    }
    return false;
}

void FileLock::unlock()
{
    m_lock->unlock();
}

bool FileLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace standlab
