// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace standlab {

class EventDocument;
class SessionEditor;
class SessionFilterProxy;
class SessionTableModel;

// The Programme page: the list of all sessions with filters, and an editor for the selected one.
class ProgrammePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammePage(EventDocument& document, QWidget* parent = nullptr);

    SessionTableModel* sessionModel() const { return m_model; }
    SessionFilterProxy* proxy() const { return m_proxy; }
    SessionEditor* editor() const { return m_editor; }
    QTableView* view() const { return m_view; }
    QString currentSessionId() const;
    // Selects the session in the list (when the filters show it) and opens it in the editor.
    void selectSession(const QString& id);
    // Tests switch the "really delete?" question off.
    void setConfirmDeletion(bool confirm) { m_confirmDeletion = confirm; }

public slots:
    void newSession();
    void duplicateSession();
    void deleteSelectedSessions();
    void clearFilters();

signals:
    // "Add an action from this session": the host opens the Action Plan with a new linked action.
    void addActionRequested(const QString& sessionId);

private:
    QWidget* buildFilters();
    void buildActions();
    void refreshFilterChoices();
    void applyFilters();
    void updateState();
    QStringList selectedSessionIds() const;

    EventDocument& m_document;
    SessionTableModel* m_model = nullptr;
    SessionFilterProxy* m_proxy = nullptr;
    SessionEditor* m_editor = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_clearFiltersButton = nullptr;
    QLabel* m_countLabel = nullptr;
    QComboBox* m_dayFilter = nullptr;
    QComboBox* m_lineFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_addActionAction = nullptr;
    bool m_confirmDeletion = true;
};

} // namespace standlab
