// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace standlab {

// The side list of sessions without a start: drag one onto the board to schedule it, drop a block
// here to unschedule it; Enter places the current one in the first free slot.
class UnscheduledList : public QListView
{
    Q_OBJECT

public:
    explicit UnscheduledList(QWidget* parent = nullptr);

    QString currentSessionId() const;

signals:
    void scheduleRequested(const QString& sessionId);
    void unscheduleRequested(const QString& sessionId);
    void sessionActivated(const QString& sessionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    bool acceptsDrag(const QMimeData* data) const;
    bool m_dropHighlight = false;
};

} // namespace standlab
