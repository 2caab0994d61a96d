// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appearance.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    id->setToolTip(tr("Made once for this installation; it marks the changes made on this laptop"));

    auto* restartNote = new QLabel(tr("A new language or appearance is used the next time Stand Lab starts."), this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);
    QPalette palette = restartNote->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    restartNote->setPalette(palette);

    auto* form = new QFormLayout;
    form->addRow(tr("Laptop &name:"), m_name);
    form->addRow(tr("Laptop identity:"), id);
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
    AppSettings::setLanguage(m_language->currentData().toString());
    Appearance::save(m_appearance->currentData().toString());
}

} // namespace standlab
