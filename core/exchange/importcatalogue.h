// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frabschedule.h"
#include "model/person.h"
#include "model/space.h"
#include "model/workingline.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QTime>
#include <QVector>

namespace standlab {

class Store;

// The spaces, working lines, people and days of the event a schedule goes into. It finds what the
// schedule names (by guid, then by name, case-insensitively) and creates what is missing, so a room
// or a person named twice becomes one row; it counts what it created for the import's report.
class ImportCatalogue
{
public:
    explicit ImportCatalogue(Store& store);

    bool line(const QString& name, const QString& colour, QString* id, QString* error);
    bool space(const FrabSchedule::Room& room, QString* id, QString* error);
    bool person(const FrabSchedule::Person& person, QString* id, QString* error);
    // Adds the day unless the event has it; opening hours when both are given and in order.
    bool day(const QDate& date, const QTime& opens, const QTime& closes, QString* error);

    int linesCreated() const { return m_linesCreated; }
    int spacesCreated() const { return m_spacesCreated; }
    int peopleCreated() const { return m_peopleCreated; }
    int daysCreated() const { return m_daysCreated; }

private:
    Store& m_store;
    QVector<WorkingLine> m_lines;
    QVector<Space> m_spaces;
    QVector<Person> m_people;
    QSet<QDate> m_days;
    QHash<QString, QString> m_personByGuid; // a guid of the file → the person it became
    QHash<QString, QString> m_guidOfPerson; // and back
    int m_linesCreated = 0;
    int m_spacesCreated = 0;
    int m_peopleCreated = 0;
    int m_daysCreated = 0;
};

} // namespace standlab
