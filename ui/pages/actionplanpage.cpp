// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplanpage.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "document/eventdocument.h"
#include "documents/actioneditor.h"
#include "documents/actiontablemodel.h"
#include "documents/datasetspage.h"
#include "documents/documentoutline.h"
#include "documents/documentrevisions.h"
#include "documents/planformat.h"
#include "documents/revisionspanel.h"
#include "documents/sectioneditor.h"
#include "mainwindow/mainwindow.h"
#include "model/vocabulary.h"
#include "pages/programmepage.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace standlab {
namespace {

QTableView* actionsView(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

} // namespace

ActionPlanPage::ActionPlanPage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("documentsTabs"));
    m_tabs->addTab(buildDraftingTab(), tr("&Drafting"));
    m_tabs->addTab(buildActionsTab(), tr("All &actions"));
    m_datasets = new DatasetsPage(document, m_tabs);
    m_datasets->setObjectName(QStringLiteral("datasetsTab"));
    m_tabs->addTab(m_datasets, tr("Data&sets"));
    m_tabs->setTabToolTip(0, tr("Write the outcome documents, section by section, with their actions"));
    m_tabs->setTabToolTip(1, tr("Every action, sorted and filtered by line, lead, quarter and status"));
    m_tabs->setTabToolTip(2, tr("The hackathon's map of datasets for the Sharing Data Commons"));
    connect(m_datasets, &DatasetsPage::statusMessage, this, &ActionPlanPage::statusMessage);
    connect(m_revisions, &RevisionsPanel::statusMessage, this, &ActionPlanPage::statusMessage);
    connect(this, &ActionPlanPage::showSessionRequested, this, &ActionPlanPage::jumpToSession);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    showCurrent(m_outline->currentDocumentId(), m_outline->currentSectionId());
}

QWidget* ActionPlanPage::buildDraftingTab()
{
    auto* tab = new QWidget(this);
    m_outline = new DocumentOutline(m_document, tab);
    m_revisions = new RevisionsPanel(m_document, tab);
    m_sectionEditor = new SectionEditor(m_document, tab);

    m_sectionActions = new ActionTableModel(m_document.store(), tab);
    m_sectionActions->setSection(QStringLiteral("-"));
    m_sectionActionsView = actionsView(m_sectionActions, QStringLiteral("sectionActions"), tab);
    // The section's table is narrow: title, quarter and status; the editor beside it shows the rest.
    for (int c : {ActionTableModel::Section, ActionTableModel::Line, ActionTableModel::Lead, ActionTableModel::Indicators})
        m_sectionActionsView->hideColumn(c);
    m_sectionActionsView->horizontalHeader()->setSectionResizeMode(ActionTableModel::Title, QHeaderView::Stretch);
    m_sectionActionsView->horizontalHeader()->setSectionResizeMode(ActionTableModel::Quarter, QHeaderView::ResizeToContents);
    m_sectionActionsView->horizontalHeader()->setSectionResizeMode(ActionTableModel::Status, QHeaderView::ResizeToContents);
    m_actionsLabel = new QLabel(tab);
    auto* add = new QPushButton(tr("Add action"), tab);
    add->setObjectName(QStringLiteral("addAction"));
    add->setToolTip(tr("Add an action to this section"));
    auto* remove = new QPushButton(tr("Remove"), tab);
    remove->setObjectName(QStringLiteral("removeAction"));
    remove->setToolTip(tr("Remove the selected action"));
    m_actionEditor = new ActionEditor(m_document, tab);
    m_actionEditor->setObjectName(QStringLiteral("actionEditor"));
    connect(m_actionEditor, &ActionEditor::showSessionRequested, this, &ActionPlanPage::showSessionRequested);
    connect(add, &QPushButton::clicked, this, &ActionPlanPage::addAction);
    connect(remove, &QPushButton::clicked, this, &ActionPlanPage::removeAction);
    connect(m_sectionActionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { m_actionEditor->setAction(m_sectionActions->actionId(index.row())); });
    connect(m_sectionActions, &QAbstractItemModel::modelReset, this, [this] {
        const int n = m_sectionActions->rowCount();
        m_actionsLabel->setText(n == 0 ? tr("No actions in this section") : tr("Actions in this section: %1").arg(n));
        const int row = m_sectionActions->rowOf(m_actionEditor->actionId());
        if (row >= 0)
            m_sectionActionsView->selectRow(row);
        else
            m_actionEditor->setAction(QString());
    });

    auto* actionsBox = new QWidget(tab);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* actionsBar = new QHBoxLayout;
    actionsBar->addWidget(m_actionsLabel, 1);
    actionsBar->addWidget(add);
    actionsBar->addWidget(remove);
    actionsLayout->addLayout(actionsBar);
    actionsLayout->addWidget(m_sectionActionsView, 1);
    auto* actionsSplit = new QSplitter(Qt::Horizontal, tab);
    actionsSplit->addWidget(actionsBox);
    actionsSplit->addWidget(m_actionEditor);
    actionsSplit->setStretchFactor(0, 3);
    actionsSplit->setStretchFactor(1, 2);
    actionsSplit->setSizes({560, 420});

    auto* right = new QSplitter(Qt::Vertical, tab);
    right->addWidget(m_sectionEditor);
    right->addWidget(actionsSplit);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto* left = new QSplitter(Qt::Vertical, tab);
    left->addWidget(m_outline);
    left->addWidget(m_revisions);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 900});
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_outline, &DocumentOutline::currentChanged, this, &ActionPlanPage::showCurrent);
    return tab;
}

QWidget* ActionPlanPage::buildActionsTab()
{
    auto* tab = new QWidget(this);
    m_allActions = new ActionTableModel(m_document.store(), tab);
    m_filter = new ActionFilterProxy(tab);
    m_filter->setSourceModel(m_allActions);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_allActionsView = actionsView(m_filter, QStringLiteral("allActions"), tab);
    m_allActionsView->setSortingEnabled(true);
    m_allActionsView->sortByColumn(ActionTableModel::Section, Qt::AscendingOrder);
    m_allActionsView->horizontalHeader()->setStretchLastSection(true);
    m_allActionsView->setColumnWidth(ActionTableModel::Title, 340);
    m_allActionsView->setColumnWidth(ActionTableModel::Section, 200);
    m_allActionsView->setColumnWidth(ActionTableModel::Line, 180);
    m_allActionsView->setColumnWidth(ActionTableModel::Lead, 200);

    auto* bar = new QHBoxLayout;
    auto filter = [this, tab, bar](const QString& name, const QString& label, int column,
                                   const QVector<QPair<QString, QString>>& choices) {
        auto* combo = new QComboBox(tab);
        combo->setObjectName(name);
        combo->setToolTip(tr("Show only the actions with this %1").arg(label.toLower()));
        combo->addItem(tr("Any %1").arg(label.toLower()), QString());
        for (const auto& [key, text] : choices)
            combo->addItem(text, key);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, column] { m_filter->setFilter(column, combo->currentData().toString()); });
        bar->addWidget(combo);
    };
    auto named = [this](const QString& table) {
        QVector<QPair<QString, QString>> out;
        for (const Row& row : m_document.store().rows(table, {}, {}, QStringLiteral("name COLLATE NOCASE")))
            out.push_back({row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString()});
        return out;
    };
    QVector<QPair<QString, QString>> quarters, statuses;
    for (int q = 1; q <= 4; ++q)
        quarters.push_back({QStringLiteral("2020-Q%1").arg(q), PlanFormat::quarterLabel(QStringLiteral("2020-Q%1").arg(q))});
    for (const Term& t : Vocabulary::actionStatuses())
        statuses.push_back({t.key, t.label});
    filter(QStringLiteral("filterLine"), tr("Working line"), ActionTableModel::Line, named(QStringLiteral("working_lines")));
    filter(QStringLiteral("filterLead"), tr("Lead"), ActionTableModel::Lead, named(QStringLiteral("organisations")));
    filter(QStringLiteral("filterQuarter"), tr("Quarter"), ActionTableModel::Quarter, quarters);
    filter(QStringLiteral("filterStatus"), tr("Status"), ActionTableModel::Status, statuses);
    bar->addStretch(1);
    auto* count = new QLabel(tab);
    bar->addWidget(count);
    auto updateCount = [this, count] { count->setText(tr("%1 of %2 actions").arg(m_filter->rowCount()).arg(m_allActions->rowCount())); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, updateCount);
    updateCount();
    connect(m_allActionsView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        selectAction(m_allActions->actionId(m_filter->mapToSource(index).row()));
    });
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_allActionsView, 1);
    auto* hint = new QLabel(tr("Double-click an action to edit it in its section."), tab);
    hint->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(hint);
    return tab;
}

void ActionPlanPage::showCurrent(const QString& documentId, const QString& sectionId)
{
    if (sectionId.isEmpty())
        m_sectionEditor->setDocument(documentId);
    else
        m_sectionEditor->setSection(sectionId);
    m_revisions->setDocument(documentId);
    m_sectionActions->setSection(sectionId.isEmpty() ? QStringLiteral("-") : sectionId);
}

QWidget* ActionPlanPage::screenshotState(QWidget* window, const QString& which)
{
    auto* page = window ? window->findChild<ActionPlanPage*>() : nullptr;
    if (!page)
        return nullptr;
    // Through the window's navigation, so the page becomes the current one rather than shown on top.
    if (auto* main = qobject_cast<MainWindow*>(window))
        main->showPageById(QStringLiteral("actionplan"));
    else
        page->show();
    const QVector<Row> actions = page->m_document.store().rows(QStringLiteral("actions"), {}, {}, QStringLiteral("position"));
    if (which == QLatin1String("section") && !actions.isEmpty()) {
        page->selectAction(actions.first().value(QStringLiteral("id")).toString());
        return page;
    }
    if (which == QLatin1String("actions") || which == QLatin1String("datasets")) {
        page->showTab(which == QLatin1String("actions") ? 1 : 2);
        return page;
    }
    if (which == QLatin1String("comparison")) {
        page->showTab(0);
        QListWidget* list = page->m_revisions->list();
        if (list->count() == 0)
            return nullptr;
        list->clearSelection();
        list->item(list->count() - 1)->setSelected(true);
        return page->m_revisions->compareSelected();
    }
    return nullptr;
}

void ActionPlanPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void ActionPlanPage::jumpToSession(const QString& sessionId)
{
    // In the main window, the Programme page shows the session; elsewhere (tests) the signal is enough.
    auto* window = qobject_cast<MainWindow*>(this->window());
    if (!window)
        return;
    for (int i = 0; i < window->pageCount(); ++i) {
        if (auto* programme = qobject_cast<ProgrammePage*>(window->page(i))) {
            window->showPage(i);
            programme->selectSession(sessionId);
            return;
        }
    }
}

QString ActionPlanPage::currentActionId() const
{
    return m_actionEditor->actionId();
}

void ActionPlanPage::selectAction(const QString& actionId)
{
    const std::optional<Row> action = m_document.store().row(QStringLiteral("actions"), actionId);
    if (!action)
        return;
    m_tabs->setCurrentIndex(0);
    m_outline->select(action->value(QStringLiteral("section_id")).toString());
    m_actionEditor->setAction(actionId);
    const int row = m_sectionActions->rowOf(actionId);
    if (row >= 0)
        m_sectionActionsView->selectRow(row);
}

QString ActionPlanPage::addAction()
{
    const QString sectionId = m_outline->currentSectionId();
    if (sectionId.isEmpty())
        return {};
    const std::optional<Row> section = m_document.store().row(QStringLiteral("sections"), sectionId);
    int position = 0;
    for (const Row& row : m_document.store().rows(QStringLiteral("actions"), QStringLiteral("section_id = ?"), {sectionId}))
        position = std::max(position, row.value(QStringLiteral("position")).toInt() + 1);
    auto* command = new InsertRowCommand(m_document, QStringLiteral("actions"),
                                         {{QStringLiteral("section_id"), sectionId},
                                          {QStringLiteral("title"), tr("New action")},
                                          {QStringLiteral("working_line_id"), section->value(QStringLiteral("working_line_id"))},
                                          {QStringLiteral("position"), position}},
                                         tr("Add an action"));
    const QString id = command->rowId();
    m_document.push(command);
    m_sectionActions->reload();
    selectAction(id);
    return id;
}

void ActionPlanPage::removeAction()
{
    const QString id = m_actionEditor->actionId();
    if (!id.isEmpty())
        m_document.push(new RemoveRowCommand(m_document, QStringLiteral("actions"), id, tr("Remove an action")));
}

QString ActionPlanPage::addActionFromSession(const QString& sessionId)
{
    Store& store = m_document.store();
    const std::optional<Row> session = store.row(QStringLiteral("sessions"), sessionId);
    const std::optional<Document> plan = DocumentRevisions(store).findDocument(QStringLiteral("action_plan"));
    if (!session || !plan)
        return {};
    const QString lineId = session->value(QStringLiteral("working_line_id")).toString();
    const QVector<Row> sections = store.rows(QStringLiteral("sections"), QStringLiteral("document_id = ?"), {plan->id},
                                             QStringLiteral("position"));
    if (sections.isEmpty())
        return {};
    Row target = sections.first();
    for (const Row& s : sections)
        if (!lineId.isEmpty() && s.value(QStringLiteral("working_line_id")).toString() == lineId) {
            target = s;
            break;
        }
    const QString sectionId = target.value(QStringLiteral("id")).toString();
    int position = 0;
    for (const Row& row : store.rows(QStringLiteral("actions"), QStringLiteral("section_id = ?"), {sectionId}))
        position = std::max(position, row.value(QStringLiteral("position")).toInt() + 1);
    const QString title = session->value(QStringLiteral("title")).toString();
    m_document.undoStack().beginMacro(tr("Add an action from “%1”").arg(title));
    auto* command = new InsertRowCommand(m_document, QStringLiteral("actions"),
                                         {{QStringLiteral("section_id"), sectionId},
                                          {QStringLiteral("title"), tr("Action from “%1”").arg(title)},
                                          {QStringLiteral("working_line_id"), lineId.isEmpty() ? QVariant() : QVariant(lineId)},
                                          {QStringLiteral("position"), position}},
                                         tr("Add an action"));
    const QString id = command->rowId();
    m_document.push(command);
    m_document.push(new InsertRowCommand(m_document, QStringLiteral("action_sessions"),
                                         {{QStringLiteral("action_id"), id}, {QStringLiteral("session_id"), sessionId}},
                                         tr("Link a session")));
    m_document.undoStack().endMacro();
    m_sectionActions->reload();
    selectAction(id);
    return id;
}

} // namespace standlab
