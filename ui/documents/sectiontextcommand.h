// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QUndoCommand>

namespace standlab {

class EventDocument;

// Typing into a section: its text and who edited it last, as one undo step per burst of typing
// (edits of the same section less than a few seconds apart merge).
class SectionTextCommand : public QUndoCommand
{
public:
    static constexpr int kId = 5001; // beside ui/commands/commandids.h's ids, which stay below 1000

    SectionTextCommand(EventDocument& document, const QString& sectionId, const QString& html, const QString& editor);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QString& html, const QString& editor);

    EventDocument& m_document;
    QString m_sectionId;
    QString m_oldHtml, m_newHtml;
    QString m_oldEditor, m_newEditor;
    QDateTime m_lastEdit;
};

} // namespace standlab
