// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetspage.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "datasetsmodel.h"
#include "document/eventdocument.h"
#include "documents/datasetscsv.h"
#include "model/vocabulary.h"
#include "store/store.h"
#include "widgets/termcombodelegate.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace standlab {

DatasetsPage::DatasetsPage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_model = new DatasetsModel(document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("datasetsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DatasetsModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DatasetsModel::Name, 260);
    m_view->setColumnWidth(DatasetsModel::Publisher, 200);
    m_view->setColumnWidth(DatasetsModel::Link, 220);
    m_view->setItemDelegateForColumn(DatasetsModel::Access, new TermComboDelegate(Vocabulary::datasetAccess(), this));
    QVector<Term> lines{{QString(), tr("No working line")}};
    for (const Row& row : document.store().rows(QStringLiteral("working_lines"), {}, {}, QStringLiteral("position")))
        lines.push_back({row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString()});
    m_view->setItemDelegateForColumn(DatasetsModel::Line, new TermComboDelegate(lines, this));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("datasetsFilter"));
    m_filter->setPlaceholderText(tr("Filter datasets…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto button = [this](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    QPushButton* add = button(QStringLiteral("addDataset"), tr("Add"), tr("Add a dataset to the map"));
    QPushButton* remove = button(QStringLiteral("removeDataset"), tr("Remove"), tr("Remove the selected datasets"));
    QPushButton* import = button(QStringLiteral("importDatasets"), tr("Import CSV…"), tr("Add datasets from a CSV file"));
    QPushButton* exportButton = button(QStringLiteral("exportDatasets"), tr("Export CSV…"), tr("Save every dataset as CSV"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    for (QPushButton* b : {add, remove, import, exportButton})
        bar->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        const QString id = addDataset(tr("New dataset"));
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->edit(m_proxy->mapFromSource(m_model->index(row, DatasetsModel::Name)));
    });
    connect(remove, &QPushButton::clicked, this, &DatasetsPage::removeSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import datasets"), QString(), tr("CSV (*.csv *.txt)"));
        QString error;
        if (!path.isEmpty() && !importCsv(path, &error))
            QMessageBox::warning(this, tr("Import datasets"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export datasets"), QStringLiteral("datasets.csv"),
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export datasets"), error);
    });
}

QString DatasetsPage::addDataset(const QString& name)
{
    auto* command = new InsertRowCommand(m_document, QStringLiteral("datasets"), {{QStringLiteral("name"), name}},
                                         tr("Add a dataset"));
    const QString id = command->rowId();
    m_document.push(command);
    m_model->reload();
    return id;
}

void DatasetsPage::removeSelected()
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->datasetId(m_proxy->mapToSource(index).row());
    if (ids.isEmpty())
        return;
    m_document.undoStack().beginMacro(tr("Remove %n dataset(s)", nullptr, int(ids.size())));
    for (const QString& id : ids)
        m_document.push(new RemoveRowCommand(m_document, QStringLiteral("datasets"), id, tr("Remove a dataset")));
    m_document.undoStack().endMacro();
}

bool DatasetsPage::importCsv(const QString& path, QString* error)
{
    ImportRequest request;
    request.input = path;
    ImportReport report;
    // An import is one transaction of many rows: it is not on the undo stack, like the other imports.
    if (!DatasetsCsv::import(m_document.store(), request, &report, error))
        return false;
    emit statusMessage(report.lines.join(QLatin1Char(' ')));
    return true;
}

bool DatasetsPage::exportCsv(const QString& path, QString* error)
{
    if (!DatasetsCsv::write(m_document.store(), path, error))
        return false;
    emit statusMessage(tr("Saved %1 datasets to %2.").arg(m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace standlab
