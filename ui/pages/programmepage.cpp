// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmepage.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "document/eventdocument.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/repository.h"
#include "model/sessiontag.h"
#include "model/vocabulary.h"
#include "model/workingline.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "widgets/sessioneditor.h"
#include "widgets/termcombodelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace standlab {
namespace {

const QString sessionsTable = QStringLiteral("sessions");
const QString unscheduledKey = QStringLiteral("unscheduled");

// Keeps the chosen entry of a filter combo across a refill.
void refill(QComboBox* combo, const QString& allLabel, const QVector<Term>& entries)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allLabel, QString());
    for (const Term& term : entries)
        combo->addItem(term.label, term.key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

ProgrammePage::ProgrammePage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("programmePage"));
    m_model = new SessionTableModel(document, this);
    m_proxy = new SessionFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("sessionsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionTableModel::DayColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(SessionTableModel::KindColumn,
                                     new TermComboDelegate(Vocabulary::sessionKinds(), m_view));
    m_view->setItemDelegateForColumn(SessionTableModel::StatusColumn,
                                     new TermComboDelegate(Vocabulary::sessionStatuses(), m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    const int widths[] = {95, 55, 55, 130, 280, 95, 190, 90, 220};
    for (int column = 0; column < SessionTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setStretchLastSection(true);

    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_clearFiltersButton = new QPushButton(tr("Clear filters"));
    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clearFiltersButton, &QPushButton::clicked, this, &ProgrammePage::clearFilters);
    auto* emptyPage = new QWidget;
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_clearFiltersButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(emptyPage);

    m_editor = new SessionEditor(document);
    m_editor->setMinimumWidth(320);

    auto* listSide = new QWidget;
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(buildFilters());
    listLayout->addWidget(m_listStack, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("programmeSplitter"));
    splitter->addWidget(listSide);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    buildActions();
    auto* toolbar = new QToolBar(tr("Programme"));
    toolbar->setObjectName(QStringLiteral("programmeToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newAction, m_duplicateAction, m_deleteAction});
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("sessionCountLabel"));
    toolbar->addWidget(m_countLabel);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_editor->setSessionId(current.data(SessionTableModel::SessionIdRole).toString());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProgrammePage::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ProgrammePage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProgrammePage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProgrammePage::updateState);
    connect(&document.store(), &Store::rowChanged, this, [this](const QString& table) {
        if (table == QLatin1String("working_lines") || table == QLatin1String("event_days"))
            refreshFilterChoices();
    });
    connect(&document.store(), &Store::reset, this, &ProgrammePage::refreshFilterChoices);
    refreshFilterChoices();
    updateState();
}

QWidget* ProgrammePage::buildFilters()
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto combo = [this, layout](const char* name, const QString& tip) {
        auto* box = new QComboBox;
        box->setObjectName(QString::fromLatin1(name));
        box->setToolTip(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &ProgrammePage::applyFilters);
        layout->addWidget(box);
        return box;
    };
    m_dayFilter = combo("dayFilterCombo", tr("Show the sessions of one day"));
    m_lineFilter = combo("workingLineFilterCombo", tr("Show the sessions of one working line, tags included"));
    m_kindFilter = combo("kindFilterCombo", tr("Show one kind of session"));
    m_statusFilter = combo("statusFilterCombo", tr("Show the sessions with one status"));
    refill(m_kindFilter, tr("All kinds"), Vocabulary::sessionKinds());
    refill(m_statusFilter, tr("All statuses"), Vocabulary::sessionStatuses());
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search titles, abstracts, speakers…"));
    m_search->setToolTip(tr("Show only the sessions containing all these words"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ProgrammePage::applyFilters);
    layout->addWidget(m_search, 1);
    return bar;
}

void ProgrammePage::buildActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New session"), this);
    m_newAction->setObjectName(QStringLiteral("newSessionAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setToolTip(tr("Add a session to the programme (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &ProgrammePage::newSession);

    m_duplicateAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateSessionAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicateAction->setToolTip(tr("Copy the selected session, unscheduled, with its tags (Ctrl+D)"));
    connect(m_duplicateAction, &QAction::triggered, this, &ProgrammePage::duplicateSession);

    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteSessionAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the list, so Delete keeps working in the editor's text fields.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected sessions with their speakers and tags (Delete)"));
    connect(m_deleteAction, &QAction::triggered, this, &ProgrammePage::deleteSelectedSessions);

    m_addActionAction = new QAction(tr("Add an &action from this session"), this);
    m_addActionAction->setObjectName(QStringLiteral("addActionFromSessionAction"));
    m_addActionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addActionAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addActionAction->setToolTip(tr("Open the Action Plan with a new action linked to this session (Ctrl+Shift+A)"));
    connect(m_addActionAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedSessionIds();
        if (!ids.isEmpty())
            emit addActionRequested(ids.first());
    });

    addAction(m_newAction);
    addAction(m_duplicateAction);
    addAction(m_addActionAction);
    m_view->addAction(m_deleteAction);
    // The list's context menu offers the same actions as the toolbar, where the pointer already is.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions({m_newAction, m_duplicateAction, m_addActionAction});
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
}

void ProgrammePage::refreshFilterChoices()
{
    QVector<Term> days;
    for (const EventDay& day : Repository<EventDay>(m_document.store()).all(QStringLiteral("day")))
        days.push_back({dbvalue::to(day.day).toString(), QLocale().toString(day.day, QStringLiteral("dddd d MMMM"))});
    days.push_back({unscheduledKey, tr("Unscheduled")});
    refill(m_dayFilter, tr("All days"), days);
    QVector<Term> lines;
    for (const WorkingLine& line : Repository<WorkingLine>(m_document.store()).all(QStringLiteral("position, name")))
        lines.push_back({line.id, line.name});
    refill(m_lineFilter, tr("All working lines"), lines);
    applyFilters();
}

void ProgrammePage::applyFilters()
{
    const QString day = m_dayFilter->currentData().toString();
    if (day.isEmpty())
        m_proxy->setDayFilter(SessionFilterProxy::DayMode::Any);
    else if (day == unscheduledKey)
        m_proxy->setDayFilter(SessionFilterProxy::DayMode::Unscheduled);
    else
        m_proxy->setDayFilter(SessionFilterProxy::DayMode::Day, QDate::fromString(day, Qt::ISODate));
    m_proxy->setWorkingLineFilter(m_lineFilter->currentData().toString());
    m_proxy->setKindFilter(m_kindFilter->currentData().toString());
    m_proxy->setStatusFilter(m_statusFilter->currentData().toString());
    m_proxy->setTextFilter(m_search->text());
    updateState();
}

void ProgrammePage::clearFilters()
{
    for (QComboBox* combo : {m_dayFilter, m_lineFilter, m_kindFilter, m_statusFilter}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    applyFilters();
}

void ProgrammePage::updateState()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_listStack->setCurrentIndex(shown == 0 ? 1 : 0);
    m_emptyLabel->setText(total == 0 ? tr("No sessions yet. Press “New session” to add the first one.")
                                     : tr("No sessions match these filters."));
    m_clearFiltersButton->setVisible(total > 0);
    m_countLabel->setText(shown == total ? tr("%n session(s)", nullptr, total)
                                         : tr("%1 of %n session(s)", nullptr, total).arg(shown));
    const bool writable = !m_document.isReadOnly();
    const bool selected = !selectedSessionIds().isEmpty();
    m_newAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && selected);
    m_deleteAction->setEnabled(writable && selected);
    m_addActionAction->setEnabled(writable && selected);
}

QString ProgrammePage::currentSessionId() const
{
    return m_editor->sessionId();
}

QStringList ProgrammePage::selectedSessionIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(SessionTableModel::SessionIdRole).toString();
    if (ids.isEmpty() && !m_editor->sessionId().isEmpty())
        ids << m_editor->sessionId();
    return ids;
}

void ProgrammePage::selectSession(const QString& id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index = sourceRow < 0 ? QModelIndex()
                                            : m_proxy->mapFromSource(m_model->index(sourceRow, SessionTableModel::TitleColumn));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->clearSelection();
    }
    m_editor->setSessionId(id);
    updateState();
}

void ProgrammePage::newSession()
{
    const std::optional<Event> event = [this]() -> std::optional<Event> {
        const auto all = Repository<Event>(m_document.store()).all();
        return all.isEmpty() ? std::nullopt : std::optional<Event>(all.first());
    }();
    QVariantMap values{{QStringLiteral("title"), tr("New session")},
                       {QStringLiteral("kind"), QStringLiteral("talk")},
                       {QStringLiteral("status"), QStringLiteral("idea")}};
    if (event && !event->languages.isEmpty())
        values.insert(QStringLiteral("language"), event->languages.first());
    // A new session starts in the working line being looked at, so it stays visible.
    if (!m_lineFilter->currentData().toString().isEmpty())
        values.insert(QStringLiteral("working_line_id"), m_lineFilter->currentData().toString());
    auto* command = new InsertRowCommand(m_document, sessionsTable, values, tr("New session"));
    const QString id = command->rowId();
    m_document.push(command);
    const int row = m_model->rowOf(id);
    if (row < 0)
        return; // the insert failed; the document has reported why
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        clearFilters();
    selectSession(id);
    m_editor->focusTitle();
}

void ProgrammePage::duplicateSession()
{
    const QStringList ids = selectedSessionIds();
    if (ids.isEmpty())
        return;
    std::optional<Row> original = m_document.store().row(sessionsTable, ids.first());
    if (!original)
        return;
    Row copy;
    for (const QString& column : m_document.store().columns(sessionsTable))
        copy.insert(column, original->value(column));
    for (const char* stamp : {"id", "created_at", "updated_at", "laptop_id"})
        copy.remove(QString::fromLatin1(stamp));
    // A copy is a new idea: out of the timetable so it cannot clash with the original.
    copy.insert(QStringLiteral("title"), tr("%1 (copy)").arg(original->value(QStringLiteral("title")).toString()));
    copy.insert(QStringLiteral("starts_at"), QVariant());
    copy.insert(QStringLiteral("ends_at"), QVariant());
    copy.insert(QStringLiteral("status"), QStringLiteral("idea"));
    m_document.undoStack().beginMacro(tr("Duplicate session"));
    auto* command = new InsertRowCommand(m_document, sessionsTable, copy, tr("Duplicate session"));
    const QString newId = command->rowId();
    m_document.push(command);
    for (const SessionTag& tag : Repository<SessionTag>(m_document.store()).where(QStringLiteral("session_id = ?"), {ids.first()}))
        m_document.push(new InsertRowCommand(m_document, QStringLiteral("session_tags"),
                                             {{QStringLiteral("session_id"), newId},
                                              {QStringLiteral("working_line_id"), tag.workingLineId}},
                                             tr("Tag session")));
    m_document.undoStack().endMacro();
    selectSession(newId);
    m_editor->focusTitle();
}

void ProgrammePage::deleteSelectedSessions()
{
    const QStringList ids = selectedSessionIds();
    if (ids.isEmpty() || m_document.isReadOnly())
        return;
    if (m_confirmDeletion) {
        const QString title = m_document.store().row(sessionsTable, ids.first()).value_or(Row()).value(QStringLiteral("title")).toString();
        const QString question = ids.size() == 1
            ? tr("Delete “%1”? Its speakers, tags and workshop details go with it. You can undo this.").arg(title)
            : tr("Delete %n sessions? Their speakers, tags and workshop details go with them. You can undo this.",
                 nullptr, int(ids.size()));
        if (QMessageBox::question(this, tr("Delete sessions"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    const QString text = ids.size() == 1 ? tr("Delete session") : tr("Delete %n sessions", nullptr, int(ids.size()));
    m_document.undoStack().beginMacro(text);
    for (const QString& id : ids)
        m_document.push(new RemoveRowCommand(m_document, sessionsTable, id, text));
    m_document.undoStack().endMacro();
}

} // namespace standlab
