// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QTreeView;

namespace standlab {

class EventDocument;
class NotesPanel;
class NowAndNext;
class NowAndNextView;
class RehearseDialog;
class StandClock;
class TodayModel;

// The Stand page, for the three days at the stand: today's sessions with their speakers to tick as
// arrived, the headcount and quick notes, a small Now & Next preview, and the full-screen Now & Next
// for the screen at the stand. It owns the stand clock (real, or simulated for a rehearsal).
class StandPage : public QWidget
{
    Q_OBJECT

public:
    explicit StandPage(EventDocument& document, QWidget* parent = nullptr);
    ~StandPage() override;

    StandClock& clock() { return *m_clock; }
    TodayModel* model() const { return m_model; }
    NotesPanel* notes() const { return m_notes; }
    QTreeView* tree() const { return m_tree; }
    // The Stand menu for the main window: full screen, rehearse, real time.
    QMenu* menu();

    // Runs the stand clock from `wall` (the event's local time) at `speed`; the list follows that day.
    void rehearseAt(const QDateTime& wall, double speed = 1.0);
    void useRealTime();
    RehearseDialog* showRehearseDialog();
    NowAndNextView* showNowAndNext(bool fullScreen = true);
    NowAndNextView* nowAndNextWindow() const;
    NowAndNextView* preview() const { return m_preview; }

    void setDay(const QDate& day);
    QDate day() const;
    void selectSession(const QString& sessionId);
    QString currentSessionId() const;

private:
    void reloadDays();
    int firstRelevantRow() const;
    void updateClockLabel();
    void currentChanged();
    void updateHeadcount();
    void commitHeadcount();
    QDateTime wallNow() const;

    EventDocument& m_document;
    std::unique_ptr<StandClock> m_clock;
    std::unique_ptr<NowAndNext> m_computation;
    TodayModel* m_model = nullptr;
    QComboBox* m_days = nullptr;
    QLabel* m_clockLabel = nullptr;
    QTreeView* m_tree = nullptr;
    QSpinBox* m_headcount = nullptr;
    NotesPanel* m_notes = nullptr;
    NowAndNextView* m_preview = nullptr;
    QPointer<NowAndNextView> m_fullScreen;
    QMenu* m_menu = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_rehearseAction = nullptr;
    QAction* m_realTimeAction = nullptr;
};

} // namespace standlab
