// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaseactions.h"

#include "changesdialog.h"
#include "document/eventdocument.h"
#include "lettersdialog.h"
#include "releasedialog.h"

#include <QAction>
#include <QMenu>

namespace standlab {

ReleaseActions::ReleaseActions(EventDocument& document, QWidget* window)
    : QObject(window), m_document(document), m_window(window), m_menu(new QMenu(tr("&Programme"), window))
{
    m_menu->setObjectName(QStringLiteral("programmeMenu"));
    auto add = [this](const QString& name, const QString& text, const QString& tip) {
        QAction* action = m_menu->addAction(text);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    QAction* release = add(QStringLiteral("actionRelease"), tr("&Release…"),
                           tr("Keep the programme as it is now under a name, e.g. when it goes to print"));
    release->setEnabled(!m_document.isReadOnly());
    connect(release, &QAction::triggered, this, [this] {
        ReleaseDialog dialog(m_document, m_window);
        dialog.exec();
    });
    connect(add(QStringLiteral("actionWhatChanged"), tr("&What changed since…"),
                tr("The sessions added, cancelled, removed, moved, renamed or with other speakers since a release")),
            &QAction::triggered, this, [this] {
                ChangesDialog dialog(m_document, m_window);
                dialog.exec();
            });
    m_menu->addSeparator();
    connect(add(QStringLiteral("actionLetters"), tr("&Letters to speakers…"),
                tr("Write every speaker where and when to be: e-mail drafts with their calendar, or letters to print")),
            &QAction::triggered, this, [this] {
                LettersDialog dialog(m_document, m_window);
                dialog.exec();
            });
}

} // namespace standlab
