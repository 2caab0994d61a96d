// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace standlab {

class EventDocument;

// The form of one action: every field, its partners and the sessions it came from. Each change is an
// undoable command; typing into a field merges into one step.
class ActionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionEditor(EventDocument& document, QWidget* parent = nullptr);

    void setAction(const QString& actionId);
    QString actionId() const { return m_actionId; }

signals:
    // "Show session": the page (or the window) jumps to that session.
    void showSessionRequested(const QString& sessionId);

private:
    void reload();
    void reloadChoices();
    void setField(const QString& column, const QVariant& value, const QString& text);
    void togglePartner(const QString& organisationId, bool on);
    void linkSession();
    void unlinkSession();

    EventDocument& m_document;
    QString m_actionId;
    bool m_loading = false;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_lead = nullptr;
    QComboBox* m_quarter = nullptr;
    QLineEdit* m_indicators = nullptr;
    QComboBox* m_status = nullptr;
    QListWidget* m_partners = nullptr;
    QListWidget* m_sessions = nullptr;
    QComboBox* m_sessionChoice = nullptr;
    QPushButton* m_showSession = nullptr;
};

} // namespace standlab
