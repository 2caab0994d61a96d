// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace standlab {

class ActionsModel;
class EventDocument;

// The Action Plan page as it stands: the outcome documents and their sections, each section's text
// and its actions, read-only.
class ActionPlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPlanPage(EventDocument& document, QWidget* parent = nullptr);

    ActionsModel* actionsModel() const { return m_actions; }

private:
    void reload();
    void showSection();

    EventDocument& m_document;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_actionsLabel = nullptr;
    QTableView* m_actionsView = nullptr;
    ActionsModel* m_actions = nullptr;
};

} // namespace standlab
