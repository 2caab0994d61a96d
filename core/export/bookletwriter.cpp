// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookletwriter.h"

#include "printstyle.h"

#include <QCollator>
#include <algorithm>

namespace standlab {

namespace {

using Style = PdfCanvas::Style;
using printstyle::ink;
using printstyle::muted;

QPageSize pageSizeFor(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

qreal mm(qreal value) { return PdfCanvas::mm(value); }

} // namespace

BookletWriter::BookletWriter(ProgrammeData data, const ProgrammeOptions& options)
    : m_data(std::move(data)), m_options(options), m_labels(options.language),
      m_canvas(pageSizeFor(options.paper), QPageLayout::Portrait)
{
    const QRectF page = m_canvas.pageRect();
    m_content = page.adjusted(mm(20), mm(24), -mm(20), -mm(22));
}

void BookletWriter::layout()
{
    if (m_laidOut)
        return;
    m_laidOut = true;
    layoutCover();
    for (const ProgrammeData::Day& day : std::as_const(m_data.days))
        layoutDay(day);
    if (m_data.sessionCount() == 0) {
        startPage(m_labels.text(PrintLabels::Programme));
        const QFont font = m_canvas.font(12, Style::Italic);
        m_canvas.addLines(m_page, m_content.topLeft(), m_content.width(),
                          m_canvas.wrap(m_labels.text(PrintLabels::NoSessions), font, m_content.width()), font, muted());
    }
    layoutIndex();
    addRunningHeads();
}

bool BookletWriter::write(const QString& path, QString* error)
{
    if (!PdfCanvas::canPaint(error))
        return false;
    layout();
    return m_canvas.write(path, m_data.eventName + QStringLiteral(" \u2014 ") + m_labels.text(PrintLabels::Programme),
                          error);
}

void BookletWriter::startPage(const QString& runningHead)
{
    m_page = m_canvas.addPage();
    m_runningHeads.push_back(runningHead);
    m_y = m_content.top();
}

void BookletWriter::layoutCover()
{
    m_page = m_canvas.addPage();
    m_runningHeads.push_back({});
    const qreal x = m_content.left(), width = m_content.width();
    const QColor accent = m_data.lines.isEmpty() ? ink() : printstyle::textTone(m_data.lines.first().colour);

    // The legend of working lines is anchored to the bottom; the title takes the space above it.
    const QFont legendFont = m_canvas.font(10);
    const qreal columnWidth = (width - mm(8)) / 2;
    QVector<QVector<PdfCanvas::TextLine>> legend;
    qreal legendHeight = 0;
    for (int i = 0; i < m_data.lines.size(); i += 2) {
        qreal rowHeight = 0;
        for (int j = i; j < qMin(i + 2, int(m_data.lines.size())); ++j) {
            legend.push_back(m_canvas.wrap(m_data.lines.at(j).name, legendFont, columnWidth - mm(8)));
            rowHeight = qMax(rowHeight, m_canvas.height(legend.last()));
        }
        legendHeight += rowHeight + mm(2.5);
    }
    const qreal bandHeight = m_data.lines.isEmpty() ? 0 : mm(9);
    const QFont legendTitle = m_canvas.font(9, Style::Bold);
    const qreal bottomBlock = m_data.lines.isEmpty() ? 0
                                                     : bandHeight + mm(6) + m_canvas.lineHeight(legendTitle) + mm(2)
                                                         + legendHeight;

    qreal y = m_content.top() + mm(18);
    const QFont labelFont = m_canvas.font(13, Style::Bold);
    y += m_canvas.addLines(m_page, QPointF(x, y), width,
                           m_canvas.wrap(m_labels.locale().toUpper(m_labels.text(PrintLabels::Programme)), labelFont,
                                         width),
                           labelFont, accent);
    m_canvas.addRect(m_page, QRectF(x, y + mm(2), mm(28), mm(1.4)), accent);
    y += mm(9);

    // Shrink an absurdly long event name until the cover holds it.
    const QString name = m_data.eventName.isEmpty() ? m_labels.text(PrintLabels::Programme) : m_data.eventName;
    const qreal room = m_content.bottom() - bottomBlock - mm(40) - y;
    QFont nameFont = m_canvas.font(32, Style::Bold);
    QVector<PdfCanvas::TextLine> nameLines = m_canvas.wrap(name, nameFont, width);
    for (qreal size = 30; size >= 10 && m_canvas.height(nameLines) > room; size -= 2) {
        nameFont = m_canvas.font(size, Style::Bold);
        nameLines = m_canvas.wrap(name, nameFont, width);
    }
    y += m_canvas.addLines(m_page, QPointF(x, y), width, nameLines, nameFont, ink()) + mm(8);

    QString place = m_data.venue;
    if (!m_data.city.isEmpty() && !place.contains(m_data.city))
        place = place.isEmpty() ? m_data.city : place + QStringLiteral(", ") + m_data.city;
    const QFont placeFont = m_canvas.font(15);
    y += m_canvas.addLines(m_page, QPointF(x, y), width, m_canvas.wrap(place, placeFont, width), placeFont, muted());
    y += mm(2);
    const QFont dateFont = m_canvas.font(15, Style::Bold);
    y += m_canvas.addLines(m_page, QPointF(x, y), width,
                           m_canvas.wrap(m_labels.dateRange(m_data.firstDate(), m_data.lastDate()), dateFont, width),
                           dateFont, ink());

    // The days at a glance, when the cover has room for them above the colour band.
    const QFont dayFont = m_canvas.font(11, Style::Bold);
    const QFont dayLabelFont = m_canvas.font(11);
    const qreal dayColumn = mm(68);
    QVector<std::pair<QVector<PdfCanvas::TextLine>, QVector<PdfCanvas::TextLine>>> days;
    qreal daysHeight = 0;
    for (const ProgrammeData::Day& day : std::as_const(m_data.days)) {
        if (day.sessions.isEmpty())
            continue;
        days.push_back({m_canvas.wrap(m_labels.shortDate(day.date), dayFont, dayColumn - mm(3)),
                        m_canvas.wrap(day.label, dayLabelFont, width - dayColumn)});
        daysHeight += qMax(m_canvas.height(days.last().first), m_canvas.height(days.last().second)) + mm(2);
    }
    y += mm(16);
    if (!days.isEmpty() && y + mm(6) + daysHeight <= m_content.bottom() - bottomBlock - mm(10)) {
        m_canvas.addRect(m_page, QRectF(x, y, width, mm(0.3)), printstyle::rule());
        y += mm(6);
        for (const auto& day : std::as_const(days)) {
            m_canvas.addLines(m_page, QPointF(x, y), dayColumn - mm(3), day.first, dayFont, ink());
            m_canvas.addLines(m_page, QPointF(x + dayColumn, y), width - dayColumn, day.second, dayLabelFont, muted());
            y += qMax(m_canvas.height(day.first), m_canvas.height(day.second)) + mm(2);
        }
    }

    if (m_data.lines.isEmpty())
        return;
    y = m_content.bottom() - bottomBlock;
    const qreal segment = width / m_data.lines.size();
    for (int i = 0; i < m_data.lines.size(); ++i)
        m_canvas.addRect(m_page, QRectF(x + i * segment, y, segment, bandHeight), m_data.lines.at(i).colour);
    y += bandHeight + mm(6);
    y += m_canvas.addLines(m_page, QPointF(x, y), width,
                           m_canvas.wrap(m_labels.text(PrintLabels::WorkingLines), legendTitle, width), legendTitle,
                           muted());
    y += mm(2);
    for (int i = 0; i < m_data.lines.size(); i += 2) {
        qreal rowHeight = 0;
        for (int j = i; j < qMin(i + 2, int(m_data.lines.size())); ++j) {
            const qreal cx = x + (j - i) * (columnWidth + mm(8));
            const QFont swatchMetrics = legendFont;
            const qreal swatch = mm(4);
            m_canvas.addRect(m_page, QRectF(cx, y + (m_canvas.lineHeight(swatchMetrics) - swatch) / 2, swatch, swatch),
                             m_data.lines.at(j).colour);
            rowHeight = qMax(rowHeight, m_canvas.addLines(m_page, QPointF(cx + mm(7), y), columnWidth - mm(8),
                                                          legend.at(j), legendFont, ink()));
        }
        y += rowHeight + mm(2.5);
    }
}

void BookletWriter::layoutDay(const ProgrammeData::Day& day)
{
    if (day.sessions.isEmpty())
        return;
    const QString head = m_labels.shortDate(day.date);
    startPage(head);
    const qreal width = m_content.width();
    const QFont dayFont = m_canvas.font(22, Style::Bold);
    m_y += m_canvas.addLines(m_page, QPointF(m_content.left(), m_y), width,
                             m_canvas.wrap(m_labels.longDate(day.date), dayFont, width), dayFont, ink());
    if (!day.label.trimmed().isEmpty()) {
        const QFont labelFont = m_canvas.font(11);
        m_y += m_canvas.addLines(m_page, QPointF(m_content.left(), m_y), width,
                                 m_canvas.wrap(day.label, labelFont, width), labelFont, muted());
    }
    m_y += mm(2);
    m_canvas.addRect(m_page, QRectF(m_content.left(), m_y, width, mm(0.5)), ink());
    m_y += mm(6);
    bool first = true;
    for (const ProgrammeData::Session& session : day.sessions) {
        if (!first && m_y + mm(12) < m_content.bottom()) {
            m_canvas.addRect(m_page, QRectF(m_content.left(), m_y - mm(2.6), width, mm(0.2)), printstyle::rule());
        }
        first = false;
        layoutSession(session, head);
    }
}

QVector<BookletWriter::Row> BookletWriter::textRows(const QString& text, const QFont& font, const QColor& colour,
                                                    qreal x, qreal width, qreal spaceBefore)
{
    QVector<Row> rows;
    for (const PdfCanvas::TextLine& line : m_canvas.wrap(text, font, width)) {
        PdfCanvas* canvas = &m_canvas;
        rows.push_back({rows.isEmpty() ? spaceBefore : 0, line.height,
                        [canvas, line, font, colour, x](int page, qreal y) {
                            canvas->addText(page, QPointF(x, y), line, font, colour);
                        }});
    }
    return rows;
}

QVector<BookletWriter::Row> BookletWriter::personRows(const QString& prefix, const ProgrammeData::Person& person,
                                                      bool italic, qreal x, qreal width, qreal spaceBefore)
{
    const QFont nameFont = m_canvas.font(9.5, italic ? Style::Italic : Style::Regular);
    const QFont orgFont = m_canvas.font(9.5, italic ? Style::Italic : Style::Regular);
    const QString name = QString(prefix + person.name).simplified();
    const QString organisation = person.organisation.simplified();
    const QString separator = QStringLiteral(" \u00b7 ");
    // Name and organisation share a line when they fit; otherwise each wraps on its own.
    const qreal nameWidth = m_canvas.textWidth(name, nameFont);
    if (!organisation.isEmpty() && nameWidth + m_canvas.textWidth(separator + organisation, orgFont) <= width) {
        PdfCanvas* canvas = &m_canvas;
        const PdfCanvas::TextLine nameLine = m_canvas.wrap(name, nameFont, width).value(0);
        const PdfCanvas::TextLine orgLine = m_canvas.wrap(separator + organisation, orgFont, width).value(0);
        const qreal orgX = x + nameWidth + m_canvas.textWidth(QStringLiteral(" "), orgFont);
        return {{spaceBefore, m_canvas.lineHeight(nameFont),
                 [canvas, nameLine, orgLine, nameFont, orgFont, x, orgX](int page, qreal y) {
                     canvas->addText(page, QPointF(x, y), nameLine, nameFont, ink());
                     canvas->addText(page, QPointF(orgX, y), orgLine, orgFont, muted());
                 }}};
    }
    QVector<Row> rows = textRows(name, nameFont, ink(), x, width, spaceBefore);
    rows += textRows(organisation, orgFont, muted(), x + mm(3), width - mm(3));
    return rows;
}

void BookletWriter::layoutSession(const ProgrammeData::Session& session, const QString& runningHead)
{
    const qreal timeWidth = mm(25);
    const qreal barX = m_content.left() + timeWidth;
    const qreal barWidth = mm(1.3);
    const qreal textX = barX + barWidth + mm(4);
    const qreal textWidth = m_content.right() - textX;

    QVector<Row> left = textRows(session.startsAt.toString(QStringLiteral("HH:mm")), m_canvas.font(12, Style::Bold),
                                 ink(), m_content.left(), timeWidth - mm(3));
    if (session.endsAt.isValid())
        left += textRows(QStringLiteral("\u2013 ") + session.endsAt.toString(QStringLiteral("HH:mm")),
                         m_canvas.font(9), muted(), m_content.left(), timeWidth - mm(3));
    left += textRows(session.spaceName, m_canvas.font(8.5), muted(), m_content.left(), timeWidth - mm(3), mm(0.8));

    QString meta = m_labels.kind(session.kind);
    if (!session.lineName.isEmpty())
        meta = session.lineName + QStringLiteral("  \u00b7  ") + meta;
    meta = m_labels.locale().toUpper(meta);
    QVector<Row> right = textRows(meta, m_canvas.font(7.5, Style::Bold), printstyle::textTone(session.lineColour),
                                  textX, textWidth);
    right += textRows(session.title, m_canvas.font(12, Style::Bold), ink(), textX, textWidth, mm(0.8));
    qreal gap = mm(1.6);
    for (const ProgrammeData::Person& speaker : session.speakers) {
        right += personRows({}, speaker, false, textX, textWidth, gap);
        gap = mm(0.3);
    }
    const QString moderatorLabel = m_labels.text(PrintLabels::Moderator) + QStringLiteral(": ");
    for (const ProgrammeData::Person& moderator : session.moderators) {
        right += personRows(moderatorLabel, moderator, true, textX, textWidth, gap);
        gap = mm(0.3);
    }
    const QFont tagFont = m_canvas.font(7.5);
    for (const ProgrammeData::Line& tag : session.tags) {
        QVector<Row> rows = textRows(m_labels.text(PrintLabels::CrossCutting) + QStringLiteral(": ") + tag.name,
                                     tagFont, muted(), textX + mm(4), textWidth - mm(4), mm(1.2));
        if (!rows.isEmpty()) {
            PdfCanvas* canvas = &m_canvas;
            const qreal swatchTop = (m_canvas.lineHeight(tagFont) - mm(2.4)) / 2;
            const auto drawText = rows.first().draw;
            const QColor colour = tag.colour;
            rows.first().draw = [canvas, drawText, colour, textX, swatchTop](int page, qreal y) {
                canvas->addRect(page, QRectF(textX, y + swatchTop, PdfCanvas::mm(2.4), PdfCanvas::mm(2.4)), colour);
                drawText(page, y);
            };
        }
        right += rows;
    }

    auto heightOf = [](const QVector<Row>& rows) {
        qreal total = 0;
        for (const Row& row : rows)
            total += row.spaceBefore + row.height;
        return total;
    };
    const qreal blockHeight = qMax(heightOf(left), heightOf(right));
    const qreal available = m_content.bottom() - m_y;
    // A block moves whole to the next page when it would fit there; only a block taller than a page splits.
    if (blockHeight > available && (blockHeight <= m_content.height() || available < m_content.height() / 4))
        startPage(runningHead);

    for (const ProgrammeData::Person& person : session.speakers + session.moderators) {
        m_people.insert(person.id, person);
        m_personPages[person.id].insert(m_page);
    }

    int nextLeft = 0, nextRight = 0;
    bool continued = false;
    while (nextLeft < left.size() || nextRight < right.size()) {
        if (continued) {
            startPage(runningHead);
            const QVector<Row> note = textRows(QStringLiteral("(") + m_labels.text(PrintLabels::Continued) + QStringLiteral(")"),
                                               m_canvas.font(8, Style::Italic), muted(), m_content.left(), timeWidth - mm(3));
            for (int i = int(note.size()) - 1; i >= 0; --i)
                left.insert(nextLeft, note.at(i));
        }
        const qreal top = m_y;
        auto place = [&](QVector<Row>& rows, int& next) {
            qreal y = top;
            while (next < rows.size()) {
                const Row& row = rows.at(next);
                const qreal spacing = y > top ? row.spaceBefore : 0;
                if (y + spacing + row.height > m_content.bottom() && y > top)
                    break;
                y += spacing;
                row.draw(m_page, y);
                y += row.height;
                ++next;
            }
            return y;
        };
        const qreal leftEnd = place(left, nextLeft);
        const qreal rightEnd = place(right, nextRight);
        const qreal end = qMax(leftEnd, rightEnd);
        m_canvas.addRect(m_page, QRectF(barX, top, barWidth, qMax(end - top, mm(4))), session.lineColour);
        m_y = end + mm(5.5);
        continued = true;
    }
}

void BookletWriter::layoutIndex()
{
    if (m_people.isEmpty())
        return;
    const QString title = m_labels.text(PrintLabels::IndexOfSpeakers);
    startPage(title);
    const qreal width = m_content.width();
    const QFont titleFont = m_canvas.font(22, Style::Bold);
    m_y += m_canvas.addLines(m_page, QPointF(m_content.left(), m_y), width, m_canvas.wrap(title, titleFont, width),
                             titleFont, ink());
    m_y += mm(2);
    m_canvas.addRect(m_page, QRectF(m_content.left(), m_y, width, mm(0.5)), ink());
    m_y += mm(6);

    QVector<ProgrammeData::Person> people = m_people.values().toVector();
    QCollator collator(m_labels.locale());
    std::sort(people.begin(), people.end(), [&collator](const ProgrammeData::Person& a, const ProgrammeData::Person& b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });

    const qreal gutter = mm(10);
    const qreal columnWidth = (width - gutter) / 2;
    const qreal numbersWidth = mm(30);
    const qreal nameWidth = columnWidth - numbersWidth - mm(3);
    const QFont nameFont = m_canvas.font(9.5);
    const QFont orgFont = m_canvas.font(7.5);
    const QFont numberFont = m_canvas.font(9.5, Style::Bold);
    qreal columnTop = m_y;
    int column = 0;
    for (const ProgrammeData::Person& person : people) {
        QList<int> pages = m_personPages.value(person.id).values();
        std::sort(pages.begin(), pages.end());
        QStringList numbers;
        for (int page : pages)
            numbers << m_labels.locale().toString(page + 1);
        const auto nameLines = m_canvas.wrap(person.name, nameFont, nameWidth);
        const auto orgLines = m_canvas.wrap(person.organisation, orgFont, nameWidth);
        const auto numberLines = m_canvas.wrap(numbers.join(QStringLiteral(", ")), numberFont, numbersWidth);
        const qreal entry = qMax(m_canvas.height(nameLines) + m_canvas.height(orgLines), m_canvas.height(numberLines));
        if (m_y + entry > m_content.bottom() && m_y > columnTop) {
            if (++column > 1) {
                startPage(title);
                column = 0;
                columnTop = m_content.top();
            }
            m_y = columnTop;
        }
        const qreal x = m_content.left() + column * (columnWidth + gutter);
        qreal y = m_y;
        y += m_canvas.addLines(m_page, QPointF(x, y), nameWidth, nameLines, nameFont, ink());
        m_canvas.addLines(m_page, QPointF(x, y), nameWidth, orgLines, orgFont, muted());
        m_canvas.addLines(m_page, QPointF(x + columnWidth - numbersWidth, m_y), numbersWidth, numberLines, numberFont,
                          ink(), Qt::AlignRight);
        m_y += entry + mm(2);
    }
}

void BookletWriter::addRunningHeads()
{
    const int pages = m_canvas.pageCount();
    const QFont font = m_canvas.font(8);
    const qreal width = m_content.width();
    const qreal headY = m_content.top() - mm(12);
    for (int page = 1; page < pages; ++page) {
        const QString right = m_canvas.elided(m_runningHeads.value(page), font, width * 0.38);
        const QString left = m_canvas.elided(m_data.eventName, font, width * 0.58);
        m_canvas.addLines(page, QPointF(m_content.left(), headY), width * 0.58, m_canvas.wrap(left, font, width), font,
                          muted());
        m_canvas.addLines(page, QPointF(m_content.left() + width * 0.62, headY), width * 0.38,
                          m_canvas.wrap(right, font, width), font, muted(), Qt::AlignRight);
        m_canvas.addRect(page, QRectF(m_content.left(), headY + m_canvas.lineHeight(font) + mm(1), width, mm(0.2)),
                         printstyle::rule());
        const QString number = m_labels.pageOf(page + 1, pages);
        m_canvas.addLines(page, QPointF(m_content.left(), m_content.bottom() + mm(9)), width,
                          m_canvas.wrap(number, font, width), font, muted(), Qt::AlignHCenter);
    }
}

} // namespace standlab
