// SPDX-License-Identifier: GPL-3.0-or-later
#include "standpage.h"

#include "document/eventdocument.h"
#include "model/repository.h"
#include "notespanel.h"
#include "nowandnextview.h"
#include "rehearsedialog.h"
#include "stand/nowandnext.h"
#include "stand/standclock.h"
#include "store/store.h"
#include "todaymodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace standlab {

namespace {
QPushButton* button(QWidget* parent, const QString& name, const QString& text, QAction* action)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(action->toolTip());
    QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
    b->setEnabled(action->isEnabled());
    QObject::connect(action, &QAction::enabledChanged, b, &QWidget::setEnabled);
    return b;
}
} // namespace

StandPage::StandPage(EventDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_clock(std::make_unique<StandClock>())
{
    m_computation = std::make_unique<NowAndNext>(NowAndNext::fromStore(document.store()));

    m_showAction = new QAction(tr("&Now && Next full screen"), this);
    m_showAction->setObjectName(QStringLiteral("actionNowAndNext"));
    m_showAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_F11)});
    m_showAction->setToolTip(tr("Show what is on now and next, full screen, for the screen at the stand "
                                "(Ctrl+Shift+N or F11; Escape leaves it)"));
    connect(m_showAction, &QAction::triggered, this, [this] { showNowAndNext(true); });
    m_rehearseAction = new QAction(tr("&Rehearse at…"), this);
    m_rehearseAction->setObjectName(QStringLiteral("actionRehearse"));
    m_rehearseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_rehearseAction->setToolTip(tr("Run the stand clock from a chosen time and speed (Ctrl+Alt+R)"));
    connect(m_rehearseAction, &QAction::triggered, this, &StandPage::showRehearseDialog);
    m_realTimeAction = new QAction(tr("Use the real &time"), this);
    m_realTimeAction->setObjectName(QStringLiteral("actionRealTime"));
    m_realTimeAction->setToolTip(tr("Back to the computer's clock after a rehearsal"));
    connect(m_realTimeAction, &QAction::triggered, this, &StandPage::useRealTime);
    // The shortcuts work while this page is shown, also when the main window has no Stand menu.
    for (QAction* a : {m_showAction, m_rehearseAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_showAction, m_rehearseAction, m_realTimeAction});

    // Top bar: day, clock, the clock's mode and the full-screen view.
    m_days = new QComboBox(this);
    m_days->setObjectName(QStringLiteral("standDayCombo"));
    m_days->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_days->setMinimumContentsLength(28);
    m_days->setToolTip(tr("The day the list shows (Alt+Y)"));
    auto* dayLabel = new QLabel(tr("Da&y:"), this);
    dayLabel->setBuddy(m_days);
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("standClockLabel"));
    QFont clockFont = m_clockLabel->font();
    clockFont.setBold(true);
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.3);
    m_clockLabel->setFont(clockFont);
    m_clockLabel->setMinimumWidth(40);
    m_clockLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->addWidget(dayLabel);
    top->addWidget(m_days);
    top->addSpacing(12);
    top->addWidget(m_clockLabel, 1);
    top->addWidget(button(this, QStringLiteral("standRehearseButton"), tr("Rehearse at…"), m_rehearseAction));
    top->addWidget(button(this, QStringLiteral("standRealTimeButton"), tr("Real time"), m_realTimeAction));
    top->addWidget(button(this, QStringLiteral("standNowAndNextButton"), tr("Now && Next full screen"),
                          m_showAction));

    // Left: today's list.
    m_model = new TodayModel(document, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("standTodayTree"));
    m_tree->setModel(m_model);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setAccessibleName(tr("Today's sessions and speakers"));
    m_tree->setToolTip(tr("Space ticks a speaker as arrived; Alt+H edits the headcount, Alt+N takes a note"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TodayModel::TitleColumn, QHeaderView::Stretch);
    for (int c = TodayModel::TimeColumn; c < TodayModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto* listLabel = new QLabel(tr("Today's &sessions — tick speakers as they arrive"), this);
    listLabel->setBuddy(m_tree);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_tree, 1);

    // Right: preview, headcount, notes.
    m_preview = new NowAndNextView(document, *m_clock, this);
    m_preview->setObjectName(QStringLiteral("standPreview"));
    m_preview->setMinimumHeight(180);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_headcount = new QSpinBox(this);
    m_headcount->setObjectName(QStringLiteral("standHeadcountSpin"));
    m_headcount->setRange(0, 100000);
    m_headcount->setToolTip(tr("How many people are in the session; Enter saves it"));
    auto* headcountLabel = new QLabel(tr("&Headcount:"), this);
    headcountLabel->setBuddy(m_headcount);
    connect(m_headcount, &QSpinBox::editingFinished, this, &StandPage::commitHeadcount);
    m_notes = new NotesPanel(document, this);
    m_notes->setWallClock([this] { return wallNow(); });
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 2);
    auto* headcountRow = new QHBoxLayout;
    headcountRow->addWidget(headcountLabel);
    headcountRow->addWidget(m_headcount);
    headcountRow->addStretch(1);
    rightLayout->addLayout(headcountRow);
    rightLayout->addWidget(m_notes, 3);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("standSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto* focusNote = new QAction(this);
    focusNote->setShortcut(QKeySequence(Qt::ALT | Qt::Key_N));
    focusNote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusNote, &QAction::triggered, this, [this] {
        if (auto* editor = m_notes->findChild<QWidget*>(QStringLiteral("standNoteEditor")))
            editor->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(focusNote);

    setTabOrder(m_days, m_tree);
    setTabOrder(m_tree, m_headcount);
    setTabOrder(m_headcount, m_notes);

    connect(m_days, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_model->setDay(m_days->currentData().toDate()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(firstRelevantRow(), 0));
        currentChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StandPage::updateHeadcount);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &StandPage::currentChanged);
    connect(m_clock.get(), &StandClock::ticked, this, &StandPage::updateClockLabel);
    connect(m_clock.get(), &StandClock::modeChanged, this, [this] {
        setDay(m_computation->dayFor(m_clock->now()).value_or(EventDay()).day);
        updateClockLabel();
    });
    connect(&document.store(), &Store::rowChanged, this, [this](const QString& table) {
        if (table == QLatin1String("event_days") || table == QLatin1String("event"))
            reloadDays();
    });
    connect(&document.store(), &Store::reset, this, &StandPage::reloadDays);

    reloadDays();
    m_clock->setTicking(true);
    updateClockLabel();
}

StandPage::~StandPage()
{
    // Closing the window moves the focus while this page is half destroyed: the headcount's
    // editingFinished (and the like) must not reach it then.
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
    // The views listen to the clock: they go first.
    delete m_fullScreen;
    delete m_preview;
}

QMenu* StandPage::menu()
{
    if (!m_menu) {
        m_menu = new QMenu(tr("&Stand"), this);
        m_menu->setObjectName(QStringLiteral("standMenu"));
        m_menu->addAction(m_showAction);
        m_menu->addSeparator();
        m_menu->addAction(m_rehearseAction);
        m_menu->addAction(m_realTimeAction);
    }
    return m_menu;
}

QDateTime StandPage::wallNow() const
{
    return m_computation->wallClock(m_clock->now());
}

void StandPage::reloadDays()
{
    m_computation = std::make_unique<NowAndNext>(NowAndNext::fromStore(m_document.store()));
    const QDate current = m_days->currentData().toDate();
    const QSignalBlocker block(m_days);
    m_days->clear();
    const QLocale locale;
    for (const EventDay& d : m_computation->days()) {
        const QString date = locale.toString(d.day, QStringLiteral("ddd d MMM"));
        m_days->addItem(d.label.isEmpty() ? date : tr("%1 — %2").arg(date, d.label), d.day);
    }
    const QDate wanted = current.isValid() ? current : m_computation->dayFor(m_clock->now()).value_or(EventDay()).day;
    const int at = m_days->findData(wanted);
    m_days->setCurrentIndex(at >= 0 ? at : 0);
    m_model->setDay(m_days->currentData().toDate());
}

int StandPage::firstRelevantRow() const
{
    // The first session not yet over: during the day that is what staff are busy with.
    const QDateTime wall = wallNow();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->session(m_model->sessionId(m_model->index(row, 0))).endsAt > wall)
            return row;
    return 0;
}

void StandPage::setDay(const QDate& day)
{
    const int at = m_days->findData(day);
    if (at >= 0)
        m_days->setCurrentIndex(at);
}

QDate StandPage::day() const
{
    return m_model->day();
}

void StandPage::updateClockLabel()
{
    const QDateTime wall = wallNow();
    const QLocale locale;
    QString text = tr("%1 · %2").arg(locale.toString(wall.date(), QStringLiteral("dddd d MMMM")),
                                    NowAndNext::shortTime(wall.time()));
    if (m_clock->isSimulated() && m_clock->speed() == 0.0)
        text = tr("%1 (rehearsal, clock stopped)").arg(text);
    else if (m_clock->isSimulated())
        text = tr("%1 (rehearsal ×%2)").arg(text, locale.toString(m_clock->speed(), 'g', 3));
    m_clockLabel->setText(text);
    m_clockLabel->setToolTip(tr("The stand clock, in the event's time zone (%1)").arg(m_computation->timeZone()));
    m_realTimeAction->setEnabled(m_clock->isSimulated());
}

void StandPage::rehearseAt(const QDateTime& wall, double speed)
{
    m_clock->simulate(m_computation->instantOf(wall), speed);
}

void StandPage::useRealTime()
{
    m_clock->useRealTime();
}

RehearseDialog* StandPage::showRehearseDialog()
{
    auto* dialog = new RehearseDialog(wallNow(), m_clock->isSimulated() ? m_clock->speed() : 1.0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { rehearseAt(dialog->wallStart(), dialog->speed()); });
    dialog->open();
    return dialog;
}

NowAndNextView* StandPage::showNowAndNext(bool fullScreen)
{
    if (!m_fullScreen) {
        m_fullScreen = new NowAndNextView(m_document, *m_clock, this);
        m_fullScreen->setWindowFlag(Qt::Window);
        m_fullScreen->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (QScreen* screen = this->screen())
        m_fullScreen->setGeometry(screen->geometry());
    if (fullScreen)
        m_fullScreen->showFullScreen();
    else
        m_fullScreen->show();
    m_fullScreen->raise();
    m_fullScreen->activateWindow();
    m_fullScreen->setFocus(Qt::OtherFocusReason);
    return m_fullScreen;
}

NowAndNextView* StandPage::nowAndNextWindow() const
{
    return m_fullScreen;
}

void StandPage::selectSession(const QString& sessionId)
{
    const QModelIndex index = m_model->sessionIndex(sessionId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

QString StandPage::currentSessionId() const
{
    return m_model->sessionId(m_tree->currentIndex());
}

void StandPage::currentChanged()
{
    const QString id = currentSessionId();
    if (id != m_notes->sessionId())
        m_notes->setSession(id);
    updateHeadcount();
}

void StandPage::updateHeadcount()
{
    const QString id = currentSessionId();
    const QSignalBlocker block(m_headcount);
    m_headcount->setEnabled(!id.isEmpty() && !m_document.isReadOnly());
    m_headcount->setValue(m_model->session(id).headcount);
}

void StandPage::commitHeadcount()
{
    const QString id = currentSessionId();
    if (id.isEmpty())
        return;
    m_model->setData(m_model->sessionIndex(id, TodayModel::HeadcountColumn), m_headcount->value(), Qt::EditRole);
}

} // namespace standlab
