// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncreviewdialog.h"

#include "document/eventdocument.h"
#include "fieldlabels.h"
#include "resolveconflictcommand.h"
#include "store/store.h"
#include "sync/syncledger.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace standlab {
namespace {

QString when(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : iso;
}

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

SyncReviewDialog::SyncReviewDialog(EventDocument& document, QWidget* parent) : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("syncReviewDialog"));
    setWindowTitle(tr("Conflicts and exchanges"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncReviewTabs"));

    auto* conflictsPage = new QWidget(m_tabs);
    auto* conflictsLayout = new QVBoxLayout(conflictsPage);
    m_intro = new QLabel(conflictsPage);
    m_intro->setWordWrap(true);
    conflictsLayout->addWidget(m_intro);
    m_conflicts = makeTable({tr("What"), tr("Field"), tr("Kept value"), tr("Other value"), tr("State")},
                            QStringLiteral("syncConflictsTable"), conflictsPage);
    conflictsLayout->addWidget(m_conflicts);
    m_useOther = new QPushButton(tr("&Use the other value"), conflictsPage);
    m_useOther->setObjectName(QStringLiteral("useOtherValueButton"));
    m_useOther->setToolTip(tr("Replace the kept value by the other laptop's value; Edit › Undo brings it back"));
    m_useOther->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    conflictsLayout->addWidget(m_useOther, 0, Qt::AlignRight);
    m_tabs->addTab(conflictsPage, tr("&Conflicts"));

    m_history = makeTable({tr("When"), tr("Direction"), tr("Laptop"), tr("Changes"), tr("Conflicts"), tr("File")},
                          QStringLiteral("syncHistoryTable"), m_tabs);
    m_tabs->addTab(m_history, tr("&History of exchanges"));
    layout->addWidget(m_tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_useOther, &QPushButton::clicked, this, &SyncReviewDialog::useOtherValue);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_conflicts->currentRow();
        m_useOther->setEnabled(row >= 0 && m_conflicts->item(row, 4)->data(Qt::UserRole + 1).toString()
                                               == QLatin1String("open"));
    });
    // Undo and redo of a choice, and merges, change what is shown.
    connect(&m_document.store(), &Store::reset, this, &SyncReviewDialog::reload);
    connect(&m_document.store(), &Store::rowChanged, this, &SyncReviewDialog::reload);
    connect(&m_document.undoStack(), &QUndoStack::indexChanged, this, &SyncReviewDialog::reload);
    reload();
    resize(1000, 420);
}

void SyncReviewDialog::showHistory()
{
    m_tabs->setCurrentIndex(1);
}

void SyncReviewDialog::refresh()
{
    reload();
}

void SyncReviewDialog::reload()
{
    const SyncLedger ledger(m_document.store());
    const QVector<SyncLedger::Conflict> conflicts = ledger.conflicts();
    const int selected = m_conflicts->currentRow();
    m_conflicts->setRowCount(int(conflicts.size()));
    for (int r = 0; r < conflicts.size(); ++r) {
        const SyncLedger::Conflict& conflict = conflicts.at(r);
        const QString what = tr("%1: %2").arg(FieldLabels::rowKind(conflict.table),
                                              ledger.describeRow(conflict.table, conflict.rowId));
        const QString state = conflict.resolution == QLatin1String("picked_other") ? tr("Other value used")
                                                                                    : tr("Kept by the rule");
        const QString kept = FieldLabels::value(ledger, conflict.table, conflict.column, conflict.keptValue);
        const QString other = FieldLabels::value(ledger, conflict.table, conflict.column, conflict.otherValue);
        const QStringList cells{what, FieldLabels::label(conflict.table, conflict.column),
                                tr("%1 — %2").arg(kept, ledger.nameOf(conflict.keptLaptop)),
                                tr("%1 — %2").arg(other, ledger.nameOf(conflict.otherLaptop)), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_conflicts->setItem(r, c, item);
        }
        // The stored name stays within reach for whoever compares with `standlab-cli sync conflicts`.
        m_conflicts->item(r, 1)->setToolTip(conflict.column);
        m_conflicts->item(r, 0)->setData(Qt::UserRole, conflict.id);
        m_conflicts->item(r, 4)->setData(Qt::UserRole + 1, conflict.resolution);
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->setColumnWidth(0, qMin(m_conflicts->columnWidth(0), 260));
    m_conflicts->setColumnWidth(2, qMin(m_conflicts->columnWidth(2), 280));
    m_conflicts->setColumnWidth(3, qMin(m_conflicts->columnWidth(3), 280));
    if (selected >= 0 && selected < conflicts.size())
        m_conflicts->selectRow(selected);
    m_useOther->setEnabled(m_conflicts->currentRow() >= 0
                           && conflicts.value(m_conflicts->currentRow()).resolution == QLatin1String("open"));
    m_intro->setText(conflicts.isEmpty()
                         ? tr("No conflicts: no field was changed on two laptops before they met.")
                         : tr("Both laptops changed these fields before they met. The later change was kept on "
                              "every laptop; pick the other value where it was the right one."));

    const QVector<SyncLedger::Exchange> exchanges = ledger.exchanges();
    m_history->setRowCount(int(exchanges.size()));
    for (int r = 0; r < exchanges.size(); ++r) {
        const SyncLedger::Exchange& exchange = exchanges.at(r);
        const QStringList cells{when(exchange.happenedAt), exchange.received ? tr("Received") : tr("Shared"),
                                exchange.laptopName, QString::number(exchange.changes),
                                exchange.received ? QString::number(exchange.conflicts) : QString(), exchange.fileName};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
}

void SyncReviewDialog::useOtherValue()
{
    const int row = m_conflicts->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_conflicts->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const SyncLedger::Conflict& conflict : SyncLedger(m_document.store()).conflicts())
        if (conflict.id == id && conflict.resolution == QLatin1String("open"))
            m_document.undoStack().push(new ResolveConflictCommand(m_document, conflict));
}

} // namespace standlab
