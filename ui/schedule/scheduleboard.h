// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulelayout.h"

#include <QAbstractScrollArea>
#include <QDate>

namespace standlab {

class EventDocument;
class ScheduleData;

// The schedule board: one column per space, time running down, one day (or all days side by side).
// Blocks move and stretch with the mouse or the keyboard; each change is one undo step.
class ScheduleBoard : public QAbstractScrollArea
{
    Q_OBJECT

public:
    ScheduleBoard(EventDocument& document, ScheduleData& data, QWidget* parent = nullptr);

    // An invalid date shows the overview of every day.
    void setDay(const QDate& day);
    QDate day() const { return m_day; }
    bool isOverview() const { return !m_day.isValid(); }

    int snapMinutes() const { return m_snap; }
    void setSnapMinutes(int minutes);
    int pixelsPerHour() const { return m_pixelsPerHour; }
    void setPixelsPerHour(int pixels);
    void zoomIn();
    void zoomOut();

    QString selectedSessionId() const { return m_selected; }
    void selectSession(const QString& sessionId);

    // The edits behind the drags, drops and keys; each pushes one undo command when it changes something.
    bool moveSession(const QString& sessionId, const QString& spaceId, const QDateTime& start);
    bool scheduleSession(const QString& sessionId, const QString& spaceId, const QDateTime& start);
    bool resizeSession(const QString& sessionId, const QDateTime& end);
    bool unscheduleSession(const QString& sessionId);
    bool moveSessionToDay(const QString& sessionId, const QDate& day);
    // Places a session in the earliest free slot of the shown day (the first day in the overview).
    bool scheduleAtFirstFreeSlot(const QString& sessionId);

    const ScheduleLayout& layout() const { return m_layout; }
    // Where a block or a moment is drawn, in viewport coordinates (tests and drop targets use these).
    QRect blockRect(const QString& sessionId) const;
    QPoint pointAt(const QDate& day, const QString& spaceId, int minute) const;
    int conflictCount(const QString& sessionId) const;
    QString describeSession(const QString& sessionId) const;

    static constexpr int MinPixelsPerHour = 30;
    static constexpr int MaxPixelsPerHour = 480;

signals:
    void sessionActivated(const QString& sessionId);
    void selectionChanged(const QString& sessionId);
    void pixelsPerHourChanged(int pixels);
    // The board wants the page to show another day (a session was sent there with the keyboard).
    void dayRequested(const QDate& day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // A block being dragged, or a session dragged in from elsewhere, and where it would land.
    struct Ghost
    {
        QString sessionId;
        int column = -1;
        int startMinute = 0;
        int endMinute = 0;
        bool visible = false;
    };
    enum class DragMode { None, Pending, Move, Resize };

    void relayout();
    void updateScrollBars();
    QPointF contentOffset() const;
    QPointF toContent(const QPointF& viewportPoint) const;
    qreal gutter() const;
    qreal header() const;
    QDateTime timeAt(int column, int minute) const;
    int sessionMinutes(const QString& sessionId) const;
    void placeGhost(const QPointF& viewportPoint, qreal grabOffset);
    bool commitGhost(bool resize);
    void startExternalDrag();
    void ensureVisible(const QString& sessionId);
    QVector<int> blockOrder() const;
    void moveSelectionBy(int minutes, int columns, bool resize);
    bool moveSelectedToNeighbourDay(int direction);

    EventDocument& m_document;
    ScheduleData& m_data;
    ScheduleLayout m_layout;
    QDate m_day;
    int m_snap = 15;
    int m_pixelsPerHour = 120;
    QString m_selected;
    DragMode m_dragMode = DragMode::None;
    QPoint m_pressPos;
    qreal m_grabOffset = 0;
    bool m_pressOnEdge = false;
    Ghost m_ghost;
};

} // namespace standlab
