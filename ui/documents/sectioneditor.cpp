// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectioneditor.h"

#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "documents/richtext.h"
#include "model/vocabulary.h"
#include "richtexteditor.h"
#include "sectiontextcommand.h"
#include "settings/appsettings.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace standlab {

SectionEditor::SectionEditor(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setToolTip(tr("The title of the section"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("sectionStatus"));
    m_status->setToolTip(tr("Draft, in review or adopted"));
    for (const Term& t : Vocabulary::draftStatuses())
        m_status->addItem(t.label, t.key);
    m_lastEditor = new QLabel(this);
    m_lastEditor->setObjectName(QStringLiteral("sectionLastEditor"));
    m_lastEditor->setStyleSheet(QStringLiteral("color: #555"));

    m_text = new RichTextEditor(this);
    m_text->setObjectName(QStringLiteral("sectionText"));
    m_formatBar = new QToolBar(this);
    m_formatBar->setObjectName(QStringLiteral("formatBar"));
    m_formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString& name, const QString& text, const QString& tip, const QKeySequence& key, auto slot) {
        QAction* a = m_formatBar->addAction(text);
        a->setObjectName(name);
        a->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, m_text, slot);
        return a;
    };
    add(QStringLiteral("formatParagraph"), tr("¶"), tr("Plain paragraph"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { m_text->setHeading(0); });
    add(QStringLiteral("formatHeading"), tr("H1"), tr("Heading"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_text->setHeading(2); });
    add(QStringLiteral("formatSubheading"), tr("H2"), tr("Subheading"), QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { m_text->setHeading(3); });
    m_formatBar->addSeparator();
    add(QStringLiteral("formatBold"), tr("B"), tr("Bold"), QKeySequence::Bold, [this] { m_text->toggleBold(); });
    add(QStringLiteral("formatItalic"), tr("I"), tr("Italic"), QKeySequence::Italic, [this] { m_text->toggleItalic(); });
    m_formatBar->addSeparator();
    add(QStringLiteral("formatBullets"), tr("• List"), tr("Bulleted list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        [this] { m_text->toggleList(false); });
    add(QStringLiteral("formatNumbers"), tr("1. List"), tr("Numbered list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
        [this] { m_text->toggleList(true); });
    add(QStringLiteral("formatLink"), tr("Link…"), tr("Link the selected text to a web address"),
        QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
            const QString href = QInputDialog::getText(this, tr("Link"), tr("Web address (https://…):"));
            m_text->insertLink(href.trimmed());
        });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_lastEditor);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_text, 1);

    connect(m_text, &RichTextEditor::textEdited, this, &SectionEditor::saveText);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& title) {
        const bool isSection = !m_sectionId.isEmpty();
        m_document.push(new SetFieldCommand(m_document, isSection ? QStringLiteral("sections") : QStringLiteral("documents"),
                                            isSection ? m_sectionId : m_documentId, {{QStringLiteral("title"), title}},
                                            isSection ? tr("Rename section") : tr("Rename document")));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const bool isSection = !m_sectionId.isEmpty();
        m_document.push(new SetFieldCommand(m_document, isSection ? QStringLiteral("sections") : QStringLiteral("documents"),
                                            isSection ? m_sectionId : m_documentId,
                                            {{QStringLiteral("status"), m_status->currentData()}},
                                            isSection ? tr("Set section status") : tr("Set document status")));
    });
    auto* watcher = new StoreWatcher(document.store(), {QStringLiteral("sections"), QStringLiteral("documents")}, this);
    connect(watcher, &StoreWatcher::changed, this, &SectionEditor::reload);
    reload();
}

void SectionEditor::setSection(const QString& sectionId)
{
    m_sectionId = sectionId;
    const std::optional<Row> row = m_document.store().row(QStringLiteral("sections"), sectionId);
    if (row)
        m_documentId = row->value(QStringLiteral("document_id")).toString();
    m_text->document()->clearUndoRedoStacks();
    reload();
}

void SectionEditor::setDocument(const QString& documentId)
{
    m_sectionId.clear();
    m_documentId = documentId;
    reload();
}

void SectionEditor::reload()
{
    const bool isSection = !m_sectionId.isEmpty();
    const std::optional<Row> row = isSection ? m_document.store().row(QStringLiteral("sections"), m_sectionId)
                                             : m_document.store().row(QStringLiteral("documents"), m_documentId);
    setEnabled(row.has_value());
    m_text->setVisible(isSection);
    m_formatBar->setVisible(isSection);
    const Row values = row.value_or(Row());
    const QString title = values.value(QStringLiteral("title")).toString();
    if (m_title->text() != title)
        m_title->setText(title);
    {
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(std::max(0, m_status->findData(values.value(QStringLiteral("status")))));
    }
    const QString editor = values.value(QStringLiteral("last_editor")).toString();
    m_lastEditor->setVisible(isSection);
    m_lastEditor->setText(editor.isEmpty() ? tr("Not edited yet") : tr("Last edited on %1").arg(editor));
    // Only replace the text when the stored one differs (an undo, another page, a merge): reloading
    // after our own keystroke would move the cursor.
    const QString html = values.value(QStringLiteral("body_html")).toString();
    if (isSection && m_text->cleanHtml() != RichText::sanitise(html))
        m_text->setCleanHtml(html);
}

void SectionEditor::saveText()
{
    if (m_sectionId.isEmpty())
        return;
    // Read each time, so a name changed in Preferences applies at once.
    const QString editor = m_editorName.isEmpty() ? AppSettings::laptopName() : m_editorName;
    m_document.push(new SectionTextCommand(m_document, m_sectionId, m_text->cleanHtml(), editor));
}

} // namespace standlab
