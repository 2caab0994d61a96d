// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterwriter.h"

#include "printstyle.h"

#include <QHash>
#include <algorithm>

namespace standlab {

namespace {

using Style = PdfCanvas::Style;
using Lines = QVector<PdfCanvas::TextLine>;
using printstyle::ink;
using printstyle::muted;

qreal mm(qreal value) { return PdfCanvas::mm(value); }

int minuteOf(const QDateTime& moment) { return moment.time().hour() * 60 + moment.time().minute(); }

// The end of a session in minutes of its day: a missing or next-day end is cut at midnight.
int endMinute(const ProgrammeData::Session& session)
{
    const int start = minuteOf(session.startsAt);
    if (!session.endsAt.isValid() || session.endsAt <= session.startsAt)
        return qMin(start + 30, 24 * 60);
    if (session.endsAt.date() != session.startsAt.date())
        return 24 * 60;
    return qMax(minuteOf(session.endsAt), start + 10);
}

} // namespace

PosterWriter::PosterWriter(ProgrammeData data, const ProgrammeOptions& options)
    : m_data(std::move(data)), m_options(options), m_labels(options.language),
      m_canvas(QPageSize(QPageSize::A3), QPageLayout::Landscape)
{
    m_content = m_canvas.pageRect().adjusted(mm(14), mm(14), -mm(14), -mm(14));
}

void PosterWriter::layout()
{
    if (m_laidOut)
        return;
    m_laidOut = true;
    for (const ProgrammeData::Day& day : std::as_const(m_data.days))
        if (!day.sessions.isEmpty())
            layoutDay(day);
    if (m_canvas.pageCount() == 0) {
        const int page = m_canvas.addPage();
        const QFont font = m_canvas.font(24, Style::Italic);
        m_canvas.addLines(page, m_content.topLeft(), m_content.width(),
                          m_canvas.wrap(m_labels.text(PrintLabels::NoSessions), font, m_content.width()), font, muted());
    }
}

bool PosterWriter::write(const QString& path, QString* error)
{
    if (!PdfCanvas::canPaint(error))
        return false;
    layout();
    return m_canvas.write(path, m_data.eventName + QStringLiteral(" \u2014 ") + m_labels.text(PrintLabels::Programme),
                          error);
}

qreal PosterWriter::layoutHeader(int page, const ProgrammeData::Day& day, const QString& part)
{
    const qreal width = m_content.width();
    const QFont dateFont = m_canvas.font(28, Style::Bold);
    const QFont eventFont = m_canvas.font(14, Style::Bold);
    const QFont labelFont = m_canvas.font(12);
    qreal y = m_content.top();
    y += m_canvas.addLines(page, QPointF(m_content.left(), y), width * 0.6,
                           m_canvas.wrap(m_labels.longDate(day.date), dateFont, width * 0.6), dateFont, ink());
    const qreal leftEnd = y;
    y = m_content.top() + mm(1.5);
    y += m_canvas.addLines(page, QPointF(m_content.left() + width * 0.62, y), width * 0.38,
                           m_canvas.wrap(m_data.eventName, eventFont, width * 0.38), eventFont, ink(), Qt::AlignRight);
    QString subtitle = m_labels.text(PrintLabels::Programme);
    if (!day.label.trimmed().isEmpty())
        subtitle += QStringLiteral(" \u00b7 ") + day.label;
    if (!part.isEmpty())
        subtitle += QStringLiteral(" \u00b7 ") + part;
    y += m_canvas.addLines(page, QPointF(m_content.left() + width * 0.62, y), width * 0.38,
                           m_canvas.wrap(subtitle, labelFont, width * 0.38), labelFont, muted(), Qt::AlignRight);
    y = qMax(y, leftEnd) + mm(3);
    m_canvas.addRect(page, QRectF(m_content.left(), y, width, mm(0.7)), ink());
    return y + mm(4);
}

qreal PosterWriter::legendHeight() const
{
    return m_data.lines.isEmpty() ? 0 : m_canvas.lineHeight(m_canvas.font(11)) + mm(6);
}

void PosterWriter::layoutLegend(int page)
{
    if (m_data.lines.isEmpty())
        return;
    const QFont font = m_canvas.font(11);
    const qreal lineHeight = m_canvas.lineHeight(font);
    const qreal y = m_content.bottom() - lineHeight;
    const qreal slot = m_content.width() / m_data.lines.size();
    for (int i = 0; i < m_data.lines.size(); ++i) {
        const qreal x = m_content.left() + i * slot;
        m_canvas.addRect(page, QRectF(x, y + (lineHeight - mm(5)) / 2, mm(5), mm(5)), m_data.lines.at(i).colour);
        const QString name = m_canvas.elided(m_data.lines.at(i).name, font, slot - mm(10));
        m_canvas.addLines(page, QPointF(x + mm(7), y), slot - mm(10), m_canvas.wrap(name, font, slot), font, ink());
    }
}

void PosterWriter::assignLanes(Column& column)
{
    const QVector<ProgrammeData::Session>& sessions = column.sessions;
    column.lane.fill(0, sessions.size());
    column.laneCount.fill(1, sessions.size());
    int clusterStart = 0;
    while (clusterStart < sessions.size()) {
        int clusterEnd = clusterStart + 1;
        int reach = endMinute(sessions.at(clusterStart));
        while (clusterEnd < sessions.size() && minuteOf(sessions.at(clusterEnd).startsAt) < reach) {
            reach = qMax(reach, endMinute(sessions.at(clusterEnd)));
            ++clusterEnd;
        }
        QVector<int> laneEnds;
        for (int s = clusterStart; s < clusterEnd; ++s) {
            const int start = minuteOf(sessions.at(s).startsAt);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.push_back(0);
            laneEnds[lane] = endMinute(sessions.at(s));
            column.lane[s] = lane;
        }
        for (int s = clusterStart; s < clusterEnd; ++s)
            column.laneCount[s] = int(laneEnds.size());
        column.lanes = qMax(column.lanes, int(laneEnds.size()));
        clusterStart = clusterEnd;
    }
}

void PosterWriter::layoutDay(const ProgrammeData::Day& day)
{
    // Columns: the selected spaces used this day, then one for sessions without a space.
    QVector<Column> columns;
    QHash<QString, int> columnOf;
    for (const ProgrammeData::Space& space : std::as_const(m_data.spaces)) {
        columnOf.insert(space.id, int(columns.size()));
        columns.push_back({space.id, space.name, space.colour, {}, {}, {}, 1});
    }
    int firstMinute = day.opens.isValid() ? day.opens.hour() * 60 : 9 * 60;
    int lastMinute = day.closes.isValid() ? day.closes.hour() * 60 + day.closes.minute() : 19 * 60;
    for (const ProgrammeData::Session& session : day.sessions) {
        if (!columnOf.contains(session.spaceId)) {
            columnOf.insert(session.spaceId, int(columns.size()));
            columns.push_back({session.spaceId, session.spaceName.isEmpty() ? QStringLiteral("\u2014") : session.spaceName,
                               printstyle::muted(), {}, {}, {}, 1});
        }
        columns[columnOf.value(session.spaceId)].sessions.push_back(session);
        firstMinute = qMin(firstMinute, minuteOf(session.startsAt));
        lastMinute = qMax(lastMinute, endMinute(session));
    }
    columns.erase(std::remove_if(columns.begin(), columns.end(), [](const Column& c) { return c.sessions.isEmpty(); }),
                  columns.end());
    firstMinute = firstMinute / 60 * 60;
    lastMinute = qMin(24 * 60, (lastMinute + 59) / 60 * 60);
    for (Column& column : columns)
        assignLanes(column);

    // A crowded day (many spaces, or sessions overlapping inside a space) would squeeze blocks below
    // what a title needs: it goes on several posters, a group of whole spaces on each.
    const qreal gridWidth = m_content.width() - mm(18);
    const int lanesPerPage = qMax(1, int(gridWidth / mm(18)));
    QVector<QVector<Column>> groups(1);
    int lanesInGroup = 0;
    for (const Column& column : std::as_const(columns)) {
        if (!groups.last().isEmpty() && lanesInGroup + column.lanes > lanesPerPage) {
            groups.push_back({});
            lanesInGroup = 0;
        }
        groups.last().push_back(column);
        lanesInGroup += column.lanes;
    }
    for (int g = 0; g < groups.size(); ++g)
        layoutColumns(day, groups.at(g), firstMinute, lastMinute,
                      groups.size() > 1 ? m_labels.locale().toString(g + 1) + QStringLiteral("/")
                              + m_labels.locale().toString(int(groups.size()))
                                        : QString());
}

void PosterWriter::layoutColumns(const ProgrammeData::Day& day, const QVector<Column>& columns, int firstMinute,
                                 int lastMinute, const QString& part)
{
    const int page = m_canvas.addPage();
    const qreal gridTop = layoutHeader(page, day, part);
    layoutLegend(page);
    const qreal gridBottom = m_content.bottom() - legendHeight();

    const qreal timeWidth = mm(18);
    const qreal gridLeft = m_content.left() + timeWidth;
    // Each space is as wide as the lanes it needs, so a busy space gets room and a quiet one less.
    int totalLanes = 0;
    for (const Column& column : columns)
        totalLanes += column.lanes;
    const qreal laneUnit = (m_content.right() - gridLeft) / qMax(1, totalLanes);
    QVector<qreal> left, width;
    qreal x = gridLeft;
    for (const Column& column : columns) {
        left.push_back(x);
        width.push_back(laneUnit * column.lanes);
        x += width.last();
    }

    // Space names head their columns; a long name shrinks rather than pushing the grid down.
    QFont headFont = m_canvas.font(13, Style::Bold);
    auto headHeight = [&](const QFont& font) {
        qreal height = 0;
        for (int i = 0; i < columns.size(); ++i)
            height = qMax(height, m_canvas.height(m_canvas.wrap(columns.at(i).name, font, width.at(i) - mm(4))));
        return height;
    };
    for (qreal size = 12; size >= 6 && headHeight(headFont) > mm(22); size -= 1)
        headFont = m_canvas.font(size, Style::Bold);
    const qreal headRow = headHeight(headFont) + mm(4);
    for (int i = 0; i < columns.size(); ++i) {
        m_canvas.addRect(page, QRectF(left.at(i) + mm(0.8), gridTop, width.at(i) - mm(1.6), mm(1.5)),
                         columns.at(i).colour);
        m_canvas.addLines(page, QPointF(left.at(i) + mm(2), gridTop + mm(2.5)), width.at(i) - mm(4),
                          m_canvas.wrap(columns.at(i).name, headFont, width.at(i) - mm(4)), headFont, ink());
    }

    const qreal top = gridTop + headRow + mm(1);
    for (int i = 1; i < columns.size(); ++i)
        m_canvas.addRect(page, QRectF(left.at(i) - mm(0.12), gridTop, mm(0.25), gridBottom - gridTop),
                         printstyle::rule());
    const qreal perMinute = (gridBottom - top) / qMax(60, lastMinute - firstMinute);
    auto yOf = [&](int minute) { return top + (minute - firstMinute) * perMinute; };
    const QFont hourFont = m_canvas.font(10, Style::Bold);
    for (int minute = firstMinute; minute <= lastMinute; minute += 60) {
        const qreal y = yOf(minute);
        m_canvas.addRect(page, QRectF(m_content.left(), y, m_content.width(), mm(0.25)), printstyle::rule());
        if (minute < lastMinute) {
            const QString label = QTime(minute / 60, 0).toString(QStringLiteral("HH:mm"));
            m_canvas.addLines(page, QPointF(m_content.left(), y + mm(1)), timeWidth - mm(2),
                              m_canvas.wrap(label, hourFont, timeWidth), hourFont, muted());
        }
    }

    struct Block
    {
        QRectF rect;
        ProgrammeData::Session session;
    };
    QVector<Block> blocks;
    for (int i = 0; i < columns.size(); ++i) {
        const Column& column = columns.at(i);
        for (int s = 0; s < column.sessions.size(); ++s) {
            // Overlapping sessions in one space share its column side by side.
            const ProgrammeData::Session& session = column.sessions.at(s);
            const qreal laneWidth = width.at(i) / column.laneCount.at(s);
            const qreal bx = left.at(i) + column.lane.at(s) * laneWidth;
            const QRectF rect(bx + mm(0.8), yOf(minuteOf(session.startsAt)) + mm(0.6), laneWidth - mm(1.6),
                              yOf(endMinute(session)) - yOf(minuteOf(session.startsAt)) - mm(1.2));
            blocks.push_back({rect, session});
        }
    }

    // One type size for the whole board reads calmer than each block at its own maximum: the size
    // the tightest block fits, but never below a readable floor (tighter blocks then shrink alone).
    qreal common = kLargest;
    for (const Block& block : std::as_const(blocks)) {
        const qreal fit = fitSize(block.rect, block.session);
        if (fit > 0)
            common = qMin(common, fit);
    }
    common = qMax<qreal>(common, 9);
    for (const Block& block : std::as_const(blocks))
        layoutBlock(page, block.rect, block.session, common);
}

QRectF PosterWriter::textArea(const QRectF& block)
{
    return block.adjusted(mm(3.2), mm(1.2), -mm(1.5), -mm(1.2));
}

qreal PosterWriter::fitSize(const QRectF& rect, const ProgrammeData::Session& session) const
{
    return fitSize(rect, session, true, kLargest);
}

qreal PosterWriter::fitSize(const QRectF& rect, const ProgrammeData::Session& session, bool withSpeakers,
                            qreal largest) const
{
    // Binary search over half points: the text only grows with the size.
    const QRectF text = textArea(rect);
    int low = 10, high = int(largest * 2); // 5 pt .. largest, in half points
    if (content(session, low / 2.0, withSpeakers, text.width()).height > text.height())
        return 0;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (content(session, middle / 2.0, withSpeakers, text.width()).height <= text.height())
            low = middle;
        else
            high = middle - 1;
    }
    return low / 2.0;
}

PosterWriter::BlockText PosterWriter::content(const ProgrammeData::Session& session, qreal size, bool withSpeakers,
                                              qreal width) const
{
    BlockText text;
    text.timeFont = m_canvas.font(qMax<qreal>(5, size * 0.75), Style::Bold);
    text.titleFont = m_canvas.font(size, Style::Bold);
    text.speakerFont = m_canvas.font(qMax<qreal>(5, size * 0.8));
    QString time = session.startsAt.toString(QStringLiteral("HH:mm"));
    if (session.endsAt.isValid())
        time += QStringLiteral("\u2013") + session.endsAt.toString(QStringLiteral("HH:mm"));
    text.time = m_canvas.wrap(time, text.timeFont, width);
    text.title = m_canvas.wrap(session.title, text.titleFont, width);
    if (withSpeakers) {
        QStringList names;
        for (const ProgrammeData::Person& person : session.speakers + session.moderators)
            names << person.name;
        text.speakers = m_canvas.wrap(names.join(QStringLiteral(", ")), text.speakerFont, width);
    }
    text.gap = text.speakers.isEmpty() ? 0 : mm(0.8);
    text.height = m_canvas.height(text.time) + m_canvas.height(text.title) + text.gap + m_canvas.height(text.speakers);
    return text;
}

void PosterWriter::layoutBlock(int page, const QRectF& rect, const ProgrammeData::Session& session, qreal largest)
{
    m_canvas.addRect(page, rect, printstyle::wash(session.lineColour));
    m_canvas.addRect(page, QRectF(rect.left(), rect.top(), mm(1.6), rect.height()), session.lineColour);
    const QRectF area = textArea(rect);
    if (area.width() <= 0 || area.height() <= 0)
        return;

    // Largest size at which everything fits; then without speakers; eliding is the last resort.
    for (const bool withSpeakers : {true, false}) {
        const qreal size = fitSize(rect, session, withSpeakers, largest);
        if (size > 0) {
            const BlockText text = content(session, size, withSpeakers, area.width());
            qreal y = area.top();
            y += m_canvas.addLines(page, QPointF(area.left(), y), area.width(), text.time, text.timeFont,
                                   printstyle::textTone(session.lineColour));
            y += m_canvas.addLines(page, QPointF(area.left(), y), area.width(), text.title, text.titleFont, ink());
            m_canvas.addLines(page, QPointF(area.left(), y + text.gap), area.width(), text.speakers, text.speakerFont,
                              muted());
            return;
        }
    }
    const QFont titleFont = m_canvas.font(5, Style::Bold);
    Lines titleLines = m_canvas.wrap(session.title, titleFont, area.width());
    const int fitting = int(area.height() / m_canvas.lineHeight(titleFont));
    if (fitting <= 0)
        return;
    if (titleLines.size() > fitting) {
        titleLines.resize(fitting);
        PdfCanvas::TextLine& last = titleLines.last();
        QString cut = last.text;
        while (!cut.isEmpty() && m_canvas.textWidth(cut + QChar(0x2026), titleFont) > area.width())
            cut.chop(1);
        last.text = cut.trimmed() + QChar(0x2026);
        last.width = qMin(m_canvas.textWidth(last.text, titleFont), area.width());
    }
    m_canvas.addLines(page, area.topLeft(), area.width(), titleLines, titleFont, ink());
}

} // namespace standlab
