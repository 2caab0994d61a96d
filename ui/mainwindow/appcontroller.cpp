// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "document/eventdocument.h"
#include "eventopener.h"
#include "mainwindow.h"
#include "prompts.h"
#include "settings/recentfiles.h"
#include "welcome/welcomewindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

namespace standlab {

AppController::AppController(QObject* parent) : QObject(parent) {}

AppController::~AppController()
{
    m_quitting = true;
    // Deleting a window edits m_windows through its destroyed() handler: work on a detached copy.
    const QList<MainWindow*> windows = std::exchange(m_windows, {});
    for (MainWindow* window : windows) {
        window->disconnect(this);
        delete window;
    }
}

WelcomeWindow* AppController::welcome()
{
    if (!m_welcome) {
        m_welcome = std::make_unique<WelcomeWindow>();
        connect(m_welcome.get(), &WelcomeWindow::newRequested, this, &AppController::newEventWithDialog);
        connect(m_welcome.get(), &WelcomeWindow::openRequested, this, &AppController::openWithDialog);
        connect(m_welcome.get(), &WelcomeWindow::demoRequested, this, &AppController::openDemo);
        connect(m_welcome.get(), &WelcomeWindow::recentRequested, this, &AppController::openFile);
    }
    return m_welcome.get();
}

void AppController::showWelcome()
{
    welcome()->refreshRecent();
    welcome()->show();
    welcome()->raise();
    welcome()->activateWindow();
}

QList<MainWindow*> AppController::windows() const
{
    return m_windows;
}

QWidget* AppController::activeParent() const
{
    if (QWidget* active = QApplication::activeWindow())
        return active;
    const QList<MainWindow*> open = windows();
    if (!open.isEmpty())
        return open.constLast();
    return m_welcome && m_welcome->isVisible() ? m_welcome.get() : nullptr;
}

void AppController::report(const QString& title, const QString& error)
{
    Prompts::warning(activeParent(), title, error);
    if (windows().isEmpty())
        showWelcome();
}

MainWindow* AppController::windowFor(const QString& path) const
{
    const QString wanted = QFileInfo(path).canonicalFilePath();
    for (MainWindow* window : windows())
        if (!wanted.isEmpty() && QFileInfo(window->path()).canonicalFilePath() == wanted)
            return window;
    return nullptr;
}

MainWindow* AppController::openFile(const QString& path)
{
    if (MainWindow* open = windowFor(path)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    QString error;
    std::unique_ptr<EventDocument> document = EventOpener::open(path, &error);
    if (!document) {
        report(tr("Could not open the event"), error);
        return nullptr;
    }
    return show(std::move(document));
}

MainWindow* AppController::newEventAt(const QString& path)
{
    QString error;
    std::unique_ptr<EventDocument> document = EventOpener::create(path, &error);
    if (!document) {
        report(tr("Could not create the event"), error);
        return nullptr;
    }
    MainWindow* window = show(std::move(document));
    // A new event has no name yet: ask for it straight away.
    window->showEventSettings();
    return window;
}

MainWindow* AppController::openDemo()
{
    QString error;
    std::unique_ptr<EventDocument> document = EventOpener::openDemoCopy(&error);
    if (!document) {
        report(tr("Could not open the demo"), error);
        return nullptr;
    }
    return show(std::move(document));
}

MainWindow* AppController::openWithDialog()
{
    const QString path = Prompts::openFile(activeParent(), tr("Open an event"),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                           Prompts::eventFilter());
    return path.isEmpty() ? nullptr : openFile(path);
}

MainWindow* AppController::newEventWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompts::saveFile(activeParent(), tr("New event"),
                                           QDir(folder).filePath(tr("New event") + QStringLiteral(".standlab")),
                                           Prompts::eventFilter());
    return path.isEmpty() ? nullptr : newEventAt(path);
}

MainWindow* AppController::show(std::unique_ptr<EventDocument> document)
{
    auto* window = new MainWindow(std::move(document));
    m_windows << window;
    connect(window, &MainWindow::newRequested, this, &AppController::newEventWithDialog);
    connect(window, &MainWindow::openRequested, this, &AppController::openWithDialog);
    connect(window, &MainWindow::demoRequested, this, &AppController::openDemo);
    connect(window, &MainWindow::openPathRequested, this, &AppController::openFile);
    connect(window, &MainWindow::quitRequested, this, &AppController::quit);
    // Compared as addresses only: by the time destroyed() arrives the window is no longer a MainWindow.
    connect(window, &QObject::destroyed, this, [this, window] {
        m_windows.removeAll(window);
        if (!m_quitting && windows().isEmpty())
            showWelcome();
    });
    window->show();
    if (m_backupsEnabled)
        window->startBackups();
    if (m_welcome)
        m_welcome->hide();
    return window;
}

void AppController::quit()
{
    m_quitting = true;
    for (MainWindow* window : windows())
        window->close();
    if (m_welcome)
        m_welcome->close();
    QApplication::quit();
}

} // namespace standlab
