// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QVariant>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QStackedWidget;

namespace standlab {

class AvailabilityEditor;
class EventDocument;

// Edits every field of one person, availability included; each change is an undo command, and the
// form follows the store (after an undo, or an edit elsewhere) without pushing anything itself.
class PersonEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PersonEditor(EventDocument& document, QWidget* parent = nullptr);

    QString personId() const { return m_personId; }
    void setPersonId(const QString& id);
    void focusName();

private:
    QWidget* buildForm();
    void refreshOrganisations();
    void load();
    void loadLanguages(const QStringList& languages);
    void setField(const QString& column, const QVariant& value, const QString& text);
    void connectText(QLineEdit* edit, const QString& column, const QString& text);
    void connectText(QPlainTextEdit* edit, const QString& column, const QString& text);
    void onLanguageToggled(QListWidgetItem* item);
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);

    EventDocument& m_document;
    QString m_personId;
    bool m_loading = false;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_organisation = nullptr;
    QLineEdit* m_roleTitle = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QListWidget* m_languages = nullptr;
    QPlainTextEdit* m_bio = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    AvailabilityEditor* m_availability = nullptr;
};

} // namespace standlab
