// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "appcontroller.h"
#include "autobackup.h"
#include "dialogs/restorebackupdialog.h"
#include "mainwindow.h"
#include "settings/preferencesdialog.h"
#include "dialogs/eventsettingsdialog.h"
#include "welcome/welcomewindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScreen>
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
