// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsnapshot.h"
#include "model/revision.h"

#include <QCoreApplication>
#include <optional>

namespace standlab {

class Store;

// The saved revisions of outcome documents: taking one (an immutable snapshot), listing and finding them.
// Revisions are only ever added: nothing here updates or deletes one, and restoring a revision writes
// the document's rows, never the revision.
class DocumentRevisions
{
    Q_DECLARE_TR_FUNCTIONS(standlab::DocumentRevisions)

public:
    explicit DocumentRevisions(Store& store) : m_store(store) {}

    // The row a new revision would be (for an undoable insert); nullopt when the document is missing
    // or the name is empty.
    std::optional<Revision> prepare(const QString& documentId, const QString& name, QString* error) const;
    // Prepares and stores a revision in one step (CLI, tests).
    std::optional<Revision> save(const QString& documentId, const QString& name, QString* error);

    // Oldest first.
    QVector<Revision> list(const QString& documentId) const;
    std::optional<Revision> find(const QString& revisionId) const;
    // The most recent revision of that name (names need not be unique).
    std::optional<Revision> findByName(const QString& documentId, const QString& name) const;
    std::optional<DocumentSnapshot> snapshot(const Revision& revision, QString* error = nullptr) const;

    // A document by its title (case-insensitive), its kind key ("action_plan") or its id.
    std::optional<Document> findDocument(const QString& nameOrId) const;

private:
    Store& m_store;
};

} // namespace standlab
