// SPDX-License-Identifier: GPL-3.0-or-later
#include "autobackup.h"

#include "store/backupmanager.h"
#include "store/store.h"

namespace standlab {

AutoBackup::AutoBackup(Store& store, QObject* parent)
    : QObject(parent), m_store(store), m_manager(std::make_unique<BackupManager>())
{
    connect(&store, &Store::rowChanged, this, [this] { m_edited = true; });
    connect(&store, &Store::reset, this, [this] { m_edited = true; });
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::tick);
}

AutoBackup::~AutoBackup() = default;

void AutoBackup::start(int intervalMs)
{
    if (m_store.isReadOnly())
        return;
    // After the window is on screen, so opening never waits for the copy.
    QTimer::singleShot(0, this, [this] { backupNow(); });
    m_timer.start(intervalMs);
}

void AutoBackup::tick()
{
    if (m_edited)
        backupNow();
}

QString AutoBackup::backupNow()
{
    QString error;
    const QString path = m_manager->backup(m_store, &error);
    if (path.isEmpty()) {
        emit failed(error);
        return {};
    }
    m_edited = false;
    m_last = path;
    emit backedUp(path);
    return path;
}

} // namespace standlab
