// SPDX-License-Identifier: GPL-3.0-or-later
#include "nowandnextview.h"

#include "document/eventdocument.h"
#include "stand/nowandnext.h"
#include "model/event.h"
#include "model/repository.h"
#include "model/workingline.h"
#include "stand/standclock.h"
#include "standpainter.h"
#include "store/store.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

namespace standlab {

NowAndNextView::NowAndNextView(EventDocument& document, StandClock& clock, QWidget* parent)
    : QWidget(parent), m_document(document), m_clock(clock)
{
    setObjectName(QStringLiteral("nowAndNextView"));
    setWindowTitle(tr("Now & Next"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Press Escape to leave the full-screen view"));
    setAccessibleName(tr("Now and next at the stand"));
    connect(&clock, &StandClock::ticked, this, &NowAndNextView::refresh);
    connect(&clock, &StandClock::modeChanged, this, qOverload<>(&QWidget::update));
    connect(&document.store(), &Store::rowChanged, this, [this](const QString& table) {
        static const QStringList watched = {QStringLiteral("sessions"), QStringLiteral("spaces"),
                                            QStringLiteral("event_days"), QStringLiteral("event"),
                                            QStringLiteral("working_lines")};
        if (watched.contains(table))
            reloadData();
    });
    connect(&document.store(), &Store::reset, this, &NowAndNextView::reloadData);
    reloadData();
}

NowAndNextView::~NowAndNextView() = default;

void NowAndNextView::reloadData()
{
    Store& store = m_document.store();
    m_computation = std::make_unique<NowAndNext>(NowAndNext::fromStore(store));
    const QVector<Event> events = Repository<Event>(store).all();
    m_eventName = events.isEmpty() ? QString() : events.first().name;
    m_lines.clear();
    for (const WorkingLine& l : Repository<WorkingLine>(store).all())
        m_lines.insert(l.id, {l.shortName.isEmpty() ? l.name : l.shortName, l.colour});
    refresh();
}

void NowAndNextView::refresh()
{
    m_result = m_computation->at(m_clock.now());
    setAccessibleDescription(rowTexts().join(QLatin1Char('\n')));
    update();
}

QString NowAndNextView::clockText() const
{
    return NowAndNext::shortTime(m_result.wallClock.time());
}

QString NowAndNextView::timeRange(const Session& session) const
{
    return QStringLiteral("%1–%2").arg(NowAndNext::shortTime(session.startsAt.time()),
                                       NowAndNext::shortTime(session.endsAt.time()));
}

QString NowAndNextView::nextText(const SpaceNowNext& entry) const
{
    if (!entry.next)
        return {};
    const QLocale locale;
    const QString time = NowAndNext::shortTime(entry.next->startsAt.time());
    if (entry.next->startsAt.date() != m_result.wallClock.date())
        return tr("%1, %2").arg(locale.toString(entry.next->startsAt.date(), QStringLiteral("ddd d")), time);
    return time;
}

QStringList NowAndNextView::rowTexts() const
{
    QStringList lines;
    for (const SpaceNowNext& entry : m_result.spaces) {
        const QString now = entry.current ? entry.current->title : NowAndNext::stateLabel(entry.state);
        const QString next = entry.next ? tr("%1 %2").arg(nextText(entry), entry.next->title) : tr("nothing more");
        lines << QStringLiteral("%1 | %2 | %3").arg(entry.space.name, now, next);
    }
    return lines;
}

void NowAndNextView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    StandPainter draw(painter, rect());
    draw.background();
    QString subtitle = NowAndNext::phaseLabel(m_result.phase);
    if (m_result.today)
        subtitle = m_result.today->label.isEmpty()
                       ? tr("Day %1 · %2").arg(m_result.dayNumber).arg(subtitle)
                       : tr("%1 · %2").arg(m_result.today->label, subtitle);
    QString footer = tr("Press Escape to leave the full-screen view");
    if (m_clock.isSimulated() && m_clock.speed() == 0.0)
        footer = tr("Rehearsal, clock stopped · %1").arg(footer);
    else if (m_clock.isSimulated())
        footer = tr("Rehearsal clock (×%1) · %2").arg(QLocale().toString(m_clock.speed(), 'g', 3), footer);
    draw.header(m_eventName, subtitle, clockText(), QLocale().toString(m_result.wallClock.date(), QLocale::LongFormat));
    draw.columnTitles(tr("Space"), tr("Now"), tr("Next"));
    const int count = int(m_result.spaces.size());
    if (count == 0)
        draw.emptyMessage(tr("No sessions are scheduled yet."));
    for (int i = 0; i < count; ++i) {
        const SpaceNowNext& entry = m_result.spaces.at(i);
        StandPainter::Cell now;
        if (entry.current) {
            const Line line = m_lines.value(entry.current->workingLineId);
            now = {timeRange(*entry.current), entry.current->title, line.name, QColor(line.colour), true};
        } else {
            now = {NowAndNext::stateLabel(entry.state), QString(), QString(), QColor(), false};
        }
        StandPainter::Cell next;
        if (entry.next) {
            const Line line = m_lines.value(entry.next->workingLineId);
            next = {nextText(entry), entry.next->title, line.name, QColor(line.colour), true};
        } else {
            next = {tr("Nothing more here"), QString(), QString(), QColor(), false};
        }
        draw.row(i, count, entry.space.name, QColor(entry.space.colour), now, next);
    }
    draw.footer(footer);
}

void NowAndNextView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void NowAndNextView::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    emit closed();
}

} // namespace standlab
