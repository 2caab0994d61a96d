// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncfolder.h"
#include "sync/syncsummary.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace standlab {

class EventDocument;
class SyncReviewDialog;

// File › Share changes…, Receive changes…, Receive everything new from the sync folder, Merge another event
// file… and Conflicts and exchanges…: the sync package workflow of issue 7 over core's SyncExporter, SyncMerger and SyncFolder.
// Packages go to a file or to the sync folder of Preferences (a USB stick or a folder Syncthing keeps in
// step); the folder last used for a file is remembered apart from it.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    SyncActions(EventDocument& document, QWidget* window);
    // Adds the five actions to `menu`.
    void addTo(QMenu* menu);

    // Without dialogs, for tests and the actions: merges the packages (or other copies of the event file), or
    // says why not.
    bool receive(const QStringList& paths, SyncSummary* summary, QString* error);
    // Every package in `folder` this event has not received yet; see SyncFolder for what is left out.
    bool receiveFolder(const QString& folder, SyncFolder::Result* result, QString* error);
    bool share(const QString& path, const QString& peer, QString* error);

    void shareInteractively();
    void receiveInteractively();
    void receiveFromSyncFolderInteractively();
    // File › Merge another event file…: another copy of this event, read only (EventFilePackage).
    void mergeEventFileInteractively();
    void showReview(bool history = false);

signals:
    // A package was written or merged: the history of exchanges has a new line.
    void exchanged();

private:
    QString askForSyncFolder();
    void showSummary(const SyncSummary& summary, const QString& note);
    void notify(const QString& message);

    EventDocument& m_document;
    QWidget* m_window;
    QPointer<SyncReviewDialog> m_review;
};

} // namespace standlab
