// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterspdf.h"

#include "export/pdfcanvas.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace standlab {

namespace {

constexpr qreal kSideMm = 25;
constexpr qreal kTopMm = 22;
constexpr qreal kBottomMm = 22;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString letterHtml(const Letter& letter, const LettersPdf::Heading& heading)
{
    const QString date = QLocale(letter.language).toString(QDate::currentDate(), QLocale::LongFormat);
    QString html = QStringLiteral("<p style=\"color:#1f4e79; font-size:13pt; font-weight:bold\">%1</p>"
                                  "<p style=\"color:#555555\">%2</p>")
                       .arg(esc(heading.eventName), esc(heading.address));
    html += QStringLiteral("<p style=\"margin-top:18pt\">%1%2</p>")
                .arg(esc(letter.personName),
                     letter.email.isEmpty() ? QString() : QStringLiteral("<br/><span style=\"color:#555555\">%1</span>")
                                                             .arg(esc(letter.email)));
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(esc(date));
    html += QStringLiteral("<p style=\"font-size:12pt; font-weight:bold; margin-top:12pt\">%1</p>").arg(esc(letter.subject));
    // Paragraphs keep their line breaks (the list of sessions is one line per item).
    for (const QString& paragraph : letter.body.split(QStringLiteral("\n\n"))) {
        QString text = esc(paragraph);
        text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        html += QStringLiteral("<p style=\"margin-bottom:6pt\">%1</p>").arg(text);
    }
    return html;
}

} // namespace

bool LettersPdf::write(const QVector<Letter>& letters, const Heading& heading, const QString& path, QString* error)
{
    if (!PdfCanvas::canPaint(error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(PdfCanvas::kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr("Letters to speakers"));
    writer.setCreator(QStringLiteral("Stand Lab"));
    const QRectF page(QPointF(0, 0), QPageSize(QPageSize::A4).sizePixels(PdfCanvas::kDpi));
    const QRectF body(PdfCanvas::mm(kSideMm), PdfCanvas::mm(kTopMm), page.width() - 2 * PdfCanvas::mm(kSideMm),
                      page.height() - PdfCanvas::mm(kTopMm) - PdfCanvas::mm(kBottomMm));

    QFont font(PdfCanvas::fontFamily());
    font.setPointSizeF(10.5);
    font.setHintingPreference(QFont::PreferNoHinting);
    // As in the other PDFs: a hair of letter spacing keeps "fi" two letters for copy and search.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    QFont footer(font, &writer);
    footer.setPointSizeF(8);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot paint the PDF “%1”.").arg(path);
        return false;
    }
    bool first = true;
    for (const Letter& letter : letters) {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setPageSize(body.size());
        document.setHtml(letterHtml(letter, heading));
        const int pages = qMax(1, document.pageCount());
        for (int p = 0; p < pages; ++p) {
            if (!first)
                writer.newPage();
            first = false;
            painter.save();
            painter.translate(body.left(), body.top() - p * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, p * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            if (pages > 1) {
                painter.save();
                painter.setFont(footer);
                painter.setPen(QColor(0x55, 0x55, 0x55));
                const QRectF foot(body.left(), page.height() - PdfCanvas::mm(kBottomMm) + PdfCanvas::mm(8), body.width(),
                                  PdfCanvas::mm(6));
                painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                                 tr("%1 — page %2 of %3").arg(letter.personName).arg(p + 1).arg(pages));
                painter.restore();
            }
        }
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Cannot paint the PDF “%1”.").arg(path);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace standlab
