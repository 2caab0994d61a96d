// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncactions.h"

#include "document/eventdocument.h"
#include "io/outputguard.h"
#include "settings/appsettings.h"
#include "store/store.h"
#include "sync/eventfilepackage.h"
#include "sync/laptopidentity.h"
#include "sync/syncexporter.h"
#include "sync/syncledger.h"
#include "sync/syncmerger.h"
#include "syncreviewdialog.h"
#include "syncsummarydialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace standlab {
namespace {

// Where the file dialogs last were: kept apart from the sync folder, which only Preferences changes,
// so saving one package elsewhere does not move where everything new is looked for.
const QString lastFolderKey = QStringLiteral("sync/lastFileFolder");

QString packageFilter()
{
    return SyncActions::tr("Stand Lab sync packages (*.%1);;All files (*)").arg(QLatin1String(SyncPackage::fileSuffix));
}

// The folder a file dialog opens in: the last one used, else the sync folder, else home.
QString startFolder()
{
    for (const QString& folder : {QSettings().value(lastFolderKey).toString(), AppSettings::syncFolder()})
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    return QDir::homePath();
}

void rememberFolder(const QString& path)
{
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
}

} // namespace

SyncActions::SyncActions(EventDocument& document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
}

void SyncActions::addTo(QMenu* menu)
{
    const bool writable = !m_document.store().isReadOnly();
    QAction* share = menu->addAction(tr("S&hare changes…"));
    share->setObjectName(QStringLiteral("actionShareChanges"));
    share->setStatusTip(tr("Write a sync package of this event's changes for the other laptops"));
    share->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(share, &QAction::triggered, this, &SyncActions::shareInteractively);
    QAction* receive = menu->addAction(tr("Recei&ve changes…"));
    receive->setObjectName(QStringLiteral("actionReceiveChanges"));
    receive->setStatusTip(tr("Merge sync packages from other laptops into this event"));
    receive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    receive->setEnabled(writable);
    connect(receive, &QAction::triggered, this, &SyncActions::receiveInteractively);
    QAction* receiveAll = menu->addAction(tr("Receive everything new from the sync &folder"));
    receiveAll->setObjectName(QStringLiteral("actionReceiveFromSyncFolder"));
    const QString receiveAllTip = tr("Merge every package in the sync folder that this event has not received yet "
                                     "(Ctrl+Shift+G); the sync folder is set in Preferences");
    receiveAll->setToolTip(receiveAllTip);
    receiveAll->setStatusTip(receiveAllTip);
    receiveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    receiveAll->setEnabled(writable);
    connect(receiveAll, &QAction::triggered, this, &SyncActions::receiveFromSyncFolderInteractively);
    QAction* mergeFile = menu->addAction(tr("&Merge another event file…"));
    mergeFile->setObjectName(QStringLiteral("actionMergeEventFile"));
    const QString mergeFileTip = tr("Take the changes of another copy of this event, such as a .standlab file "
                                    "sent by e-mail; that file is only read");
    mergeFile->setToolTip(mergeFileTip);
    mergeFile->setStatusTip(mergeFileTip);
    mergeFile->setEnabled(writable);
    connect(mergeFile, &QAction::triggered, this, &SyncActions::mergeEventFileInteractively);
    QAction* review = menu->addAction(tr("Conflicts and e&xchanges…"));
    review->setObjectName(QStringLiteral("actionSyncReview"));
    review->setStatusTip(tr("Review merge conflicts and the history of exchanges"));
    connect(review, &QAction::triggered, this, [this] { showReview(); });
}

bool SyncActions::share(const QString& path, const QString& peer, QString* error)
{
    const QString overEvent = OutputGuard::problem(path, m_document.store().path());
    if (!overEvent.isEmpty()) {
        if (error)
            *error = overEvent;
        return false;
    }
    const SyncExporter exporter(m_document.store(), LaptopIdentity::name());
    // A peer named by a name several laptops share is refused rather than guessed (the menu passes ids).
    const std::optional<SyncPackage> package = peer.isEmpty() ? exporter.build() : exporter.buildFor(peer, nullptr, error);
    if (!package || !exporter.write(*package, path, peer, error))
        return false;
    emit exchanged();
    return true;
}

bool SyncActions::receive(const QStringList& paths, SyncSummary* summary, QString* error)
{
    QVector<SyncPackage> packages;
    QStringList names;
    SyncSummary skipped;
    const SyncLedger ledger(m_document.store());
    for (const QString& path : paths) {
        // Another copy of the event, sent whole, is read as a package of everything it holds.
        std::optional<SyncPackage> package = EventFilePackage::looksLikeEventFile(path)
                                                 ? EventFilePackage::read(path, m_document.store(), error)
                                                 : SyncPackage::read(path, error);
        if (!package)
            return false;
        const QString name = QFileInfo(path).fileName();
        // A sync folder holds this laptop's own packages too, and packages already merged.
        if (package->laptopId == m_document.store().laptopId()) {
            skipped.skipped << tr("%1 (written on this laptop)").arg(name);
            continue;
        }
        if (ledger.hasReceived(package->packageId)) {
            skipped.skipped << tr("%1 (already received)").arg(name);
            continue;
        }
        packages << *package;
        names << name;
    }
    SyncSummary merged;
    if (!packages.isEmpty()) {
        SyncMerger merger(m_document.store());
        if (!merger.merge(packages, names, &merged, error))
            return false;
        // Undo cannot step back over rows another laptop changed underneath.
        m_document.undoStack().clear();
        emit exchanged();
    }
    merged.add(skipped);
    if (summary)
        *summary = merged;
    return true;
}

bool SyncActions::receiveFolder(const QString& folder, SyncFolder::Result* result, QString* error)
{
    SyncFolder::Result out;
    if (!SyncFolder(m_document.store(), folder).receive(&out, error))
        return false;
    if (!out.received.isEmpty()) {
        m_document.undoStack().clear(); // as in receive(): undo cannot step over the merged rows
        emit exchanged();
    }
    if (result)
        *result = out;
    return true;
}

void SyncActions::shareInteractively()
{
    QStringList choices{tr("Everything (for a laptop that never received from this one)")};
    const QVector<SyncLedger::Peer> peers = SyncLedger(m_document.store()).peers();
    for (const SyncLedger::Peer& peer : peers)
        choices << tr("Only what “%1” is missing").arg(peer.name);
    int choice = 0;
    if (!peers.isEmpty()) {
        bool ok = false;
        const QString picked = QInputDialog::getItem(m_window, tr("Share changes"), tr("Package for:"), choices,
                                                     0, false, &ok);
        if (!ok)
            return;
        choice = int(choices.indexOf(picked));
    }
    const QString peer = choice > 0 ? peers.at(choice - 1).laptopId : QString();
    const QString suggested = SyncExporter(m_document.store(), LaptopIdentity::name()).suggestedFileName();

    QString path;
    const SyncFolder syncFolder(m_document.store(), AppSettings::syncFolder());
    if (syncFolder.exists()) {
        const QString target = syncFolder.pathForNewPackage(suggested);
        QMessageBox box(QMessageBox::Question, tr("Share changes"), tr("Write the package to the sync folder?"),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("shareToSyncFolderQuestion"));
        box.setInformativeText(tr("It is saved as “%1” in %2, where the other laptops find it.")
                                   .arg(QFileInfo(target).fileName(), QDir::toNativeSeparators(syncFolder.folder())));
        QPushButton* toFolder = box.addButton(tr("&Write to the sync folder"), QMessageBox::AcceptRole);
        toFolder->setObjectName(QStringLiteral("writeToSyncFolderButton"));
        QPushButton* elsewhere = box.addButton(tr("Save &elsewhere…"), QMessageBox::ActionRole);
        elsewhere->setObjectName(QStringLiteral("saveElsewhereButton"));
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(toFolder);
        box.exec();
        if (box.clickedButton() == toFolder)
            path = target;
        else if (box.clickedButton() != elsewhere)
            return;
    }
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(m_window, tr("Share changes"), QDir(startFolder()).filePath(suggested),
                                            packageFilter());
        if (path.isEmpty())
            return;
        rememberFolder(path);
    }
    QString error;
    if (!share(path, peer, &error)) {
        QMessageBox::warning(m_window, tr("Share changes"), error);
        return;
    }
    notify(tr("Package written to %1").arg(QDir::toNativeSeparators(path)));
}

void SyncActions::receiveInteractively()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Receive changes"), startFolder(), packageFilter());
    if (paths.isEmpty())
        return;
    rememberFolder(paths.first());
    SyncSummary summary;
    QString error;
    if (!receive(paths, &summary, &error)) {
        QMessageBox::warning(m_window, tr("Receive changes"), tr("Nothing was merged. %1").arg(error));
        return;
    }
    showSummary(summary, QString());
}

void SyncActions::mergeEventFileInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Merge another event file"), startFolder(),
                                                      tr("Stand Lab events (*.standlab);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    SyncSummary summary;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool merged = receive({path}, &summary, &error);
    QApplication::restoreOverrideCursor();
    if (!merged) {
        QMessageBox::warning(m_window, tr("Merge another event file"), tr("Nothing was merged. %1").arg(error));
        return;
    }
    showSummary(summary, QString());
}

void SyncActions::receiveFromSyncFolderInteractively()
{
    QString folder = AppSettings::syncFolder();
    if (folder.isEmpty())
        folder = askForSyncFolder();
    if (folder.isEmpty())
        return;
    SyncFolder::Result result;
    QString error;
    if (!receiveFolder(folder, &result, &error)) {
        QMessageBox::warning(m_window, tr("Receive from the sync folder"), tr("Nothing was merged. %1").arg(error));
        return;
    }
    if (!result.received.isEmpty() || result.problems() > 0) {
        showSummary(result.summary, result.note());
        return;
    }
    // Nothing to act on: a message that goes away with one key, not a dialog full of empty tables.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Receive from the sync folder"),
                                tr("Nothing new in %1.").arg(QDir::toNativeSeparators(folder)), QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("syncNothingNewMessage"));
    box->setInformativeText(result.note().isEmpty()
                                ? tr("Packages appear here when the other laptops share their changes to this "
                                     "folder.")
                                : result.note());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString SyncActions::askForSyncFolder()
{
    QMessageBox box(QMessageBox::Question, tr("Receive from the sync folder"), tr("No sync folder is chosen yet."),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("chooseSyncFolderQuestion"));
    box.setInformativeText(tr("Choose the folder where the laptops leave their packages: a USB stick, or a folder "
                              "that Syncthing or a network share keeps in step. Preferences can change it later."));
    QPushButton* choose = box.addButton(tr("&Choose folder…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(choose);
    box.exec();
    if (box.clickedButton() != choose)
        return {};
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Sync folder"), QDir::homePath());
    if (folder.isEmpty())
        return {};
    AppSettings::setSyncFolder(folder);
    return AppSettings::syncFolder();
}

void SyncActions::showSummary(const SyncSummary& summary, const QString& note)
{
    auto* dialog = new SyncSummaryDialog(summary, m_window, note);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncSummaryDialog::reviewConflictsRequested, this, [this] { showReview(); });
    dialog->show();
}

void SyncActions::notify(const QString& message)
{
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(message, 8000);
}

void SyncActions::showReview(bool history)
{
    // One review at a time, kept current by every exchange made while it is open.
    if (!m_review) {
        m_review = new SyncReviewDialog(m_document, m_window);
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &SyncActions::exchanged, m_review.data(), &SyncReviewDialog::refresh);
    }
    if (history)
        m_review->showHistory();
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
}

} // namespace standlab
