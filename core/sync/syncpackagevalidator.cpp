// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpackagevalidator.h"

#include "model/sessiontimes.h"
#include "store/hybridclock.h"
#include "store/migrations.h"
#include "store/store.h"
#include "syncschema.h"

#include <QFileInfo>
#include <QSet>

namespace standlab {
namespace {

// A stamp held as a row value: a number, or the decimal text stamps above 2^53 travel as.
bool stampValue(const QVariant& value, qint64* stamp)
{
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        *stamp = value.toLongLong();
        return true;
    case QMetaType::QString: {
        bool ok = false;
        *stamp = value.toString().toLongLong(&ok);
        return ok;
    }
    default:
        return false;
    }
}

bool isText(const QVariant& value)
{
    return value.metaType().id() == QMetaType::QString && !value.toString().isEmpty();
}

} // namespace

SyncPackageValidator::SyncPackageValidator(Store& store) : m_store(store), m_wallMillis(store.clock().wallMillis()) {}

QString SyncPackageValidator::durationText(qint64 millis)
{
    // Rounded to the unit shown: a package made 12 days ahead is "12 days" ahead a moment later too.
    constexpr qint64 minute = 60 * 1000, hour = 60 * minute, day = 24 * hour;
    if (millis < 2 * hour)
        return tr("%n minute(s)", nullptr, int((millis + minute / 2) / minute));
    if (millis < 2 * day)
        return tr("%n hour(s)", nullptr, int((millis + hour / 2) / hour));
    const qint64 days = (millis + day / 2) / day;
    if (days < 1000)
        return tr("%n day(s)", nullptr, int(days));
    return tr("%n year(s)", nullptr, int(qMin<qint64>(days / 365, 1'000'000'000)));
}

QString SyncPackageValidator::wallClockWarning(Store& store)
{
    const qint64 behind = store.clock().wallClockBehindBy();
    if (behind <= wallClockTolerance)
        return {};
    return tr("This laptop's clock is %1 behind the newest change in “%2”. Check its date and time: changes made "
              "now may lose against older ones made elsewhere.")
        .arg(durationText(behind), QFileInfo(store.path()).fileName());
}

QString SyncPackageValidator::problem(const SyncPackage& package, const QString& name) const
{
    qint64 newest = qMax(package.clock, package.since);
    for (auto it = package.knowledge.cbegin(); it != package.knowledge.cend(); ++it)
        newest = qMax(newest, it.value());
    if (package.clock < 0 || package.since < 0)
        return tr("“%1” is damaged and was not applied: its clock is negative. Ask for the package again.").arg(name);
    const QStringList synced = Migrations::entityTables();
    for (auto it = package.tables.cbegin(); it != package.tables.cend(); ++it) {
        if (!synced.contains(it.key()))
            continue; // a table this version does not sync: the merge leaves it out
        const QString reason = tableProblem(package, name, it.key(), it.value(), &newest);
        if (!reason.isEmpty())
            return reason;
    }
    // Deletes and restorations have one shape: a table, an id, a stamp and a laptop.
    const auto markProblem = [&](const SyncPackage::Tombstone& mark, bool restored) -> QString {
        if (!synced.contains(mark.table))
            return {};
        if (mark.id.isEmpty() || mark.laptop.isEmpty() || mark.stamp < 0)
            return restored ? tr("“%1” is damaged and was not applied: a restored row in “%2” has no id, laptop or "
                                 "stamp. Ask for the package again.")
                                  .arg(name, mark.table)
                            : tr("“%1” is damaged and was not applied: a deletion in “%2” has no id, laptop or stamp. "
                                 "Ask for the package again.")
                                  .arg(name, mark.table);
        newest = qMax(newest, mark.stamp);
        return {};
    };
    for (int t = 0; t < package.tombstoneCount(); ++t) {
        SyncPackage::Tombstone tombstone;
        QString error;
        if (!package.tombstone(t, &tombstone, &error))
            return error;
        const QString problem = markProblem(tombstone, false);
        if (!problem.isEmpty())
            return problem;
    }
    for (const SyncPackage::Tombstone& restoration : package.restorations) {
        const QString problem = markProblem(restoration, true);
        if (!problem.isEmpty())
            return problem;
    }
    // One comparison for all stamps: the newest is what would win everywhere.
    const qint64 ahead = HybridClock::physicalMillis(newest) - m_wallMillis;
    if (ahead > maxAheadMillis) {
        const QString laptop = package.laptopName.isEmpty() ? package.laptopId.left(8) : package.laptopName;
        return tr("“%1” was not applied: it carries changes stamped %2 ahead of this laptop's clock (from “%3”). "
                  "Their values would win over every later edit on every laptop. Check the date and time of “%3” "
                  "and of this laptop, then ask for a new package.")
            .arg(name, durationText(ahead), laptop);
    }
    return {};
}

QString SyncPackageValidator::tableProblem(const SyncPackage& package, const QString& name, const QString& table,
                                           const SyncPackage::Table& incoming, qint64* newest) const
{
    Q_UNUSED(package)
    auto damaged = [&](const QString& why) {
        return tr("“%1” is damaged and was not applied: %2. Ask for the package again.").arg(name, why);
    };
    const QStringList& columns = incoming.columns;
    QSet<QString> seen;
    for (const QString& column : columns) {
        if (seen.contains(column))
            return damaged(tr("the table “%1” has the column “%2” twice").arg(table, column));
        seen.insert(column);
    }
    for (const char* required : {"id", "created_at", "updated_at", "laptop_id"}) {
        if (!seen.contains(QLatin1String(required)))
            return damaged(tr("the table “%1” lacks the column “%2”").arg(table, QLatin1String(required)));
    }
    const int idColumn = int(columns.indexOf(QStringLiteral("id")));
    const int createdColumn = int(columns.indexOf(QStringLiteral("created_at")));
    const int updatedColumn = int(columns.indexOf(QStringLiteral("updated_at")));
    const int laptopColumn = int(columns.indexOf(QStringLiteral("laptop_id")));
    const bool sessions = table == QLatin1String("sessions");
    const int startsColumn = sessions ? int(columns.indexOf(QStringLiteral("starts_at"))) : -1;
    const int endsColumn = sessions ? int(columns.indexOf(QStringLiteral("ends_at"))) : -1;

    QVariantList values;
    QHash<QString, FieldStamp> fields;
    for (int r = 0; r < incoming.rowCount(); ++r) {
        QString error;
        if (!incoming.row(r, &values, &fields, &error))
            return error;
        if (values.size() != columns.size())
            return damaged(tr("a row of “%1” has the wrong number of values").arg(table));
        const QVariant& id = values.at(idColumn);
        if (!isText(id))
            return damaged(tr("a row of “%1” has no id").arg(table));
        const QString rowId = id.toString().left(36);
        if (!isText(values.at(laptopColumn)))
            return damaged(tr("the row %1 of “%2” has no laptop_id").arg(rowId, table));
        if (!isText(values.at(createdColumn)))
            return damaged(tr("the row %1 of “%2” has no created_at").arg(rowId, table));
        qint64 updated = 0;
        if (!stampValue(values.at(updatedColumn), &updated) || updated < 0)
            return damaged(tr("the updated_at of the row %1 of “%2” is not a stamp").arg(rowId, table));
        *newest = qMax(*newest, updated);
        for (auto f = fields.cbegin(); f != fields.cend(); ++f) {
            if (!seen.contains(f.key()) || SyncSchema::isStampColumn(f.key()))
                return damaged(tr("the row %1 of “%2” stamps a column it does not have (“%3”)")
                                   .arg(rowId, table, f.key().left(64)));
            if (f.value().stamp < 0 || f.value().previous < 0 || f.value().laptop.isEmpty())
                return damaged(tr("the stamp of “%3” of the row %1 of “%2” is not a stamp").arg(rowId, table, f.key()));
            *newest = qMax(*newest, qMax(f.value().stamp, f.value().previous));
        }
        if (startsColumn >= 0 || endsColumn >= 0) {
            // Dates travel as ISO text; anything else is not a time this app wrote.
            const QVariant starts = startsColumn >= 0 ? values.at(startsColumn) : QVariant();
            const QVariant ends = endsColumn >= 0 ? values.at(endsColumn) : QVariant();
            const auto textOrNull = [](const QVariant& value) {
                return value.isNull() || value.metaType().id() == QMetaType::QString;
            };
            QString reason = textOrNull(starts) && textOrNull(ends)
                ? SessionTimes::problem(starts.toString(), ends.toString())
                : tr("its times are not dates");
            if (!reason.isEmpty())
                return tr("“%1” was not applied: the session %2 cannot be true: %3.").arg(name, rowId, reason);
        }
    }
    return {};
}

} // namespace standlab
