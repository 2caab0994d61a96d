// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace standlab {

// Preferences of this installation: the laptop's name and the language of the interface.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Writes the choices to the settings (what OK does).
    void apply();

private:
    QLineEdit* m_name = nullptr;
    QComboBox* m_appearance = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace standlab
