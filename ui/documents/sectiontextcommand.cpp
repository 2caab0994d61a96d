// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectiontextcommand.h"

#include "document/eventdocument.h"
#include "store/store.h"

namespace standlab {

SectionTextCommand::SectionTextCommand(EventDocument& document, const QString& sectionId, const QString& html,
                                       const QString& editor)
    : QUndoCommand(QObject::tr("Edit section text")), m_document(document), m_sectionId(sectionId), m_newHtml(html),
      m_newEditor(editor), m_lastEdit(QDateTime::currentDateTimeUtc())
{
    const std::optional<Row> row = document.store().row(QStringLiteral("sections"), sectionId);
    m_oldHtml = row ? row->value(QStringLiteral("body_html")).toString() : QString();
    m_oldEditor = row ? row->value(QStringLiteral("last_editor")).toString() : QString();
    if (!row || m_oldHtml == m_newHtml)
        setObsolete(true);
}

void SectionTextCommand::apply(const QString& html, const QString& editor)
{
    QString error;
    if (!m_document.store().update(QStringLiteral("sections"), m_sectionId,
                                   {{QStringLiteral("body_html"), html}, {QStringLiteral("last_editor"), editor}},
                                   &error)) {
        setObsolete(true);
        m_document.reportError(error);
    }
}

void SectionTextCommand::redo()
{
    if (!isObsolete())
        apply(m_newHtml, m_newEditor);
}

void SectionTextCommand::undo()
{
    apply(m_oldHtml, m_oldEditor);
}

bool SectionTextCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SectionTextCommand*>(other);
    if (next->isObsolete() || next->m_sectionId != m_sectionId || m_lastEdit.msecsTo(next->m_lastEdit) > 3000)
        return false;
    m_newHtml = next->m_newHtml;
    m_newEditor = next->m_newEditor;
    m_lastEdit = next->m_lastEdit;
    if (m_newHtml == m_oldHtml)
        setObsolete(true);
    return true;
}

} // namespace standlab
