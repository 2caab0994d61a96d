// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpdfwriter.h"
#include "io/shortwrite.h"

#include "export/pdfcanvas.h"
#include "richtext.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

namespace standlab {
namespace {

const QString headingColour = QStringLiteral("#1f4e79");
constexpr qreal kMarginSideMm = 20;
constexpr qreal kMarginTopMm = 22;
constexpr qreal kMarginBottomMm = 24;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString anchorName(int index)
{
    return QStringLiteral("section-%1").arg(index);
}

QFont baseFont(qreal points)
{
    QFont font(PdfCanvas::fontFamily());
    font.setPointSizeF(points);
    font.setHintingPreference(QFont::PreferNoHinting);
    // As in the programme PDF: a hair of letter spacing turns ligatures off, so "fi" stays two letters
    // for copy, search and pdftotext.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

void prepare(QTextDocument& document, QPaintDevice* device, const QSizeF& pageSize, const QString& html)
{
    document.documentLayout()->setPaintDevice(device);
    document.setDefaultFont(baseFont(10));
    document.setDocumentMargin(0);
    document.setPageSize(pageSize);
    document.setDefaultStyleSheet(
        QStringLiteral("h1 { color: %1; font-size: 18pt; margin-bottom: 8pt; }"
                       "h2 { color: %1; font-size: 14pt; margin-top: 14pt; margin-bottom: 6pt; }"
                       "h3 { color: %1; font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }"
                       "h4 { color: #333333; font-size: 11pt; margin-top: 10pt; }"
                       "p { margin-bottom: 6pt; line-height: 120%; }"
                       "th { background-color: #e3ebf3; text-align: left; font-size: 9pt; }"
                       "td { font-size: 9pt; }"
                       ".muted { color: #555555; }")
            .arg(headingColour));
    document.setHtml(html);
}

// The body page (0-based) each section's heading landed on, by section index.
QVector<int> headingPages(const QTextDocument& document, int sectionCount)
{
    QVector<int> pages(sectionCount, 0);
    const qreal height = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& name : it.fragment().charFormat().anchorNames()) {
                if (!name.startsWith(QLatin1String("section-")))
                    continue;
                const int index = name.mid(8).toInt();
                if (index >= 0 && index < sectionCount)
                    pages[index] = int(document.documentLayout()->blockBoundingRect(block).top() / height);
            }
        }
    }
    return pages;
}

QString contentsHtml(const QVector<DocumentSnapshot::Entry>& entries, const QVector<int>& pages)
{
    QString html = QStringLiteral("<h1>%1</h1><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(esc(PlanPdfWriter::tr("Contents")));
    for (int i = 0; i < entries.size(); ++i) {
        const auto& entry = entries.at(i);
        const QString indent = QString::number(entry.depth * 18);
        const QString weight = entry.depth == 0 ? QStringLiteral("bold") : QStringLiteral("normal");
        html += QStringLiteral("<tr><td style=\"padding-left: %1px; font-weight: %2; font-size: 10.5pt\">%3&nbsp;&nbsp;%4</td>"
                               "<td align=\"right\" width=\"12%\" style=\"font-size: 10.5pt\">%5</td></tr>")
                    .arg(indent, weight, esc(entry.number), esc(entry.section.title),
                         pages.isEmpty() ? QStringLiteral("000") : QString::number(pages.at(i)));
    }
    return html + QStringLiteral("</table>");
}

void paintPage(QPainter& painter, QTextDocument& document, int page, const QRectF& body)
{
    painter.save();
    painter.translate(body.left(), body.top() - page * body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * body.height(), body.width(), body.height());
    painter.setClipRect(context.clip);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

QString PlanPdfWriter::bodyHtml(const DocumentSnapshot& snapshot)
{
    QString html;
    const QVector<DocumentSnapshot::Entry> entries = snapshot.orderedSections();
    for (int i = 0; i < entries.size(); ++i) {
        const auto& entry = entries.at(i);
        const int level = std::min(3, entry.depth + 1);
        // Each top-level section starts a page, except the first (the body starts on a fresh page anyway).
        const QString breakBefore = (entry.depth == 0 && i > 0) ? QStringLiteral(" style=\"page-break-before: always\"")
                                                                : QString();
        html += QStringLiteral("<h%1%2><a name=\"%3\"></a>%4&nbsp;&nbsp;%5</h%1>")
                    .arg(QString::number(level), breakBefore, anchorName(i), esc(entry.number),
                         esc(entry.section.title));
        // Headings inside a section's text sit below the section's own level.
        QString body = RichText::sanitise(entry.section.bodyHtml);
        for (int h = 4; h >= 2; --h)
            body.replace(QStringLiteral("<h%1>").arg(h), QStringLiteral("<h4>"))
                .replace(QStringLiteral("</h%1>").arg(h), QStringLiteral("</h4>"));
        html += body;
        for (const PlanFormat::ActionGroup& group : PlanFormat::groups(snapshot, entry.section.id)) {
            html += QStringLiteral("<h4>%1</h4>")
                        .arg(esc(group.workingLine.isEmpty() ? tr("Actions") : tr("Actions: %1").arg(group.workingLine)));
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                   "style=\"border-color: #9fb3c8; border-style: solid; border-collapse: collapse\"><thead><tr>"
                                   "<th width=\"34%\">%1</th><th width=\"23%\">%2</th><th width=\"10%\">%3</th>"
                                   "<th width=\"21%\">%4</th><th width=\"12%\">%5</th></tr></thead>")
                        .arg(esc(tr("Action")), esc(tr("Lead")), esc(tr("Quarter")), esc(tr("Indicators")),
                             esc(tr("Status")));
            for (const Action& action : group.actions) {
                QString what = QStringLiteral("<b>%1</b>").arg(esc(action.title));
                if (!action.description.trimmed().isEmpty())
                    what += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(action.description.trimmed()));
                const QStringList sessions = PlanFormat::sessionTitles(snapshot, action);
                if (!sessions.isEmpty())
                    what += QStringLiteral("<br/><i class=\"muted\">%1</i>")
                                .arg(esc(tr("From: %1").arg(sessions.join(QStringLiteral("; ")))));
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                            .arg(what, esc(PlanFormat::leadAndPartners(snapshot, action)),
                                 esc(PlanFormat::quarterLabel(action.timeframe)), esc(action.indicators),
                                 esc(PlanFormat::statusLabel(action.status)));
            }
            html += QStringLiteral("</table>");
        }
    }
    return html;
}

bool PlanPdfWriter::write(const DocumentSnapshot& snapshot, const PlanFormat::Version& version, const QString& path,
                          const Options& options, QString* error)
{
    if (!PdfCanvas::canPaint(error))
        return false;
    const QString tooDeep = snapshot.depthProblem(snapshot.orderedSections());
    if (!tooDeep.isEmpty()) {
        if (error)
            *error = tooDeep;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(PdfCanvas::kDpi);
    writer.setPageSize(options.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(snapshot.document.title);
    writer.setCreator(QStringLiteral("Stand Lab"));

    const QRectF page(QPointF(0, 0), options.pageSize.sizePixels(PdfCanvas::kDpi));
    const QRectF body(PdfCanvas::mm(kMarginSideMm), PdfCanvas::mm(kMarginTopMm),
                      page.width() - 2 * PdfCanvas::mm(kMarginSideMm),
                      page.height() - PdfCanvas::mm(kMarginTopMm) - PdfCanvas::mm(kMarginBottomMm));
    const QVector<DocumentSnapshot::Entry> entries = snapshot.orderedSections();

    QTextDocument bodyDocument;
    prepare(bodyDocument, &writer, body.size(), bodyHtml(snapshot));
    const int bodyPages = std::max(1, bodyDocument.pageCount());
    QVector<int> pages = headingPages(bodyDocument, int(entries.size()));

    // The contents are laid out once with placeholders to learn how many pages they take, then
    // again with the real numbers (same rows, same widths, so the same page count).
    QTextDocument contents;
    prepare(contents, &writer, body.size(), contentsHtml(entries, {}));
    const int contentsPages = entries.isEmpty() ? 0 : std::max(1, contents.pageCount());
    const int firstBodyPage = 2 + contentsPages; // 1-based: the cover is page 1
    for (int& p : pages)
        p += firstBodyPage;
    if (contentsPages > 0)
        prepare(contents, &writer, body.size(), contentsHtml(entries, pages));
    const int total = 1 + contentsPages + bodyPages;

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot paint the PDF “%1”.").arg(path);
        return false;
    }
    // Cover
    {
        const qreal side = PdfCanvas::mm(25);
        painter.fillRect(QRectF(0, 0, page.width(), PdfCanvas::mm(12)), QColor(headingColour));
        QTextDocument cover;
        const QString coverHtml =
            QStringLiteral("<p style=\"font-size: 12pt; color: #555555\">%1</p>"
                           "<h1 style=\"font-size: 28pt; color: %2; margin-top: 12pt\">%3</h1>"
                           "<p style=\"font-size: 13pt; margin-top: 18pt\">%4 · %5</p>"
                           "<p style=\"font-size: 11pt; color: #555555; margin-top: 30pt\">%6</p>")
                .arg(esc(options.eventName), headingColour, esc(snapshot.document.title),
                     esc(PlanFormat::kindLabel(snapshot.document.kind)),
                     esc(PlanFormat::draftStatusLabel(snapshot.document.status)), esc(version.label()));
        prepare(cover, &writer, QSizeF(page.width() - 2 * side, page.height()), coverHtml);
        painter.save();
        painter.translate(side, page.height() * 0.28);
        cover.documentLayout()->draw(&painter, {});
        painter.restore();
    }
    const QFont footerFont = [&] {
        QFont f = baseFont(8);
        return QFont(f, &writer);
    }();
    auto decorate = [&](int number) {
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal y = page.height() - PdfCanvas::mm(kMarginBottomMm) + PdfCanvas::mm(8);
        painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
        const QRectF footer(body.left(), y + PdfCanvas::mm(2), body.width(), PdfCanvas::mm(6));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, version.label());
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(number).arg(total));
        const QRectF header(body.left(), PdfCanvas::mm(10), body.width(), PdfCanvas::mm(6));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                         QFontMetricsF(footerFont, &writer).elidedText(snapshot.document.title, Qt::ElideRight,
                                                                       body.width()));
        painter.restore();
    };
    int number = 1;
    for (int p = 0; p < contentsPages; ++p) {
        writer.newPage();
        paintPage(painter, contents, p, body);
        decorate(++number);
    }
    for (int p = 0; p < bodyPages; ++p) {
        writer.newPage();
        paintPage(painter, bodyDocument, p, body);
        decorate(++number);
    }
    painter.end();
    // QPdfWriter does not check its writes: a short one (a full disk) is only seen here.
    if (!file.flush() || file.error() != QFileDevice::NoError || !file.commit()) {
        if (error)
            *error = isShortWriteWithoutReason(file)
                ? tr("Cannot write “%1”: only part of it could be written; the disk may be full.")
                      .arg(QDir::toNativeSeparators(path))
                : tr("Cannot write “%1”: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace standlab
