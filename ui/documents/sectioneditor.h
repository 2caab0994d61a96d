// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolBar;

namespace standlab {

class EventDocument;
class RichTextEditor;

// Edits one section: title, status and rich text (saved as you type, one undo step per burst), and
// shows who edited it last. With no section it edits the document's own title and status.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditor(EventDocument& document, QWidget* parent = nullptr);

    void setSection(const QString& sectionId);
    void setDocument(const QString& documentId);
    QString sectionId() const { return m_sectionId; }
    RichTextEditor* editor() const { return m_text; }
    // The name written as "last edited by"; empty (the default) means the laptop's name from Preferences.
    void setEditorName(const QString& name) { m_editorName = name; }

private:
    void reload();
    void saveText();

    EventDocument& m_document;
    QString m_sectionId;
    QString m_documentId;
    QString m_editorName;
    QLineEdit* m_title = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_lastEditor = nullptr;
    QToolBar* m_formatBar = nullptr;
    RichTextEditor* m_text = nullptr;
};

} // namespace standlab
