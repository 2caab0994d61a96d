// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleboard.h"

#include "schedulecommand.h"
#include "scheduledata.h"
#include "schedulegridpainter.h"
#include "sessionblockpainter.h"
#include "sessionmime.h"
#include "model/vocabulary.h"

#include <QApplication>
#include <QDrag>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace standlab {
namespace {

constexpr int DayMinutes = 24 * 60;
constexpr qreal EdgeGrip = 6; // pixels at a block's bottom that resize instead of move
constexpr qreal MinDayColumn = 160;
constexpr qreal MinOverviewColumn = 84;

QString timeRange(const QDateTime& start, const QDateTime& end)
{
    return ScheduleGridPainter::timeText(start.time()) + QStringLiteral("–")
           + ScheduleGridPainter::timeText(end.time());
}

} // namespace

ScheduleBoard::ScheduleBoard(EventDocument& document, ScheduleData& data, QWidget* parent)
    : QAbstractScrollArea(parent), m_document(document), m_data(data)
{
    setObjectName(QStringLiteral("scheduleBoard"));
    setAccessibleName(tr("Schedule board"));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(&m_data, &ScheduleData::changed, this, &ScheduleBoard::relayout);
    relayout();
}

void ScheduleBoard::setDay(const QDate& day)
{
    if (day == m_day && !m_layout.columns().isEmpty())
        return;
    m_day = day;
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    if (!m_selected.isEmpty())
        ensureVisible(m_selected);
}

void ScheduleBoard::setSnapMinutes(int minutes)
{
    m_snap = std::clamp(minutes, 1, 60);
}

void ScheduleBoard::setPixelsPerHour(int pixels)
{
    pixels = std::clamp(pixels, MinPixelsPerHour, MaxPixelsPerHour);
    if (pixels == m_pixelsPerHour)
        return;
    m_pixelsPerHour = pixels;
    relayout();
    emit pixelsPerHourChanged(pixels);
}

void ScheduleBoard::zoomIn()
{
    setPixelsPerHour(int(m_pixelsPerHour * 1.25 + 0.5));
}

void ScheduleBoard::zoomOut()
{
    setPixelsPerHour(int(m_pixelsPerHour / 1.25 + 0.5));
}

void ScheduleBoard::selectSession(const QString& sessionId)
{
    if (sessionId != m_selected) {
        m_selected = sessionId;
        setAccessibleDescription(describeSession(sessionId));
        emit selectionChanged(sessionId);
    }
    if (!sessionId.isEmpty())
        ensureVisible(sessionId);
    viewport()->update();
}

bool ScheduleBoard::moveSession(const QString& sessionId, const QString& spaceId, const QDateTime& start)
{
    return ScheduleCommand::move(m_document, sessionId, spaceId, start);
}

bool ScheduleBoard::scheduleSession(const QString& sessionId, const QString& spaceId, const QDateTime& start)
{
    return ScheduleCommand::schedule(m_document, sessionId, spaceId, start);
}

bool ScheduleBoard::resizeSession(const QString& sessionId, const QDateTime& end)
{
    return ScheduleCommand::resize(m_document, sessionId, end);
}

bool ScheduleBoard::unscheduleSession(const QString& sessionId)
{
    return ScheduleCommand::unschedule(m_document, sessionId);
}

bool ScheduleBoard::moveSessionToDay(const QString& sessionId, const QDate& day)
{
    return ScheduleCommand::moveToDay(m_document, sessionId, day);
}

bool ScheduleBoard::scheduleAtFirstFreeSlot(const QString& sessionId)
{
    const QDate day = m_day.isValid() ? m_day : (m_data.days().isEmpty() ? QDate() : m_data.days().constFirst().day);
    if (!day.isValid())
        return false;
    const int length = sessionMinutes(sessionId);
    QVector<int> columns;
    for (int i = 0; i < m_layout.columns().size(); ++i)
        if (m_layout.columns().at(i).day == day && !m_layout.columns().at(i).spaceId.isEmpty())
            columns.push_back(i);
    const EventDay* eventDay = m_data.day(day);
    const int opens = eventDay ? eventDay->opens.msecsSinceStartOfDay() / 60000 : 9 * 60;
    const int closes = eventDay ? eventDay->closes.msecsSinceStartOfDay() / 60000 : 19 * 60;
    const QDateTime midnight(day, QTime(0, 0), Qt::UTC);
    for (int minute = ScheduleLayout::snapMinute(opens, m_snap); minute + length <= closes; minute += m_snap) {
        for (int column : std::as_const(columns)) {
            const QVector<int> blocks = m_layout.blocksInColumn(column);
            const bool busy = std::any_of(blocks.cbegin(), blocks.cend(), [&](int index) {
                const ScheduleBlock& block = m_layout.blocks().at(index);
                return block.sessionId != sessionId && block.startMinute < minute + length && minute < block.endMinute;
            });
            if (!busy)
                return scheduleSession(sessionId, m_layout.columns().at(column).spaceId, midnight.addSecs(minute * 60));
        }
    }
    const QString space = columns.isEmpty() ? QString() : m_layout.columns().at(columns.constFirst()).spaceId;
    return scheduleSession(sessionId, space, midnight.addSecs(opens * 60));
}

QRect ScheduleBoard::blockRect(const QString& sessionId) const
{
    const int index = m_layout.indexOfSession(sessionId);
    if (index < 0)
        return {};
    return m_layout.blocks().at(index).rect.translated(contentOffset()).toAlignedRect();
}

QPoint ScheduleBoard::pointAt(const QDate& day, const QString& spaceId, int minute) const
{
    const int column = m_layout.columnFor(day, spaceId);
    if (column < 0)
        return {-1, -1};
    const ScheduleColumn& c = m_layout.columns().at(column);
    return QPointF(c.x + c.width / 2, m_layout.yForMinute(minute)).toPoint() + contentOffset().toPoint();
}

int ScheduleBoard::conflictCount(const QString& sessionId) const
{
    return m_data.conflictMessages(sessionId).size();
}

QString ScheduleBoard::describeSession(const QString& sessionId) const
{
    const Session* session = m_data.session(sessionId);
    if (!session)
        return {};
    QStringList lines{session->title};
    if (session->startsAt.isValid()) {
        const Space* space = m_data.space(session->spaceId);
        lines << tr("%1, %2 in %3")
                     .arg(QLocale().toString(session->startsAt.date(), QLocale::LongFormat),
                          timeRange(session->startsAt, session->endsAt), space ? space->name : tr("no space"));
    }
    lines << tr("%1, %2").arg(Vocabulary::label(Vocabulary::sessionKinds(), session->kind),
                              Vocabulary::label(Vocabulary::sessionStatuses(), session->status));
    if (const WorkingLine* line = m_data.workingLine(session->workingLineId))
        lines << tr("Working line: %1").arg(line->name);
    QStringList tags;
    for (const WorkingLine* tag : m_data.crossCuttingTags(sessionId))
        tags << tag->name;
    if (!tags.isEmpty())
        lines << tr("Also: %1").arg(tags.join(QStringLiteral(", ")));
    const QStringList speakers = m_data.speakerNames(sessionId);
    if (!speakers.isEmpty())
        lines << tr("With %1").arg(speakers.join(QStringLiteral(", ")));
    const QStringList conflicts = m_data.conflictMessages(sessionId);
    if (!conflicts.isEmpty()) {
        lines << tr("%n conflict(s):", nullptr, int(conflicts.size()));
        for (const QString& message : conflicts)
            lines << QStringLiteral("• ") + message;
    }
    return lines.join(QLatin1Char('\n'));
}

qreal ScheduleBoard::gutter() const
{
    return ScheduleGridPainter::gutterWidth();
}

qreal ScheduleBoard::header() const
{
    return ScheduleGridPainter::headerHeight(isOverview());
}

QPointF ScheduleBoard::contentOffset() const
{
    return QPointF(gutter() - horizontalScrollBar()->value(), header() - verticalScrollBar()->value());
}

QPointF ScheduleBoard::toContent(const QPointF& viewportPoint) const
{
    return viewportPoint - contentOffset();
}

QDateTime ScheduleBoard::timeAt(int column, int minute) const
{
    return QDateTime(m_layout.columns().at(column).day, QTime(0, 0), Qt::UTC).addSecs(qint64(minute) * 60);
}

int ScheduleBoard::sessionMinutes(const QString& sessionId) const
{
    const Session* session = m_data.session(sessionId);
    if (session && session->startsAt.isValid() && session->endsAt.isValid() && session->endsAt > session->startsAt)
        return int(session->startsAt.secsTo(session->endsAt) / 60);
    return ScheduleCommand::DefaultMinutes;
}

void ScheduleBoard::relayout()
{
    QVector<EventDay> days;
    for (const EventDay& day : m_data.days())
        if (isOverview() || day.day == m_day)
            days.push_back(day);
    if (days.isEmpty() && m_day.isValid()) {
        EventDay only;
        only.day = m_day;
        days.push_back(only);
    }
    ScheduleLayout::Options options;
    options.pixelsPerHour = isOverview() ? std::max(MinPixelsPerHour, m_pixelsPerHour / 2) : m_pixelsPerHour;
    const qreal available = viewport()->width() - gutter();
    const qreal minimum = isOverview() ? MinOverviewColumn : MinDayColumn;
    int expected = std::max(1, int(days.size() * m_data.spaces().size()));
    options.columnWidth = std::max(minimum, std::floor(available / expected));
    m_layout.compute(m_data.sessions(), m_data.spaces(), days, options);
    if (!m_layout.columns().isEmpty() && m_layout.columns().size() != expected) {
        expected = m_layout.columns().size();
        options.columnWidth = std::max(minimum, std::floor(available / expected));
        m_layout.compute(m_data.sessions(), m_data.spaces(), days, options);
    }
    updateScrollBars();
    if (!m_selected.isEmpty())
        setAccessibleDescription(describeSession(m_selected));
    viewport()->update();
}

void ScheduleBoard::updateScrollBars()
{
    const QSizeF content = m_layout.contentSize();
    const int width = viewport()->width() - int(gutter());
    const int height = viewport()->height() - int(header());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.width())) - width));
    horizontalScrollBar()->setPageStep(std::max(1, width));
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.height())) + 2 - height));
    verticalScrollBar()->setPageStep(std::max(1, height));
    verticalScrollBar()->setSingleStep(m_layout.pixelsPerHour() / 4);
}

void ScheduleBoard::ensureVisible(const QString& sessionId)
{
    const int index = m_layout.indexOfSession(sessionId);
    if (index < 0)
        return;
    const QRectF rect = m_layout.blocks().at(index).rect;
    const qreal width = viewport()->width() - gutter();
    const qreal height = viewport()->height() - header();
    QScrollBar* h = horizontalScrollBar();
    QScrollBar* v = verticalScrollBar();
    if (rect.left() < h->value())
        h->setValue(int(rect.left()) - 8);
    else if (rect.right() > h->value() + width)
        h->setValue(int(std::min(rect.left() - 8, rect.right() - width + 8)));
    if (rect.top() < v->value())
        v->setValue(int(rect.top()) - 8);
    else if (rect.bottom() > v->value() + height)
        v->setValue(int(std::min(rect.top() - 8, rect.bottom() - height + 8)));
}

void ScheduleBoard::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    ScheduleGridPainter::Geometry geometry;
    geometry.gutter = gutter();
    geometry.header = header();
    geometry.offset = contentOffset();
    geometry.viewport = viewport()->size();
    geometry.overview = isOverview();
    ScheduleGridPainter::paintGrid(painter, m_layout, geometry, palette());

    painter.save();
    const QRectF area(geometry.gutter, geometry.header, geometry.viewport.width() - geometry.gutter,
                      geometry.viewport.height() - geometry.header);
    painter.setClipRect(area);
    const QRectF visible = area.translated(-geometry.offset);
    for (const ScheduleBlock& block : m_layout.blocks()) {
        if (!block.rect.intersects(visible))
            continue;
        const Session* session = m_data.session(block.sessionId);
        if (!session)
            continue;
        SessionBlockPainter::Block look;
        look.time = timeRange(session->startsAt, session->endsAt.isValid() ? session->endsAt : session->startsAt);
        look.title = session->title.isEmpty() ? tr("Untitled session") : session->title;
        look.details = tr("%1 · %2").arg(Vocabulary::label(Vocabulary::sessionKinds(), session->kind),
                                        Vocabulary::label(Vocabulary::sessionStatuses(), session->status));
        look.speakers = m_data.speakerNames(block.sessionId).join(QStringLiteral(", "));
        look.status = session->status;
        if (const WorkingLine* line = m_data.workingLine(session->workingLineId))
            look.colour = QColor(line->colour);
        for (const WorkingLine* tag : m_data.crossCuttingTags(block.sessionId))
            look.tags.push_back({tag->shortName.isEmpty() ? tag->name.left(3) : tag->shortName, QColor(tag->colour)});
        look.conflicts = int(m_data.conflictMessages(block.sessionId).size());
        look.selected = block.sessionId == m_selected;
        look.focused = hasFocus();
        look.compact = isOverview();
        const bool dragged = m_ghost.visible && m_ghost.sessionId == block.sessionId;
        if (dragged)
            painter.setOpacity(0.45);
        SessionBlockPainter::paint(painter, block.rect.translated(geometry.offset), look, palette());
        painter.setOpacity(1);
    }
    if (m_ghost.visible && m_ghost.column >= 0 && m_ghost.column < m_layout.columns().size()) {
        const ScheduleColumn& column = m_layout.columns().at(m_ghost.column);
        const qreal top = m_layout.yForMinute(m_ghost.startMinute);
        const QRectF ghost =
            QRectF(column.x + 2, top, column.width - 4, m_layout.yForMinute(m_ghost.endMinute) - top)
                .translated(geometry.offset);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.18);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(fill);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRoundedRect(ghost.adjusted(1, 1, -1, -1), 3, 3);
        painter.setPen(palette().color(QPalette::HighlightedText).value() > 128 ? palette().color(QPalette::Text)
                                                                                 : palette().color(QPalette::Highlight));
        const QDateTime start = timeAt(m_ghost.column, m_ghost.startMinute);
        painter.drawText(ghost.adjusted(6, 3, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                         timeRange(start, start.addSecs(qint64(m_ghost.endMinute - m_ghost.startMinute) * 60)));
    }
    painter.restore();

    ScheduleGridPainter::paintHeader(painter, m_layout, geometry, palette(), m_data.days());
    ScheduleGridPainter::paintGutter(painter, m_layout, geometry, palette());
    painter.fillRect(QRectF(0, 0, geometry.gutter - 1, geometry.header - 1), palette().color(QPalette::Button));
    if (m_layout.columns().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No spaces yet. Add spaces in the event settings to plan the programme."));
    }
}

void ScheduleBoard::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void ScheduleBoard::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool ScheduleBoard::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = m_layout.blockAt(toContent(help->pos()));
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describeSession(m_layout.blocks().at(index).sessionId), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}


// Mouse: press selects; dragging the body moves, dragging the bottom edge resizes. Leaving the board
// turns the drag into a drag-and-drop so the block can land on the side list or a day tab.

void ScheduleBoard::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF point = toContent(event->position());
    const int index = event->position().x() >= gutter() && event->position().y() >= header() ? m_layout.blockAt(point) : -1;
    if (index < 0) {
        selectSession(QString());
        return;
    }
    const ScheduleBlock& block = m_layout.blocks().at(index);
    selectSession(block.sessionId);
    m_dragMode = DragMode::Pending;
    m_pressPos = event->position().toPoint();
    m_grabOffset = point.y() - block.rect.top();
    m_pressOnEdge = point.y() >= block.rect.bottom() - EdgeGrip;
}

void ScheduleBoard::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF point = toContent(event->position());
    if (m_dragMode == DragMode::None) {
        const int index = m_layout.blockAt(point);
        const bool onEdge = index >= 0 && point.y() >= m_layout.blocks().at(index).rect.bottom() - EdgeGrip;
        viewport()->setCursor(onEdge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (m_dragMode == DragMode::Pending) {
        if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragMode = m_pressOnEdge ? DragMode::Resize : DragMode::Move;
        m_ghost = Ghost();
        m_ghost.sessionId = m_selected;
        m_ghost.visible = true;
    }
    if (m_dragMode == DragMode::Move) {
        if (!viewport()->rect().contains(event->position().toPoint())) {
            startExternalDrag();
            return;
        }
        placeGhost(event->position(), m_grabOffset);
    } else if (m_dragMode == DragMode::Resize) {
        const int index = m_layout.indexOfSession(m_ghost.sessionId);
        if (index < 0)
            return;
        const ScheduleBlock& block = m_layout.blocks().at(index);
        m_ghost.column = block.column;
        m_ghost.startMinute = block.startMinute;
        const int end = ScheduleLayout::snapMinute(m_layout.minuteAtY(point.y()), m_snap);
        m_ghost.endMinute = std::clamp(end, block.startMinute + m_snap, DayMinutes);
    }
    viewport()->update();
}

void ScheduleBoard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const DragMode mode = m_dragMode;
    m_dragMode = DragMode::None;
    if ((mode == DragMode::Move || mode == DragMode::Resize) && m_ghost.visible)
        commitGhost(mode == DragMode::Resize);
    m_ghost = Ghost();
    viewport()->update();
}

void ScheduleBoard::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int index = m_layout.blockAt(toContent(event->position()));
    if (index >= 0) {
        m_dragMode = DragMode::None;
        emit sessionActivated(m_layout.blocks().at(index).sessionId);
    }
}

void ScheduleBoard::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Zoom around the pointer: the minute under it stays under it.
    const qreal y = event->position().y() - header();
    const double minute = m_layout.minuteAtY(y + verticalScrollBar()->value());
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    verticalScrollBar()->setValue(int(m_layout.yForMinute(int(minute)) - y));
    event->accept();
}

void ScheduleBoard::placeGhost(const QPointF& viewportPoint, qreal grabOffset)
{
    if (m_layout.columns().isEmpty())
        return;
    const QPointF point = toContent(viewportPoint);
    int column = m_layout.columnAt(std::max<qreal>(0, point.x()));
    if (column < 0)
        column = m_layout.columns().size() - 1;
    const int length = sessionMinutes(m_ghost.sessionId);
    const int start = ScheduleLayout::snapMinute(m_layout.minuteAtY(point.y() - grabOffset), m_snap);
    m_ghost.column = column;
    m_ghost.startMinute = std::clamp(start, 0, std::max(0, DayMinutes - length));
    m_ghost.endMinute = m_ghost.startMinute + length;
    m_ghost.visible = true;
}

bool ScheduleBoard::commitGhost(bool resize)
{
    if (m_ghost.column < 0 || m_ghost.column >= m_layout.columns().size())
        return false;
    const ScheduleColumn& column = m_layout.columns().at(m_ghost.column);
    if (resize)
        return resizeSession(m_ghost.sessionId, timeAt(m_ghost.column, m_ghost.endMinute));
    return moveSession(m_ghost.sessionId, column.spaceId, timeAt(m_ghost.column, m_ghost.startMinute));
}

void ScheduleBoard::startExternalDrag()
{
    const QString sessionId = m_ghost.sessionId;
    const QRect source = blockRect(sessionId);
    m_dragMode = DragMode::None;
    m_ghost = Ghost();
    viewport()->update();
    auto* drag = new QDrag(this);
    drag->setMimeData(sessionmime::create(sessionId));
    if (source.isValid()) {
        const QPixmap picture = viewport()->grab(source.intersected(viewport()->rect()));
        drag->setPixmap(picture.scaledToWidth(std::min(picture.width(), 180), Qt::SmoothTransformation));
    }
    drag->exec(Qt::MoveAction);
}

void ScheduleBoard::dragEnterEvent(QDragEnterEvent* event)
{
    if (sessionmime::sessionId(event->mimeData()).isEmpty() || m_layout.columns().isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void ScheduleBoard::dragMoveEvent(QDragMoveEvent* event)
{
    const QString sessionId = sessionmime::sessionId(event->mimeData());
    if (sessionId.isEmpty() || m_layout.columns().isEmpty()) {
        event->ignore();
        return;
    }
    m_ghost.sessionId = sessionId;
    placeGhost(event->position(), sessionId == m_selected ? m_grabOffset : 0);
    event->acceptProposedAction();
    viewport()->update();
}

void ScheduleBoard::dragLeaveEvent(QDragLeaveEvent*)
{
    m_ghost = Ghost();
    viewport()->update();
}

void ScheduleBoard::dropEvent(QDropEvent* event)
{
    const QString sessionId = sessionmime::sessionId(event->mimeData());
    if (sessionId.isEmpty()) {
        event->ignore();
        return;
    }
    m_ghost.sessionId = sessionId;
    placeGhost(event->position(), sessionId == m_selected ? m_grabOffset : 0);
    commitGhost(false);
    m_ghost = Ghost();
    event->acceptProposedAction();
    selectSession(sessionId);
}

// Keyboard: the same edits as the mouse, by the snapping step.

QVector<int> ScheduleBoard::blockOrder() const
{
    QVector<int> order(m_layout.blocks().size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const ScheduleBlock& x = m_layout.blocks().at(a);
        const ScheduleBlock& y = m_layout.blocks().at(b);
        return x.column != y.column ? x.column < y.column : x.startMinute < y.startMinute;
    });
    return order;
}

bool ScheduleBoard::focusNextPrevChild(bool next)
{
    const QVector<int> order = blockOrder();
    const int current = order.indexOf(m_layout.indexOfSession(m_selected));
    const int wanted = current < 0 ? (next ? 0 : order.size() - 1) : current + (next ? 1 : -1);
    if (!hasFocus() || wanted < 0 || wanted >= order.size())
        return QAbstractScrollArea::focusNextPrevChild(next);
    selectSession(m_layout.blocks().at(order.at(wanted)).sessionId);
    return true;
}

void ScheduleBoard::moveSelectionBy(int minutes, int columns, bool resize)
{
    const int index = m_layout.indexOfSession(m_selected);
    if (index < 0)
        return;
    const ScheduleBlock& block = m_layout.blocks().at(index);
    if (resize) {
        const int end = ScheduleLayout::snapMinute(block.endMinute + minutes, m_snap);
        if (end > block.startMinute && end <= DayMinutes)
            resizeSession(m_selected, timeAt(block.column, end));
        return;
    }
    const int column = block.column + columns;
    if (column < 0 || column >= m_layout.columns().size())
        return;
    const int length = block.endMinute - block.startMinute;
    int start = minutes == 0 ? block.startMinute : ScheduleLayout::snapMinute(block.startMinute + minutes, m_snap);
    start = std::clamp(start, 0, DayMinutes - length);
    moveSession(m_selected, m_layout.columns().at(column).spaceId, timeAt(column, start));
}

bool ScheduleBoard::moveSelectedToNeighbourDay(int direction)
{
    const Session* session = m_data.session(m_selected);
    if (!session || !session->startsAt.isValid())
        return false;
    const QVector<EventDay>& days = m_data.days();
    for (int i = 0; i < days.size(); ++i) {
        if (days.at(i).day != session->startsAt.date())
            continue;
        const int target = i + direction;
        if (target < 0 || target >= days.size())
            return false;
        const QDate day = days.at(target).day;
        const QString id = m_selected;
        if (!moveSessionToDay(id, day))
            return false;
        if (!isOverview())
            emit dayRequested(day);
        return true;
    }
    return false;
}

void ScheduleBoard::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Escape && m_dragMode != DragMode::None) {
        m_dragMode = DragMode::None;
        m_ghost = Ghost();
        viewport()->update();
        return;
    }
    if (event->matches(QKeySequence::ZoomIn) || (event->key() == Qt::Key_Plus && modifiers == Qt::NoModifier)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || (event->key() == Qt::Key_Minus && modifiers == Qt::NoModifier)) {
        zoomOut();
        return;
    }
    if (m_layout.indexOfSession(m_selected) < 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    // Act on the stored state: the previous key press may not have reached the view yet.
    m_data.flush();
    const bool shift = modifiers == Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (modifiers != Qt::NoModifier && !shift)
            break;
        moveSelectionBy(event->key() == Qt::Key_Up ? -m_snap : m_snap, 0, shift);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (modifiers == Qt::AltModifier) {
            moveSelectedToNeighbourDay(direction);
            return;
        }
        if (modifiers != Qt::NoModifier)
            break;
        moveSelectionBy(0, direction, false);
        return;
    }
    case Qt::Key_U:
        if (modifiers == Qt::ControlModifier) {
            unscheduleSession(m_selected);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit sessionActivated(m_selected);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ScheduleBoard::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ScheduleBoard::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

} // namespace standlab
