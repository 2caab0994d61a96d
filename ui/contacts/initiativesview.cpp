// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativesview.h"

#include "contactedits.h"
#include "document/eventdocument.h"
#include "initiativesmodel.h"
#include "model/eventday.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "store/store.h"
#include "widgets/termcombodelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace standlab {

InitiativesView::InitiativesView(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_model = new InitiativesModel(document, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("initiativesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(InitiativesModel::Status, new TermComboDelegate(Vocabulary::slotStatuses(), this));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(InitiativesModel::Name, 200);
    m_table->setColumnWidth(InitiativesModel::Organisation, 170);
    for (int c : {InitiativesModel::Table, InitiativesModel::Start, InitiativesModel::End})
        m_table->setColumnWidth(c, 60);

    m_callClosed = new QCheckBox(tr("Call for initiatives closed"), this);
    m_callClosed->setObjectName(QStringLiteral("callClosed"));
    m_callClosed->setToolTip(tr("Once closed, new requests for a slot are no longer taken"));
    connect(m_callClosed, &QCheckBox::clicked, this, [this](bool on) { ContactEdits::setCallClosed(m_document, on); });
    m_callState = new QLabel(this);
    m_callState->setObjectName(QStringLiteral("callState"));
    auto* accept = new QPushButton(tr("Accept"), this);
    accept->setObjectName(QStringLiteral("acceptInitiative"));
    accept->setToolTip(tr("Accept the selected requests for a slot (Ctrl+Shift+A)"));
    accept->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(accept, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("accepted")); });
    auto* decline = new QPushButton(tr("Decline"), this);
    decline->setObjectName(QStringLiteral("declineInitiative"));
    decline->setToolTip(tr("Decline the selected requests for a slot (Ctrl+Shift+D)"));
    decline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(decline, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("declined")); });

    m_dayChoice = new QComboBox(this);
    m_dayChoice->setObjectName(QStringLiteral("exhibitionDay"));
    m_dayChoice->setToolTip(tr("The day the table plan shows"));
    for (const EventDay& day : Repository<EventDay>(document.store()).all(QStringLiteral("day")))
        m_dayChoice->addItem(QLocale().toString(day.day, QStringLiteral("dddd d MMMM")), day.day);
    connect(m_dayChoice, qOverload<int>(&QComboBox::currentIndexChanged), this, &InitiativesView::refreshDay);
    m_day = new QTreeWidget(this);
    m_day->setObjectName(QStringLiteral("exhibitionDayView"));
    m_day->setHeaderLabels({tr("Table"), tr("Time"), tr("Initiative")});
    m_day->setRootIsDecorated(false);
    m_day->setColumnWidth(0, 70);
    m_day->setColumnWidth(1, 95);
    m_day->setToolTip(tr("Which initiative is at which table; clashes in red"));
    m_clashes = new QLabel(this);
    m_clashes->setObjectName(QStringLiteral("clashSummary"));
    m_clashes->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_callClosed);
    top->addWidget(m_callState, 1);
    top->addWidget(accept);
    top->addWidget(decline);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_dayChoice);
    rightLayout->addWidget(m_day, 1);
    rightLayout->addWidget(m_clashes);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &InitiativesView::refreshDay);
    connect(&document.undoStack(), &QUndoStack::indexChanged, this, &InitiativesView::refreshCall);
    refreshDay();
    refreshCall();
}

void InitiativesView::setSelectedStatus(const QString& status)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_document.undoStack().beginMacro(tr("Change initiative requests"));
    for (const QModelIndex& row : rows)
        ContactEdits::setInitiativeField(m_document, row.data(InitiativesModel::IdRole).toString(),
                                         QStringLiteral("slot_status"), status);
    m_document.undoStack().endMacro();
}

void InitiativesView::showFirstDayWithTables()
{
    for (int i = 0; i < m_dayChoice->count(); ++i)
        if (!m_model->plan().tables(m_dayChoice->itemData(i).toDate()).isEmpty()) {
            m_dayChoice->setCurrentIndex(i);
            return;
        }
}

void InitiativesView::refreshCall()
{
    const bool closed = m_document.store().meta(ExhibitionPlan::callClosedKey()) == QLatin1String("1");
    m_callClosed->setChecked(closed);
    int requested = 0;
    for (const Initiative& i : m_model->plan().initiatives())
        requested += i.slotStatus == QLatin1String("requested");
    m_callState->setText(closed ? tr("<b>The call is closed.</b> %n request(s) still to answer.", "", requested)
                                : tr("The call is open. %n request(s) to answer.", "", requested));
}

void InitiativesView::refreshDay()
{
    const ExhibitionPlan& plan = m_model->plan();
    const QDate day = m_dayChoice->currentData().toDate();
    m_day->clear();
    for (const QString& table : plan.tables(day)) {
        for (const Initiative& i : plan.at(day, table)) {
            const QString time = i.slotStart.isValid()
                ? QStringLiteral("%1–%2").arg(i.slotStart.toString(QStringLiteral("HH:mm")), i.slotEnd.toString(QStringLiteral("HH:mm")))
                : tr("all day");
            auto* item = new QTreeWidgetItem(m_day, {table, time, i.name});
            if (plan.isClashing(i.id)) {
                for (int c = 0; c < 3; ++c)
                    item->setForeground(c, QColor(0xb0, 0x3a, 0x2e));
                item->setToolTip(2, tr("Clash: another initiative is at table %1 at the same time").arg(table));
            }
        }
    }
    int clashes = 0;
    for (const ExhibitionPlan::Clash& c : plan.clashes())
        clashes += c.day == day;
    m_clashes->setText(clashes == 0 ? tr("No clashes on this day.")
                                    : tr("<span style='color:#b03a2e'><b>%n clash(es)</b></span>: two initiatives at one table.", "", clashes));
    refreshCall();
}

} // namespace standlab
