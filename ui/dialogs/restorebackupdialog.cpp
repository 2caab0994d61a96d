// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "mainwindow/prompts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace standlab {

RestoreBackupDialog::RestoreBackupDialog(const QString& eventPath, QWidget* parent, const QString& backupFolder)
    : QDialog(parent), m_eventPath(eventPath)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    m_backups = BackupManager(backupFolder).backupsOf(eventPath);

    auto* intro = new QLabel(tr("Stand Lab keeps automatic copies of <b>%1</b> while you work. Restoring "
                                "one writes it to a new file and opens it there; the open file is not "
                                "changed.")
                                 .arg(QFileInfo(eventPath).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const BackupEntry& entry : m_backups) {
        auto* item = new QTreeWidgetItem(m_list, {locale.toString(entry.takenAt.toLocalTime(), QLocale::LongFormat),
                                                  locale.formattedDataSize(entry.size)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(entry.path));
    }
    auto* empty = new QLabel(tr("There are no backups of this event yet. The first one is made a moment "
                                "after an event opens, then one every ten minutes while you edit."),
                             this);
    empty->setObjectName(QStringLiteral("noBackups"));
    empty->setWordWrap(true);
    empty->setVisible(m_backups.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("Restore as a new file…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Write the chosen backup to a new file and open it"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreBackupDialog::restoreSelected);
    if (!m_backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(560, 380);
}

bool RestoreBackupDialog::restoreTo(int index, const QString& destination, QString* error)
{
    if (index < 0 || index >= m_backups.size()) {
        if (error)
            *error = tr("Choose a backup to restore.");
        return false;
    }
    const QFileInfo target(destination), open(m_eventPath);
    if (target.absoluteFilePath() == open.absoluteFilePath() || target.exists()) {
        if (error)
            *error = tr("%1 already exists; a backup is restored only into a new file.")
                         .arg(QDir::toNativeSeparators(destination));
        return false;
    }
    if (!BackupManager::restore(m_backups.at(index).path, destination, error))
        return false;
    emit restored(destination);
    return true;
}

void RestoreBackupDialog::restoreSelected()
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (index < 0)
        return;
    const QFileInfo info(m_eventPath);
    const QString stamp = m_backups.at(index).takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HHmm"));
    QString destination = Prompts::saveFile(
        this, tr("Restore backup as"),
        info.dir().filePath(tr("%1 (restored %2)").arg(info.completeBaseName(), stamp) + QStringLiteral(".standlab")),
        Prompts::eventFilter());
    if (destination.isEmpty())
        return;
    if (QFileInfo(destination).suffix().isEmpty())
        destination += QStringLiteral(".standlab");
    QString error;
    if (!restoreTo(index, destination, &error)) {
        Prompts::warning(this, tr("Restore from backup"), error);
        return;
    }
    accept();
}

} // namespace standlab
