// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace standlab {

// The three printed programmes.
enum class ProgrammeFormat { Booklet, Poster, DoorSigns };

// Paper for the booklet and the door signs; the poster is always A3 landscape.
enum class PaperSize { A4, Letter };

// Which part of the programme goes to print and how: an empty list means "all" for days, lines and
// spaces; statuses default to confirmed sessions only, because ideas and proposals are not public.
struct ProgrammeOptions
{
    QList<QDate> days;
    QStringList workingLineIds;
    QStringList spaceIds;
    QStringList statuses = {QStringLiteral("confirmed")};
    PaperSize paper = PaperSize::A4;
    QString language = QStringLiteral("en"); // en, es, ca or fr: the fixed printed labels
    // Door signs only: the signs to print, as "YYYY-MM-DD|space id" (what changed since a release); empty: all.
    QStringList onlySigns;

    bool includesDay(const QDate& day) const { return days.isEmpty() || days.contains(day); }
    bool includesLine(const QString& id) const { return workingLineIds.isEmpty() || workingLineIds.contains(id); }
    bool includesSpace(const QString& id) const { return spaceIds.isEmpty() || spaceIds.contains(id); }
    bool includesStatus(const QString& status) const { return statuses.isEmpty() || statuses.contains(status); }
    bool includesSign(const QDate& day, const QString& spaceId) const
    {
        return onlySigns.isEmpty() || onlySigns.contains(day.toString(Qt::ISODate) + QLatin1Char('|') + spaceId);
    }
};

// The name the UI and the CLI use for the selection part of the options.
using ProgrammeSelection = ProgrammeOptions;

} // namespace standlab
