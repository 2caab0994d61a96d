// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "autobackup.h"
#include "clockbanner.h"
#include "dialogs/eventsettingsdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "document/eventdocument.h"
#include "document/searchcatchup.h"
#include "fileactions.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/session.h"
#include "pages/actionplanpage.h"
#include "pages/contactspage.h"
#include "pages/exportspage.h"
#include "exports/programmeprinter.h"
#include "pages/peoplepage.h"
#include "pages/programmepage.h"
#include "schedule/scheduleboardpage.h"
#include "stand/standpage.h"
#include "search/searchbox.h"
#include "search/searchnavigator.h"
#include "prompts.h"
#include "widgets/combowidthlimiter.h"
#include "widgets/tintedicon.h"
#include "settings/preferencesdialog.h"
#include "settings/appresources.h"
#include "settings/recentfiles.h"
#include "shellmodels/storewatcher.h"
#include "sync/syncactions.h"
#include "store/store.h"
#include "releases/releaseactions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace standlab {

MainWindow::MainWindow(std::unique_ptr<EventDocument> document, QWidget* parent)
    : QMainWindow(parent), m_document(std::move(document))
{
    ComboWidthLimiter::installOnce();
    AppResources::init();
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/standlab.svg")));

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    // Light colours of our own on a light palette; on a dark one the palette's own, so it never glares.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    m_sidebar->setStyleSheet(dark ? QStringLiteral(
        "QListWidget#sidebar { background: palette(window); padding-top: 8px; }"
        "QListWidget#sidebar::item { padding: 9px 8px; color: palette(window-text); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text);"
        " border-left: 3px solid palette(link); }")
                                  : QStringLiteral(
        "QListWidget#sidebar { background: #eef1f4; padding-top: 8px; }"
        "QListWidget#sidebar::item { padding: 9px 8px; color: #263238; }"
        "QListWidget#sidebar::item:selected { background: #d6e4f0; color: #102a43;"
        " border-left: 3px solid #2f6f9f; }"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5d4200; padding: 8px 12px;"
                                           " border-bottom: 1px solid #e6d48a;"));
    const bool readOnly = m_document->isReadOnly();
    m_banner->setText(tr("This event is open read-only; nothing you do here is saved. %1")
                          .arg(m_document->store().readOnlyReason()));
    m_banner->setVisible(readOnly);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    m_clockBanner = new ClockBanner(m_document->store(), this);
    outer->addWidget(m_clockBanner);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sidebar);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    statusBar()->addPermanentWidget(m_counts);

    auto* undoDock = new QDockWidget(tr("Undo history"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    auto* undoView = new QUndoView(&m_document->undoStack(), undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();

    createPages();
    createMenus();
    // Global search (issue 3): a box in the menu bar's corner; Ctrl+K or Ctrl+F reach it from any page.
    auto* search = new SearchBox(*m_document, this);
    menuBar()->setCornerWidget(search, Qt::TopRightCorner);
    m_goMenu->addSeparator();
    m_goMenu->addAction(search->focusAction());
    addAction(search->focusAction());
    auto* navigator = new SearchNavigator(
        [this](const QString& id) -> QWidget* {
            const int index = int(m_pageIds.indexOf(id));
            if (index < 0)
                return nullptr;
            showPage(index);
            return page(index);
        },
        this);
    connect(search, &SearchBox::hitChosen, this, [this, navigator](const SearchHit& hit) {
        if (navigator->open(hit).isEmpty())
            statusBar()->showMessage(tr("No page shows “%1” yet.").arg(hit.title), 6000);
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    m_backup = std::make_unique<AutoBackup>(m_document->store());
    connect(m_backup.get(), &AutoBackup::backedUp, this,
            [this] { statusBar()->showMessage(tr("Backup copy made"), 4000); });
    connect(m_backup.get(), &AutoBackup::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message));
    });
    connect(m_document.get(), &EventDocument::editFailed, this, [this](const QString& message) {
        Prompts::warning(this, tr("The change was not saved"),
                         tr("%1\n\nThe file %2 still holds everything saved before this change.")
                             .arg(message, QDir::toNativeSeparators(path())));
    });
    SearchCatchUp& catchUp = m_document->searchCatchUp();
    connect(&catchUp, &SearchCatchUp::progress, this, [this](qint64 done, qint64 total) {
        statusBar()->showMessage(tr("Preparing search for %n new row(s)… %1%", "", int(qMin<qint64>(total, INT_MAX)))
                                     .arg(total > 0 ? done * 100 / total : 100));
    });
    connect(&catchUp, &SearchCatchUp::finished, this,
            [this] { statusBar()->showMessage(tr("Search is up to date."), 4000); });
    connect(&catchUp, &SearchCatchUp::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Search could not index the newest rows: %1. They are saved; "
                                    "search tries again the next time you open the event.").arg(message));
    });
    auto* watcher = new StoreWatcher(m_document->store(), {}, this);
    connect(watcher, &StoreWatcher::changed, this, &MainWindow::updateCounts);
    connect(watcher, &StoreWatcher::changed, m_clockBanner, &ClockBanner::refresh);
    updateTitle();
    updateCounts();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    statusBar()->showMessage(tr("Opened %1. Changes are saved as you make them.")
                                 .arg(QDir::toNativeSeparators(path())), 6000);
}

MainWindow::~MainWindow()
{
    // Pages and dialogs read the document: they go before it does.
    m_backup.reset();
    for (QWidget* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (child != menuBar() && child != statusBar())
            delete child;
}

QString MainWindow::path() const
{
    return m_document->path();
}

void MainWindow::addPage(const QString& id, const QString& title, const QString& icon, const QString& tip,
                         QWidget* page)
{
    page->setObjectName(id + QStringLiteral("Page"));
    const int index = m_stack->addWidget(page);
    const QString iconPath = QStringLiteral(":/icons/%1.svg").arg(icon);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    auto* item = new QListWidgetItem(dark ? TintedIcon::load(iconPath, palette().color(QPalette::WindowText))
                                          : QIcon(iconPath),
                                     title, m_sidebar);
    item->setToolTip(tip);
    m_pageIds << id;
    if (index < 9) {
        auto* go = m_goMenu->addAction(item->icon(), title);
        go->setObjectName(QStringLiteral("actionGo_") + id);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        go->setToolTip(tip);
        connect(go, &QAction::triggered, this, [this, index] { showPage(index); });
        addAction(go);
    }
}

void MainWindow::createPages()
{
    // Later issues add their pages here; the sidebar, shortcuts and screenshots follow this list.
    m_goMenu = new QMenu(tr("&Go"), this);
    EventDocument& doc = *m_document;
    addPage(QStringLiteral("programme"), tr("Programme"), QStringLiteral("programme"),
            tr("All sessions: filter, sort and edit them"), new ProgrammePage(doc, m_stack));
    addPage(QStringLiteral("schedule"), tr("Schedule"), QStringLiteral("schedule"),
            tr("The timetable of each day by space"), new ScheduleBoardPage(doc, m_stack));
    addPage(QStringLiteral("stand"), tr("Stand"), QStringLiteral("stand"),
            tr("At the stand: today's sessions, arrivals, headcounts, notes and Now & Next"), new StandPage(doc, m_stack));
    addPage(QStringLiteral("people"), tr("People"), QStringLiteral("people"),
            tr("Speakers, moderators and other people"), new PeoplePage(doc, m_stack));
    addPage(QStringLiteral("contacts"), tr("Contacts"), QStringLiteral("contacts"),
            tr("Cities and organisations and what they asked for"), new ContactsPage(doc, m_stack));
    addPage(QStringLiteral("actionplan"), tr("Action Plan"), QStringLiteral("actionplan"),
            tr("The outcome documents and their actions"), new ActionPlanPage(doc, m_stack));
    auto* exports = new ExportsPage(doc, m_stack);
    connect(exports, &ExportsPage::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 6000);
    });
    addPage(QStringLiteral("exports"), tr("Exports"), QStringLiteral("exports"),
            tr("Copies of the event and files for other tools"), exports);
    // Programme: "Add an action from this session" continues on the Action Plan page.
    if (auto* programme = qobject_cast<ProgrammePage*>(page(QStringLiteral("programme"))))
        connect(programme, &ProgrammePage::addActionRequested, this, [this](const QString& sessionId) {
            auto* plan = qobject_cast<ActionPlanPage*>(page(QStringLiteral("actionplan")));
            if (!plan)
                return;
            showPage(int(m_pageIds.indexOf(QStringLiteral("actionplan"))));
            plan->addActionFromSession(sessionId);
        });
    // People: double-clicking one of a person's sessions opens it on the Programme page.
    if (auto* people = qobject_cast<PeoplePage*>(page(QStringLiteral("people"))))
        connect(people, &PeoplePage::sessionActivated, this, [this](const QString& sessionId) {
            auto* programme = qobject_cast<ProgrammePage*>(page(QStringLiteral("programme")));
            if (!programme)
                return;
            programme->clearFilters();
            showPage(int(m_pageIds.indexOf(QStringLiteral("programme"))));
            programme->selectSession(sessionId);
        });
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

QString MainWindow::pageId(int index) const
{
    return m_pageIds.value(index);
}

QWidget* MainWindow::page(int index) const
{
    return m_stack->widget(index);
}

QWidget* MainWindow::page(const QString& id) const
{
    return m_stack->widget(int(m_pageIds.indexOf(id)));
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

bool MainWindow::showPageById(const QString& id)
{
    const int index = int(m_pageIds.indexOf(id));
    if (index < 0)
        return false;
    showPage(index);
    return true;
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_sidebar->count())
        m_sidebar->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    auto action = [this](QMenu* menu, const QString& name, const QString& text, const QString& tip,
                         const QKeySequence& shortcut = {}) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setShortcut(shortcut);
        return a;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    connect(action(file, QStringLiteral("actionNew"), tr("&New event…"), tr("Create a new event file"),
                   QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newRequested);
    connect(action(file, QStringLiteral("actionOpen"), tr("&Open…"), tr("Open an event file"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openRequested);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(action(file, QStringLiteral("actionDemo"), tr("Open the &demo"),
                   tr("Open a fresh copy of the demo event")),
            &QAction::triggered, this, &MainWindow::demoRequested);
    file->addSeparator();
    QAction* saveCopy = action(file, QStringLiteral("actionSaveCopy"), tr("Save a cop&y…"),
                               tr("Write a consistent copy of this event to another file"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveCopy, &QAction::triggered, this, [this] {
        const QString written = FileActions::saveCopy(this, m_document->store());
        if (!written.isEmpty())
            statusBar()->showMessage(tr("Copy written to %1").arg(QDir::toNativeSeparators(written)), 6000);
    });
    ProgrammePrinter::addPrintAction(file, this, m_document->store());
    file->addSeparator();
    (new SyncActions(*m_document, this))->addTo(file); // Share / Receive changes (issue 7)
    connect(action(file, QStringLiteral("actionRestoreBackup"), tr("Restore from &backup…"),
                   tr("Bring back an automatic backup of this event as a new file")),
            &QAction::triggered, this, &MainWindow::showRestoreBackups);
    file->addSeparator();
    QAction* settings = action(file, QStringLiteral("actionEventSettings"), tr("&Event settings…"),
                               tr("Name, venue, days, spaces and working lines of this event"));
    settings->setEnabled(!m_document->isReadOnly());
    connect(settings, &QAction::triggered, this, &MainWindow::showEventSettings);
    QAction* preferences = action(file, QStringLiteral("actionPreferences"), tr("&Preferences…"),
                                  tr("This laptop's name and sync folder, the language and the appearance"), QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    connect(action(file, QStringLiteral("actionClose"), tr("&Close"), tr("Close this event"), QKeySequence::Close),
            &QAction::triggered, this, &QWidget::close);
    QAction* quit = action(file, QStringLiteral("actionQuit"), tr("&Quit"), tr("Close every event and quit"),
                           QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack().createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack().createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* history = findChild<QDockWidget*>(QStringLiteral("undoDock"))->toggleViewAction();
    history->setObjectName(QStringLiteral("actionUndoHistory"));
    history->setText(tr("Undo &history"));
    history->setToolTip(tr("Show or hide the list of changes you can undo"));
    edit->addAction(history);

    menuBar()->addMenu((new ReleaseActions(*m_document, this))->menu()); // releases and letters (issue 19)
    menuBar()->addMenu(m_goMenu);
    if (auto* stand = findChild<StandPage*>())
        menuBar()->addMenu(stand->menu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = action(help, QStringLiteral("actionAbout"), tr("&About Stand Lab"),
                            tr("Version and licence"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& file : RecentFiles::all()) {
        const QFileInfo info(file);
        QAction* open = m_recentMenu->addAction(info.exists() ? info.fileName() : tr("%1 (missing)").arg(info.fileName()));
        open->setToolTip(QDir::toNativeSeparators(file));
        open->setStatusTip(QDir::toNativeSeparators(file));
        open->setEnabled(info.exists());
        connect(open, &QAction::triggered, this, [this, file] { emit openPathRequested(file); });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent events"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* prune = m_recentMenu->addAction(tr("Remove missing files"));
    connect(prune, &QAction::triggered, this, [] { RecentFiles::prune(); });
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(path()).fileName();
    setWindowFilePath(path());
    setWindowTitle(m_document->isReadOnly() ? tr("%1 [read-only] — Stand Lab").arg(name)
                                            : tr("%1 — Stand Lab").arg(name));
}

void MainWindow::updateCounts()
{
    const Store& store = m_document->store();
    m_counts->setText(tr("%1 sessions · %2 people · %3 organisations")
                          .arg(store.count(EntityTraits<Session>::table()))
                          .arg(store.count(EntityTraits<Person>::table()))
                          .arg(store.count(EntityTraits<Organisation>::table())));
}

void MainWindow::startBackups()
{
    m_backup->start();
}

EventSettingsDialog* MainWindow::showEventSettings()
{
    auto* dialog = new EventSettingsDialog(*m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PreferencesDialog* MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RestoreBackupDialog* MainWindow::showRestoreBackups()
{
    auto* dialog = new RestoreBackupDialog(path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreBackupDialog::restored, this, &MainWindow::openPathRequested);
    dialog->open();
    return dialog;
}

void MainWindow::about()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Stand Lab"),
                                tr("<h3>Stand Lab %1</h3><p>Plan and run the Sharing Cities Action Stand Lab: "
                                   "programme, people, contacts, the Action Plan and exports, on your own "
                                   "laptop and without a server.</p><p>Free software under the GNU General "
                                   "Public License, version 3 or later.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace standlab
