// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace standlab {

class EventDocument;
class PeopleFilterProxy;
class PeopleModel;
class PersonEditor;
class PersonSessionsList;

// The People page: everyone in the event with search and filters, an editor for the selected person
// and their sessions at a glance.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(EventDocument& document, QWidget* parent = nullptr);

    PeopleModel* model() const { return m_model; }
    PeopleFilterProxy* proxy() const { return m_proxy; }
    PersonEditor* editor() const { return m_editor; }
    PersonSessionsList* sessionsList() const { return m_sessions; }
    QTableView* view() const { return m_view; }
    QString currentPersonId() const;
    // Selects the person in the list (when the filters show them) and opens them in the editor.
    void selectPerson(const QString& id);
    // Asked before a delete with the warning text; returns whether to go ahead. Tests replace it.
    void setDeletionConfirmation(std::function<bool(const QString& warning)> confirm) { m_confirm = std::move(confirm); }
    // The warning shown before deleting a person: who, and how many sessions lose them.
    QString deletionWarning(const QString& personId) const;

public slots:
    // Global search opens a person through this (found by name, see SearchNavigator); clears the
    // filters so the person is in sight.
    void selectItem(const QString& id);
    void newPerson();
    void deleteCurrentPerson();
    // Writes the current person's own sessions as an iCalendar file; returns the path written.
    QString exportPersonCalendar();

signals:
    // A session of the current person was double-clicked.
    void sessionActivated(const QString& sessionId);

private:
    QAction* m_calendarAction = nullptr;
    QWidget* buildList();
    void refreshOrganisationFilter();
    void applyFilters();
    void onCurrentChanged();
    void keepEditedInSight();
    void updateCount();

    EventDocument& m_document;
    PeopleModel* m_model = nullptr;
    PeopleFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_involvement = nullptr;
    QComboBox* m_organisation = nullptr;
    QLabel* m_count = nullptr;
    PersonEditor* m_editor = nullptr;
    PersonSessionsList* m_sessions = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_deleteAction = nullptr;
    bool m_filtering = false;  // the proxy is moving rows: selection changes are not the user's
    QString m_keepSelected; // the person to select again after the model resets
    std::function<bool(const QString&)> m_confirm;
};

} // namespace standlab
