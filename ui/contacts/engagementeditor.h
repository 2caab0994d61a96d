// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace standlab {

class EventDocument;
class InteractionLog;

// One organisation's engagement with this edition, edited in place (every change one undo step):
// attendance, days, delegation, topics, requested working line, wishes to speak or run a workshop,
// owner, next follow-up, contact person; its people; its interaction log; and the action that turns
// a request into a proposed session.
class EngagementEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementEditor(EventDocument& document, QWidget* parent = nullptr);

    void setOrganisation(const QString& organisationId);
    QString organisationId() const { return m_organisationId; }
    InteractionLog* log() const { return m_log; }
    // What the button does; returns the new session id (empty on refusal, with the reason shown).
    QString makeSession();

signals:
    void sessionMade(const QString& sessionId);

private:
    void refresh();
    void edit(const QString& column, const QVariant& value);

    EventDocument& m_document;
    QString m_organisationId;
    QString m_engagementId;
    bool m_loading = false;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QCheckBox* m_signatory = nullptr;
    QComboBox* m_attendance = nullptr;
    QWidget* m_daysBox = nullptr;
    QVector<QCheckBox*> m_days;
    QSpinBox* m_delegation = nullptr;
    QLineEdit* m_topics = nullptr;
    QComboBox* m_line = nullptr;
    QCheckBox* m_speak = nullptr;
    QCheckBox* m_workshop = nullptr;
    QLineEdit* m_owner = nullptr;
    QDateEdit* m_followUp = nullptr;
    QComboBox* m_contact = nullptr;
    QListWidget* m_people = nullptr;
    QLabel* m_requestState = nullptr;
    QPushButton* m_makeSession = nullptr;
    InteractionLog* m_log = nullptr;
};

} // namespace standlab
