// SPDX-License-Identifier: GPL-3.0-or-later
#include "unscheduledlist.h"

#include "sessionmime.h"
#include "unscheduledmodel.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QPainter>

namespace standlab {

UnscheduledList::UnscheduledList(QWidget* parent) : QListView(parent)
{
    setObjectName(QStringLiteral("unscheduledList"));
    setAccessibleName(tr("Unscheduled sessions"));
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setIconSize(QSize(10, 10));
    setSpacing(1);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        emit sessionActivated(index.data(UnscheduledModel::SessionIdRole).toString());
    });
}

QString UnscheduledList::currentSessionId() const
{
    return currentIndex().data(UnscheduledModel::SessionIdRole).toString();
}

void UnscheduledList::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit scheduleRequested(currentSessionId());
        return;
    }
    QListView::keyPressEvent(event);
}

bool UnscheduledList::acceptsDrag(const QMimeData* data) const
{
    // Only blocks from the board: a row of this list dropped on itself means nothing.
    const QString id = sessionmime::sessionId(data);
    const auto* list = qobject_cast<const UnscheduledModel*>(model());
    return !id.isEmpty() && (!list || list->rowOf(id) < 0);
}

void UnscheduledList::dragEnterEvent(QDragEnterEvent* event)
{
    if (!acceptsDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dropHighlight = true;
    viewport()->update();
    event->acceptProposedAction();
}

void UnscheduledList::dragMoveEvent(QDragMoveEvent* event)
{
    if (acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void UnscheduledList::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dropHighlight = false;
    viewport()->update();
    QListView::dragLeaveEvent(event);
}

void UnscheduledList::dropEvent(QDropEvent* event)
{
    m_dropHighlight = false;
    viewport()->update();
    if (!acceptsDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit unscheduleRequested(sessionmime::sessionId(event->mimeData()));
}

void UnscheduledList::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (model() && model()->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Every session has a time. Drop a block here to take it off the schedule."));
    }
    if (m_dropHighlight) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
    }
}

} // namespace standlab
