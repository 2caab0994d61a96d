// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appearance.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace standlab {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_name = new QLineEdit(AppSettings::laptopName(), this);
    m_name->setObjectName(QStringLiteral("laptopName"));
    m_name->setPlaceholderText(AppSettings::defaultLaptopName());
    m_name->setToolTip(tr("How this laptop is named to the others when you exchange changes"));

    // Both the field and its button explain it: people meet the setting from either.
    const QString folderTip = tr("A USB stick, or a folder that Syncthing or a network share keeps in step. "
                                 "File › Share changes… offers to write packages there, and File › Receive "
                                 "everything new from the sync folder merges the ones this event has not "
                                 "received yet.");
    m_syncFolder = new QLineEdit(QDir::toNativeSeparators(AppSettings::syncFolder()), this);
    m_syncFolder->setObjectName(QStringLiteral("syncFolder"));
    m_syncFolder->setPlaceholderText(tr("None: packages go wherever you choose"));
    m_syncFolder->setClearButtonEnabled(true);
    m_syncFolder->setToolTip(folderTip);
    auto* chooseFolder = new QPushButton(tr("C&hoose…"), this);
    chooseFolder->setObjectName(QStringLiteral("chooseSyncFolder"));
    chooseFolder->setToolTip(folderTip);
    connect(chooseFolder, &QPushButton::clicked, this, &PreferencesDialog::chooseSyncFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_syncFolder, 1);
    folderRow->addWidget(chooseFolder);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const AppSettings::Language& language : AppSettings::languages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->setToolTip(tr("Light or dark colours, or those of the desktop"));
    for (const Appearance::Choice& choice : Appearance::choices())
        m_appearance->addItem(choice.name, choice.code);
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(Appearance::saved())));

    auto* id = new QLabel(AppSettings::laptopId(), this);
    id->setObjectName(QStringLiteral("laptopId"));
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    id->setToolTip(tr("Made once for this installation. Each copy of an event file derives an id of its own from "
                      "it, which marks the changes made in that copy"));

    auto* restartNote = new QLabel(tr("A new language or appearance is used the next time Stand Lab starts."), this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);
    QPalette palette = restartNote->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    restartNote->setPalette(palette);

    auto* form = new QFormLayout;
    form->addRow(tr("Laptop &name:"), m_name);
    form->addRow(tr("Laptop identity:"), id);
    auto* folderLabel = new QLabel(tr("S&ync folder:"), this);
    folderLabel->setBuddy(m_syncFolder); // a row holding a layout gets no buddy by itself
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(QString(), restartNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void PreferencesDialog::apply()
{
    AppSettings::setLaptopName(m_name->text());
    AppSettings::setSyncFolder(m_syncFolder->text());
    AppSettings::setLanguage(m_language->currentData().toString());
    Appearance::save(m_appearance->currentData().toString());
}

void PreferencesDialog::chooseSyncFolder()
{
    const QString current = QDir::fromNativeSeparators(m_syncFolder->text().trimmed());
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Sync folder"), current.isEmpty() || !QDir(current).exists() ? QDir::homePath() : current);
    if (!folder.isEmpty())
        m_syncFolder->setText(QDir::toNativeSeparators(folder));
}

} // namespace standlab
