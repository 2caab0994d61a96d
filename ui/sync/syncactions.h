// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncsummary.h"

#include <QObject>

class QMenu;
class QWidget;

namespace standlab {

class EventDocument;

// File › Share changes…, Receive changes… and Conflicts and exchanges…: the sync package workflow of
// issue 7 over core's SyncExporter and SyncMerger. Packages go to a file or the sync folder (a USB
// stick or a folder Syncthing keeps in step), which is remembered.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    SyncActions(EventDocument& document, QWidget* window);
    // Adds the three actions to `menu`.
    void addTo(QMenu* menu);

    // The folder packages are written to and read from (empty: none chosen yet).
    static QString syncFolder();
    static void setSyncFolder(const QString& folder);

    // Without dialogs, for tests and the receive action: merges the packages, or says why not.
    bool receive(const QStringList& paths, SyncSummary* summary, QString* error);
    bool share(const QString& path, const QString& peer, QString* error);

    void shareInteractively();
    void receiveInteractively();
    void showReview(bool history = false);

private:
    EventDocument& m_document;
    QWidget* m_window;
};

} // namespace standlab
