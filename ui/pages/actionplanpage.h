// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace standlab {

class ActionEditor;
class ActionFilterProxy;
class ActionTableModel;
class DatasetsPage;
class DocumentOutline;
class EventDocument;
class RevisionsPanel;
class SectionEditor;

// The outcome documents: drafting (outline, section text, the section's actions), the table of all
// actions, the revisions of the current document, and the hackathon's datasets, as tabs of one page.
class ActionPlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPlanPage(EventDocument& document, QWidget* parent = nullptr);

    DocumentOutline* outline() const { return m_outline; }
    SectionEditor* sectionEditor() const { return m_sectionEditor; }
    ActionEditor* actionEditor() const { return m_actionEditor; }
    RevisionsPanel* revisions() const { return m_revisions; }
    DatasetsPage* datasets() const { return m_datasets; }
    ActionTableModel* allActions() const { return m_allActions; }
    ActionFilterProxy* actionFilter() const { return m_filter; }
    QString currentActionId() const;
    void showTab(int index);
    // For the screenshotter: puts the page of `window` in a telling state ("section", "actions",
    // "datasets") or opens the comparison of the first revision with the current text ("comparison").
    static QWidget* screenshotState(QWidget* window, const QString& which);

public slots:
    // "Add an action from this session": a new action in the Action Plan section of the session's
    // working line (or the first section), linked to the session, selected for editing. Returns its id.
    QString addActionFromSession(const QString& sessionId);
    QString addAction();
    void removeAction();
    void selectAction(const QString& actionId);

signals:
    // From an action, "Show session": whoever hosts the page jumps to that session.
    void showSessionRequested(const QString& sessionId);
    void statusMessage(const QString& message);

private:
    QWidget* buildDraftingTab();
    QWidget* buildActionsTab();
    void showCurrent(const QString& documentId, const QString& sectionId);
    void jumpToSession(const QString& sessionId);

    EventDocument& m_document;
    QTabWidget* m_tabs = nullptr;
    DocumentOutline* m_outline = nullptr;
    SectionEditor* m_sectionEditor = nullptr;
    RevisionsPanel* m_revisions = nullptr;
    QLabel* m_actionsLabel = nullptr;
    ActionTableModel* m_sectionActions = nullptr;
    QTableView* m_sectionActionsView = nullptr;
    ActionEditor* m_actionEditor = nullptr;
    ActionTableModel* m_allActions = nullptr;
    ActionFilterProxy* m_filter = nullptr;
    QTableView* m_allActionsView = nullptr;
    DatasetsPage* m_datasets = nullptr;
};

} // namespace standlab
