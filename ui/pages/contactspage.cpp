// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactspage.h"

#include "mainwindow/mainwindow.h"

#include "contacts/contactfilterbar.h"
#include "contacts/contactformats.h"
#include "contacts/contactimportdialog.h"
#include "contacts/contactoverviewwidget.h"
#include "contacts/engagementeditor.h"
#include "contacts/initiativesview.h"
#include "contacts/interactionlog.h"
#include "document/eventdocument.h"
#include "shellmodels/contactsmodel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace standlab {
namespace {

QTableView* newTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    // Narrow enough that the follow-up date and the request fit beside the editor on a laptop screen.
    static const std::pair<int, int> widths[] = {
        {ContactsModel::Name, 210}, {ContactsModel::Kind, 100}, {ContactsModel::City, 85}, {ContactsModel::Country, 85},
        {ContactsModel::Attendance, 80}, {ContactsModel::WantsToSpeak, 50}, {ContactsModel::WantsWorkshop, 72},
        {ContactsModel::RequestedLine, 110}, {ContactsModel::Owner, 55}, {ContactsModel::NextFollowUp, 104}};
    for (const auto& [column, width] : widths)
        table->setColumnWidth(column, width);
    return table;
}

} // namespace

ContactsPage::ContactsPage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("contactsPage"));
    m_model = new ContactsModel(document.store(), this);
    m_filterBar = new ContactFilterBar(document.store(), this);
    connect(m_filterBar, &ContactFilterBar::filterChanged, this, &ContactsPage::applyFilter);
    m_table = newTable(m_model, QStringLiteral("contactsTable"), this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactsModel::Name, Qt::AscendingOrder);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("contactsCount"));
    m_editor = new EngagementEditor(document, this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            m_editor->setOrganisation(index.data(ContactsModel::IdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        const int row = m_model->rowOf(m_editor->organisationId());
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactsPage::updateCount);

    auto* importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("contactsImport"));
    importButton->setText(tr("Import CSV…"));
    importButton->setToolTip(tr("Import organisations and people from a spreadsheet (Ctrl+Shift+I)"));
    importButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importButton, &QToolButton::clicked, this, &ContactsPage::openImport);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("contactsExport"));
    exportButton->setText(tr("Export list"));
    exportButton->setToolTip(tr("Export the organisations this list shows"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("CSV (spreadsheets)…"), this, [this] { chooseExport(ExportKind::Csv); });
    exportMenu->addAction(tr("Excel workbook (.xlsx)…"), this, [this] { chooseExport(ExportKind::Xlsx); });
    exportMenu->addAction(tr("vCard 4.0 of their people…"), this, [this] { chooseExport(ExportKind::VCard); });
    exportButton->setMenu(exportMenu);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_count, 1);
    tools->addWidget(importButton);
    tools->addWidget(exportButton);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addLayout(tools);
    listLayout->addWidget(m_table, 1);
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    // Wide enough for the editor's own minimum, so it scrolls down but never sideways (nothing clipped).
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editorScroll->setMinimumWidth(qMax(340, m_editor->minimumSizeHint().width()
                                                + editorScroll->verticalScrollBar()->sizeHint().width()
                                                + 2 * editorScroll->frameWidth()));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Follow-ups: everything with a date, soonest first; overdue ones bold and red.
    m_followUps = new ContactsModel(document.store(), this);
    ContactFilter followUps;
    followUps.followUp = ContactFilter::FollowUpSet;
    followUps.sort = ContactFilter::ByFollowUp;
    m_followUps->setFilter(followUps);
    m_followUpTable = newTable(m_followUps, QStringLiteral("followUpsTable"), this);
    m_followUpTable->horizontalHeader()->moveSection(ContactsModel::NextFollowUp, 0);
    m_followUpTable->setToolTip(tr("Double-click to open the organisation"));
    connect(m_followUpTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_tabs->setCurrentIndex(0);
        selectOrganisation(index.data(ContactsModel::IdRole).toString());
    });

    m_overview = new ContactOverviewWidget(document.store(), this);
    m_initiatives = new InitiativesView(document, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("contactsTabs"));
    m_tabs->addTab(splitter, tr("Organisations"));
    m_tabs->addTab(m_followUpTable, tr("Follow-ups due"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_initiatives, tr("Initiatives"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_overview)
            m_overview->refresh();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    auto* find = new QShortcut(QKeySequence::Find, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterBar->focusSearch();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto* log = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { m_editor->log()->focusNote(); });
    log->setContext(Qt::WidgetWithChildrenShortcut);
    updateCount();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QWidget* ContactsPage::screenshotState(QWidget* window, const QString& which)
{
    auto* page = window ? window->findChild<ContactsPage*>() : nullptr;
    if (!page)
        return nullptr;
    // Through the window's navigation, so the page becomes the current one rather than shown on top.
    if (auto* main = qobject_cast<MainWindow*>(window))
        main->showPageById(QStringLiteral("contacts"));
    else
        page->show();
    const int tab = which == QLatin1String("followups") ? 1 : which == QLatin1String("overview") ? 2
                  : which == QLatin1String("initiatives") ? 3 : 0;
    page->m_tabs->setCurrentIndex(tab);
    if (tab == 3)
        page->m_initiatives->showFirstDayWithTables();
    return page;
}

void ContactsPage::applyFilter()
{
    ContactFilter filter = m_filterBar->filter();
    filter.sort = m_model->filter().sort;
    filter.descending = m_model->filter().descending;
    m_model->setFilter(filter);
}

void ContactsPage::updateCount()
{
    m_count->setText(tr("Organisations: %1").arg(m_model->totalCount()));
}

void ContactsPage::selectOrganisation(const QString& organisationId)
{
    m_editor->setOrganisation(organisationId);
    const int row = m_model->rowOf(organisationId);
    if (row >= 0)
        m_table->selectRow(row);
}

bool ContactsPage::exportFiltered(ExportKind kind, const QString& path, QString* error) const
{
    const QStringList ids = m_model->matchingIds();
    if (ids.isEmpty()) {
        if (error)
            *error = tr("The list is empty: there is nothing to export.");
        return false;
    }
    switch (kind) {
    case ExportKind::Csv: return ContactFormats::writeCsv(m_document.store(), path, ids, error);
    case ExportKind::Xlsx: return ContactFormats::writeXlsx(m_document.store(), path, ids, error);
    case ExportKind::VCard: return ContactFormats::writeVCards(m_document.store(), path, ids, error);
    }
    return false;
}

void ContactsPage::chooseExport(ExportKind kind)
{
    const QString filter = kind == ExportKind::Csv ? tr("CSV (*.csv)")
                         : kind == ExportKind::Xlsx ? tr("Excel workbook (*.xlsx)") : tr("vCard (*.vcf)");
    const QString suffix = kind == ExportKind::Csv ? QStringLiteral(".csv")
                         : kind == ExportKind::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".vcf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export contacts"), tr("contacts") + suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFiltered(kind, path, &error))
        QMessageBox::warning(this, tr("Export contacts"), error);
}

void ContactsPage::openImport()
{
    auto* dialog = new ContactImportDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_filterBar, &ContactFilterBar::refreshChoices);
    dialog->open();
}

} // namespace standlab
