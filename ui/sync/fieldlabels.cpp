// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include "model/vocabulary.h"
#include "sync/syncledger.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTextDocumentFragment>

namespace standlab {
namespace {

QString key(const QString& table, const QString& column)
{
    return table + QLatin1Char('.') + column;
}

// The columns that hold the id of another row, by the table they point into.
const QHash<QString, QString>& references()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("organisation_id"), QStringLiteral("organisations")},
        {QStringLiteral("lead_organisation_id"), QStringLiteral("organisations")},
        {QStringLiteral("organiser_id"), QStringLiteral("organisations")},
        {QStringLiteral("person_id"), QStringLiteral("people")},
        {QStringLiteral("contact_person_id"), QStringLiteral("people")},
        {QStringLiteral("session_id"), QStringLiteral("sessions")},
        {QStringLiteral("request_session_id"), QStringLiteral("sessions")},
        {QStringLiteral("space_id"), QStringLiteral("spaces")},
        {QStringLiteral("working_line_id"), QStringLiteral("working_lines")},
        {QStringLiteral("requested_line_id"), QStringLiteral("working_lines")},
        {QStringLiteral("document_id"), QStringLiteral("documents")},
        {QStringLiteral("section_id"), QStringLiteral("sections")},
        {QStringLiteral("feeds_section_id"), QStringLiteral("sections")},
        {QStringLiteral("action_id"), QStringLiteral("actions")},
    };
    return map;
}

// A session's start or end in the event's own time, as the Programme shows it ("Tue 19 Nov 10:00").
QString eventTime(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return text;
    // The stored time is the wall clock at the venue: shown as written, never converted.
    return QLocale().toString(time.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') +
           time.time().toString(QStringLiteral("HH:mm"));
}

bool isYesNo(const QString& column)
{
    for (const char* name : {"cross_cutting", "declaration_signatory", "confirmed", "arrived",
                             "wants_to_speak", "wants_workshop"})
        if (column == QLatin1String(name))
            return true;
    return false;
}

// The closed list a column's values come from, if any: its keys are shown by their labels.
QVector<Term> terms(const QString& table, const QString& column)
{
    const QString field = key(table, column);
    if (field == QLatin1String("sessions.kind"))
        return Vocabulary::sessionKinds();
    if (field == QLatin1String("sessions.status"))
        return Vocabulary::sessionStatuses();
    if (field == QLatin1String("sessions.language"))
        return Vocabulary::languages();
    if (field == QLatin1String("spaces.kind"))
        return Vocabulary::spaceKinds();
    if (field == QLatin1String("participations.role"))
        return Vocabulary::participationRoles();
    if (field == QLatin1String("organisations.kind"))
        return Vocabulary::organisationKinds();
    if (field == QLatin1String("engagements.attendance"))
        return Vocabulary::attendance();
    if (field == QLatin1String("interactions.channel"))
        return Vocabulary::interactionChannels();
    if (field == QLatin1String("initiatives.slot_status"))
        return Vocabulary::slotStatuses();
    if (field == QLatin1String("datasets.access"))
        return Vocabulary::datasetAccess();
    if (field == QLatin1String("documents.kind"))
        return Vocabulary::documentKinds();
    if (field == QLatin1String("documents.status") || field == QLatin1String("sections.status"))
        return Vocabulary::draftStatuses();
    if (field == QLatin1String("actions.status"))
        return Vocabulary::actionStatuses();
    return {};
}

} // namespace

QString FieldLabels::rowKind(const QString& table)
{
    static const QHash<QString, const char*> kinds = {
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("event_days"), QT_TR_NOOP("Event day")},
        {QStringLiteral("spaces"), QT_TR_NOOP("Space")},
        {QStringLiteral("working_lines"), QT_TR_NOOP("Working line")},
        {QStringLiteral("organisations"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("people"), QT_TR_NOOP("Person")},
        {QStringLiteral("person_availability"), QT_TR_NOOP("Availability")},
        {QStringLiteral("sessions"), QT_TR_NOOP("Session")},
        {QStringLiteral("session_tags"), QT_TR_NOOP("Session tag")},
        {QStringLiteral("participations"), QT_TR_NOOP("Speaker or role")},
        {QStringLiteral("documents"), QT_TR_NOOP("Document")},
        {QStringLiteral("sections"), QT_TR_NOOP("Document section")},
        {QStringLiteral("workshop_details"), QT_TR_NOOP("Workshop details")},
        {QStringLiteral("engagements"), QT_TR_NOOP("Contact")},
        {QStringLiteral("interactions"), QT_TR_NOOP("Contact log entry")},
        {QStringLiteral("initiatives"), QT_TR_NOOP("Initiative")},
        {QStringLiteral("datasets"), QT_TR_NOOP("Dataset")},
        {QStringLiteral("actions"), QT_TR_NOOP("Action")},
        {QStringLiteral("action_partners"), QT_TR_NOOP("Action partner")},
        {QStringLiteral("action_sessions"), QT_TR_NOOP("Action source")},
        {QStringLiteral("revisions"), QT_TR_NOOP("Revision")},
        {QStringLiteral("session_notes"), QT_TR_NOOP("Session note")},
    };
    const char* kind = kinds.value(table);
    return kind ? tr(kind) : table;
}

QString FieldLabels::label(const QString& table, const QString& column)
{
    // Where one column name means different things in different tables, "table.column" comes first.
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("event.name"), QT_TR_NOOP("Event name")},
        {QStringLiteral("sections.parent_id"), QT_TR_NOOP("Parent section")},
        {QStringLiteral("sections.body_html"), QT_TR_NOOP("Text")},
        {QStringLiteral("session_notes.body"), QT_TR_NOOP("Note")},
        {QStringLiteral("people.languages"), QT_TR_NOOP("Languages spoken")},
        {QStringLiteral("spaces.position"), QT_TR_NOOP("Order")},
        {QStringLiteral("working_lines.position"), QT_TR_NOOP("Order")},
        {QStringLiteral("documents.position"), QT_TR_NOOP("Order")},
        {QStringLiteral("sections.position"), QT_TR_NOOP("Order")},
        {QStringLiteral("actions.position"), QT_TR_NOOP("Order")},
        {QStringLiteral("participations.position"), QT_TR_NOOP("Order of speakers")},

        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("colour"), QT_TR_NOOP("Colour")},
        {QStringLiteral("venue"), QT_TR_NOOP("Venue")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("languages"), QT_TR_NOOP("Languages")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("day"), QT_TR_NOOP("Day")},
        {QStringLiteral("opens"), QT_TR_NOOP("Opens")},
        {QStringLiteral("closes"), QT_TR_NOOP("Closes")},
        {QStringLiteral("label"), QT_TR_NOOP("Label")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("cross_cutting"), QT_TR_NOOP("Cross-cutting")},
        {QStringLiteral("declaration_signatory"), QT_TR_NOOP("Signed the declaration")},
        {QStringLiteral("organisation_id"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("role_title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("bio"), QT_TR_NOOP("Biography")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("available_from"), QT_TR_NOOP("Available from")},
        {QStringLiteral("available_to"), QT_TR_NOOP("Available until")},
        {QStringLiteral("working_line_id"), QT_TR_NOOP("Working line")},
        {QStringLiteral("abstract"), QT_TR_NOOP("Abstract")},
        {QStringLiteral("space_id"), QT_TR_NOOP("Space")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("Start")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("End")},
        {QStringLiteral("expected_headcount"), QT_TR_NOOP("Expected headcount")},
        {QStringLiteral("headcount"), QT_TR_NOOP("Headcount")},
        {QStringLiteral("recording_url"), QT_TR_NOOP("Recording link")},
        {QStringLiteral("notes_url"), QT_TR_NOOP("Notes link")},
        {QStringLiteral("slides_url"), QT_TR_NOOP("Slides link")},
        {QStringLiteral("internal_notes"), QT_TR_NOOP("Internal notes")},
        {QStringLiteral("session_id"), QT_TR_NOOP("Session")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("confirmed"), QT_TR_NOOP("Confirmed")},
        {QStringLiteral("arrived"), QT_TR_NOOP("Arrived")},
        {QStringLiteral("document_id"), QT_TR_NOOP("Document")},
        {QStringLiteral("last_editor"), QT_TR_NOOP("Last edited by")},
        {QStringLiteral("organiser_id"), QT_TR_NOOP("Organiser")},
        {QStringLiteral("materials"), QT_TR_NOOP("Materials")},
        {QStringLiteral("max_participants"), QT_TR_NOOP("Maximum participants")},
        {QStringLiteral("registrations"), QT_TR_NOOP("Registrations")},
        {QStringLiteral("feeds_section_id"), QT_TR_NOOP("Feeds the section")},
        {QStringLiteral("outcome_notes"), QT_TR_NOOP("Outcome notes")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("days"), QT_TR_NOOP("Days")},
        {QStringLiteral("delegation_size"), QT_TR_NOOP("Delegation size")},
        {QStringLiteral("topics"), QT_TR_NOOP("Topics")},
        {QStringLiteral("requested_line_id"), QT_TR_NOOP("Requested working line")},
        {QStringLiteral("wants_to_speak"), QT_TR_NOOP("Wants to speak")},
        {QStringLiteral("wants_workshop"), QT_TR_NOOP("Wants a workshop")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("next_follow_up"), QT_TR_NOOP("Next follow-up")},
        {QStringLiteral("contact_person_id"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("request_session_id"), QT_TR_NOOP("Requested session")},
        {QStringLiteral("happened_on"), QT_TR_NOOP("Date")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("slot_day"), QT_TR_NOOP("Slot day")},
        {QStringLiteral("slot_table"), QT_TR_NOOP("Slot table")},
        {QStringLiteral("slot_start"), QT_TR_NOOP("Slot start")},
        {QStringLiteral("slot_end"), QT_TR_NOOP("Slot end")},
        {QStringLiteral("slot_status"), QT_TR_NOOP("Slot status")},
        {QStringLiteral("publisher"), QT_TR_NOOP("Publisher")},
        {QStringLiteral("licence"), QT_TR_NOOP("Licence")},
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("access"), QT_TR_NOOP("Access")},
        {QStringLiteral("link"), QT_TR_NOOP("Link")},
        {QStringLiteral("section_id"), QT_TR_NOOP("Section")},
        {QStringLiteral("lead_organisation_id"), QT_TR_NOOP("Lead organisation")},
        {QStringLiteral("timeframe"), QT_TR_NOOP("Timeframe")},
        {QStringLiteral("indicators"), QT_TR_NOOP("Indicators")},
        {QStringLiteral("action_id"), QT_TR_NOOP("Action")},
        {QStringLiteral("taken_at"), QT_TR_NOOP("Taken at")},
        {QStringLiteral("snapshot"), QT_TR_NOOP("Snapshot")},
        {QStringLiteral("written_at"), QT_TR_NOOP("Written at")},
        {QStringLiteral("author"), QT_TR_NOOP("Author")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
    };
    const char* text = labels.value(key(table, column), nullptr);
    if (!text)
        text = labels.value(column, nullptr);
    return text ? tr(text) : column;
}

QString FieldLabels::referencedTable(const QString& table, const QString& column)
{
    if (table == QLatin1String("sections") && column == QLatin1String("parent_id"))
        return QStringLiteral("sections");
    return references().value(column);
}

QString FieldLabels::value(const SyncLedger& ledger, const QString& table, const QString& column,
                           const QVariant& value)
{
    QString text = value.toString();
    if (!value.isNull() && !text.isEmpty()) {
        const QString parent = referencedTable(table, column);
        const QVector<Term> closedList = terms(table, column);
        if (!parent.isEmpty())
            text = ledger.describeRow(parent, text);
        else if (isYesNo(column))
            text = value.toLongLong() != 0 ? tr("Yes") : tr("No");
        else if (!closedList.isEmpty())
            text = Vocabulary::label(closedList, text);
        else if (column == QLatin1String("starts_at") || column == QLatin1String("ends_at"))
            text = eventTime(text);
        else if (column.endsWith(QLatin1String("_html")))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
    }
    text = text.simplified();
    return text.isEmpty() ? tr("(empty)") : text;
}

} // namespace standlab
