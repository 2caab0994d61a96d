// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "document/eventdocument.h"
#include "model/action.h"
#include "model/document.h"
#include "model/repository.h"
#include "model/section.h"
#include "settings/appsettings.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace standlab {

NotesPanel::NotesPanel(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("standNotesTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("standNotesList"));
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Notes taken in this session; Delete removes the selected one"));
    m_list->setAccessibleName(tr("Notes of the session"));
    auto* remove = new QAction(tr("Remove note"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, &NotesPanel::removeCurrentNote);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("standNoteEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Type a note; Ctrl+Return adds it"));
    m_editor->setToolTip(tr("A quick note about this session; Ctrl+Return adds it"));
    m_editor->setAccessibleName(tr("New note"));
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 5);
    auto* submit = new QAction(this);
    submit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submit->setShortcutContext(Qt::WidgetShortcut);
    m_editor->addAction(submit);
    connect(submit, &QAction::triggered, this, &NotesPanel::addNoteFromEditor);

    m_add = new QPushButton(tr("A&dd note"), this);
    m_add->setObjectName(QStringLiteral("standAddNote"));
    m_add->setToolTip(tr("Add the note (Ctrl+Return in the text)"));
    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNoteFromEditor);

    m_sections = new QComboBox(this);
    m_sections->setObjectName(QStringLiteral("standSectionCombo"));
    // Section names are long: the combo must not make the page wider than a laptop screen.
    m_sections->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sections->setMinimumContentsLength(16);
    m_sections->setToolTip(tr("The section an action or paragraph made from a note goes to"));
    auto* sectionLabel = new QLabel(tr("&Goes to:"), this);
    sectionLabel->setBuddy(m_sections);

    m_toAction = new QPushButton(tr("Make an action (Alt+A)"), this);
    m_toAction->setObjectName(QStringLiteral("standNoteToAction"));
    m_toAction->setToolTip(tr("Turn the selected note into an action of that section, linked to the session"));
    connect(m_toAction, &QPushButton::clicked, this, &NotesPanel::convertToAction);
    m_toParagraph = new QPushButton(tr("Add as paragraph (Alt+P)"), this);
    m_toParagraph->setObjectName(QStringLiteral("standNoteToParagraph"));
    m_toParagraph->setToolTip(tr("Append the selected note to that section's text, naming the session"));
    connect(m_toParagraph, &QPushButton::clicked, this, &NotesPanel::convertToParagraph);

    // Explicit shortcuts as well as the mnemonics, so they work from the note text too.
    auto* actionShortcut = new QAction(this);
    actionShortcut->setShortcut(QKeySequence(Qt::ALT | Qt::Key_A));
    actionShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(actionShortcut, &QAction::triggered, this, &NotesPanel::convertToAction);
    auto* paragraphShortcut = new QAction(this);
    paragraphShortcut->setShortcut(QKeySequence(Qt::ALT | Qt::Key_P));
    paragraphShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(paragraphShortcut, &QAction::triggered, this, &NotesPanel::convertToParagraph);
    addActions({actionShortcut, paragraphShortcut});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("standNoteStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #2e5d3a;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(sectionLabel);
    targetRow->addWidget(m_sections, 1);
    layout->addLayout(targetRow);
    auto* convertRow = new QHBoxLayout;
    convertRow->addWidget(m_toAction);
    convertRow->addWidget(m_toParagraph);
    convertRow->addStretch(1);
    layout->addLayout(convertRow);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, &NotesPanel::updateButtons);
    connect(&document.store(), &Store::rowChanged, this, [this](const QString& table) {
        if (table == Repository<SessionNote>::table())
            reloadNotes();
        else if (table == Repository<Section>::table() || table == Repository<Document>::table())
            reloadTargets();
    });
    connect(&document.store(), &Store::reset, this, [this] {
        reloadTargets();
        reloadNotes();
    });
    reloadTargets();
    setSession({});
}

void NotesPanel::setSession(const QString& sessionId)
{
    m_sessionId = sessionId;
    const auto session = Repository<Session>(m_document.store()).find(sessionId);
    m_title->setText(session ? tr("Notes — %1").arg(session->title) : tr("Notes — choose a session"));
    m_editor->setEnabled(session.has_value() && !m_document.isReadOnly());
    if (session) {
        const QString suggested = NoteConversion::suggestedSection(m_document, m_targets, *session);
        const int at = m_sections->findData(suggested);
        if (at >= 0)
            m_sections->setCurrentIndex(at);
    }
    m_status->clear();
    reloadNotes();
}

void NotesPanel::reloadTargets()
{
    const QString current = m_sections->currentData().toString();
    m_targets = NoteConversion::targets(m_document);
    m_sections->clear();
    for (const auto& t : m_targets)
        m_sections->addItem(QStringLiteral("%1 › %2").arg(t.documentTitle, t.section.title), t.section.id);
    const int at = m_sections->findData(current);
    m_sections->setCurrentIndex(at >= 0 ? at : 0);
    updateButtons();
}

void NotesPanel::reloadNotes()
{
    const QString selected = currentNoteId();
    m_list->clear();
    if (!m_sessionId.isEmpty()) {
        for (const SessionNote& note : Repository<SessionNote>(m_document.store())
                                           .where(QStringLiteral("session_id = ?"), {m_sessionId},
                                                  QStringLiteral("written_at, created_at"))) {
            const QString time = note.writtenAt.mid(11, 5);
            const QString who = note.author.isEmpty() ? QString() : QStringLiteral(" · ") + note.author;
            auto* item = new QListWidgetItem(QStringLiteral("%1%2\n%3").arg(time, who, note.body), m_list);
            item->setData(Qt::UserRole, note.id);
            item->setToolTip(note.body);
        }
    }
    if (!selected.isEmpty())
        selectNote(selected);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(m_list->count() - 1);
    updateButtons();
}

void NotesPanel::updateButtons()
{
    const bool can = currentNote().has_value() && m_sections->count() > 0 && !m_document.isReadOnly();
    m_toAction->setEnabled(can);
    m_toParagraph->setEnabled(can);
    m_add->setEnabled(!m_sessionId.isEmpty() && !m_document.isReadOnly());
}

QString NotesPanel::currentNoteId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NotesPanel::selectNote(const QString& noteId)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == noteId)
            m_list->setCurrentRow(i);
}

std::optional<SessionNote> NotesPanel::currentNote() const
{
    const QString id = currentNoteId();
    if (id.isEmpty())
        return std::nullopt;
    return Repository<SessionNote>(m_document.store()).find(id);
}

bool NotesPanel::addNote(const QString& text)
{
    if (m_sessionId.isEmpty() || text.trimmed().isEmpty() || m_document.isReadOnly())
        return false;
    SessionNote note;
    note.sessionId = m_sessionId;
    const QDateTime now = m_wallNow ? m_wallNow() : QDateTime::currentDateTime();
    note.writtenAt = now.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    note.author = AppSettings::laptopName();
    note.body = text.trimmed();
    auto* command = new InsertRowCommand(m_document, Repository<SessionNote>::table(),
                                         Repository<SessionNote>::toRow(note), tr("Add a note"));
    const QString id = command->rowId();
    m_document.push(command);
    selectNote(id);
    return currentNoteId() == id;
}

bool NotesPanel::addNoteFromEditor()
{
    if (!addNote(m_editor->toPlainText()))
        return false;
    m_editor->clear();
    m_status->setText(tr("Note added. Alt+A makes it an action, Alt+P a paragraph."));
    return true;
}

bool NotesPanel::convertToAction()
{
    const auto note = currentNote();
    const QString sectionId = m_sections->currentData().toString();
    if (!note || sectionId.isEmpty() || m_document.isReadOnly())
        return false;
    QString actionId;
    QUndoCommand* command = NoteConversion::toAction(m_document, *note, sectionId, &actionId);
    const QString text = command->text();
    m_document.push(command);
    if (!Repository<Action>(m_document.store()).find(actionId))
        return false;
    m_lastActionId = actionId;
    m_status->setText(tr("%1 — in %2. Ctrl+Z undoes it.").arg(text, m_sections->currentText()));
    emit statusMessage(m_status->text());
    return true;
}

bool NotesPanel::convertToParagraph()
{
    const auto note = currentNote();
    const QString sectionId = m_sections->currentData().toString();
    if (!note || sectionId.isEmpty() || m_document.isReadOnly())
        return false;
    QUndoCommand* command = NoteConversion::toParagraph(m_document, *note, sectionId);
    m_status->setText(tr("%1. Ctrl+Z undoes it.").arg(command->text()));
    m_document.push(command);
    emit statusMessage(m_status->text());
    return true;
}

bool NotesPanel::removeCurrentNote()
{
    const QString id = currentNoteId();
    if (id.isEmpty() || m_document.isReadOnly())
        return false;
    m_document.push(new RemoveRowCommand(m_document, Repository<SessionNote>::table(), id, tr("Remove a note")));
    return true;
}

} // namespace standlab
