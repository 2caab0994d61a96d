// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace standlab {

class AutoBackup;
class ClockBanner;
class EventDocument;
class EventSettingsDialog;
class PreferencesDialog;
class RestoreBackupDialog;

// The window of one open event: a sidebar of pages, the menus and the status bar. It wires pages,
// dialogs and actions together; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<EventDocument> document, QWidget* parent = nullptr);
    ~MainWindow() override;

    EventDocument& document() { return *m_document; }
    QString path() const;

    int pageCount() const;
    QString pageId(int index) const;
    QWidget* page(int index) const;
    QWidget* page(const QString& id) const;
    int currentPage() const;
    void showPage(int index);
    // Shows the page with this id ("contacts", …); false when there is none.
    bool showPageById(const QString& id);
    QListWidget* sidebar() const { return m_sidebar; }
    AutoBackup* autoBackup() const { return m_backup.get(); }

    // Starts the rolling backups; the first one comes right after the window is shown.
    void startBackups();

    // The dialogs open window-modal and return at once, so nothing waits on them.
    EventSettingsDialog* showEventSettings();
    PreferencesDialog* showPreferences();
    RestoreBackupDialog* showRestoreBackups();

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void openPathRequested(const QString& path);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& id, const QString& title, const QString& icon, const QString& tip, QWidget* page);
    void createPages();
    void createMenus();
    void fillRecentMenu();
    void updateTitle();
    void updateCounts();
    void about();

    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<AutoBackup> m_backup;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_banner = nullptr;
    ClockBanner* m_clockBanner = nullptr; // this laptop's clock is behind the event's newest change
    QLabel* m_counts = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QStringList m_pageIds;
};

} // namespace standlab
