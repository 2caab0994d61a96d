// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentrevisions.h"

#include "model/repository.h"
#include "store/store.h"

#include <QDateTime>
#include <algorithm>

namespace standlab {

std::optional<Revision> DocumentRevisions::prepare(const QString& documentId, const QString& name,
                                                   QString* error) const
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A revision needs a name.");
        return std::nullopt;
    }
    std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::fromStore(m_store, documentId);
    if (!snapshot) {
        if (error)
            *error = tr("There is no such document in this file.");
        return std::nullopt;
    }
    Revision revision;
    revision.id = Store::newId();
    revision.documentId = documentId;
    revision.name = name.trimmed();
    revision.takenAt = QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                           .toString(Qt::ISODate);
    revision.snapshot = QString::fromUtf8(snapshot->toJson());
    return revision;
}

std::optional<Revision> DocumentRevisions::save(const QString& documentId, const QString& name, QString* error)
{
    std::optional<Revision> revision = prepare(documentId, name, error);
    if (!revision)
        return std::nullopt;
    if (!Repository<Revision>(m_store).add(*revision, error))
        return std::nullopt;
    return revision;
}

QVector<Revision> DocumentRevisions::list(const QString& documentId) const
{
    QVector<Revision> all = Repository<Revision>(m_store).where(QStringLiteral("document_id = ?"), {documentId});
    std::stable_sort(all.begin(), all.end(), [](const Revision& a, const Revision& b) {
        const QDateTime ta = QDateTime::fromString(a.takenAt, Qt::ISODate);
        const QDateTime tb = QDateTime::fromString(b.takenAt, Qt::ISODate);
        if (ta != tb)
            return ta < tb;
        return a.updatedAt < b.updatedAt;
    });
    return all;
}

std::optional<Revision> DocumentRevisions::find(const QString& revisionId) const
{
    return Repository<Revision>(m_store).find(revisionId);
}

std::optional<Revision> DocumentRevisions::findByName(const QString& documentId, const QString& name) const
{
    const QVector<Revision> all = list(documentId);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (it->name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 || it->id == name)
            return *it;
    return std::nullopt;
}

std::optional<DocumentSnapshot> DocumentRevisions::snapshot(const Revision& revision, QString* error) const
{
    std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::fromJson(revision.snapshot.toUtf8(), error);
    if (snapshot)
        snapshot->resolveNames(m_store);
    return snapshot;
}

std::optional<Document> DocumentRevisions::findDocument(const QString& nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    QVector<Document> documents = Repository<Document>(m_store).all();
    std::stable_sort(documents.begin(), documents.end(),
                     [](const Document& a, const Document& b) { return a.position < b.position; });
    for (const Document& d : documents)
        if (d.id == wanted || d.title.compare(wanted, Qt::CaseInsensitive) == 0)
            return d;
    for (const Document& d : documents)
        if (d.kind == wanted)
            return d;
    // A unique prefix of a title is enough on the command line ("2020 Action Plan").
    std::optional<Document> match;
    for (const Document& d : documents) {
        if (!wanted.isEmpty() && d.title.startsWith(wanted, Qt::CaseInsensitive)) {
            if (match)
                return std::nullopt;
            match = d;
        }
    }
    return match;
}

} // namespace standlab
