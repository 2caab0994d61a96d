// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frabschedule.h"
#include "model/eventday.h"
#include "store/rowset.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTime>
#include <QVector>

namespace standlab {

class Store;
struct Person;

// The spaces, working lines, people and days of the event a schedule goes into. It finds what the
// schedule names (by guid, then by name, case-insensitively) and creates what is missing, so a room
// or a person named twice becomes one row; it counts what it created for the import's report.
//
// Every lookup is a hash and every new row gets its id at once but is written by flush(), one
// statement per table: a schedule of 100,000 rooms took minutes with a scan and a row-by-row insert
// for each of them.
class ImportCatalogue
{
public:
    // `source` names the schedule (its acronym or title): people's numeric ids are only matched
    // within one source, as two conferences number their speakers each their own way.
    ImportCatalogue(Store& store, const QString& source);

    // Each sets `id` to the row's id (empty for an empty line name).
    void line(const QString& name, const QString& colour, QString* id);
    void space(const FrabSchedule::Room& room, QString* id);
    void person(const FrabSchedule::Person& person, QString* id);
    // Adds the day unless the event has it; opening hours when both are given (a closing time at or
    // before the opening is on the next morning, see ConferenceDays).
    void day(const QDate& date, const QTime& opens, const QTime& closes);
    // Every day of the event, those already there and those to be written.
    QVector<EventDay> days() const { return m_dayRows.values().toVector(); }

    // Writes the rows created since the last flush (lines, spaces, people, days, in that order), so
    // rows that refer to them can be written after it.
    bool flush(QString* error);

    int linesCreated() const { return m_linesCreated; }
    int spacesCreated() const { return m_spacesCreated; }
    int peopleCreated() const { return m_peopleCreated; }
    int daysCreated() const { return m_daysCreated; }

private:
    // People of one name (case aside), in the event's order.
    struct Namesakes
    {
        QStringList ids;
    };

    static QString nameKey(const QString& name) { return name.toCaseFolded(); }
    // What identifies a person of the file: "g:" and the guid, else "i:", the source and the id.
    QString identityKey(const QString& guid, const QString& number) const;
    // The file's guid when it is a UUID no row of the table has, else a new id.
    static QString idFor(const QString& guid, const QHash<QString, QString>& taken);
    void notePerson(const QString& id, const QString& name);

    Store& m_store;
    QHash<QString, QString> m_lineByName;   // case-folded name → id (the first of that name)
    QHash<QString, QString> m_spaceById;    // lower-case id → id
    QHash<QString, QString> m_spaceByName;  // case-folded name → id (the first of that name)
    QHash<QString, QString> m_personById;   // lower-case id → id
    QHash<QString, Namesakes> m_peopleByName;
    int m_nextLinePosition = 0;
    int m_nextSpacePosition = 0;
    QString m_source;
    QHash<QDate, EventDay> m_dayRows;
    QHash<QString, QString> m_personByGuid; // an identity key of the file → the person it became
    QHash<QString, QStringList> m_guidOfPerson; // and back: a person's identity keys
    QVector<Row> m_newLines, m_newSpaces, m_newPeople, m_newDays;
    int m_linesCreated = 0;
    int m_spacesCreated = 0;
    int m_peopleCreated = 0;
    int m_daysCreated = 0;
};

} // namespace standlab
