// SPDX-License-Identifier: GPL-3.0-or-later
#include "doorsignwriter.h"

#include "printstyle.h"

#include <algorithm>
#include <iterator>

namespace standlab {

namespace {

using Style = PdfCanvas::Style;
using Lines = QVector<PdfCanvas::TextLine>;
using printstyle::ink;
using printstyle::muted;

qreal mm(qreal value) { return PdfCanvas::mm(value); }

} // namespace

DoorSignWriter::DoorSignWriter(ProgrammeData data, const ProgrammeOptions& options)
    : m_data(std::move(data)), m_options(options), m_labels(options.language),
      m_canvas(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
               QPageLayout::Portrait)
{
    m_content = m_canvas.pageRect().adjusted(mm(18), mm(18), -mm(18), -mm(20));
}

void DoorSignWriter::layout()
{
    if (m_laidOut)
        return;
    m_laidOut = true;
    for (const ProgrammeData::Day& day : std::as_const(m_data.days)) {
        QVector<ProgrammeData::Space> spaces = m_data.spaces;
        for (const ProgrammeData::Session& session : day.sessions) {
            const bool known = std::any_of(spaces.cbegin(), spaces.cend(),
                                           [&](const ProgrammeData::Space& s) { return s.id == session.spaceId; });
            if (!known)
                spaces.push_back({session.spaceId, session.spaceName, printstyle::muted()});
        }
        for (const ProgrammeData::Space& space : spaces) {
            QVector<ProgrammeData::Session> here;
            for (const ProgrammeData::Session& session : day.sessions)
                if (session.spaceId == space.id)
                    here.push_back(session);
            if (!here.isEmpty() && m_options.includesSign(day.date, space.id))
                layoutSign(space, day, here);
        }
    }
    if (m_canvas.pageCount() == 0) {
        m_page = m_canvas.addPage();
        const QFont font = m_canvas.font(24, Style::Italic);
        m_canvas.addLines(m_page, m_content.topLeft(), m_content.width(),
                          m_canvas.wrap(m_labels.text(PrintLabels::NoSessions), font, m_content.width()), font, muted());
    }
}

bool DoorSignWriter::write(const QString& path, QString* error)
{
    if (!PdfCanvas::canPaint(error))
        return false;
    layout();
    return m_canvas.write(path, m_data.eventName + QStringLiteral(" \u2014 ") + m_labels.text(PrintLabels::Programme),
                          error);
}

void DoorSignWriter::startPage(const ProgrammeData::Space& space, const ProgrammeData::Day& day, bool continued)
{
    m_page = m_canvas.addPage();
    const qreal width = m_content.width();
    m_canvas.addRect(m_page, QRectF(m_content.left(), m_content.top(), width, mm(7)), space.colour);
    m_y = m_content.top() + mm(14);

    const QString name = space.name.isEmpty() ? QStringLiteral("\u2014") : space.name;
    QFont nameFont = m_canvas.font(40, Style::Bold);
    Lines nameLines = m_canvas.wrap(name, nameFont, width);
    for (qreal size = 36; size >= 14 && m_canvas.height(nameLines) > mm(70); size -= 2) {
        nameFont = m_canvas.font(size, Style::Bold);
        nameLines = m_canvas.wrap(name, nameFont, width);
    }
    m_y += m_canvas.addLines(m_page, QPointF(m_content.left(), m_y), width, nameLines, nameFont, ink());
    QString date = m_labels.longDate(day.date);
    if (continued)
        date += QStringLiteral(" (") + m_labels.text(PrintLabels::Continued) + QStringLiteral(")");
    const QFont dateFont = m_canvas.font(18);
    m_y += mm(1.5);
    m_y += m_canvas.addLines(m_page, QPointF(m_content.left(), m_y), width, m_canvas.wrap(date, dateFont, width),
                             dateFont, muted());
    m_y += mm(4);
    m_canvas.addRect(m_page, QRectF(m_content.left(), m_y, width, mm(0.6)), ink());
    m_y += mm(8);
    m_firstEntryTop = m_y;

    const QFont footFont = m_canvas.font(9);
    const QString foot = m_canvas.elided(m_data.eventName, footFont, width);
    m_canvas.addLines(m_page, QPointF(m_content.left(), m_content.bottom() + mm(8)), width,
                      m_canvas.wrap(foot, footFont, width), footFont, muted(), Qt::AlignHCenter);
}

DoorSignWriter::Entry DoorSignWriter::measure(const ProgrammeData::Session& session, qreal scale, bool compact) const
{
    Entry entry;
    entry.scale = scale;
    const qreal timeWidth = mm(40);
    const qreal textWidth = m_content.width() - timeWidth - mm(6.6);
    entry.start = m_canvas.wrap(session.startsAt.toString(QStringLiteral("HH:mm")), startFont(scale), timeWidth);
    if (session.endsAt.isValid())
        entry.end = m_canvas.wrap(QStringLiteral("\u2013 ") + session.endsAt.toString(QStringLiteral("HH:mm")),
                                  endFont(scale), timeWidth);
    entry.title = m_canvas.wrap(session.title, titleFont(scale), textWidth);
    auto described = [](const ProgrammeData::Person& person) {
        return person.organisation.isEmpty() ? person.name
                                             : person.name + QStringLiteral(" \u00b7 ") + person.organisation;
    };
    if (compact) {
        QStringList names;
        for (const ProgrammeData::Person& person : session.speakers)
            names << person.name;
        for (const ProgrammeData::Person& person : session.moderators)
            names << m_labels.text(PrintLabels::Moderator) + QStringLiteral(": ") + person.name;
        entry.people = m_canvas.wrap(names.join(QStringLiteral(", ")), speakerFont(scale), textWidth);
    } else {
        for (const ProgrammeData::Person& person : session.speakers)
            entry.people += m_canvas.wrap(described(person), speakerFont(scale), textWidth);
        for (const ProgrammeData::Person& person : session.moderators)
            entry.people += m_canvas.wrap(m_labels.text(PrintLabels::Moderator) + QStringLiteral(": ")
                                              + described(person),
                                          speakerFont(scale), textWidth);
    }
    const qreal timeHeight = m_canvas.height(entry.start) + m_canvas.height(entry.end);
    const qreal textHeight = m_canvas.height(entry.title)
        + (entry.people.isEmpty() ? 0 : mm(1.5) + m_canvas.height(entry.people));
    entry.height = qMax(timeHeight, textHeight);
    return entry;
}

// The time column keeps its width, so the start time grows less than the rest.
QFont DoorSignWriter::startFont(qreal scale) const
{
    return m_canvas.font(22 * qMin<qreal>(scale, 1.3), Style::Bold);
}
QFont DoorSignWriter::endFont(qreal scale) const { return m_canvas.font(14 * scale); }
QFont DoorSignWriter::titleFont(qreal scale) const { return m_canvas.font(18 * scale, Style::Bold); }
QFont DoorSignWriter::speakerFont(qreal scale) const { return m_canvas.font(12 * scale); }

void DoorSignWriter::layoutSign(const ProgrammeData::Space& space, const ProgrammeData::Day& day,
                                const QVector<ProgrammeData::Session>& sessions)
{
    startPage(space, day, false);
    // One sign per space per day: a quiet room gets bigger type; a busy one first drops the
    // organisations, then shrinks (never below a size readable at arm's length) so that its day
    // fits one page; only a very busy day continues on a second sign.
    struct Fit
    {
        qreal scale;
        bool compact;
    };
    static const Fit fits[] = {{1.6, false}, {1.45, false}, {1.3, false}, {1.15, false}, {1.0, false},
                               {1.0, true},  {0.9, true},   {0.8, true},  {0.7, true}};
    Fit chosen = fits[std::size(fits) - 1];
    for (const Fit& fit : fits) {
        const qreal candidateGap = mm(8) * qMin<qreal>(fit.scale, 1.0);
        qreal total = 0;
        for (const ProgrammeData::Session& session : sessions)
            total += measure(session, fit.scale, fit.compact).height + candidateGap;
        if (total - candidateGap <= m_content.bottom() - m_y) {
            chosen = fit;
            break;
        }
    }
    const qreal scale = chosen.scale;
    const qreal gap = mm(8) * qMin<qreal>(scale, 1.0);
    const qreal timeWidth = mm(40);
    const qreal barX = m_content.left() + timeWidth;
    const qreal barWidth = mm(1.6);
    const qreal textX = barX + barWidth + mm(5);

    for (const ProgrammeData::Session& session : sessions) {
        const Entry entry = measure(session, scale, chosen.compact);
        const qreal available = m_content.bottom() - m_y;
        const qreal fullPage = m_content.bottom() - m_firstEntryTop;
        // Move to a fresh sign when the entry would fit there; only a giant entry is split.
        if (entry.height > available && (entry.height <= fullPage || available < fullPage / 4))
            startPage(space, day, true);

        qreal top = m_y;
        const qreal timeHeight = m_canvas.height(entry.start) + m_canvas.height(entry.end);
        m_canvas.addLines(m_page, QPointF(m_content.left(), top), timeWidth, entry.start, startFont(scale), ink());
        m_canvas.addLines(m_page, QPointF(m_content.left(), top + m_canvas.height(entry.start)), timeWidth, entry.end,
                          endFont(scale), muted());
        qreal y = top;
        qreal fragmentEnd = top + timeHeight;
        // Line by line, so that even an absurd entry continues on the next sign page.
        auto place = [&](const PdfCanvas::TextLine& line, const QFont& font, const QColor& colour, qreal before) {
            if (y + before + line.height > m_content.bottom() && y > top) {
                m_canvas.addRect(m_page, QRectF(barX, top, barWidth, qMax(y, fragmentEnd) - top), session.lineColour);
                startPage(space, day, true);
                top = y = m_y;
                fragmentEnd = top;
                before = 0;
            }
            y += before;
            m_canvas.addText(m_page, QPointF(textX, y), line, font, colour);
            y += line.height;
        };
        for (const PdfCanvas::TextLine& line : entry.title)
            place(line, titleFont(scale), ink(), 0);
        for (int i = 0; i < entry.people.size(); ++i)
            place(entry.people.at(i), speakerFont(scale), muted(), i == 0 ? mm(1.5) : 0);
        const qreal bottom = qMax(y, fragmentEnd);
        m_canvas.addRect(m_page, QRectF(barX, top, barWidth, bottom - top), session.lineColour);
        m_y = bottom + gap;
    }
}

} // namespace standlab
