// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstatistics.h"

#include "store/migrations.h"
#include "store/store.h"

#include <QJsonObject>
#include <utility>

namespace standlab {
namespace {

// Plain name → table, in display order. Tables added later and missing here are still counted,
// under their table name, after these.
const QVector<std::pair<QString, QString>>& plainNames()
{
    static const QVector<std::pair<QString, QString>> all = {
        {QStringLiteral("sessions"), QStringLiteral("sessions")},
        {QStringLiteral("people"), QStringLiteral("people")},
        {QStringLiteral("organisations"), QStringLiteral("organisations")},
        {QStringLiteral("working_lines"), QStringLiteral("working_lines")},
        {QStringLiteral("spaces"), QStringLiteral("spaces")},
        {QStringLiteral("days"), QStringLiteral("event_days")},
        {QStringLiteral("participations"), QStringLiteral("participations")},
        {QStringLiteral("engagements"), QStringLiteral("engagements")},
        {QStringLiteral("interactions"), QStringLiteral("interactions")},
        {QStringLiteral("initiatives"), QStringLiteral("initiatives")},
        {QStringLiteral("datasets"), QStringLiteral("datasets")},
        {QStringLiteral("documents"), QStringLiteral("documents")},
        {QStringLiteral("sections"), QStringLiteral("sections")},
        {QStringLiteral("actions"), QStringLiteral("actions")},
        {QStringLiteral("revisions"), QStringLiteral("revisions")},
        {QStringLiteral("workshops"), QStringLiteral("workshop_details")},
        {QStringLiteral("session_tags"), QStringLiteral("session_tags")},
        {QStringLiteral("session_notes"), QStringLiteral("session_notes")},
        {QStringLiteral("availability"), QStringLiteral("person_availability")},
        {QStringLiteral("action_partners"), QStringLiteral("action_partners")},
        {QStringLiteral("action_sessions"), QStringLiteral("action_sessions")},
        {QStringLiteral("events"), QStringLiteral("event")},
    };
    return all;
}

// Every table to count, as (plain name, table), known names first.
QVector<std::pair<QString, QString>> countedTables()
{
    QVector<std::pair<QString, QString>> tables = plainNames();
    for (const QString& table : Migrations::entityTables()) {
        bool known = false;
        for (const auto& entry : tables)
            known = known || entry.second == table;
        if (!known)
            tables.push_back({table, table});
    }
    return tables;
}

} // namespace

EventStatistics EventStatistics::of(const Store& store)
{
    EventStatistics statistics;
    statistics.m_schemaVersion = store.schemaVersion();
    for (const auto& [name, table] : countedTables())
        statistics.m_entries.push_back({name, table, store.count(table)});
    statistics.m_contacts = ContactOverview::of(store);
    return statistics;
}

qint64 EventStatistics::count(const QString& name) const
{
    for (const Entry& entry : m_entries)
        if (entry.name == name)
            return entry.count;
    return -1;
}

QJsonObject EventStatistics::toJson() const
{
    QJsonObject counts;
    for (const Entry& entry : m_entries)
        counts.insert(entry.name, entry.count);
    QJsonObject object;
    object.insert(QStringLiteral("schema_version"), m_schemaVersion);
    object.insert(QStringLiteral("counts"), counts);
    object.insert(QStringLiteral("contacts"), m_contacts.toJson());
    return object;
}

QString EventStatistics::toText() const
{
    const QString versionLabel = QStringLiteral("schema_version");
    int width = versionLabel.size();
    for (const Entry& entry : m_entries)
        width = qMax(width, entry.name.size());
    width += 2;
    // Names stay untranslated: they are the same keys scripts read from --json.
    QString text = versionLabel.leftJustified(width) + QString::number(m_schemaVersion) + QLatin1Char('\n');
    for (const Entry& entry : m_entries)
        text += entry.name.leftJustified(width) + QString::number(entry.count) + QLatin1Char('\n');
    return text;
}

QStringList EventStatistics::names()
{
    QStringList all;
    for (const auto& entry : countedTables())
        all << entry.first;
    return all;
}

QString EventStatistics::nameOf(const QString& table)
{
    for (const auto& entry : countedTables())
        if (entry.second == table)
            return entry.first;
    return table;
}

} // namespace standlab
