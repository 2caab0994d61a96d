// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace standlab {

// Preferences of this installation: the laptop's name, the sync folder and the language of the interface.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Writes the choices to the settings (what OK does).
    void apply();

private:
    void chooseSyncFolder();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_syncFolder = nullptr;
    QComboBox* m_appearance = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace standlab
