// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace standlab {

class Store;

// One rolling backup on disk.
struct BackupEntry
{
    QString path;
    QDateTime takenAt;
    qint64 size = 0;
};

// Keeps a bounded number of time-stamped copies of each event in the data folder, so a file that was
// damaged or wrongly edited can be brought back.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(standlab::BackupManager)

public:
    explicit BackupManager(const QString& folder = defaultFolder(), int keep = 20);
    static QString defaultFolder(); // QStandardPaths::AppDataLocation + "/backups" (created on demand)
    QString folder() const { return m_folder; }
    int keep() const { return m_keep; }

    // Writes a time-stamped copy of the open store (Store::saveCopy, backup API) and then deletes
    // the oldest backups of the same event beyond `keep`. Returns the new backup's path, or empty with *error set.
    QString backup(const Store& store, QString* error);
    QVector<BackupEntry> backupsOf(const QString& eventPath) const; // newest first
    // Copies a backup to a new file (never over an existing one) so it can be opened; checks it opens first.
    static bool restore(const QString& backupPath, const QString& destination, QString* error);

private:
    // "<base name>-<8 hex of the sha1 of the absolute path>-": two events of the same name never mix.
    static QString prefixFor(const QString& eventPath);

    QString m_folder;
    int m_keep;
};

} // namespace standlab
