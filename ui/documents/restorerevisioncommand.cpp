// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorerevisioncommand.h"

#include "document/eventdocument.h"

#include <QObject>

namespace standlab {

RestoreRevisionCommand::RestoreRevisionCommand(EventDocument& document, const DocumentSnapshot& snapshot,
                                               const QString& revisionName)
    : QUndoCommand(QObject::tr("Restore revision “%1”").arg(revisionName)), m_document(document), m_snapshot(snapshot)
{
}

void RestoreRevisionCommand::redo()
{
    QString error;
    m_journal.clear();
    if (!RevisionRestorer(m_document.store()).apply(m_snapshot, &m_journal, &error)) {
        setObsolete(true);
        m_document.reportError(error);
    }
}

void RestoreRevisionCommand::undo()
{
    QString error;
    if (!RevisionRestorer(m_document.store()).revert(m_journal, &error))
        m_document.reportError(error);
}

} // namespace standlab
