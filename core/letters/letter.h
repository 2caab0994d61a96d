// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace standlab {

// One letter to one person, with the placeholders filled in and their calendar attached.
struct Letter
{
    QString personId;
    QString personName;
    QString email;    // may be empty: such a letter can be printed, not sent
    QString language; // en, es, ca or fr
    QString subject;
    QString body;
    QByteArray calendar; // iCalendar text of the person's sessions
};

} // namespace standlab
