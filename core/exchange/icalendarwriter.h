// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace standlab {

class ExchangeProgramme;
class Store;
struct ExportRequest;

// Writes scheduled sessions as an iCalendar file (RFC 5545) through libical: one VEVENT per session
// with a UID that is the session's UUID (so a calendar that imports the file again updates instead
// of duplicating), wall-clock times in the event's zone with a VTIMEZONE describing that zone for
// the years involved, and DTSTAMP/LAST-MODIFIED from the session's last change (so exporting twice
// gives the same bytes).
//
// By default a calendar holds confirmed sessions, proposed ones marked TENTATIVE and cancelled ones
// marked CANCELLED: people who added the programme to their calendar earlier must learn that a
// session moved to "maybe" or was called off, which they would not if it silently disappeared.
// Ideas never leave the app. A request's statuses replace the default.
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ICalendarWriter)

public:
    static QStringList defaultStatuses();

    // The calendar text for an already selected schedule.
    static QByteArray calendar(const ExchangeProgramme& data, const QString& calendarName);

    // The registry's "ics" export: the whole programme, --lines/--days/--spaces, or --person.
    static bool write(const Store& store, const ExportRequest& request, QString* error);

    // One person's sessions (whatever their role) as a calendar file: the People page's one-click
    // "calendar of this person". `personId` is the person's id.
    static bool writePersonCalendar(const Store& store, const QString& personId, const QString& path, QString* error);
};

} // namespace standlab
