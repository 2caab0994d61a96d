// SPDX-License-Identifier: GPL-3.0-or-later
#include "richtexteditor.h"

#include "documents/richtext.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace standlab {

RichTextEditor::RichTextEditor(QWidget* parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(false);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit textEdited();
    });
}

QString RichTextEditor::cleanHtml() const
{
    return RichText::fromDocument(*document());
}

void RichTextEditor::setCleanHtml(const QString& html)
{
    const int position = textCursor().position();
    m_loading = true;
    setHtml(html);
    m_loading = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, document()->characterCount() - 1));
    setTextCursor(cursor);
}

void RichTextEditor::insertFromMimeData(const QMimeData* source)
{
    if (source->hasHtml()) {
        textCursor().insertHtml(RichText::sanitise(source->html()));
        return;
    }
    if (source->hasText()) {
        textCursor().insertText(source->text());
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

void RichTextEditor::setHeading(int level)
{
    QTextCursor cursor = textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
}

void RichTextEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
    textCursor().mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void RichTextEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!fontItalic());
    textCursor().mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void RichTextEditor::toggleList(bool numbered)
{
    QTextCursor cursor = textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        QTextBlockFormat block = cursor.blockFormat();
        list->remove(cursor.block());
        block.setIndent(0);
        cursor.setBlockFormat(block);
        return;
    }
    cursor.createList(style);
}

void RichTextEditor::insertLink(const QString& href)
{
    if (!RichText::isSafeLink(href))
        return;
    QTextCursor cursor = textCursor();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setForeground(palette().link());
    format.setFontUnderline(true);
    if (!cursor.hasSelection())
        cursor.insertText(href, format);
    else
        cursor.mergeCharFormat(format);
}

} // namespace standlab
