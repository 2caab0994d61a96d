// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmesnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>

namespace standlab {

// One way a session differs between two versions of the programme.
struct ProgrammeChange
{
    enum Kind { Added, Cancelled, Removed, Moved, Renamed, Speakers };

    Kind kind = Added;
    QString sessionId;
    QString title;  // as it is now, or as it was when the session is gone
    QString before; // readable: a time and space, a title, a list of names
    QString after;
    // The days and spaces whose printed pages show this change ("YYYY-MM-DD|space id"), before and after.
    QSet<QString> pages;

    // added, cancelled, removed, moved, renamed, speakers: the names of the export contract.
    static QString key(Kind kind);
    // The heading for changes of that kind, in the interface language.
    static QString heading(Kind kind);
};

// What changed in the public programme between two versions of it. The public programme is the
// confirmed sessions (what the booklet, poster and signs print): a session that becomes confirmed is
// added, one that becomes cancelled is cancelled, one deleted or taken back to idea or proposal is
// removed. A session in both is moved (day, time or space), renamed, or has other people on stage —
// one entry for each.
class ProgrammeChanges
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ProgrammeChanges)

public:
    static QVector<ProgrammeChange> between(const ProgrammeSnapshot& before, const ProgrammeSnapshot& after);

    // Every printed page the changes touch, and the days alone (the poster prints one page per day).
    static QSet<QString> pages(const QVector<ProgrammeChange>& changes);
    static QSet<QDate> days(const QVector<ProgrammeChange>& changes);
    static QString pageKey(const QDate& day, const QString& spaceId);

    // "2019-11-19 10:00–11:00, Main stage" (or "unscheduled").
    static QString placeOf(const ProgrammeSnapshot::Session& session);
};

} // namespace standlab
