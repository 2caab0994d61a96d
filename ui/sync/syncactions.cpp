// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncactions.h"

#include "document/eventdocument.h"
#include "store/store.h"
#include "sync/laptopidentity.h"
#include "sync/syncexporter.h"
#include "sync/syncledger.h"
#include "sync/syncmerger.h"
#include "syncreviewdialog.h"
#include "syncsummarydialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace standlab {
namespace {

const QString folderKey = QStringLiteral("sync/folder");

QString packageFilter()
{
    return SyncActions::tr("Stand Lab sync packages (*.%1);;All files (*)").arg(QLatin1String(SyncPackage::fileSuffix));
}

} // namespace

SyncActions::SyncActions(EventDocument& document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
}

QString SyncActions::syncFolder()
{
    return QSettings().value(folderKey).toString();
}

void SyncActions::setSyncFolder(const QString& folder)
{
    QSettings().setValue(folderKey, folder);
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
    QAction* review = menu->addAction(tr("Conflicts and e&xchanges…"));
    review->setObjectName(QStringLiteral("actionSyncReview"));
    review->setStatusTip(tr("Review merge conflicts and the history of exchanges"));
    connect(review, &QAction::triggered, this, [this] { showReview(); });
}

bool SyncActions::share(const QString& path, const QString& peer, QString* error)
{
    const SyncExporter exporter(m_document.store(), LaptopIdentity::name());
    const SyncPackage package = peer.isEmpty() ? exporter.build() : exporter.buildFor(peer, nullptr);
    return exporter.write(package, path, peer, error);
}

bool SyncActions::receive(const QStringList& paths, SyncSummary* summary, QString* error)
{
    QVector<SyncPackage> packages;
    QStringList names;
    SyncSummary skipped;
    const SyncLedger ledger(m_document.store());
    for (const QString& path : paths) {
        std::optional<SyncPackage> package = SyncPackage::read(path, error);
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
    }
    merged.add(skipped);
    if (summary)
        *summary = merged;
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
    const QString folder = syncFolder().isEmpty() ? QDir::homePath() : syncFolder();
    const QString suggested = SyncExporter(m_document.store(), LaptopIdentity::name()).suggestedFileName();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Share changes"),
                                                      QDir(folder).filePath(suggested), packageFilter());
    if (path.isEmpty())
        return;
    setSyncFolder(QFileInfo(path).absolutePath());
    QString error;
    if (!share(path, peer, &error))
        QMessageBox::warning(m_window, tr("Share changes"), error);
}

void SyncActions::receiveInteractively()
{
    const QString folder = syncFolder().isEmpty() ? QDir::homePath() : syncFolder();
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Receive changes"), folder, packageFilter());
    if (paths.isEmpty())
        return;
    setSyncFolder(QFileInfo(paths.first()).absolutePath());
    SyncSummary summary;
    QString error;
    if (!receive(paths, &summary, &error)) {
        QMessageBox::warning(m_window, tr("Receive changes"), tr("Nothing was merged. %1").arg(error));
        return;
    }
    auto* dialog = new SyncSummaryDialog(summary, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncSummaryDialog::reviewConflictsRequested, this, [this] { showReview(); });
    dialog->show();
}

void SyncActions::showReview(bool history)
{
    auto* dialog = new SyncReviewDialog(m_document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (history)
        dialog->showHistory();
    dialog->show();
}

} // namespace standlab
