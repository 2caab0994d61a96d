// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmechanges.h"

#include <QHash>
#include <QStringList>

namespace standlab {

namespace {

bool isPublic(const ProgrammeSnapshot::Session* s)
{
    return s && s->status == QLatin1String("confirmed");
}

QString peopleOf(const ProgrammeSnapshot::Session& s)
{
    QStringList names;
    for (const ProgrammeSnapshot::Person& p : s.people)
        names << p.name;
    return names.join(QStringLiteral(", "));
}

// Who is on stage, ignoring the order they are listed in.
QStringList cast(const ProgrammeSnapshot::Session& s)
{
    QStringList keys;
    for (const ProgrammeSnapshot::Person& p : s.people)
        keys << p.id + QLatin1Char('|') + p.role;
    keys.sort();
    return keys;
}

void addPage(ProgrammeChange& change, const ProgrammeSnapshot::Session& s)
{
    if (s.scheduled())
        change.pages.insert(ProgrammeChanges::pageKey(s.startsAt.date(), s.spaceId));
}

} // namespace

QString ProgrammeChange::key(Kind kind)
{
    switch (kind) {
    case Added: return QStringLiteral("added");
    case Cancelled: return QStringLiteral("cancelled");
    case Removed: return QStringLiteral("removed");
    case Moved: return QStringLiteral("moved");
    case Renamed: return QStringLiteral("renamed");
    case Speakers: return QStringLiteral("speakers");
    }
    return {};
}

QString ProgrammeChange::heading(Kind kind)
{
    switch (kind) {
    case Added: return ProgrammeChanges::tr("Added");
    case Cancelled: return ProgrammeChanges::tr("Cancelled");
    case Removed: return ProgrammeChanges::tr("Removed");
    case Moved: return ProgrammeChanges::tr("Moved");
    case Renamed: return ProgrammeChanges::tr("Renamed");
    case Speakers: return ProgrammeChanges::tr("Speakers changed");
    }
    return {};
}

QString ProgrammeChanges::pageKey(const QDate& day, const QString& spaceId)
{
    return day.toString(Qt::ISODate) + QLatin1Char('|') + spaceId;
}

QString ProgrammeChanges::placeOf(const ProgrammeSnapshot::Session& s)
{
    if (!s.scheduled())
        return tr("unscheduled");
    QString text = s.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (s.endsAt.isValid())
        text += QStringLiteral("\u2013") + s.endsAt.toString(QStringLiteral("HH:mm"));
    if (!s.spaceName.isEmpty())
        text += QStringLiteral(", ") + s.spaceName;
    return text;
}

QVector<ProgrammeChange> ProgrammeChanges::between(const ProgrammeSnapshot& before, const ProgrammeSnapshot& after)
{
    QVector<ProgrammeChange> changes;
    const auto make = [](ProgrammeChange::Kind kind, const ProgrammeSnapshot::Session& s) {
        ProgrammeChange change;
        change.kind = kind;
        change.sessionId = s.id;
        change.title = s.title;
        return change;
    };
    QHash<QString, const ProgrammeSnapshot::Session*> earlier;
    for (const ProgrammeSnapshot::Session& s : before.sessions)
        earlier.insert(s.id, &s);
    QSet<QString> present;
    // In the order of the programme as it is now, then what is gone in the order it had.
    for (const ProgrammeSnapshot::Session& now : after.sessions) {
        present.insert(now.id);
        const ProgrammeSnapshot::Session* then = earlier.value(now.id);
        if (!isPublic(then)) {
            if (isPublic(&now)) {
                ProgrammeChange change = make(ProgrammeChange::Added, now);
                change.after = placeOf(now);
                addPage(change, now);
                changes << change;
            }
            continue;
        }
        if (!isPublic(&now)) {
            const bool cancelled = now.status == QLatin1String("cancelled");
            ProgrammeChange change = make(cancelled ? ProgrammeChange::Cancelled : ProgrammeChange::Removed, now);
            change.before = placeOf(*then);
            change.after = cancelled ? tr("cancelled") : QString();
            addPage(change, *then);
            changes << change;
            continue;
        }
        if (then->startsAt != now.startsAt || then->endsAt != now.endsAt || then->spaceId != now.spaceId) {
            ProgrammeChange change = make(ProgrammeChange::Moved, now);
            change.before = placeOf(*then);
            change.after = placeOf(now);
            addPage(change, *then);
            addPage(change, now);
            changes << change;
        }
        if (then->title != now.title) {
            ProgrammeChange change = make(ProgrammeChange::Renamed, now);
            change.before = then->title;
            change.after = now.title;
            addPage(change, now);
            changes << change;
        }
        if (cast(*then) != cast(now)) {
            ProgrammeChange change = make(ProgrammeChange::Speakers, now);
            change.before = peopleOf(*then);
            change.after = peopleOf(now);
            addPage(change, now);
            changes << change;
        }
    }
    for (const ProgrammeSnapshot::Session& then : before.sessions) {
        if (isPublic(&then) && !present.contains(then.id)) {
            ProgrammeChange change = make(ProgrammeChange::Removed, then);
            change.before = placeOf(then);
            addPage(change, then);
            changes << change;
        }
    }
    return changes;
}

QSet<QString> ProgrammeChanges::pages(const QVector<ProgrammeChange>& changes)
{
    QSet<QString> all;
    for (const ProgrammeChange& change : changes)
        all.unite(change.pages);
    return all;
}

QSet<QDate> ProgrammeChanges::days(const QVector<ProgrammeChange>& changes)
{
    QSet<QDate> all;
    for (const QString& page : pages(changes))
        all.insert(QDate::fromString(page.section(QLatin1Char('|'), 0, 0), Qt::ISODate));
    return all;
}

} // namespace standlab
