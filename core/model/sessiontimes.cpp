// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontimes.h"

#include <QRegularExpression>

namespace standlab {

namespace {

QString whichLabel(const QString& which)
{
    return which == QLatin1String("end") ? SessionTimes::tr("end") : SessionTimes::tr("start");
}

} // namespace

QString SessionTimes::yearProblem(int year, const QString& which)
{
    if (year >= firstYear && year <= lastYear)
        return {};
    return tr("the %1 is in the year %2, outside %3–%4")
        .arg(whichLabel(which))
        .arg(year)
        .arg(firstYear)
        .arg(lastYear);
}

QString SessionTimes::problemWithText(const QString& text, const QString& which)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The year is read on its own first: Qt cannot hold year 0 or five-digit years, and "unparseable"
    // would hide that the real fault is the year.
    static const QRegularExpression yearPrefix(QStringLiteral("^([+-]?\\d{1,9})-\\d"));
    const QRegularExpressionMatch match = yearPrefix.match(trimmed);
    if (match.hasMatch()) {
        const QString problem = yearProblem(match.captured(1).toInt(), which);
        if (!problem.isEmpty())
            return problem;
    }
    const QDateTime value = QDateTime::fromString(trimmed, storedFormat());
    if (!value.isValid())
        return tr("the %1 “%2” is not a date and time (expected %3)")
            .arg(whichLabel(which), trimmed.left(40), QStringLiteral("YYYY-MM-DDTHH:MM"));
    return {};
}

QString SessionTimes::problem(const QString& startsAt, const QString& endsAt)
{
    QString reason = problemWithText(startsAt, QStringLiteral("start"));
    if (reason.isEmpty())
        reason = problemWithText(endsAt, QStringLiteral("end"));
    if (!reason.isEmpty())
        return reason;
    if (startsAt.trimmed().isEmpty() || endsAt.trimmed().isEmpty())
        return {};
    const QDateTime start = QDateTime::fromString(startsAt.trimmed(), storedFormat());
    const QDateTime end = QDateTime::fromString(endsAt.trimmed(), storedFormat());
    return problem(start, end);
}

QString SessionTimes::problem(const QDateTime& startsAt, const QDateTime& endsAt)
{
    if (startsAt.isValid()) {
        const QString reason = yearProblem(startsAt.date().year(), QStringLiteral("start"));
        if (!reason.isEmpty())
            return reason;
    }
    if (endsAt.isValid()) {
        const QString reason = yearProblem(endsAt.date().year(), QStringLiteral("end"));
        if (!reason.isEmpty())
            return reason;
    }
    if (startsAt.isValid() && endsAt.isValid() && endsAt < startsAt)
        return tr("it ends (%1) before it starts (%2)")
            .arg(endsAt.toString(storedFormat()), startsAt.toString(storedFormat()));
    return {};
}

} // namespace standlab
