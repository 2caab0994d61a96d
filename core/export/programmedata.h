// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmeoptions.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace standlab {

class Store;

// Everything the printed programme shows, copied out of the Store into plain values so that the
// writers never touch the database and can be fed hand-made data.
class ProgrammeData
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeData)

public:
    struct Person
    {
        QString id;
        QString name;
        QString organisation;
    };
    struct Line
    {
        QString id;
        QString name;
        QColor colour;
        bool crossCutting = false;
    };
    struct Space
    {
        QString id;
        QString name;
        QColor colour;
    };
    struct Session
    {
        QString id;
        QString title;
        QString kind;
        QDateTime startsAt;
        QDateTime endsAt;
        QString spaceId;
        QString spaceName;
        QString lineId;
        QString lineName;
        QColor lineColour;
        QVector<Person> speakers;
        QVector<Person> moderators;
        QVector<Line> tags; // cross-cutting working lines
    };
    struct Day
    {
        QDate date;
        QString label;
        QTime opens;
        QTime closes;
        QVector<Session> sessions; // by time, then space order
    };

    QString eventName;
    QString venue;
    QString city;
    QVector<Line> lines;   // every working line, in their order (the cover's colour band)
    QVector<Space> spaces; // the selected spaces, in their order
    QVector<Day> days;     // the selected days that exist in the event or hold sessions

    // Reads the event and the sessions the options select: scheduled sessions only, sorted by day,
    // time and space.
    static ProgrammeData load(const Store& store, const ProgrammeOptions& options);

    int sessionCount() const;
    QDate firstDate() const { return days.isEmpty() ? QDate() : days.first().date; }
    QDate lastDate() const { return days.isEmpty() ? QDate() : days.last().date; }
};

} // namespace standlab
