// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

namespace standlab {

// A text editor for section bodies: what is pasted (from a word processor, a web page) keeps headings,
// bold, italics, lists and links and loses the rest, so the stored text stays in the documents' dialect.
class RichTextEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit RichTextEditor(QWidget* parent = nullptr);

    // The content in the documents' dialect (RichText).
    QString cleanHtml() const;
    // Replaces the content, keeping the cursor where it was as far as possible; no textEdited().
    void setCleanHtml(const QString& html);

public slots:
    void setHeading(int level); // 0: a paragraph
    void toggleBold();
    void toggleItalic();
    void toggleList(bool numbered);
    void insertLink(const QString& href);

signals:
    // Only edits by the user (typing, pasting, formatting), never setCleanHtml().
    void textEdited();

protected:
    void insertFromMimeData(const QMimeData* source) override;

private:
    bool m_loading = false;
};

} // namespace standlab
