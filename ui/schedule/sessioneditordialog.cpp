// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioneditordialog.h"

#include "document/eventdocument.h"
#include "widgets/sessioneditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace standlab {

SessionEditorDialog::SessionEditorDialog(EventDocument& document, const QString& sessionId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sessionEditorDialog"));
    setWindowTitle(tr("Session"));
    auto* layout = new QVBoxLayout(this);
    m_editor = new SessionEditor(document, this);
    m_editor->setObjectName(QStringLiteral("sessionEditorDialogEditor"));
    m_editor->setSessionId(sessionId);
    layout->addWidget(m_editor, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("sessionEditorDialogButtons"));
    // Undo and redo stay reachable from the dialog: the window's own shortcuts are behind it.
    auto* undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    undo->setObjectName(QStringLiteral("sessionEditorUndo"));
    undo->setEnabled(document.undoStack().canUndo());
    connect(&document.undoStack(), &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(undo, &QPushButton::clicked, &document.undoStack(), &QUndoStack::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 680);
}

QString SessionEditorDialog::sessionId() const
{
    return m_editor->sessionId();
}

} // namespace standlab
