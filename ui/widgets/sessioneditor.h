// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace standlab {

class EventDocument;
class ParticipantsEditor;
class WorkshopDetailsEditor;

// The side panel that edits every field of one session; each change is an undo command, and the
// panel follows the store (after an undo, or an edit elsewhere) without pushing anything itself.
class SessionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SessionEditor(EventDocument& document, QWidget* parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString& id);
    // Puts the cursor in the title with all of it selected, ready to type over.
    void focusTitle();
    ParticipantsEditor* participants() const { return m_participants; }
    WorkshopDetailsEditor* workshopDetails() const { return m_workshop; }

private:
    void buildUi();
    QWidget* buildForm();
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);
    void refreshChoices();
    void load();
    void loadTags();
    void setFields(const QVariantMap& values, const QString& text);
    void setField(const QString& column, const QVariant& value, const QString& text);
    void connectText(QLineEdit* edit, const QString& column, const QString& text);
    void connectText(QPlainTextEdit* edit, const QString& column, const QString& text);
    void connectCombo(QComboBox* combo, const QString& column, const QString& text);
    void connectSpin(QSpinBox* spin, const QString& column, const QString& text);
    void connectLinks(QPlainTextEdit* edit, QLabel* warning, const QString& column, const QString& text);
    void loadLinks(QPlainTextEdit* edit, QLabel* warning, const QString& json);
    void onDayChosen();
    void onStartChanged();
    void onEndChanged();
    void onTagToggled(QListWidgetItem* item);

    EventDocument& m_document;
    QString m_sessionId;
    bool m_loading = false;

    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_workingLine = nullptr;
    QListWidget* m_tags = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_day = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QLabel* m_timeWarning = nullptr;
    QComboBox* m_space = nullptr;
    QLineEdit* m_subtitle = nullptr;
    QPlainTextEdit* m_abstract = nullptr;
    QPlainTextEdit* m_description = nullptr;
    ParticipantsEditor* m_participants = nullptr;
    QWidget* m_workshopGroup = nullptr;
    WorkshopDetailsEditor* m_workshop = nullptr;
    QSpinBox* m_capacity = nullptr;
    QSpinBox* m_expectedHeadcount = nullptr;
    QSpinBox* m_headcount = nullptr;
    QLineEdit* m_recordingUrl = nullptr;
    QLineEdit* m_notesUrl = nullptr;
    QLineEdit* m_slidesUrl = nullptr;
    QPlainTextEdit* m_links = nullptr;
    QLabel* m_linksWarning = nullptr;
    QPlainTextEdit* m_attachments = nullptr;
    QLabel* m_attachmentsWarning = nullptr;
    QLineEdit* m_recordingLicence = nullptr;
    QCheckBox* m_recordingOptOut = nullptr;
    QPlainTextEdit* m_internalNotes = nullptr;
};

} // namespace standlab
