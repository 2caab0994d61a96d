// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QDialog>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace standlab {

class EventDocument;
class EventSettingsTable;

// Edits the event itself: its name and place, days, spaces and working lines. Every change is an
// undo command on the document's stack, saved as it is made.
class EventSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventSettingsDialog(EventDocument& document, QWidget* parent = nullptr);

    EventSettingsTable* daysEditor() const { return m_days; }
    EventSettingsTable* spacesEditor() const { return m_spaces; }
    EventSettingsTable* linesEditor() const { return m_lines; }

private:
    QWidget* buildGeneralTab();
    void loadGeneral();
    void setEventField(const QString& column, const QVariant& value, const QString& text);
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);

    EventDocument& m_document;
    bool m_loading = false;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_venue = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_timeZone = nullptr;
    QListWidget* m_languages = nullptr;
    QPlainTextEdit* m_description = nullptr;
    EventSettingsTable* m_days = nullptr;
    EventSettingsTable* m_spaces = nullptr;
    EventSettingsTable* m_lines = nullptr;
};

} // namespace standlab
