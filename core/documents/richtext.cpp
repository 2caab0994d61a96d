// SPDX-License-Identifier: GPL-3.0-or-later
#include "richtext.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QUrl>

namespace standlab {
namespace {

// Deeper than any text people write (our own editor writes no nesting at all): beyond it Qt's HTML
// parser takes minutes (30,000 nested tables: three minutes per export), so such HTML is read as text.
constexpr int maxHtmlNesting = 64;

// How deeply the elements of `html` nest, counting only elements that have an end tag.
int nestingOf(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>"));
    static const QStringList empty = {QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img"),
                                      QStringLiteral("meta"), QStringLiteral("link"), QStringLiteral("input"),
                                      QStringLiteral("col"), QStringLiteral("area"), QStringLiteral("base"),
                                      QStringLiteral("wbr"), QStringLiteral("source"), QStringLiteral("p"),
                                      QStringLiteral("li")}; // p and li may be left open
    int depth = 0;
    int deepest = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(3).isEmpty() || empty.contains(match.captured(2).toLower()))
            continue;
        depth = match.captured(1).isEmpty() ? depth + 1 : qMax(0, depth - 1);
        deepest = qMax(deepest, depth);
        if (deepest > maxHtmlNesting)
            break;
    }
    return deepest;
}

// Every way HTML from a file is read: nesting beyond maxHtmlNesting keeps its words, not its structure.
void load(QTextDocument& document, const QString& html)
{
    if (nestingOf(html) <= maxHtmlNesting) {
        document.setHtml(html);
        return;
    }
    static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(anyTag, QStringLiteral(" "));
    document.setPlainText(text.simplified());
}

// One run of text with the only character formats the dialect keeps.
struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString href;
};

QVector<Run> runsOf(const QTextBlock& block)
{
    QVector<Run> runs;
    const bool headingBlock = block.blockFormat().headingLevel() > 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        Run run;
        // Object replacement characters (images) and line separators carry no text worth keeping.
        run.text = fragment.text();
        run.text.replace(QChar::ObjectReplacementCharacter, QString());
        run.text.replace(QChar::LineSeparator, QLatin1Char(' '));
        run.text.replace(QChar::Nbsp, QLatin1Char(' '));
        if (run.text.isEmpty())
            continue;
        run.bold = !headingBlock && format.fontWeight() >= QFont::DemiBold;
        run.italic = format.fontItalic();
        if (format.isAnchor() && RichText::isSafeLink(format.anchorHref()))
            run.href = format.anchorHref();
        if (!runs.isEmpty() && runs.last().bold == run.bold && runs.last().italic == run.italic
            && runs.last().href == run.href)
            runs.last().text += run.text;
        else
            runs << run;
    }
    return runs;
}

QString htmlOf(const QVector<Run>& runs)
{
    QString out;
    for (const Run& run : runs) {
        QString text = run.text.toHtmlEscaped();
        if (run.italic)
            text = QStringLiteral("<i>") + text + QStringLiteral("</i>");
        if (run.bold)
            text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
        if (!run.href.isEmpty())
            text = QStringLiteral("<a href=\"") + run.href.toHtmlEscaped() + QStringLiteral("\">") + text
                   + QStringLiteral("</a>");
        out += text;
    }
    return out;
}


QString markdownOf(const QVector<Run>& runs)
{
    QString out;
    for (const Run& run : runs) {
        // Markdown emphasis cannot start or end on a space: keep the spaces outside the markers.
        const QString trimmed = run.text.trimmed();
        if (trimmed.isEmpty()) {
            out += run.text;
            continue;
        }
        const qsizetype lead = run.text.indexOf(trimmed);
        QString text = RichText::markdownText(trimmed);
        if (run.italic)
            text = QLatin1Char('*') + text + QLatin1Char('*');
        if (run.bold)
            text = QStringLiteral("**") + text + QStringLiteral("**");
        const QString target = RichText::markdownLinkTarget(run.href);
        if (!target.isEmpty())
            text = QLatin1Char('[') + text + QStringLiteral("](") + target + QLatin1Char(')');
        out += run.text.left(lead) + text + run.text.mid(lead + trimmed.size());
    }
    return out;
}

// Walks the blocks of a document, calling `emit` with each block's kind and its runs.
enum class BlockKind { Paragraph, Heading, Bullet, Number };

template <class Visitor> void walk(const QTextDocument& document, Visitor visit)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QVector<Run> runs = runsOf(block);
        bool empty = true;
        for (const Run& run : runs)
            if (!run.text.trimmed().isEmpty())
                empty = false;
        if (empty)
            continue;
        int level = block.blockFormat().headingLevel();
        BlockKind kind = BlockKind::Paragraph;
        int number = 0;
        if (QTextList* list = block.textList()) {
            const QTextListFormat::Style style = list->format().style();
            const bool numbered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
                                  || style == QTextListFormat::ListUpperAlpha
                                  || style == QTextListFormat::ListLowerRoman
                                  || style == QTextListFormat::ListUpperRoman;
            kind = numbered ? BlockKind::Number : BlockKind::Bullet;
            number = list->itemNumber(block) + 1;
        } else if (level > 0) {
            kind = BlockKind::Heading;
        }
        visit(kind, std::clamp(level, 2, 4), number, runs);
    }
}

} // namespace

bool RichText::isSafeLink(const QString& href)
{
    const QString scheme = QUrl(href.trimmed()).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

QString RichText::markdownText(const QString& text)
{
    // Inline: code, emphasis (also GFM's ~), links and images (with [ and ] escaped no "(" or "!" can
    // start one), autolinks and HTML, tables, headings, and the backslash itself; "&" only where it
    // would start an entity ("&lt;" must stay those four characters).
    static const QRegularExpression inlineSpecial(QStringLiteral("([\\\\`*_~\\[\\]<>#|]|&(?=#?[A-Za-z0-9]+;))"));
    // At the start of a line: bullets, quotes, setext underlines, and "1." / "1)" numbered items.
    // (">" and "#" are escaped everywhere already.)
    static const QRegularExpression blockStart(QStringLiteral("^([ \\t]*)([-+=]|\\d{1,9}(?=[.)]))"),
                                               QRegularExpression::MultilineOption);
    QString escaped = text;
    escaped.replace(inlineSpecial, QStringLiteral("\\\\1"));
    // A marker sign is escaped itself; a number keeps its digits and has its dot escaped.
    QString out;
    qsizetype from = 0;
    for (auto it = blockStart.globalMatch(escaped); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool number = match.captured(2).at(0).isDigit();
        out += QStringView(escaped).mid(from, match.capturedStart(2) - from);
        if (number)
            out += match.captured(2) + QLatin1Char('\\');
        else
            out += QLatin1Char('\\') + match.captured(2);
        from = match.capturedEnd(2);
    }
    out += QStringView(escaped).mid(from);
    return out;
}

QString RichText::markdownLinkTarget(const QString& href)
{
    const QString trimmed = href.trimmed();
    if (!isSafeLink(trimmed))
        return {};
    // Everything but the characters a URL needs for its structure is encoded; '%' is kept so an
    // address that is already encoded is not encoded twice.
    return QString::fromLatin1(QUrl::toPercentEncoding(trimmed, QByteArrayLiteral(":/?#@!$&'*+,;=%~-._")));
}

QString RichText::sanitise(const QString& html)
{
    QTextDocument document;
    load(document, html);
    return fromDocument(document);
}

QString RichText::fromDocument(const QTextDocument& document)
{
    QString out;
    QString openList; // "ul", "ol" or empty
    walk(document, [&](BlockKind kind, int level, int, const QVector<Run>& runs) {
        const QString wantedList = kind == BlockKind::Bullet ? QStringLiteral("ul")
                                   : kind == BlockKind::Number ? QStringLiteral("ol")
                                                               : QString();
        if (openList != wantedList) {
            if (!openList.isEmpty())
                out += QStringLiteral("</") + openList + QLatin1Char('>');
            if (!wantedList.isEmpty())
                out += QLatin1Char('<') + wantedList + QLatin1Char('>');
            openList = wantedList;
        }
        const QString body = htmlOf(runs);
        if (kind == BlockKind::Heading)
            out += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(body);
        else if (openList.isEmpty())
            out += QStringLiteral("<p>") + body + QStringLiteral("</p>");
        else
            out += QStringLiteral("<li>") + body + QStringLiteral("</li>");
    });
    if (!openList.isEmpty())
        out += QStringLiteral("</") + openList + QLatin1Char('>');
    return out;
}

QString RichText::toPlainText(const QString& html)
{
    QTextDocument document;
    load(document, html);
    QStringList lines;
    walk(document, [&](BlockKind kind, int, int number, const QVector<Run>& runs) {
        QString text;
        for (const Run& run : runs)
            text += run.text;
        text = text.trimmed();
        if (kind == BlockKind::Bullet)
            text.prepend(QStringLiteral("• "));
        else if (kind == BlockKind::Number)
            text.prepend(QString::number(number) + QStringLiteral(". "));
        lines << text;
    });
    return lines.join(QLatin1Char('\n'));
}

QString RichText::toMarkdown(const QString& html, int headingLevel)
{
    QTextDocument document;
    load(document, html);
    QStringList blocks;
    QString list;
    walk(document, [&](BlockKind kind, int level, int number, const QVector<Run>& runs) {
        const QString text = markdownOf(runs).trimmed();
        if (kind == BlockKind::Bullet || kind == BlockKind::Number) {
            list += (kind == BlockKind::Bullet ? QStringLiteral("- ") : QString::number(number) + QStringLiteral(". "))
                    + text + QLatin1Char('\n');
            return;
        }
        if (!list.isEmpty()) {
            blocks << list.trimmed();
            list.clear();
        }
        if (kind == BlockKind::Heading)
            blocks << QString(std::min(6, headingLevel + level - 2), QLatin1Char('#')) + QLatin1Char(' ') + text;
        else
            blocks << text;
    });
    if (!list.isEmpty())
        blocks << list.trimmed();
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace standlab
