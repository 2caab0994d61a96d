// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/section.h"
#include "model/session.h"
#include "model/sessionnote.h"

#include <QCoreApplication>
#include <QVector>

class QUndoCommand;

namespace standlab {

class EventDocument;

// Turns a note taken in a session into Action Plan material in one undoable step: an action linked to
// the session (actions + action_sessions), or a paragraph appended to a section's text.
class NoteConversion
{
    Q_DECLARE_TR_FUNCTIONS(standlab::NoteConversion)

public:
    // The sections a note can go to, Action Plan first, each with its document's title.
    struct Target
    {
        Section section;
        QString documentTitle;
        bool actionPlan = false;
    };
    static QVector<Target> targets(EventDocument& document);
    // The section that suits the session best: the Action Plan section of its working line.
    static QString suggestedSection(EventDocument& document, const QVector<Target>& targets, const Session& session);

    // The undo commands; the caller pushes them. `newRowId` receives the action's id.
    static QUndoCommand* toAction(EventDocument& document, const SessionNote& note, const QString& sectionId,
                                  QString* newRowId = nullptr);
    static QUndoCommand* toParagraph(EventDocument& document, const SessionNote& note, const QString& sectionId);

    // A one-line title from the note's first sentence.
    static QString actionTitle(const QString& body);
    // Where the text came from, for the action's description and the paragraph.
    static QString sourceLine(const Session& session);
};

} // namespace standlab
