// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactoverview.h"

#include "db/sqlitestatement.h"
#include "model/vocabulary.h"
#include "store/store.h"

#include <QJsonArray>
#include <QHash>
#include <algorithm>

namespace standlab {
namespace {

QVector<std::pair<QString, int>> grouped(const Store& store, const QString& sql)
{
    // Reading only: the statement needs the connection, not a writable store.
    SqliteStatement statement(const_cast<Store&>(store).database(), sql);
    QVector<std::pair<QString, int>> result;
    while (statement.step())
        result.push_back({statement.text(0), int(statement.integer(1))});
    return result;
}

// Every term of a closed list, in its order, with zero where nothing counts.
QVector<ContactOverview::Bar> byTerms(const QVector<Term>& terms, const QVector<std::pair<QString, int>>& counts)
{
    QHash<QString, int> byKey;
    for (const auto& [key, count] : counts)
        byKey[key] += count;
    QVector<ContactOverview::Bar> bars;
    for (const Term& term : terms)
        bars.push_back({term.key, term.label, byKey.value(term.key), 0, {}});
    return bars;
}

QJsonArray toArray(const QVector<ContactOverview::Bar>& bars, const QString& extraName = {})
{
    QJsonArray array;
    for (const ContactOverview::Bar& bar : bars) {
        QJsonObject object{{QStringLiteral("key"), bar.key}, {QStringLiteral("count"), bar.count}};
        if (!extraName.isEmpty())
            object.insert(extraName, bar.extra);
        array.append(object);
    }
    return array;
}

} // namespace

ContactOverview ContactOverview::of(const Store& store, const QDate& today)
{
    ContactOverview overview;
    overview.m_organisations = int(store.count(QStringLiteral("organisations")));
    overview.m_attendance = byTerms(
        Vocabulary::attendance(),
        grouped(store, QStringLiteral("SELECT coalesce(e.attendance, 'unknown'), count(*) FROM organisations o "
                                      "LEFT JOIN engagements e ON e.organisation_id = o.id GROUP BY 1")));
    overview.m_kinds = byTerms(Vocabulary::organisationKinds(),
                               grouped(store, QStringLiteral("SELECT kind, count(*) FROM organisations GROUP BY 1")));
    for (const auto& [country, count] : grouped(store, QStringLiteral(
             "SELECT country, count(*) FROM organisations GROUP BY 1 ORDER BY 2 DESC, 1")))
        overview.m_countries.push_back({country, country.isEmpty() ? tr("(no country)") : country, count, 0, {}});

    SqliteStatement requests(const_cast<Store&>(store).database(), QStringLiteral(
        "SELECT coalesce(w.id, ''), coalesce(w.name, ''), coalesce(w.colour, ''), count(*), "
        "sum(e.request_session_id IS NULL) FROM engagements e LEFT JOIN working_lines w ON w.id = e.requested_line_id "
        "WHERE e.wants_to_speak = 1 OR e.wants_workshop = 1 GROUP BY 1 ORDER BY w.position, w.name"));
    while (requests.step()) {
        const QString name = requests.text(1);
        overview.m_requests.push_back({requests.text(0), name.isEmpty() ? tr("(no working line)") : name,
                                       int(requests.integer(3)), int(requests.integer(4)), requests.text(2)});
    }

    // Weeks start on Monday; whatever is already late is one "Overdue" bar in front, so the weeks
    // ahead stay readable however old the backlog is.
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    QMap<QDate, Bar> weeks;
    Bar late{QStringLiteral("overdue"), tr("Overdue"), 0, 0, {}};
    for (const auto& [text, count] : grouped(store, QStringLiteral(
             "SELECT next_follow_up, count(*) FROM engagements WHERE next_follow_up IS NOT NULL GROUP BY 1"))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            continue;
        if (date < today) {
            late.count += count;
            late.extra += count;
            continue;
        }
        const QDate week = date.addDays(1 - date.dayOfWeek());
        Bar& bar = weeks[week];
        bar.key = week.toString(Qt::ISODate);
        bar.label = week == monday ? tr("This week") : tr("Week of %1").arg(week.toString(QStringLiteral("d MMM")));
        bar.count += count;
    }
    if (late.count > 0)
        overview.m_followUps.push_back(late);
    for (const Bar& bar : weeks)
        overview.m_followUps.push_back(bar);
    return overview;
}

QJsonObject ContactOverview::toJson() const
{
    return {{QStringLiteral("organisations"), m_organisations},
            {QStringLiteral("attendance"), toArray(m_attendance)},
            {QStringLiteral("countries"), toArray(m_countries)},
            {QStringLiteral("kinds"), toArray(m_kinds)},
            {QStringLiteral("requests_by_line"), toArray(m_requests, QStringLiteral("unanswered"))},
            {QStringLiteral("follow_ups_by_week"), toArray(m_followUps, QStringLiteral("overdue"))}};
}

QString ContactOverview::toText() const
{
    QString text;
    int width = 0;
    for (const QVector<Bar>* bars : {&m_attendance, &m_countries, &m_kinds, &m_requests, &m_followUps})
        for (const Bar& bar : *bars)
            width = std::max(width, int(bar.label.size()));
    auto section = [&](const QString& title, const QVector<Bar>& bars, const QString& extra) {
        text += title + QLatin1Char('\n');
        if (bars.isEmpty())
            text += QStringLiteral("  -\n");
        for (const Bar& bar : bars) {
            text += QStringLiteral("  %1  %2").arg(bar.label, -width).arg(bar.count, 6);
            if (!extra.isEmpty() && bar.extra > 0)
                text += QStringLiteral("  (%1 %2)").arg(bar.extra).arg(extra);
            text += QLatin1Char('\n');
        }
    };
    section(tr("Attendance by status"), m_attendance, {});
    section(tr("Organisations by country"), m_countries, {});
    section(tr("Organisations by kind"), m_kinds, {});
    section(tr("Requests to speak or run a workshop, by working line"), m_requests, tr("unanswered"));
    section(tr("Follow-ups per week"), m_followUps, tr("overdue"));
    return text;
}

} // namespace standlab
