// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace standlab {

class EventDocument;

// Sets one event-wide setting kept in the file's meta table (e.g. the call for initiatives closed).
class SetMetaCommand : public QUndoCommand
{
public:
    SetMetaCommand(EventDocument& document, const QString& key, const QString& value, const QString& text);

    void redo() override;
    void undo() override;

private:
    EventDocument& m_document;
    QString m_key;
    QString m_old;
    QString m_new;
};

} // namespace standlab
