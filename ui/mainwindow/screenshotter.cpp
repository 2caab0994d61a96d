// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "appcontroller.h"
#include "autobackup.h"
#include "dialogs/restorebackupdialog.h"
#include "pages/actionplanpage.h"
#include "pages/contactspage.h"
#include "mainwindow.h"
#include "settings/preferencesdialog.h"
#include "stand/nowandnextview.h"
#include "stand/standpage.h"
#include "dialogs/eventsettingsdialog.h"
#include "welcome/welcomewindow.h"
#include "document/eventdocument.h"
#include "model/repository.h"
#include "model/session.h"
#include "schedule/sessioneditordialog.h"
#include "search/searchbox.h"
#include <QTreeView>

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

namespace standlab {

namespace {
const QSize windowSize(1366, 768);

void settle()
{
    // Layouts, deferred reloads (0-ms timers) and painting all need a few turns of the loop.
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QApplication::sendPostedEvents();
    }
}

bool save(QWidget* widget, const QString& folder, const QString& name, QString* error)
{
    settle();
    const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file)) {
        if (error)
            *error = Screenshotter::tr("Could not write %1").arg(file);
        return false;
    }
    return true;
}
} // namespace

QVector<Screenshotter::Shot> Screenshotter::extraShots()
{
    return {
        {QStringLiteral("dialog-event-settings"),
         [](AppController&, MainWindow& window) -> QWidget* { return window.showEventSettings(); }},
        {QStringLiteral("dialog-preferences"),
         [](AppController&, MainWindow& window) -> QWidget* { return window.showPreferences(); }},
        {QStringLiteral("dialog-restore-backup"),
         [](AppController&, MainWindow& window) -> QWidget* {
             window.autoBackup()->backupNow(); // so the list has something to show
             return window.showRestoreBackups();
         }},
        // Stand mode at a rehearsed moment of the demo event: Wednesday 20 November 2019, 11:10 in Barcelona.
        {QStringLiteral("stand-today"),
         [](AppController&, MainWindow& window) -> QWidget* {
             auto* stand = window.findChild<StandPage*>();
             if (!stand)
                 return nullptr;
             stand->rehearseAt(QDateTime(QDate(2019, 11, 20), QTime(11, 10), Qt::UTC), 0.0);
             for (int i = 0; i < window.pageCount(); ++i)
                 if (window.page(i) == stand)
                     window.showPage(i);
             return &window;
         }},
        {QStringLiteral("stand-now-and-next"),
         [](AppController&, MainWindow& window) -> QWidget* {
             auto* stand = window.findChild<StandPage*>();
             return stand ? stand->showNowAndNext(true) : nullptr;
         }},
        {QStringLiteral("dialog-session-workshop"),
         [](AppController&, MainWindow& window) -> QWidget* {
             // The session editor on a workshop: its people and the workshop details.
             const auto workshops = Repository<Session>(window.document().store())
                                        .where(QStringLiteral("kind = 'workshop'"), {}, QStringLiteral("starts_at IS NULL, starts_at"));
             if (workshops.isEmpty())
                 return nullptr;
             auto* dialog = new SessionEditorDialog(window.document(), workshops.first().id, &window);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->resize(600, 1000);
             dialog->show();
             settle();
             if (auto* scroll = dialog->findChild<QScrollArea*>())
                 if (auto* workshop = dialog->findChild<QWidget*>(QStringLiteral("workshopGroup")))
                     scroll->ensureWidgetVisible(workshop, 0, 0);
             return dialog;
         }},
        {QStringLiteral("actionplan-section"), [](AppController&, MainWindow& w) { return ActionPlanPage::screenshotState(&w, QStringLiteral("section")); }},
        {QStringLiteral("actionplan-actions"), [](AppController&, MainWindow& w) { return ActionPlanPage::screenshotState(&w, QStringLiteral("actions")); }},
        {QStringLiteral("actionplan-datasets"), [](AppController&, MainWindow& w) { return ActionPlanPage::screenshotState(&w, QStringLiteral("datasets")); }},
        {QStringLiteral("dialog-plan-comparison"), [](AppController&, MainWindow& w) { return ActionPlanPage::screenshotState(&w, QStringLiteral("comparison")); }},
        {QStringLiteral("contacts-followups"), [](AppController&, MainWindow& w) { return ContactsPage::screenshotState(&w, QStringLiteral("followups")); }},
        {QStringLiteral("contacts-overview"), [](AppController&, MainWindow& w) { return ContactsPage::screenshotState(&w, QStringLiteral("overview")); }},
        {QStringLiteral("contacts-initiatives"), [](AppController&, MainWindow& w) { return ContactsPage::screenshotState(&w, QStringLiteral("initiatives")); }},
        // The schedule board on a full-HD screen (issue 3); the window keeps this size for later shots.
        {QStringLiteral("schedule-1920x1080"),
         [](AppController&, MainWindow& window) -> QWidget* {
             window.resize(1920, 1080);
             for (int i = 0; i < window.pageCount(); ++i)
                 if (window.pageId(i) == QLatin1String("schedule"))
                     window.showPage(i);
             return &window;
         }},
        // The global search with its grouped hits (issue 3).
        {QStringLiteral("search-results"),
         [](AppController&, MainWindow& window) -> QWidget* {
             auto* box = window.findChild<SearchBox*>(QStringLiteral("globalSearch"));
             if (!box)
                 return nullptr;
             box->setText(QStringLiteral("plat"));
             return box->resultsVisible() ? box->resultsView() : nullptr;
         }},
        {QStringLiteral("welcome"),
         [](AppController& controller, MainWindow&) -> QWidget* {
             controller.showWelcome();
             return controller.welcome();
         }},
    };
}

int Screenshotter::run(AppController& controller, const QString& eventPath, const QString& folder, QString* error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Could not create the folder %1").arg(folder);
        return 0;
    }
    controller.setBackupsEnabled(false);
    MainWindow* window = controller.openFile(eventPath);
    if (!window) {
        if (error)
            *error = tr("Could not open %1").arg(eventPath);
        return 0;
    }
    window->setWindowState(Qt::WindowNoState);
    window->resize(windowSize);
    window->move(0, 0);
    int written = 0;
    for (int i = 0; i < window->pageCount(); ++i) {
        window->showPage(i);
        if (!save(window, folder, QStringLiteral("page-%1-%2").arg(i + 1).arg(window->pageId(i)), error))
            return written;
        ++written;
    }
    // One grab of the whole screen, to see the window as a user would, menus and all.
    window->showPage(0);
    settle();
    if (QScreen* screen = QApplication::primaryScreen()) {
        if (screen->grabWindow(0).save(QDir(folder).filePath(QStringLiteral("screen.png"))))
            ++written;
    }
    for (const Shot& shot : extraShots()) {
        QWidget* widget = shot.open(controller, *window);
        if (!widget)
            continue;
        const bool ok = save(widget, folder, shot.name, error);
        if (widget != window && widget != controller.welcome())
            widget->close();
        else if (widget == controller.welcome())
            widget->hide();
        if (!ok)
            return written;
        ++written;
    }
    return written;
}

} // namespace standlab
