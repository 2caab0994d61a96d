// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasebook.h"

#include "model/repository.h"
#include "store/store.h"

#include <QDateTime>
#include <algorithm>

namespace standlab {

std::optional<Release> ReleaseBook::prepare(const QString& name, const QString& note, QString* error) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("A release needs a name (for example “v1”).");
        return std::nullopt;
    }
    for (const Release& existing : list()) {
        if (existing.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            if (error)
                *error = tr("There is already a release named “%1” (made %2); choose another name.")
                             .arg(existing.name, existing.releasedAt);
            return std::nullopt;
        }
    }
    Release release;
    release.id = Store::newId();
    release.name = trimmed;
    release.note = note.trimmed();
    const QDateTime now = QDateTime::currentDateTime();
    release.releasedAt = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    release.snapshot = QString::fromUtf8(ProgrammeSnapshot::fromStore(m_store).toJson());
    return release;
}

std::optional<Release> ReleaseBook::make(Store& store, const QString& name, const QString& note, QString* error)
{
    std::optional<Release> release = ReleaseBook(store).prepare(name, note, error);
    if (!release)
        return std::nullopt;
    if (!Repository<Release>(store).add(*release, error))
        return std::nullopt;
    return release;
}

QVector<Release> ReleaseBook::list() const
{
    QVector<Release> all;
    for (const Row& row : m_store.rows(EntityTraits<Release>::table()))
        all.push_back(Repository<Release>::fromRow(row));
    // Made on several laptops, releases are ordered by when they were made, whatever order they arrived in.
    std::stable_sort(all.begin(), all.end(), [](const Release& a, const Release& b) {
        const QDateTime ta = QDateTime::fromString(a.releasedAt, Qt::ISODate);
        const QDateTime tb = QDateTime::fromString(b.releasedAt, Qt::ISODate);
        if (ta != tb)
            return ta < tb;
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.id < b.id;
    });
    return all;
}

std::optional<Release> ReleaseBook::latest() const
{
    const QVector<Release> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

std::optional<Release> ReleaseBook::find(const QString& nameOrId, QString* error) const
{
    const QString wanted = nameOrId.trimmed();
    const QVector<Release> all = list();
    for (const Release& release : all)
        if (release.id == wanted || release.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return release;
    if (error) {
        QStringList names;
        for (const Release& release : all)
            names << release.name;
        *error = names.isEmpty() ? tr("There is no release “%1”: this event has no releases yet.").arg(wanted)
                                 : tr("There is no release “%1”; the releases are: %2.")
                                       .arg(wanted, names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

std::optional<Release> ReleaseBook::previous(const Release& release) const
{
    const QVector<Release> all = list();
    for (int i = 1; i < all.size(); ++i)
        if (all.at(i).id == release.id)
            return all.at(i - 1);
    return std::nullopt;
}

std::optional<ProgrammeSnapshot> ReleaseBook::snapshot(const Release& release, QString* error) const
{
    QString reason;
    std::optional<ProgrammeSnapshot> snapshot = ProgrammeSnapshot::fromJson(release.snapshot.toUtf8(), &reason);
    if (!snapshot && error)
        *error = tr("Release “%1”: %2").arg(release.name, reason);
    return snapshot;
}

int ReleaseBook::sessionCount(const Release& release)
{
    const std::optional<ProgrammeSnapshot> snapshot = ProgrammeSnapshot::fromJson(release.snapshot.toUtf8(), nullptr);
    return snapshot ? int(snapshot->sessions.size()) : 0;
}

} // namespace standlab
