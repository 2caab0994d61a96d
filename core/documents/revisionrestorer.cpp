// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionrestorer.h"

#include "model/repository.h"
#include "store/store.h"

#include <QSet>

namespace standlab {

QVariant RevisionRestorer::existingOrNull(const QString& table, const QString& id) const
{
    // A working line or organisation deleted since the snapshot cannot be referred to again.
    if (id.isEmpty() || !m_store.row(table, id))
        return QVariant();
    return id;
}

bool RevisionRestorer::sync(const QString& table, const Row& wanted, Journal* journal, QString* error)
{
    const QString id = wanted.value(QStringLiteral("id")).toString();
    const std::optional<Row> current = m_store.row(table, id);
    if (!current) {
        if (m_store.insert(table, wanted, error).isEmpty())
            return false;
        journal->push_back({Step::Kind::Inserted, table, id, {}, {}});
        return true;
    }
    Row changes, old;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        const QVariant now = current->value(it.key());
        if (now.toString() != it.value().toString() || now.isNull() != it.value().isNull()) {
            changes.insert(it.key(), it.value());
            old.insert(it.key(), now);
        }
    }
    if (changes.isEmpty())
        return true;
    if (!m_store.update(table, id, changes, error))
        return false;
    journal->push_back({Step::Kind::Updated, table, id, old, {}});
    return true;
}

bool RevisionRestorer::syncLinks(const QString& table, const QString& column, const QString& actionId,
                                 const QStringList& wanted, const QString& targetTable, Journal* journal,
                                 QString* error)
{
    QSet<QString> have;
    for (const Row& row : m_store.rows(table, QStringLiteral("action_id = ?"), {actionId})) {
        const QString target = row.value(column).toString();
        if (wanted.contains(target) && !have.contains(target)) {
            have.insert(target);
            continue;
        }
        const QString id = row.value(QStringLiteral("id")).toString();
        const std::optional<RowSet> removed = m_store.remove(table, id, error);
        if (!removed)
            return false;
        journal->push_back({Step::Kind::Removed, table, id, {}, *removed});
    }
    for (const QString& target : wanted) {
        if (have.contains(target) || existingOrNull(targetTable, target).isNull())
            continue;
        have.insert(target);
        const Row row{{QStringLiteral("id"), Store::newId()},
                      {QStringLiteral("action_id"), actionId},
                      {column, target}};
        if (!sync(table, row, journal, error))
            return false;
    }
    return true;
}

bool RevisionRestorer::apply(const DocumentSnapshot& snapshot, Journal* journal, QString* error)
{
    Journal local;
    Store::Transaction transaction(m_store);
    const QString documentId = snapshot.document.id;
    if (!m_store.row(QStringLiteral("documents"), documentId)) {
        if (error)
            *error = tr("The document of this revision is no longer in the file.");
        return false;
    }
    Row documentRow{{QStringLiteral("id"), documentId},
                    {QStringLiteral("title"), snapshot.document.title},
                    {QStringLiteral("status"), snapshot.document.status}};
    if (!sync(QStringLiteral("documents"), documentRow, &local, error))
        return false;

    QSet<QString> keptSections, keptActions;
    // Parents before children, so every parent exists when its child is put back.
    for (const DocumentSnapshot::Entry& entry : snapshot.orderedSections()) {
        Row row = Repository<Section>::toRow(entry.section);
        row.insert(QStringLiteral("document_id"), documentId);
        row.insert(QStringLiteral("working_line_id"),
                   existingOrNull(QStringLiteral("working_lines"), entry.section.workingLineId));
        if (!sync(QStringLiteral("sections"), row, &local, error))
            return false;
        keptSections.insert(entry.section.id);
    }
    for (const Action& action : snapshot.actions) {
        if (!keptSections.contains(action.sectionId))
            continue;
        Row row = Repository<Action>::toRow(action);
        row.insert(QStringLiteral("working_line_id"),
                   existingOrNull(QStringLiteral("working_lines"), action.workingLineId));
        row.insert(QStringLiteral("lead_organisation_id"),
                   existingOrNull(QStringLiteral("organisations"), action.leadOrganisationId));
        if (!sync(QStringLiteral("actions"), row, &local, error))
            return false;
        keptActions.insert(action.id);
        if (!snapshot.hasLinks)
            continue;
        if (!syncLinks(QStringLiteral("action_partners"), QStringLiteral("organisation_id"), action.id,
                       snapshot.partners.value(action.id), QStringLiteral("organisations"), &local, error)
            || !syncLinks(QStringLiteral("action_sessions"), QStringLiteral("session_id"), action.id,
                          snapshot.sessions.value(action.id), QStringLiteral("sessions"), &local, error))
            return false;
    }
    // What was added since the snapshot goes last, once nothing kept hangs below it any more.
    const QVector<Row> sections = m_store.rows(QStringLiteral("sections"), QStringLiteral("document_id = ?"), {documentId});
    for (const Row& section : sections) {
        const QString sectionId = section.value(QStringLiteral("id")).toString();
        for (const Row& action : m_store.rows(QStringLiteral("actions"), QStringLiteral("section_id = ?"), {sectionId})) {
            const QString actionId = action.value(QStringLiteral("id")).toString();
            if (keptActions.contains(actionId))
                continue;
            const std::optional<RowSet> removed = m_store.remove(QStringLiteral("actions"), actionId, error);
            if (!removed)
                return false;
            local.push_back({Step::Kind::Removed, QStringLiteral("actions"), actionId, {}, *removed});
        }
    }
    for (const Row& section : sections) {
        const QString sectionId = section.value(QStringLiteral("id")).toString();
        if (keptSections.contains(sectionId) || !m_store.row(QStringLiteral("sections"), sectionId))
            continue;
        const std::optional<RowSet> removed = m_store.remove(QStringLiteral("sections"), sectionId, error);
        if (!removed)
            return false;
        local.push_back({Step::Kind::Removed, QStringLiteral("sections"), sectionId, {}, *removed});
    }
    if (!transaction.commit(error))
        return false;
    *journal = local;
    return true;
}

bool RevisionRestorer::revert(const Journal& journal, QString* error)
{
    Store::Transaction transaction(m_store);
    for (auto it = journal.crbegin(); it != journal.crend(); ++it) {
        switch (it->kind) {
        case Step::Kind::Inserted:
            if (m_store.row(it->table, it->id) && !m_store.remove(it->table, it->id, error))
                return false;
            break;
        case Step::Kind::Updated:
            if (!m_store.update(it->table, it->id, it->oldValues, error))
                return false;
            break;
        case Step::Kind::Removed:
            if (!m_store.restore(it->removed, error))
                return false;
            break;
        }
    }
    return transaction.commit(error);
}

} // namespace standlab
