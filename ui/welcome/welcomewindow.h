// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace standlab {

// The first window: start a new event, open one, reopen a recent one or try the demo.
class WelcomeWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWindow(QWidget* parent = nullptr);

    // Re-reads the recent list; files that are gone are shown greyed until removed.
    void refreshRecent();
    QListWidget* recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPushButton* addButton(const QString& objectName, const QString& text, const QString& tip, const QIcon& icon);

    QListWidget* m_recent = nullptr;
    QPushButton* m_prune = nullptr;
};

} // namespace standlab
