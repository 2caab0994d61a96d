// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcanvas.h"
#include "io/shortwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace standlab {

namespace {

const char* const kFontFiles[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};

QString loadFonts()
{
    QString family;
    const QString folder = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
    for (const char* file : kFontFiles) {
        const int id = QFontDatabase::addApplicationFont(folder + QLatin1String(file));
        if (id >= 0 && family.isEmpty()) {
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty())
                family = families.first();
        }
    }
    // Without the bundled files the system's sans serif still embeds and stays text.
    return family.isEmpty() ? QStringLiteral("DejaVu Sans") : family;
}

} // namespace

PdfCanvas::PdfCanvas(const QPageSize& size, QPageLayout::Orientation orientation)
    : m_pageSize(size), m_orientation(orientation), m_metrics(4, 4, QImage::Format_RGB32)
{
    const QPageLayout layout(size, orientation, QMarginsF());
    m_pageRect = QRectF(layout.fullRectPixels(kDpi));
    const int dotsPerMetre = qRound(kDpi / 0.0254);
    m_metrics.setDotsPerMeterX(dotsPerMetre);
    m_metrics.setDotsPerMeterY(dotsPerMetre);
}

QString PdfCanvas::fontFamily()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    static const QString family = loadFonts();
    return family;
}

bool PdfCanvas::canPaint(QString* error)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = tr("Printing the programme needs the graphical part of Qt (a QGuiApplication); "
                    "on a machine without a display, run with QT_QPA_PLATFORM=offscreen.");
    return false;
}

QFont PdfCanvas::font(qreal points, Style style) const
{
    QFont font(fontFamily());
    font.setPointSizeF(points);
    font.setBold(style == Style::Bold);
    font.setItalic(style == Style::Italic);
    // Hinting would make measuring on the image differ from the PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // Any letter spacing turns ligatures off, so "fi" is copied and searched as two letters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QVector<PdfCanvas::TextLine> PdfCanvas::wrap(const QString& text, const QFont& font, qreal width) const
{
    QVector<TextLine> lines;
    const QString plain = text.simplified();
    if (plain.isEmpty())
        return lines;
    const QFontMetricsF metrics(font, &m_metrics);
    const qreal pitch = metrics.height() * kLinePitch;
    // Most texts (names, times, short titles) fit on one line: no need for a text layout.
    const qreal natural = metrics.horizontalAdvance(plain);
    if (natural <= width) {
        lines.push_back({plain, natural, pitch, metrics.ascent()});
        return lines;
    }
    QTextLayout layout(plain, font, &m_metrics);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax<qreal>(width, 1));
        const QString piece = plain.mid(line.textStart(), line.textLength()).trimmed();
        if (piece.isEmpty())
            continue;
        lines.push_back({piece, qMin(metrics.horizontalAdvance(piece), width), pitch, metrics.ascent()});
    }
    layout.endLayout();
    return lines;
}

qreal PdfCanvas::height(const QVector<TextLine>& lines) const
{
    qreal total = 0;
    for (const TextLine& line : lines)
        total += line.height;
    return total;
}

qreal PdfCanvas::textWidth(const QString& text, const QFont& font) const
{
    return QFontMetricsF(font, &m_metrics).horizontalAdvance(text);
}

qreal PdfCanvas::lineHeight(const QFont& font) const
{
    return QFontMetricsF(font, &m_metrics).height() * kLinePitch;
}

QString PdfCanvas::elided(const QString& text, const QFont& font, qreal width) const
{
    return QFontMetricsF(font, &m_metrics).elidedText(text.simplified(), Qt::ElideRight, width);
}

int PdfCanvas::addPage()
{
    m_pages.push_back({});
    return int(m_pages.size()) - 1;
}

qreal PdfCanvas::addLines(int page, const QPointF& topLeft, qreal width, const QVector<TextLine>& lines,
                          const QFont& font, const QColor& colour, Qt::Alignment alignment)
{
    qreal y = topLeft.y();
    for (const TextLine& line : lines) {
        qreal x = topLeft.x();
        if (alignment & Qt::AlignRight)
            x += width - line.width;
        else if (alignment & Qt::AlignHCenter)
            x += (width - line.width) / 2;
        addText(page, QPointF(x, y), line, font, colour);
        y += line.height;
    }
    return y - topLeft.y();
}

void PdfCanvas::addText(int page, const QPointF& topLeft, const TextLine& line, const QFont& font,
                        const QColor& colour)
{
    // The rect is the ink box a reader sees: ascent plus descent, not the leading below it.
    m_pages[page].push_back({QRectF(topLeft, QSizeF(line.width, line.height / kLinePitch)), line.text, font, colour,
                             line.ascent});
}

void PdfCanvas::addRect(int page, const QRectF& rect, const QColor& colour)
{
    m_pages[page].push_back({rect, {}, {}, colour, 0});
}

LayoutReport PdfCanvas::report() const
{
    LayoutReport report;
    report.pageRect = m_pageRect;
    report.safeRect = m_pageRect.adjusted(mm(5), mm(5), -mm(5), -mm(5));
    for (const auto& page : m_pages) {
        QVector<LayoutReport::Item> items;
        items.reserve(page.size());
        for (const Item& item : page)
            items.push_back({item.rect, item.text});
        report.pages.push_back(items);
    }
    return report;
}

void PdfCanvas::paintPage(QPainter& painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    // On a device of another resolution (a printer) the painter is scaled to 1/300 inch units, and
    // point sizes, which the device resolves itself, are corrected so they are not scaled twice.
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : kDpi;
    const qreal fontFactor = dpi > 0 ? qreal(kDpi) / dpi : 1.0;
    for (const Item& item : m_pages.at(page)) {
        if (item.text.isEmpty()) {
            painter.fillRect(item.rect, item.colour);
            continue;
        }
        if (qFuzzyCompare(fontFactor, 1.0)) {
            painter.setFont(item.font);
        } else {
            QFont font = item.font;
            font.setPointSizeF(item.font.pointSizeF() * fontFactor);
            painter.setFont(font);
        }
        painter.setPen(item.colour);
        painter.drawText(QPointF(item.rect.left(), item.rect.top() + item.ascent), item.text);
    }
}

QImage PdfCanvas::renderPage(int page, int width) const
{
    const qreal scale = qreal(qMax(1, width)) / m_pageRect.width();
    QImage image(QSize(qMax(1, width), qMax(1, qRound(m_pageRect.height() * scale))), QImage::Format_ARGB32_Premultiplied);
    // A 300 dpi image: fonts given in points come out at the size the layout measured.
    image.setDotsPerMeterX(m_metrics.dotsPerMeterX());
    image.setDotsPerMeterY(m_metrics.dotsPerMeterY());
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintPage(painter, page);
    painter.end();
    return image;
}

bool PdfCanvas::write(const QString& path, const QString& title, QString* error) const
{
    if (!canPaint(error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(m_pageSize, m_orientation, QMarginsF()));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Stand Lab"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            if (error)
                *error = tr("Could not write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < m_pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, i);
        }
        painter.end();
    }
    // QPdfWriter does not check its writes: a short one (a full disk) is only seen here.
    if (!file.flush() || file.error() != QFileDevice::NoError || !file.commit()) {
        if (error)
            *error = isShortWriteWithoutReason(file)
                ? tr("Cannot write “%1”: only part of it could be written; the disk may be full.")
                      .arg(QDir::toNativeSeparators(path))
                : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace standlab
