// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsummary.h"

#include "store/migrations.h"

#include <QJsonArray>

namespace standlab {

int SyncSummary::totalChanges() const
{
    int total = 0;
    for (const Counts& counts : tables)
        total += counts.total();
    return total;
}

void SyncSummary::add(const SyncSummary& other)
{
    for (auto it = other.tables.cbegin(); it != other.tables.cend(); ++it) {
        Counts& mine = tables[it.key()];
        mine.added += it.value().added;
        mine.changed += it.value().changed;
        mine.deleted += it.value().deleted;
    }
    senders << other.senders;
    skipped << other.skipped;
    warnings << other.warnings;
    conflicts += other.conflicts;
}

QString SyncSummary::tableLabel(const QString& table)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("event"), QT_TR_NOOP("event details")},
        {QStringLiteral("event_days"), QT_TR_NOOP("event days")},
        {QStringLiteral("spaces"), QT_TR_NOOP("spaces")},
        {QStringLiteral("working_lines"), QT_TR_NOOP("working lines")},
        {QStringLiteral("organisations"), QT_TR_NOOP("organisations")},
        {QStringLiteral("people"), QT_TR_NOOP("people")},
        {QStringLiteral("person_availability"), QT_TR_NOOP("availabilities")},
        {QStringLiteral("sessions"), QT_TR_NOOP("sessions")},
        {QStringLiteral("session_tags"), QT_TR_NOOP("session tags")},
        {QStringLiteral("participations"), QT_TR_NOOP("speakers and roles")},
        {QStringLiteral("documents"), QT_TR_NOOP("documents")},
        {QStringLiteral("sections"), QT_TR_NOOP("document sections")},
        {QStringLiteral("workshop_details"), QT_TR_NOOP("workshop details")},
        {QStringLiteral("engagements"), QT_TR_NOOP("contacts")},
        {QStringLiteral("interactions"), QT_TR_NOOP("contact log entries")},
        {QStringLiteral("initiatives"), QT_TR_NOOP("initiatives")},
        {QStringLiteral("datasets"), QT_TR_NOOP("datasets")},
        {QStringLiteral("actions"), QT_TR_NOOP("actions")},
        {QStringLiteral("action_partners"), QT_TR_NOOP("action partners")},
        {QStringLiteral("action_sessions"), QT_TR_NOOP("action sources")},
        {QStringLiteral("revisions"), QT_TR_NOOP("revisions")},
        {QStringLiteral("session_notes"), QT_TR_NOOP("session notes")},
    };
    const char* label = labels.value(table);
    return label ? tr(label) : table;
}

QString SyncSummary::toText() const
{
    QStringList lines;
    if (!senders.isEmpty())
        lines << tr("Received from: %1").arg(senders.join(QStringLiteral(", ")));
    if (totalChanges() == 0)
        lines << tr("Nothing new: this file already held every change.");
    // Entity tables in their usual order, so the summary reads the same every time.
    for (const QString& table : Migrations::entityTables()) {
        const Counts counts = tables.value(table);
        if (counts.total() == 0)
            continue;
        QStringList parts;
        if (counts.added)
            parts << tr("%n added", nullptr, counts.added);
        if (counts.changed)
            parts << tr("%n changed", nullptr, counts.changed);
        if (counts.deleted)
            parts << tr("%n deleted", nullptr, counts.deleted);
        lines << tr("%1: %2").arg(tableLabel(table), parts.join(QStringLiteral(", ")));
    }
    if (conflicts > 0)
        lines << tr("%n conflict(s) kept for review: both laptops changed the same field.", nullptr, conflicts);
    for (const QString& reason : skipped)
        lines << tr("Skipped: %1").arg(reason);
    for (const QString& warning : warnings)
        lines << tr("Warning: %1").arg(warning);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject SyncSummary::toJson() const
{
    QJsonObject byTable;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        byTable.insert(it.key(), QJsonObject{{QStringLiteral("added"), it.value().added},
                                             {QStringLiteral("changed"), it.value().changed},
                                             {QStringLiteral("deleted"), it.value().deleted}});
    return QJsonObject{{QStringLiteral("tables"), byTable},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

} // namespace standlab
