// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QDateTime>
#include <QString>

namespace standlab {

// A talk, roundtable, workshop, meetup, hackathon, pitch or ceremony; unscheduled while it has no start.
struct Session : Entity
{
    QString title;
    QString kind = QStringLiteral("talk");
    QString workingLineId;
    QString abstract;
    QString language = QStringLiteral("en");
    QString spaceId;
    QDateTime startsAt;
    QDateTime endsAt;
    QString status = QStringLiteral("idea");
    int capacity = 0;
    int expectedHeadcount = 0;
    int headcount = 0;
    QString recordingUrl;
    QString notesUrl;
    QString slidesUrl;
    QString internalNotes;
    // From a conference schedule (issue 15); links and attachments are SessionLinks JSON, sourceIds
    // the SourceIds JSON of the session's identity in the file it came from.
    QString subtitle;
    QString description;
    QString links = QStringLiteral("[]");
    QString attachments = QStringLiteral("[]");
    QString recordingLicence;
    bool recordingOptOut = false;
    QString sourceIds = QStringLiteral("{}");
};

template <> struct EntityTraits<Session>
{
    static QString table() { return QStringLiteral("sessions"); }
    static const QVector<Field<Session>>& fields()
    {
        static const QVector<Field<Session>> all = {
            field("title", &Session::title),
            field("kind", &Session::kind),
            field("working_line_id", &Session::workingLineId),
            field("abstract", &Session::abstract),
            field("language", &Session::language),
            field("space_id", &Session::spaceId),
            field("starts_at", &Session::startsAt),
            field("ends_at", &Session::endsAt),
            field("status", &Session::status),
            field("capacity", &Session::capacity),
            field("expected_headcount", &Session::expectedHeadcount),
            field("headcount", &Session::headcount),
            field("recording_url", &Session::recordingUrl),
            field("notes_url", &Session::notesUrl),
            field("slides_url", &Session::slidesUrl),
            field("internal_notes", &Session::internalNotes),
            field("subtitle", &Session::subtitle),
            field("description", &Session::description),
            field("links", &Session::links),
            field("attachments", &Session::attachments),
            field("recording_licence", &Session::recordingLicence),
            field("recording_opt_out", &Session::recordingOptOut),
            field("source_ids", &Session::sourceIds),
        };
        return all;
    }
};

} // namespace standlab
