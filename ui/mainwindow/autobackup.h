// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

namespace standlab {

class BackupManager;
class Store;

// Rolling backups of one open event: one soon after it opens, then one every interval while it is
// being edited. Nothing happens for a read-only file.
class AutoBackup : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 10 * 60 * 1000;

    AutoBackup(Store& store, QObject* parent = nullptr);
    ~AutoBackup() override;

    // Schedules the first backup on the next event-loop turn, then the periodic ones.
    void start(int intervalMs = defaultIntervalMs);
    // Writes a backup now; returns its path, or empty (the reason goes to failed()).
    QString backupNow();
    bool hasEdits() const { return m_edited; }
    QString lastBackup() const { return m_last; }

signals:
    void backedUp(const QString& path);
    void failed(const QString& message);

private:
    void tick();

    Store& m_store;
    std::unique_ptr<BackupManager> m_manager;
    QTimer m_timer;
    bool m_edited = false;
    QString m_last;
};

} // namespace standlab
