// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchabletable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace standlab {

SearchableTable::SearchableTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);

    m_search = new QLineEdit(this);
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show only the rows containing this text in any column"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });

    m_count = new QLabel(this);
    m_count->setObjectName(name + QStringLiteral("Count"));

    m_view = new QTableView(this);
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &SearchableTable::updateCount);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    m_view->resizeColumnsToContents();
    updateCount();
}

void SearchableTable::setCountText(std::function<QString(int, int)> text)
{
    m_countText = std::move(text);
    updateCount();
}

void SearchableTable::updateCount()
{
    if (m_countText)
        m_count->setText(m_countText(m_proxy->rowCount(), m_model->rowCount()));
}

} // namespace standlab
