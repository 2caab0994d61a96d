// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace standlab {

// Keeps a second Stand Lab process from writing the same .standlab file; recovers a lock whose
// process has died.
class FileLock
{
public:
    explicit FileLock(const QString& databasePath);
    ~FileLock();

    bool tryLock(QString* error);
    void unlock();
    bool isLocked() const;
    // "<canonical path of the file>.lock": symbolic links are resolved, so every path to a file shares its lock.
    static QString lockPathFor(const QString& databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace standlab
