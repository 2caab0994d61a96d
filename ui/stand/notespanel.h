// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "noteconversion.h"

#include <QDateTime>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace standlab {

class EventDocument;

// Quick notes taken during one session, and the one-step moves of a note into the Action Plan
// (a linked action, or a paragraph of a section). Keyboard: Ctrl+Return adds, Delete removes,
// Alt+A / Alt+P convert the selected note.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(EventDocument& document, QWidget* parent = nullptr);

    void setSession(const QString& sessionId);
    QString sessionId() const { return m_sessionId; }
    // Where "now" comes from for a new note's time (the stand clock, in the event's time zone).
    void setWallClock(std::function<QDateTime()> wallNow) { m_wallNow = std::move(wallNow); }

    bool addNote(const QString& text);
    bool addNoteFromEditor();
    QString currentNoteId() const;
    void selectNote(const QString& noteId);
    bool convertToAction();
    bool convertToParagraph();
    bool removeCurrentNote();
    QString lastActionId() const { return m_lastActionId; }

signals:
    void statusMessage(const QString& message);

private:
    void reloadNotes();
    void reloadTargets();
    void updateButtons();
    std::optional<SessionNote> currentNote() const;

    EventDocument& m_document;
    QString m_sessionId;
    QString m_lastActionId;
    std::function<QDateTime()> m_wallNow;
    QVector<NoteConversion::Target> m_targets;
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPushButton* m_add = nullptr;
    QComboBox* m_sections = nullptr;
    QPushButton* m_toAction = nullptr;
    QPushButton* m_toParagraph = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace standlab
