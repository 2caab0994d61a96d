// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

namespace standlab {

class EventDocument;
class MainWindow;
class WelcomeWindow;

// Decides which windows are on screen: the welcome window while no event is open, one main window
// per open event. All opening, creating and reporting of failures goes through it.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // Each returns the window now showing the event, or nullptr after reporting why not.
    MainWindow* openFile(const QString& path);
    MainWindow* newEventAt(const QString& path);
    MainWindow* openDemo();
    // The same, asking for the file first.
    MainWindow* openWithDialog();
    MainWindow* newEventWithDialog();

    void showWelcome();
    WelcomeWindow* welcome();
    QList<MainWindow*> windows() const;
    // Whether new windows start their automatic backups (the screenshot mode turns them off).
    void setBackupsEnabled(bool enabled) { m_backupsEnabled = enabled; }
    void quit();

private:
    MainWindow* show(std::unique_ptr<EventDocument> document);
    MainWindow* windowFor(const QString& path) const;
    QWidget* activeParent() const;
    void report(const QString& title, const QString& error);

    std::unique_ptr<WelcomeWindow> m_welcome;
    QList<MainWindow*> m_windows; // each removed by its destroyed() signal, so never dangling
    bool m_backupsEnabled = true;
    bool m_quitting = false;
};

} // namespace standlab
