// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace standlab {

class ExchangeProgramme;

// A conference schedule as frab, pretalx and the schedule apps exchange it ("schedule.xml" and its
// JSON sibling), in plain values: what the two writers serialise and what the two readers fill in.
// Times carry their UTC offset; the event's zone is named in timeZone.
class FrabSchedule
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FrabSchedule)

public:
    struct Person
    {
        QString guid;
        int id = 0;
        QString name;
        QString biography;
        QString code; // pretalx's person code
    };
    struct Link
    {
        QString url;
        QString type;  // slides, media, related… (the JSON schema's list)
        QString title;
    };
    struct Event
    {
        QString guid;
        int id = 0;
        QString room;
        QString title;
        QString subtitle;
        QString type;
        QString language;
        QString abstract;
        QString description;
        QString track;
        QString slug;
        QString url;
        QString code;        // pretalx's submission code
        QDateTime start;     // with the offset of the event's zone at that moment
        int durationMinutes = 0;
        QString recordingLicence;
        bool recordingOptOut = false;
        bool hasRecording = false; // the file said something about recording (licence or opt-out)
        // As a reader found them, for the importer to interpret and report on.
        QString rawDate;
        QString rawStart;
        QString rawDuration;
        QVector<Person> persons;
        QVector<Link> links;
        QVector<Link> attachments;
        QString where;       // where a reader found it ("line 40", "day 2, room Stage, event 3")
    };
    struct Room
    {
        QString name;
        QString guid;
        QString type;        // the JSON schema's room type (stage, workshop, other…)
        int capacity = 0;
        QVector<Event> events; // in one day: by start
    };
    struct Day
    {
        int index = 0;
        QDate date;
        QDateTime start;
        QDateTime end;
        QVector<Room> rooms;
        QString where;
    };
    struct Track
    {
        QString name;
        QString colour; // #rrggbb or empty
    };

    QString version;
    QString title;
    QString acronym;
    QString timeZone;
    QDate start;
    QDate end;
    QVector<Track> tracks;
    QVector<Room> rooms; // every room, without events (the JSON conference.rooms)
    QVector<Day> days;

    // Builds the schedule of a selection; fails (with a message) when there is no day to show.
    static bool fromData(const ExchangeProgramme& data, FrabSchedule* schedule, QString* error);

    // "HH:MM" for a duration in minutes (hours may exceed 23, as the format allows).
    static QString duration(int minutes);
    // Minutes of "HH:MM" or "HH:MM:SS"; -1 when it is neither.
    static int parseDuration(const QString& text);
    // The English name of one of our session kinds as apps show it ("Talk"; any other kind is its own
    // name), and the kind a type is: ours when the names match (case aside), else the type's own name.
    static QString typeOf(const QString& kind);
    static QString kindOf(const QString& type);
    // The link type (of the JSON schema's list) for one of our link kinds.
    static QString typeOfLink(const QString& kind);
    // A lower-case identifier of at least four letters, digits or underscores (the acronym rules
    // of both schemas).
    static QString acronymOf(const QString& name);
    static QString slugOf(const QString& text);
    // A stable positive number for a UUID (the formats' legacy integer ids); `taken` avoids clashes.
    static int numberFor(const QString& uuid, QSet<int>* taken);
    static bool isUuid(const QString& text);
};

} // namespace standlab
