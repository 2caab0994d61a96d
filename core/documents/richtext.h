// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace standlab {

// The small rich-text dialect of outcome documents: paragraphs, headings (h2–h4), bold, italics,
// bulleted and numbered lists, and web or mail links. Anything pasted from a word processor is reduced
// to this (styles, fonts, colours, images, tables and scripts are dropped, their text kept), so what is
// stored is short, merges cleanly between laptops and exports the same way to PDF and Markdown.
class RichText
{
public:
    // Clean HTML of the supported subset from any HTML.
    static QString sanitise(const QString& html);
    // Clean HTML of what a QTextDocument holds (the editor's content).
    static QString fromDocument(const QTextDocument& document);
    // Readable plain text: one line per paragraph, "• " or "1. " before list items.
    static QString toPlainText(const QString& html);
    // Markdown of the same text; headings are nested below `headingLevel` (the section's own level).
    static QString toMarkdown(const QString& html, int headingLevel = 2);
    // Whether a link may be kept: http, https and mailto only.
    static bool isSafeLink(const QString& href);
    // Text for any Markdown context (headings, table cells, list items): every character Markdown gives
    // a meaning inline is backslash-escaped, and so is what would start a block at the start of a line
    // (a list marker, a numbered item, a setext underline), so text can never become a link, an
    // image, emphasis, HTML or a heading.
    static QString markdownText(const QString& text);
    // A link target for `[text](target)`: empty unless isSafeLink(); otherwise percent-encoded so that
    // no space, parenthesis, bracket, angle bracket or backslash can end the target early and start
    // another link.
    static QString markdownLinkTarget(const QString& href);
};

} // namespace standlab
