// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace standlab {

// Which organisations a contacts list shows and in what order; every field empty or -1 means "any".
struct ContactFilter
{
    enum FollowUp { AnyFollowUp, FollowUpSet, FollowUpDue, FollowUpOverdue };
    enum Sort { ByName, ByKind, ByCity, ByCountry, ByAttendance, BySpeak, ByWorkshop, ByFollowUp, ByOwner, ByRequest };

    QString search;       // words matched (accent- and case-insensitive) against name, city, country, notes
    QString kind;         // organisation kind key
    QString country;
    QString attendance;   // attendance key
    int wantsToSpeak = -1;  // -1 any, 0 no, 1 yes
    int wantsWorkshop = -1;
    QString lineId;       // working line requested
    int signatory = -1;   // Declaration of Sharing Cities signatory
    QString owner;        // staff member who owns the follow-up
    FollowUp followUp = AnyFollowUp;
    bool unansweredOnly = false; // wants to speak or run a workshop, and no session made yet
    QDate today;          // what "due" and "overdue" are measured against (invalid: the current date)
    int dueWithinDays = 7; // FollowUpDue: on or before today + this

    Sort sort = ByName;
    bool descending = false;
};

} // namespace standlab
