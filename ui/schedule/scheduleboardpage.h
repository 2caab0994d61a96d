// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTabBar;
class QToolButton;

namespace standlab {

class EventDocument;
class ScheduleBoard;
class ScheduleData;
class UnscheduledList;
class UnscheduledModel;

// The schedule screen: day tabs (and an all-days overview), the board, the unscheduled sessions,
// snapping and zoom, and the conflicts that jump to their blocks.
class ScheduleBoardPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleBoardPage(EventDocument& document, QWidget* parent = nullptr);

    ScheduleBoard* board() const { return m_board; }
    ScheduleData* data() const { return m_data; }
    // Shows a day (an invalid date: the overview) and keeps the tabs in step.
    void showDay(const QDate& day);
    // Switches to the session's day and selects its block.
    void revealSession(const QString& sessionId);

signals:
    // Double-click, Enter: the window opens the editor. When nothing listens the page opens it.
    void sessionActivated(const QString& sessionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildSidePanel();
    void refresh();
    void rebuildTabs();
    void refreshConflicts();
    void onTabChanged(int index);
    void onConflictActivated(QListWidgetItem* item);
    void activate(const QString& sessionId);
    void setSnap(int minutes);

    EventDocument& m_document;
    ScheduleData* m_data = nullptr;
    ScheduleBoard* m_board = nullptr;
    QTabBar* m_days = nullptr;
    QComboBox* m_snap = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QLabel* m_zoomLabel = nullptr;
    UnscheduledModel* m_unscheduledModel = nullptr;
    UnscheduledList* m_unscheduled = nullptr;
    QLabel* m_unscheduledTitle = nullptr;
    QListWidget* m_conflicts = nullptr;
    QLabel* m_conflictsTitle = nullptr;
    QVector<QDate> m_tabDays;
};

} // namespace standlab
