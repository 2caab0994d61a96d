// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleboardpage.h"

#include "document/eventdocument.h"
#include "scheduleboard.h"
#include "scheduledata.h"
#include "schedulegridpainter.h"
#include "sessioneditordialog.h"
#include "sessionmime.h"
#include "unscheduledlist.h"
#include "unscheduledmodel.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMetaMethod>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace standlab {
namespace {

const QString SnapKey = QStringLiteral("schedule/snapMinutes");
const QString ZoomKey = QStringLiteral("schedule/pixelsPerHour");

QIcon conflictIcon()
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

ScheduleBoardPage::ScheduleBoardPage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("scheduleBoardPage"));
    m_data = new ScheduleData(document.store(), this);
    m_board = new ScheduleBoard(document, *m_data, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolbar());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scheduleSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildSidePanel());
    splitter->addWidget(m_board);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1000});
    layout->addWidget(splitter, 1);

    QSettings settings;
    setSnap(settings.value(SnapKey, 15).toInt());
    m_board->setPixelsPerHour(settings.value(ZoomKey, 120).toInt());
    m_zoomLabel->setText(tr("%1 px/h").arg(m_board->pixelsPerHour()));

    connect(m_board, &ScheduleBoard::sessionActivated, this, &ScheduleBoardPage::activate);
    connect(m_board, &ScheduleBoard::dayRequested, this, &ScheduleBoardPage::showDay);
    connect(m_board, &ScheduleBoard::pixelsPerHourChanged, this, [this](int pixels) {
        m_zoomLabel->setText(tr("%1 px/h").arg(pixels));
        QSettings().setValue(ZoomKey, pixels);
    });
    connect(m_data, &ScheduleData::changed, this, &ScheduleBoardPage::refresh);
    refresh();
    if (!m_tabDays.isEmpty())
        showDay(m_tabDays.constFirst());
}

QWidget* ScheduleBoardPage::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 4, 6, 4);

    m_days = new QTabBar(bar);
    m_days->setObjectName(QStringLiteral("scheduleDayTabs"));
    m_days->setAccessibleName(tr("Days"));
    m_days->setDrawBase(false);
    m_days->setExpanding(false);
    // Long day labels must never widen the window past a small laptop screen: elide, then scroll.
    m_days->setElideMode(Qt::ElideRight);
    m_days->setUsesScrollButtons(true);
    m_days->setAcceptDrops(true);
    m_days->installEventFilter(this);
    connect(m_days, &QTabBar::currentChanged, this, &ScheduleBoardPage::onTabChanged);
    row->addWidget(m_days, 1);

    auto* snapLabel = new QLabel(tr("&Snap to"), bar);
    m_snap = new QComboBox(bar);
    m_snap->setObjectName(QStringLiteral("scheduleSnap"));
    for (int minutes : {5, 15, 30})
        m_snap->addItem(tr("%1 min").arg(minutes), minutes);
    snapLabel->setBuddy(m_snap);
    connect(m_snap, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        setSnap(m_snap->itemData(index).toInt());
    });
    row->addWidget(snapLabel);
    row->addWidget(m_snap);
    row->addSpacing(12);

    m_zoomOut = new QToolButton(bar);
    m_zoomOut->setObjectName(QStringLiteral("scheduleZoomOut"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel, Ctrl+−)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn = new QToolButton(bar);
    m_zoomIn->setObjectName(QStringLiteral("scheduleZoomIn"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel, Ctrl++)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setObjectName(QStringLiteral("scheduleZoomLabel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(tr("%1 px/h").arg(480)) + 4);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    connect(m_zoomOut, &QToolButton::clicked, m_board, &ScheduleBoard::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_board, &ScheduleBoard::zoomIn);
    row->addWidget(m_zoomOut);
    row->addWidget(m_zoomLabel);
    row->addWidget(m_zoomIn);
    return bar;
}

QWidget* ScheduleBoardPage::buildSidePanel()
{
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(180);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(6, 0, 2, 6);

    m_unscheduledTitle = new QLabel(panel);
    m_unscheduledTitle->setObjectName(QStringLiteral("unscheduledTitle"));
    m_unscheduledModel = new UnscheduledModel(*m_data, this);
    m_unscheduled = new UnscheduledList(panel);
    m_unscheduled->setModel(m_unscheduledModel);
    m_unscheduledTitle->setBuddy(m_unscheduled);
    connect(m_unscheduled, &UnscheduledList::scheduleRequested, this, [this](const QString& id) {
        if (m_board->scheduleAtFirstFreeSlot(id))
            revealSession(id);
    });
    connect(m_unscheduled, &UnscheduledList::unscheduleRequested, m_board, &ScheduleBoard::unscheduleSession);
    connect(m_unscheduled, &UnscheduledList::sessionActivated, this, &ScheduleBoardPage::activate);
    column->addWidget(m_unscheduledTitle);
    column->addWidget(m_unscheduled, 3);

    m_conflictsTitle = new QLabel(panel);
    m_conflictsTitle->setObjectName(QStringLiteral("conflictsTitle"));
    m_conflicts = new QListWidget(panel);
    m_conflicts->setObjectName(QStringLiteral("scheduleConflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextElideMode(Qt::ElideNone);
    m_conflicts->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_conflictsTitle->setBuddy(m_conflicts);
    connect(m_conflicts, &QListWidget::itemClicked, this, &ScheduleBoardPage::onConflictActivated);
    connect(m_conflicts, &QListWidget::itemActivated, this, &ScheduleBoardPage::onConflictActivated);
    column->addSpacing(6);
    column->addWidget(m_conflictsTitle);
    column->addWidget(m_conflicts, 2);
    return panel;
}

void ScheduleBoardPage::setSnap(int minutes)
{
    const int index = std::max(0, m_snap->findData(minutes));
    m_snap->setCurrentIndex(index);
    m_board->setSnapMinutes(m_snap->itemData(index).toInt());
    QSettings().setValue(SnapKey, m_board->snapMinutes());
}

void ScheduleBoardPage::refresh()
{
    rebuildTabs();
    refreshConflicts();
    m_unscheduledTitle->setText(tr("&Unscheduled (%1)").arg(m_unscheduledModel->rowCount()));
}

void ScheduleBoardPage::rebuildTabs()
{
    QVector<QDate> days;
    for (const EventDay& day : m_data->days())
        days.push_back(day.day);
    days.push_back(QDate()); // the overview
    if (days == m_tabDays)
        return;
    const QDate shown = m_board->day();
    const QSignalBlocker blocker(m_days);
    while (m_days->count() > 0)
        m_days->removeTab(0);
    m_tabDays = days;
    for (const QDate& date : std::as_const(m_tabDays)) {
        const EventDay* day = m_data->day(date);
        const int index = m_days->addTab(day ? ScheduleGridPainter::dayTitle(*day) : tr("All days"));
        m_days->setTabToolTip(index, date.isValid() ? tr("Drop a block here to move it to this day")
                                                    : tr("Every day side by side"));
    }
    const int keep = int(m_tabDays.indexOf(shown));
    m_days->setCurrentIndex(keep >= 0 ? keep : 0);
    m_board->setDay(m_tabDays.value(m_days->currentIndex()));
}

void ScheduleBoardPage::refreshConflicts()
{
    m_conflicts->clear();
    const QIcon icon = conflictIcon();
    for (const Conflict& conflict : m_data->conflicts()) {
        auto* item = new QListWidgetItem(icon, conflict.message, m_conflicts);
        item->setToolTip(conflict.message);
        item->setData(Qt::UserRole, conflict.sessionIds);
    }
    m_conflictsTitle->setText(m_data->conflicts().isEmpty() ? tr("&Conflicts: none")
                                                            : tr("&Conflicts (%1)").arg(m_data->conflicts().size()));
}

void ScheduleBoardPage::showDay(const QDate& day)
{
    const int index = int(m_tabDays.indexOf(day));
    if (index >= 0 && index != m_days->currentIndex())
        m_days->setCurrentIndex(index); // onTabChanged follows
    else
        m_board->setDay(day);
}

void ScheduleBoardPage::onTabChanged(int index)
{
    m_board->setDay(m_tabDays.value(index));
}

void ScheduleBoardPage::revealSession(const QString& sessionId)
{
    m_data->flush();
    const Session* session = m_data->session(sessionId);
    if (!session)
        return;
    if (!session->startsAt.isValid()) {
        const int row = m_unscheduledModel->rowOf(sessionId);
        if (row >= 0) {
            m_unscheduled->setCurrentIndex(m_unscheduledModel->index(row));
            m_unscheduled->setFocus();
        }
        return;
    }
    if (!m_board->isOverview())
        showDay(session->startsAt.date());
    m_board->selectSession(sessionId);
    m_board->setFocus();
}

void ScheduleBoardPage::onConflictActivated(QListWidgetItem* item)
{
    const QStringList ids = item ? item->data(Qt::UserRole).toStringList() : QStringList();
    if (!ids.isEmpty())
        revealSession(ids.constFirst());
}

void ScheduleBoardPage::activate(const QString& sessionId)
{
    if (sessionId.isEmpty())
        return;
    if (isSignalConnected(QMetaMethod::fromSignal(&ScheduleBoardPage::sessionActivated))) {
        emit sessionActivated(sessionId);
        return;
    }
    auto* dialog = new SessionEditorDialog(m_document, sessionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ScheduleBoardPage::eventFilter(QObject* watched, QEvent* event)
{
    // The day tabs take dropped blocks: hovering a day shows it, dropping moves the session there.
    if (watched == m_days) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            const int tab = m_days->tabAt(drag->position().toPoint());
            const QDate day = m_tabDays.value(tab);
            if (sessionmime::sessionId(drag->mimeData()).isEmpty() || !day.isValid()) {
                drag->ignore();
                return true;
            }
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto* drop = static_cast<QDropEvent*>(event);
            const QDate day = m_tabDays.value(m_days->tabAt(drop->position().toPoint()));
            const QString id = sessionmime::sessionId(drop->mimeData());
            if (id.isEmpty() || !day.isValid())
                return true;
            drop->acceptProposedAction();
            const Session* session = m_data->session(id);
            showDay(day);
            if (session && session->startsAt.isValid())
                m_board->moveSessionToDay(id, day);
            else
                m_board->scheduleAtFirstFreeSlot(id);
            revealSession(id);
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace standlab
