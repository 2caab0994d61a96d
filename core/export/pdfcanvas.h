// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace standlab {

// What a writer drew, page by page: tests check that it all stays on the page and never overlaps.
struct LayoutReport
{
    struct Item
    {
        QRectF rect;
        QString text; // empty for colour bars and rules
        bool isText() const { return !text.isEmpty(); }
    };
    QRectF pageRect;  // the whole sheet, in device units (1/300 inch)
    QRectF safeRect;  // where anything may be drawn: the sheet minus the printer's unprintable edge
    QVector<QVector<Item>> pages;
};

// Pages laid out as a list of positioned lines and shapes, then painted onto a QPdfWriter through
// a QSaveFile. Laying out first is what lets writers know "of M" and index page numbers before painting.
class PdfCanvas
{
    Q_DECLARE_TR_FUNCTIONS(PdfCanvas)

public:
    static constexpr int kDpi = 300;
    static constexpr qreal kLinePitch = 1.12; // line spacing as a multiple of the font's height

    enum class Style { Regular, Bold, Italic };

    // One wrapped line of text, measured.
    struct TextLine
    {
        QString text;
        qreal width = 0;
        qreal height = 0; // line pitch
        qreal ascent = 0;
    };

    PdfCanvas(const QPageSize& size, QPageLayout::Orientation orientation);

    static qreal mm(qreal millimetres) { return millimetres * kDpi / 25.4; }
    static qreal pt(qreal points) { return points * kDpi / 72.0; }
    // DejaVu Sans, loaded once from the system so it is embedded in every PDF; empty when a
    // QGuiApplication is missing (fonts need one).
    static QString fontFamily();
    static bool canPaint(QString* error);
    QFont font(qreal points, Style style = Style::Regular) const;

    QRectF pageRect() const { return m_pageRect; }

    // Wraps at word boundaries, or anywhere inside a word longer than the width.
    QVector<TextLine> wrap(const QString& text, const QFont& font, qreal width) const;
    qreal height(const QVector<TextLine>& lines) const;
    qreal textWidth(const QString& text, const QFont& font) const;
    qreal lineHeight(const QFont& font) const;
    QString elided(const QString& text, const QFont& font, qreal width) const;

    int pageCount() const { return int(m_pages.size()); }
    int addPage();
    // Draws the lines from `topLeft` downwards; `alignment` Qt::AlignLeft/AlignRight/AlignHCenter
    // within `width`. Returns the height used.
    qreal addLines(int page, const QPointF& topLeft, qreal width, const QVector<TextLine>& lines,
                   const QFont& font, const QColor& colour, Qt::Alignment alignment = Qt::AlignLeft);
    void addText(int page, const QPointF& topLeft, const TextLine& line, const QFont& font, const QColor& colour);
    void addRect(int page, const QRectF& rect, const QColor& colour);

    LayoutReport report() const;

    QPageLayout pageLayout() const { return QPageLayout(m_pageSize, m_orientation, QMarginsF()); }
    // Paints one page in device units of 1/300 inch; the painter's device must be 300 dpi (or the
    // painter scaled onto one) so that point sizes match the layout. Shared by the PDF, the preview
    // and the printer, so what is previewed is what is printed.
    void paintPage(QPainter& painter, int page) const;
    // One page as an image `width` pixels wide, on white, for the preview.
    QImage renderPage(int page, int width) const;

    // Paints every page into `path` atomically: nothing is left behind when it fails.
    bool write(const QString& path, const QString& title, QString* error) const;

private:
    struct Item
    {
        QRectF rect;
        QString text;
        QFont font;
        QColor colour;
        qreal ascent = 0;
    };

    QPageSize m_pageSize;
    QPageLayout::Orientation m_orientation;
    QRectF m_pageRect;
    QImage m_metrics; // a 300 dpi device, so measuring matches the PDF without creating a file
    QVector<QVector<Item>> m_pages;
};

} // namespace standlab
