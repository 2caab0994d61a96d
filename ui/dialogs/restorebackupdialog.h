// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/backupmanager.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace standlab {

// Lists the automatic backups of the open event, newest first, and restores one into a NEW file
// (the open file is never overwritten), which the window then opens.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString& eventPath, QWidget* parent = nullptr,
                                 const QString& backupFolder = BackupManager::defaultFolder());

    QVector<BackupEntry> backups() const { return m_backups; }
    // Restores backup `index` to `destination` without asking; false with *error on refusal.
    bool restoreTo(int index, const QString& destination, QString* error);

signals:
    void restored(const QString& path);

private:
    void restoreSelected();

    QString m_eventPath;
    QVector<BackupEntry> m_backups;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace standlab
