// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace standlab {

// Whether a session's start and end can be true: every way into the file (bundles, schedule imports,
// sync packages) and every check of a file asks here, so they all refuse the same values.
// A session may be unscheduled (no start, no end); a start without an end is left to the programme.
class SessionTimes
{
    Q_DECLARE_TR_FUNCTIONS(SessionTimes)

public:
    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2200;

    // The text form stored in sessions.starts_at/ends_at (see dbvalue::to(QDateTime)).
    static QString storedFormat() { return QStringLiteral("yyyy-MM-ddTHH:mm"); }

    // Empty when the stored texts (empty or NULL for "not set") are fine, else a readable reason.
    static QString problem(const QString& startsAt, const QString& endsAt);
    // The same for values already parsed; an invalid QDateTime counts as "not set".
    static QString problem(const QDateTime& startsAt, const QDateTime& endsAt);
    // Empty when one stored time is fine (or not set), else why not; `which` names it ("start", "end").
    static QString problemWithText(const QString& text, const QString& which);

private:
    static QString yearProblem(int year, const QString& which);
};

} // namespace standlab
