// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace standlab {

class ContactFilterBar;
class ContactOverviewWidget;
class ContactsModel;
class EngagementEditor;
class EventDocument;
class InitiativesView;

// The Contacts page: organisations with their engagement (searchable, sortable, filtered; edited in
// place with undo), the follow-ups due, an overview in pictures, and the exhibition's initiatives;
// import from CSV and export of the filtered list as CSV, xlsx or vCard.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    enum class ExportKind { Csv, Xlsx, VCard };

    explicit ContactsPage(EventDocument& document, QWidget* parent = nullptr);

    ContactsModel* model() const { return m_model; }
    ContactsModel* followUpsModel() const { return m_followUps; }
    ContactFilterBar* filterBar() const { return m_filterBar; }
    EngagementEditor* editor() const { return m_editor; }
    InitiativesView* initiatives() const { return m_initiatives; }
    QTabWidget* tabs() const { return m_tabs; }
    // Shows one organisation in the editor and selects it in the list when it is loaded.
    void selectOrganisation(const QString& organisationId);
    // Writes the organisations the list shows now (all pages, not only those loaded).
    bool exportFiltered(ExportKind kind, const QString& path, QString* error) const;
    // For --screenshot-dir: the page in a given state ("overview", "followups", "initiatives");
    // returns the widget to grab.
    static QWidget* screenshotState(QWidget* window, const QString& which);

private:
    void applyFilter();
    void chooseExport(ExportKind kind);
    void openImport();
    void updateCount();

    EventDocument& m_document;
    QTabWidget* m_tabs = nullptr;
    ContactsModel* m_model = nullptr;
    ContactsModel* m_followUps = nullptr;
    ContactFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_followUpTable = nullptr;
    QLabel* m_count = nullptr;
    EngagementEditor* m_editor = nullptr;
    ContactOverviewWidget* m_overview = nullptr;
    InitiativesView* m_initiatives = nullptr;
};

} // namespace standlab
