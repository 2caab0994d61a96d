// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactquery.h"

#include "db/sqlitestatement.h"
#include "model/repository.h"
#include "store/store.h"

#include <QHash>
#include <QRegularExpression>

namespace standlab {
namespace {

// Organisation columns first (o_*), then engagement columns (e_*), then the joined facts.
const QString kSelect = QStringLiteral(
    "SELECT o.id, o.name, o.kind, o.city, o.country, o.website, o.declaration_signatory, o.notes, "
    "e.id, e.attendance, e.days, e.delegation_size, e.topics, e.requested_line_id, e.wants_to_speak, "
    "e.wants_workshop, e.owner, e.next_follow_up, e.contact_person_id, e.request_session_id, "
    "(SELECT count(*) FROM people p WHERE p.organisation_id = o.id), w.name, s.title "
    "FROM organisations o LEFT JOIN engagements e ON e.organisation_id = o.id "
    "LEFT JOIN working_lines w ON w.id = e.requested_line_id "
    "LEFT JOIN sessions s ON s.id = e.request_session_id");
const QString kFrom = QStringLiteral(
    " FROM organisations o LEFT JOIN engagements e ON e.organisation_id = o.id");

} // namespace

ContactQuery::ContactQuery(Store& store, const ContactFilter& filter) : m_store(store), m_filter(filter) {}

QString ContactQuery::ftsQuery(const QString& search)
{
    // Each word a quoted prefix term: whatever people type can never be FTS5 syntax.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString& word : search.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString ContactQuery::whereClause(QVariantList& arguments) const
{
    QStringList conditions;
    const ContactFilter& f = m_filter;
    const QString fts = ftsQuery(f.search);
    if (!fts.isEmpty()) {
        conditions << QStringLiteral(
            "o.id IN (SELECT d.ref FROM search_index JOIN search_docs d ON d.docid = search_index.rowid "
            "WHERE search_index MATCH ? AND d.kind = 'organisation')");
        arguments << fts;
    }
    auto equals = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            conditions << column + QStringLiteral(" = ?");
            arguments << value;
        }
    };
    auto flag = [&](const QString& column, int value) {
        if (value >= 0)
            conditions << QStringLiteral("coalesce(%1, 0) = %2").arg(column).arg(value ? 1 : 0);
    };
    equals(QStringLiteral("o.kind"), f.kind);
    equals(QStringLiteral("o.country"), f.country);
    if (!f.attendance.isEmpty()) {
        conditions << QStringLiteral("coalesce(e.attendance, 'unknown') = ?");
        arguments << f.attendance;
    }
    equals(QStringLiteral("e.requested_line_id"), f.lineId);
    equals(QStringLiteral("e.owner"), f.owner);
    flag(QStringLiteral("e.wants_to_speak"), f.wantsToSpeak);
    flag(QStringLiteral("e.wants_workshop"), f.wantsWorkshop);
    flag(QStringLiteral("o.declaration_signatory"), f.signatory);
    const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
    switch (f.followUp) {
    case ContactFilter::AnyFollowUp: break;
    case ContactFilter::FollowUpSet: conditions << QStringLiteral("e.next_follow_up IS NOT NULL"); break;
    case ContactFilter::FollowUpDue:
        conditions << QStringLiteral("e.next_follow_up <= ?");
        arguments << today.addDays(f.dueWithinDays).toString(Qt::ISODate);
        break;
    case ContactFilter::FollowUpOverdue:
        conditions << QStringLiteral("e.next_follow_up < ?");
        arguments << today.toString(Qt::ISODate);
        break;
    }
    if (f.unansweredOnly)
        conditions << QStringLiteral("(e.wants_to_speak = 1 OR e.wants_workshop = 1) AND e.request_session_id IS NULL");
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ContactQuery::orderClause() const
{
    // Rows without a value sort last whatever the direction; the name breaks ties so paging is stable.
    QString key;
    switch (m_filter.sort) {
    case ContactFilter::ByName: key = QStringLiteral("o.name COLLATE NOCASE"); break;
    case ContactFilter::ByKind: key = QStringLiteral("o.kind"); break;
    case ContactFilter::ByCity: key = QStringLiteral("o.city COLLATE NOCASE"); break;
    case ContactFilter::ByCountry: key = QStringLiteral("o.country COLLATE NOCASE"); break;
    case ContactFilter::ByAttendance:
        key = QStringLiteral("CASE coalesce(e.attendance, 'unknown') WHEN 'attending' THEN 0 WHEN 'interested' THEN 1 "
                             "WHEN 'invited' THEN 2 WHEN 'unknown' THEN 3 ELSE 4 END");
        break;
    case ContactFilter::BySpeak: key = QStringLiteral("coalesce(e.wants_to_speak, 0)"); break;
    case ContactFilter::ByWorkshop: key = QStringLiteral("coalesce(e.wants_workshop, 0)"); break;
    case ContactFilter::ByFollowUp: key = QStringLiteral("e.next_follow_up"); break;
    case ContactFilter::ByOwner: key = QStringLiteral("e.owner COLLATE NOCASE"); break;
    case ContactFilter::ByRequest: key = QStringLiteral("e.request_session_id IS NOT NULL"); break;
    }
    const QString direction = m_filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = QStringLiteral(" ORDER BY ");
    if (m_filter.sort == ContactFilter::ByFollowUp || m_filter.sort == ContactFilter::ByOwner)
        order += QStringLiteral("(nullif(%1, '') IS NULL), ").arg(key.section(QLatin1Char(' '), 0, 0));
    return order + key + direction + QStringLiteral(", o.name COLLATE NOCASE, o.id");
}

int ContactQuery::count() const
{
    QVariantList arguments;
    const QString sql = QStringLiteral("SELECT count(*)") + kFrom + whereClause(arguments);
    SqliteStatement statement(m_store.database(), sql);
    statement.bindAll(arguments);
    return statement.step() ? int(statement.integer(0)) : 0;
}

QVector<ContactLine> ContactQuery::fetch(int offset, int limit) const
{
    QVariantList arguments;
    const QString sql = kSelect + whereClause(arguments) + orderClause() + QStringLiteral(" LIMIT ? OFFSET ?");
    arguments << limit << offset;
    return read(sql, arguments);
}

QVector<ContactLine> ContactQuery::lines(const QStringList& ids) const
{
    QVector<ContactLine> result;
    // SQLite takes at most 32,766 parameters; pages are far smaller, but stay safe.
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QStringList chunk = ids.mid(start, 500);
        QVariantList arguments;
        for (const QString& id : chunk)
            arguments << id;
        QStringList marks(chunk.size(), QStringLiteral("?"));
        const QVector<ContactLine> found =
            read(kSelect + QStringLiteral(" WHERE o.id IN (%1)").arg(marks.join(QLatin1Char(','))), arguments);
        QHash<QString, int> position;
        for (int i = 0; i < found.size(); ++i)
            position.insert(found.at(i).organisation.id, i);
        for (const QString& id : chunk)
            if (position.contains(id))
                result.push_back(found.at(position.value(id)));
    }
    return result;
}

QVector<ContactLine> ContactQuery::read(const QString& sql, const QVariantList& arguments) const
{
    SqliteStatement statement(m_store.database(), sql);
    statement.bindAll(arguments);
    QVector<ContactLine> lines;
    while (statement.step()) {
        ContactLine line;
        Row org;
        static const char* const orgColumns[] = {"id", "name", "kind", "city", "country", "website",
                                                 "declaration_signatory", "notes"};
        for (int c = 0; c < 8; ++c)
            org.insert(QLatin1String(orgColumns[c]), statement.value(c));
        line.organisation = Repository<Organisation>::fromRow(org);
        line.engaged = !statement.text(8).isEmpty();
        if (line.engaged) {
            Row e;
            static const char* const engagementColumns[] = {
                "id", "attendance", "days", "delegation_size", "topics", "requested_line_id", "wants_to_speak",
                "wants_workshop", "owner", "next_follow_up", "contact_person_id", "request_session_id"};
            for (int c = 0; c < 12; ++c)
                e.insert(QLatin1String(engagementColumns[c]), statement.value(8 + c));
            line.engagement = Repository<Engagement>::fromRow(e);
            line.engagement.organisationId = line.organisation.id;
        }
        line.people = int(statement.integer(20));
        line.requestedLine = statement.text(21);
        line.requestSession = statement.text(22);
        lines.push_back(line);
    }
    return lines;
}

QStringList ContactQuery::ids() const
{
    QVariantList arguments;
    const QString sql = QStringLiteral("SELECT o.id") + kFrom + whereClause(arguments) + orderClause();
    SqliteStatement statement(m_store.database(), sql);
    statement.bindAll(arguments);
    QStringList result;
    while (statement.step())
        result << statement.text(0);
    return result;
}

static QStringList distinct(Store& store, const QString& sql)
{
    SqliteStatement statement(store.database(), sql);
    QStringList result;
    while (statement.step())
        result << statement.text(0);
    return result;
}

QStringList ContactQuery::countries() const
{
    return distinct(m_store, QStringLiteral("SELECT DISTINCT country FROM organisations WHERE country <> '' "
                                            "ORDER BY country COLLATE NOCASE"));
}

QStringList ContactQuery::owners() const
{
    return distinct(m_store, QStringLiteral("SELECT DISTINCT owner FROM engagements WHERE owner <> '' "
                                            "ORDER BY owner COLLATE NOCASE"));
}

} // namespace standlab
