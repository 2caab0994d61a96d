// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncmerger.h"

#include "db/sqlitestatement.h"
#include "search/searchindexbatch.h"
#include "store/migrations.h"
#include "store/store.h"
#include "convergencecheck.h"
#include "syncledger.h"
#include "syncpackagevalidator.h"
#include "syncschema.h"

#include <QDateTime>
#include <QDir>

namespace standlab {
namespace {

// A total order on values, used only when two field versions carry the same stamp and laptop.
QString valueKey(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("N");
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return QStringLiteral("I") + QString::number(value.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("D") + QString::number(value.toDouble(), 'g', 17);
    default:
        return QStringLiteral("T") + value.toString();
    }
}

// Is (stamp, laptop, value) of a greater than that of b?
bool newer(const FieldStamp& a, const QString& aValue, const FieldStamp& b, const QString& bValue)
{
    if (a.stamp != b.stamp)
        return a.stamp > b.stamp;
    if (a.laptop != b.laptop)
        return a.laptop > b.laptop;
    return aValue > bValue;
}

bool isUniqueFailure(const QString& error)
{
    return error.contains(QLatin1String("UNIQUE constraint failed"));
}

} // namespace

SyncMerger::SyncMerger(Store& store) : m_store(store) {}
SyncMerger::~SyncMerger() = default;

SqliteStatement& SyncMerger::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_store.database(), sql));
    it.value()->reset();
    return *it.value();
}

QString SyncMerger::refusal(const SyncPackage& package, const QString& name) const
{
    if (package.schemaVersion > Migrations::latestVersion())
        return tr("“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update Stand Lab "
                  "on this laptop, then receive it again.")
            .arg(name)
            .arg(package.schemaVersion)
            .arg(Migrations::latestVersion());
    if (package.laptopId == m_store.laptopId())
        return tr("“%1” was written on this laptop (%2): it holds nothing this file does not already have.")
            .arg(name, package.laptopName);
    return {};
}

bool SyncMerger::merge(const QVector<SyncPackage>& packages, const QStringList& names, SyncSummary* summary,
                       QString* error)
{
    for (int i = 0; i < packages.size(); ++i) {
        const QString name = names.value(i, packages.at(i).packageId);
        QString reason = refusal(packages.at(i), name);
        // Every table is checked against this file's schema before anything is written.
        if (reason.isEmpty())
            reason = SyncPackageValidator(m_store).problem(packages.at(i), name);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return false;
        }
    }
    if (m_store.isReadOnly()) {
        if (error)
            *error = m_store.readOnlyReason();
        return false;
    }
    SyncSummary total;
    {
        Store::Transaction transaction(m_store);
        // Rows of one package may arrive children first (sections of sections); references are checked
        // when everything is in, and the commit refuses any that is still dangling.
        if (!m_store.database().exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"), error) || !watchDeletes(true, error))
            return false;
        // The full-text index is brought up to date once per package for the rows it wrote, not row by
        // row by the triggers (see SearchIndexBatch); a failure rolls the triggers back with the rest.
        SearchIndexBatch search(m_store.database());
        for (const QString& table : Migrations::entityTables())
            if (!search.suspend(table, error))
                return false;
        for (int i = 0; i < packages.size(); ++i) {
            SyncSummary one;
            if (!mergeOne(packages.at(i), names.value(i, packages.at(i).packageId), one, error))
                return false;
            total.add(one);
            // A cached lookup that found a row is left mid-step until its next use; such a pending read
            // makes SQLite refuse the search refresh's DROP of its temp table ("database table is locked").
            for (const auto& cached : qAsConst(m_statements))
                cached->reset();
            QHash<QString, QStringList> written;
            for (const auto& [table, id] : qAsConst(m_touched))
                if (SearchIndexBatch::isIndexed(table))
                    written[table] << id;
            for (auto it = written.cbegin(); it != written.cend(); ++it)
                if (!search.refreshIds(it.key(), it.value(), error))
                    return false;
        }
        if (!search.resume(error))
            return false;
        // Receiving moves this laptop's clock past everything it has seen: its next edit is newer.
        m_store.clock().observe(m_maxStamp);
        m_store.clock().now();
        m_statements.clear();
        m_tables.clear();
        if (!watchDeletes(false, error) || !transaction.commit(error))
            return false;
    }
    // Copies that now hold the same changes must hold the same event; if they do not, say so.
    for (int i = 0; i < packages.size(); ++i) {
        const SyncPackage& package = packages.at(i);
        const QString sender = package.laptopName.isEmpty() ? names.value(i, package.packageId) : package.laptopName;
        const QString divergence = ConvergenceCheck::afterMerge(m_store, package.knowledge, package.digest, sender);
        if (!divergence.isEmpty())
            total.warnings << divergence;
    }
    if (summary)
        *summary = total;
    emit m_store.reset(); // rows changed behind the Store's back: every view reloads
    return true;
}

bool SyncMerger::mergeOne(const SyncPackage& package, const QString& name, SyncSummary& summary, QString* error)
{
    m_conflicts.clear();
    m_touched.clear();
    m_laptopsCarried.clear();
    // What this file could claim before the package: a package of later changes extends only that.
    SyncLedger::Received received;
    received.knowledgeBefore = SyncLedger(m_store).knowledge();
    received.senderKnowledge = package.knowledge;
    received.since = package.since;
    m_maxStamp = qMax(m_maxStamp, package.clock);
    summary.senders << (package.laptopName.isEmpty() ? package.laptopId.left(8) : package.laptopName);
    // Restorations first, so the deletes they undo no longer hold; then deletes: a row re-added (with a new
    // id) after another one was deleted then takes its unique key without colliding with the row that is
    // going anyway. Rows of deleted ids are refused either way.
    for (const SyncPackage::Tombstone& restoration : package.restorations) {
        if (!applyRestoration(restoration, error))
            return false;
        m_laptopsCarried.insert(restoration.laptop);
    }
    for (int t = 0; t < package.tombstoneCount(); ++t) {
        SyncPackage::Tombstone tombstone;
        if (!package.tombstone(t, &tombstone, error) || !applyTombstone(tombstone, summary, error))
            return false;
        m_laptopsCarried.insert(tombstone.laptop);
    }
    for (const QString& table : Migrations::entityTables()) {
        const auto incoming = package.tables.constFind(table);
        if (incoming == package.tables.constEnd())
            continue;
        TableInfo& tableInfo = info(table, incoming.value());
        if (tableInfo.idColumn < 0 || tableInfo.updatedColumn < 0 || tableInfo.laptopColumn < 0) {
            if (error) // SyncPackageValidator refuses such a package first; this keeps the indexes safe regardless
                *error = tr("“%1” cannot be merged: its table “%2” lacks the id or stamps.").arg(name, table);
            return false;
        }
        SyncSummary::Counts& counts = summary.tables[table];
        QVector<int> deferred;
        // Rows are converted one at a time from the package, and only one is alive at a time.
        QVariantList values;
        QHash<QString, FieldStamp> fields;
        for (int r = 0; r < incoming->rowCount(); ++r) {
            QVariantList merged;
            if (!incoming->row(r, &values, &fields, error))
                return false;
            const Applied applied = applyRow(table, tableInfo, package, values, fields, &merged, error);
            if (applied == Applied::Failed)
                return false;
            if (applied == Applied::Collision)
                deferred << r;
            counts.added += applied == Applied::Added;
            counts.changed += applied == Applied::Changed;
        }
        // A row that collided on a unique key may fit once the others moved; if not, one row per key stays.
        for (int attempt = 0; attempt < 2 && !deferred.isEmpty(); ++attempt) {
            QVector<int> still;
            for (int r : qAsConst(deferred)) {
                QVariantList merged;
                if (!incoming->row(r, &values, &fields, error))
                    return false;
                const Applied applied = applyRow(table, tableInfo, package, values, fields, &merged, error);
                if (applied == Applied::Failed)
                    return false;
                if (applied == Applied::Collision) {
                    if (attempt == 0) {
                        still << r;
                        continue;
                    }
                    // One row per key: the other row's fields are folded into the one kept, field by field,
                    // so neither laptop's values are lost, and the fields that differed are listed.
                    bool incomingLost = false;
                    Folded displaced;
                    if (!resolveCollision(table, tableInfo, merged, fields, &incomingLost, &displaced, error))
                        return false;
                    if (!incomingLost) {
                        if (applyRow(table, tableInfo, package, values, fields, &merged, error) == Applied::Failed)
                            return false;
                        const QString keptId = merged.at(tableInfo.idColumn).toString();
                        if (!foldInto(table, tableInfo, keptId, displaced, error))
                            return false;
                    }
                    ++counts.changed;
                    continue;
                }
                counts.added += applied == Applied::Added;
                counts.changed += applied == Applied::Changed;
            }
            deferred = still;
        }
    }
    if (!repairReferences(name, error) || !tombstoneCascades(error))
        return false;

    summary.conflicts = int(m_conflicts.size());
    SyncLedger::Exchange exchange;
    exchange.packageId = package.packageId;
    exchange.laptopId = package.laptopId;
    exchange.laptopName = package.laptopName;
    exchange.fileName = name;
    exchange.changes = summary.totalChanges();
    exchange.conflicts = summary.conflicts;
    qint64 exchangeId = 0;
    received.laptopsCarried = m_laptopsCarried;
    if (!SyncLedger(m_store).recordReceived(exchange, received, &exchangeId, error))
        return false;
    return recordConflicts(exchangeId, error);
}

SyncMerger::TableInfo& SyncMerger::info(const QString& table, const SyncPackage::Table& incoming)
{
    auto it = m_tables.find(table);
    if (it != m_tables.end()) {
        // Packages of one call may come from different schema versions: re-map when the columns differ.
        if (it->packageIndex.size() == it->columns.size()) {
            bool same = true;
            for (int c = 0; same && c < it->columns.size(); ++c)
                same = incoming.columns.value(it->packageIndex.at(c)) == it->columns.at(c);
            if (same)
                return it.value();
        }
        m_tables.erase(it);
    }
    TableInfo tableInfo;
    const QStringList local = m_store.columns(table);
    for (int c = 0; c < incoming.columns.size(); ++c) {
        if (local.contains(incoming.columns.at(c))) {
            tableInfo.columns << incoming.columns.at(c);
            tableInfo.packageIndex << c;
        }
    }
    QStringList quotedColumns, marks;
    for (const QString& column : qAsConst(tableInfo.columns)) {
        quotedColumns << QLatin1Char('"') + column + QLatin1Char('"');
        marks << QStringLiteral("?");
    }
    tableInfo.selectSql = QStringLiteral("SELECT %1 FROM \"%2\" WHERE id = ?").arg(quotedColumns.join(QLatin1Char(',')), table);
    tableInfo.insertSql = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                              .arg(table, quotedColumns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    tableInfo.idColumn = int(tableInfo.columns.indexOf(QStringLiteral("id")));
    tableInfo.updatedColumn = int(tableInfo.columns.indexOf(QStringLiteral("updated_at")));
    tableInfo.laptopColumn = int(tableInfo.columns.indexOf(QStringLiteral("laptop_id")));
    tableInfo.createdColumn = int(tableInfo.columns.indexOf(QStringLiteral("created_at")));
    SqliteDatabase& db = m_store.database();
    SqliteStatement indexes(db, QStringLiteral("PRAGMA index_list(\"%1\")").arg(table));
    QStringList uniqueIndexes;
    while (indexes.step())
        if (indexes.integer(2) == 1 && indexes.text(3) == QLatin1String("u"))
            uniqueIndexes << indexes.text(1);
    for (const QString& index : qAsConst(uniqueIndexes)) {
        SqliteStatement columns(db, QStringLiteral("PRAGMA index_info(\"%1\")").arg(index));
        QStringList key;
        while (columns.step())
            key << columns.text(2);
        tableInfo.uniqueKeys << key;
    }
    SqliteStatement columnInfo(db, QStringLiteral("PRAGMA table_info(%1)").arg(SqliteDatabase::quotedIdentifier(table)));
    while (columnInfo.step()) {
        // dflt_value is SQL text: a quoted string, a number or nothing.
        const QString expression = columnInfo.text(4);
        QVariant value;
        if (expression.startsWith(QLatin1Char('\'')))
            value = expression.mid(1, expression.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        else if (!expression.isEmpty() && expression.compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0)
            value = expression.toLongLong();
        tableInfo.defaults.insert(columnInfo.text(1), value);
    }
    SqliteStatement keys(db, QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
    while (keys.step())
        tableInfo.references.push_back(
            {keys.text(3), keys.text(2), keys.text(6).compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0});
    return m_tables.insert(table, tableInfo).value();
}

SyncMerger::Applied SyncMerger::applyRow(const QString& table, TableInfo& info, const SyncPackage& package,
                                         const QVariantList& values, const QHash<QString, FieldStamp>& fields,
                                         QVariantList* merged, QString* error)
{
    const QStringList& columns = info.columns;
    QVariantList remote;
    remote.reserve(columns.size());
    for (int index : qAsConst(info.packageIndex))
        remote << values.at(index);
    const int idColumn = info.idColumn;
    const int updatedColumn = info.updatedColumn;
    const int laptopColumn = info.laptopColumn;
    const QString id = remote.at(idColumn).toString();
    const FieldStamp remoteRow{remote.value(updatedColumn).toLongLong(), remote.value(laptopColumn).toString()};
    m_maxStamp = qMax(m_maxStamp, remoteRow.stamp);
    m_laptopsCarried.insert(remoteRow.laptop);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_laptopsCarried.insert(it.value().laptop);
    *merged = remote;

    SqliteStatement& dead = statement(QStringLiteral("SELECT 1 FROM tombstones WHERE table_name = ? AND id = ?"));
    dead.bindAll({table, id});
    if (dead.step())
        return Applied::Nothing; // deleted here: a delete wins over every edit that did not know it

    SqliteStatement& select = statement(info.selectSql);
    select.bind(1, id);
    SqliteStatement& clock = statement(QStringLiteral("INSERT OR REPLACE INTO sync_field_clock VALUES (?, ?, ?, ?, ?, ?)"));
    auto writeClock = [&](const QString& column, const FieldStamp& stamp) {
        clock.reset();
        clock.bindAll({table, id, column, stamp.stamp, stamp.laptop, stamp.previous});
        if (!clock.run() && error)
            *error = clock.error();
        return !clock.hasError();
    };

    if (!select.step()) {
        if (select.hasError()) {
            if (error)
                *error = select.error();
            return Applied::Failed;
        }
        SqliteStatement& insert = statement(info.insertSql);
        insert.bindAll(remote);
        if (!insert.run()) {
            if (isUniqueFailure(insert.error()))
                return Applied::Collision;
            if (error)
                *error = insert.error();
            return Applied::Failed;
        }
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            m_maxStamp = qMax(m_maxStamp, it.value().stamp);
            if (columns.contains(it.key()) && !writeClock(it.key(), it.value()))
                return Applied::Failed;
        }
        m_touched.insert({table, id});
        return Applied::Added;
    }

    QVariantList local;
    local.reserve(columns.size());
    for (int c = 0; c < columns.size(); ++c)
        local << select.value(c);
    const QHash<QString, FieldStamp> localFields = fieldStamps(table, id);

    QStringList changed;
    QVariantList changedValues;
    QVector<QPair<QString, FieldStamp>> clockWrites;
    for (int c = 0; c < columns.size(); ++c) {
        const QString& column = columns.at(c);
        if (SyncSchema::isStampColumn(column)) {
            (*merged)[c] = local.at(c);
            continue;
        }
        const FieldStamp mine = localFields.value(column);
        const FieldStamp theirs = fields.value(column);
        m_maxStamp = qMax(m_maxStamp, theirs.stamp);
        const QString mineKey = valueKey(local.at(c));
        const QString theirsKey = valueKey(remote.at(c));
        const bool differ = mineKey != theirsKey;
        const bool bothEdited = mine.stamp > 0 && theirs.stamp > 0 && mine.laptop != theirs.laptop;
        // Concurrent: the winning edit was made on top of a value older than the losing one.
        if (newer(theirs, theirsKey, mine, mineKey)) {
            if (differ) {
                changed << column;
                changedValues << remote.at(c);
            }
            if (theirs.stamp != mine.stamp || theirs.laptop != mine.laptop)
                clockWrites.push_back({column, theirs});
            if (differ && bothEdited && theirs.previous < mine.stamp)
                m_conflicts.push_back({table, id, column, remote.at(c), local.at(c), theirs, mine});
        } else {
            (*merged)[c] = local.at(c);
            if (differ && bothEdited && mine.previous < theirs.stamp)
                m_conflicts.push_back({table, id, column, local.at(c), remote.at(c), mine, theirs});
        }
    }
    const FieldStamp localRow{local.value(updatedColumn).toLongLong(), local.value(laptopColumn).toString()};
    const bool rowNewer = newer(remoteRow, QString(), localRow, QString());
    // A row made apart on two laptops with one id (the demo, one schedule imported twice) keeps the earlier
    // creation time, whichever arrives first: otherwise the copies would differ there for ever.
    const int createdColumn = info.createdColumn;
    const bool earlierCreation = createdColumn >= 0 && !remote.at(createdColumn).toString().isEmpty()
                                 && remote.at(createdColumn).toString() < local.at(createdColumn).toString();
    if (changed.isEmpty() && !rowNewer && !earlierCreation)
        return Applied::Nothing;
    if (rowNewer) {
        (*merged)[updatedColumn] = remoteRow.stamp;
        (*merged)[laptopColumn] = remoteRow.laptop;
    }
    const FieldStamp rowStamp = rowNewer ? remoteRow : localRow;
    QStringList assignments;
    for (const QString& column : qAsConst(changed))
        assignments << QLatin1Char('"') + column + QStringLiteral("\" = ?");
    if (earlierCreation) {
        assignments << QStringLiteral("created_at = ?");
        changedValues << remote.at(info.createdColumn);
        (*merged)[info.createdColumn] = remote.at(info.createdColumn);
    }
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("laptop_id = ?");
    const QString key = assignments.join(QLatin1Char(','));
    auto found = info.updates.find(key);
    if (found == info.updates.end())
        found = info.updates.insert(key, std::make_shared<SqliteStatement>(
                                             m_store.database(),
                                             QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?").arg(table, key)));
    SqliteStatement& update = *found.value();
    update.reset();
    update.bindAll(changedValues + QVariantList{rowStamp.stamp, rowStamp.laptop, id});
    if (!update.run()) {
        // Our conflicts for this row are found again when it is retried.
        while (!m_conflicts.isEmpty() && m_conflicts.last().table == table && m_conflicts.last().rowId == id)
            m_conflicts.removeLast();
        if (isUniqueFailure(update.error()))
            return Applied::Collision;
        if (error)
            *error = update.error();
        return Applied::Failed;
    }
    // After the update: its trigger stamped the changed fields as if written now; the true stamps win.
    for (const auto& [column, stamp] : qAsConst(clockWrites))
        if (!writeClock(column, stamp))
            return Applied::Failed;
    if (!changed.isEmpty())
        m_touched.insert({table, id});
    return changed.isEmpty() ? Applied::Nothing : Applied::Changed;
}

QHash<QString, FieldStamp> SyncMerger::fieldStamps(const QString& table, const QString& id)
{
    QHash<QString, FieldStamp> result;
    SqliteStatement& stamps = statement(QStringLiteral(
        "SELECT column_name, stamp, laptop_id, previous FROM sync_field_clock WHERE table_name = ? AND row_id = ?"));
    stamps.bindAll({table, id});
    while (stamps.step())
        result.insert(stamps.text(0), FieldStamp{stamps.integer(1), stamps.text(2), stamps.integer(3)});
    return result;
}

bool SyncMerger::foldInto(const QString& table, TableInfo& info, const QString& keptId, const Folded& loser,
                          QString* error)
{
    SqliteStatement& select = statement(info.selectSql);
    select.bind(1, keptId);
    if (!select.step())
        return true; // the kept row went with a delete of its own
    QVariantList kept;
    for (int c = 0; c < info.columns.size(); ++c)
        kept << select.value(c);
    select.reset();
    const QHash<QString, FieldStamp> keptFields = fieldStamps(table, keptId);
    const FieldStamp keptRow{kept.at(info.updatedColumn).toLongLong(), kept.at(info.laptopColumn).toString()};
    QStringList assignments;
    QVariantList changedValues;
    QVector<QPair<QString, FieldStamp>> clockWrites;
    for (int c = 0; c < info.columns.size(); ++c) {
        const QString& column = info.columns.at(c);
        if (SyncSchema::isStampColumn(column) || c >= loser.values.size())
            continue;
        const QString keptKey = valueKey(kept.at(c));
        const QString loserKey = valueKey(loser.values.at(c));
        if (keptKey == loserKey)
            continue;
        // A field never edited since its row was made carries the row's stamp, unless it still holds the
        // column's default: then it was never set, and any value set on the other row is kept.
        const QString unset = valueKey(info.defaults.value(column));
        const FieldStamp mine = keptFields.value(column, keptKey == unset ? FieldStamp{} : keptRow);
        const FieldStamp theirs = loser.fields.value(column, loserKey == unset ? FieldStamp{} : loser.row);
        const bool bothSet = mine.stamp > 0 && theirs.stamp > 0; // two values people chose: a conflict
        if (newer(theirs, loserKey, mine, keptKey)) {
            assignments << SqliteDatabase::quotedIdentifier(column) + QStringLiteral(" = ?");
            changedValues << loser.values.at(c);
            clockWrites.push_back({column, theirs});
            if (bothSet)
                m_conflicts.push_back({table, keptId, column, loser.values.at(c), kept.at(c), theirs, mine});
        } else if (bothSet) {
            m_conflicts.push_back({table, keptId, column, kept.at(c), loser.values.at(c), mine, theirs});
        }
    }
    const FieldStamp rowStamp = newer(loser.row, QString(), keptRow, QString()) ? loser.row : keptRow;
    if (assignments.isEmpty() && rowStamp.stamp == keptRow.stamp && rowStamp.laptop == keptRow.laptop)
        return true;
    // The newer of the two row stamps: packages of later changes then carry the folded values too.
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("laptop_id = ?");
    SqliteStatement& update = statement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                            .arg(SqliteDatabase::quotedIdentifier(table), assignments.join(QLatin1Char(','))));
    update.bindAll(changedValues + QVariantList{rowStamp.stamp, rowStamp.laptop, keptId});
    if (!update.run()) {
        if (error)
            *error = update.error();
        return false;
    }
    SqliteStatement& clock = statement(QStringLiteral("INSERT OR REPLACE INTO sync_field_clock VALUES (?, ?, ?, ?, ?, ?)"));
    for (const auto& [column, stamp] : qAsConst(clockWrites)) {
        if (stamp.stamp <= 0)
            continue; // an unset field carries no clock
        clock.reset();
        clock.bindAll({table, keptId, column, stamp.stamp, stamp.laptop, stamp.previous});
        if (!clock.run()) {
            if (error)
                *error = clock.error();
            return false;
        }
    }
    m_touched.insert({table, keptId});
    return true;
}

bool SyncMerger::resolveCollision(const QString& table, TableInfo& info, const QVariantList& merged,
                                  const QHash<QString, FieldStamp>& fields, bool* incomingLost, Folded* displaced,
                                  QString* error)
{
    const QString id = merged.at(info.columns.indexOf(QStringLiteral("id"))).toString();
    for (const QStringList& key : qAsConst(info.uniqueKeys)) {
        QStringList conditions;
        QVariantList arguments;
        for (const QString& column : key) {
            const int index = info.columns.indexOf(column);
            if (index < 0)
                break;
            conditions << QLatin1Char('"') + column + QStringLiteral("\" IS ?");
            arguments << merged.at(index);
        }
        if (conditions.size() != key.size())
            continue;
        SqliteStatement& other = statement(QStringLiteral("SELECT id, updated_at, laptop_id FROM \"%1\" WHERE %2 AND id <> ?")
                                               .arg(table, conditions.join(QStringLiteral(" AND "))));
        other.bindAll(arguments + QVariantList{id});
        if (!other.step())
            continue;
        const QString otherId = other.text(0);
        other.reset();
        // One row per key: the smallest id, whichever laptop made it, so every file keeps the same one.
        const bool incomingWins = id < otherId;
        const QString loser = incomingWins ? otherId : id;
        const Folded incoming{merged, fields, {merged.at(info.updatedColumn).toLongLong(), merged.at(info.laptopColumn).toString()}};
        if (incomingWins) {
            // The local row goes: what it holds is kept aside, to be folded into the incoming one.
            SqliteStatement& select = statement(info.selectSql);
            select.bind(1, otherId);
            if (select.step()) {
                displaced->values.clear();
                for (int c = 0; c < info.columns.size(); ++c)
                    displaced->values << select.value(c);
                displaced->row = {displaced->values.at(info.updatedColumn).toLongLong(),
                                  displaced->values.at(info.laptopColumn).toString()};
            }
            select.reset();
            displaced->fields = fieldStamps(table, otherId);
        } else if (!foldInto(table, info, otherId, incoming, error)) {
            return false;
        }
        // A fresh stamp, so packages of later changes carry this delete to the laptops that lack it.
        const qint64 stamp = m_store.clock().now();
        const QString laptop = m_store.laptopId();
        SqliteStatement& remove = statement(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(table));
        remove.bind(1, loser);
        if (!remove.run() || !writeTombstone(table, loser, stamp, laptop, error)) {
            if (error && remove.hasError())
                *error = remove.error();
            return false;
        }
        *incomingLost = !incomingWins;
        return true;
    }
    if (error)
        *error = tr("A row of “%1” could not be merged: it clashes with another one.").arg(table);
    return false;
}

bool SyncMerger::writeTombstone(const QString& table, const QString& id, qint64 stamp, const QString& laptop,
                                QString* error)
{
    SqliteStatement& write = statement(QStringLiteral(
        "INSERT INTO tombstones (table_name, id, deleted_at, laptop_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(table_name, id) DO UPDATE SET laptop_id = CASE WHEN excluded.deleted_at > deleted_at "
        "THEN excluded.laptop_id ELSE laptop_id END, deleted_at = max(deleted_at, excluded.deleted_at)"));
    write.bindAll({table, id, stamp, laptop});
    if (!write.run()) {
        if (error)
            *error = write.error();
        return false;
    }
    return true;
}

bool SyncMerger::applyRestoration(const SyncPackage::Tombstone& restoration, QString* error)
{
    if (!Migrations::entityTables().contains(restoration.table))
        return true;
    m_maxStamp = qMax(m_maxStamp, restoration.stamp);
    SqliteStatement& keep = statement(QStringLiteral(
        "INSERT INTO restorations (table_name, id, restored_at, laptop_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(table_name, id) DO UPDATE SET laptop_id = CASE WHEN excluded.restored_at > restored_at "
        "THEN excluded.laptop_id ELSE laptop_id END, restored_at = max(restored_at, excluded.restored_at)"));
    keep.bindAll({restoration.table, restoration.id, restoration.stamp, restoration.laptop});
    // The delete it undoes no longer holds: the row the package brings is let in.
    SqliteStatement& revive = statement(
        QStringLiteral("DELETE FROM tombstones WHERE table_name = ? AND id = ? AND deleted_at < ?"));
    revive.bindAll({restoration.table, restoration.id, restoration.stamp});
    if (keep.run() && revive.run())
        return true;
    if (error)
        *error = keep.hasError() ? keep.error() : revive.error();
    return false;
}

bool SyncMerger::applyTombstone(const SyncPackage::Tombstone& tombstone, SyncSummary& summary, QString* error)
{
    if (!Migrations::entityTables().contains(tombstone.table))
        return true; // a table this version does not sync
    m_maxStamp = qMax(m_maxStamp, tombstone.stamp);
    // A delete that was undone after it (here or on a laptop whose restoration arrived) no longer holds.
    SqliteStatement& undone = statement(
        QStringLiteral("SELECT 1 FROM restorations WHERE table_name = ? AND id = ? AND restored_at > ?"));
    undone.bindAll({tombstone.table, tombstone.id, tombstone.stamp});
    if (undone.step())
        return true;
    if (!writeTombstone(tombstone.table, tombstone.id, tombstone.stamp, tombstone.laptop, error))
        return false;
    // Foreign keys delete the row's dependants or clear references to it, as a local delete would.
    SqliteStatement& remove = statement(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(tombstone.table));
    remove.bind(1, tombstone.id);
    if (!remove.run()) {
        if (error)
            *error = remove.error();
        return false;
    }
    if (m_store.database().changes() > 0)
        ++summary.tables[tombstone.table].deleted;
    return true;
}

bool SyncMerger::repairReferences(const QString& name, QString* error)
{
    // A row that arrived pointing at something deleted here follows the delete: it goes (ON DELETE CASCADE)
    // or loses the reference (SET NULL), exactly as if it had been here when the delete happened.
    for (const auto& [table, id] : qAsConst(m_touched)) {
        const auto found = m_tables.constFind(table);
        if (found == m_tables.constEnd())
            continue;
        for (const TableInfo::Reference& reference : found->references) {
            SqliteStatement& value = statement(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE id = ?")
                                                   .arg(reference.column, table));
            value.bind(1, id);
            if (!value.step() || value.value(0).isNull())
                continue; // the row itself went with an earlier reference
            const QString parentId = value.text(0);
            SqliteStatement& parent = statement(QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = ?").arg(reference.parent));
            parent.bind(1, parentId);
            if (parent.step())
                continue;
            SqliteStatement& dead = statement(QStringLiteral("SELECT 1 FROM tombstones WHERE table_name = ? AND id = ?"));
            dead.bindAll({reference.parent, parentId});
            if (!dead.step()) {
                if (error)
                    *error = tr("“%1” refers to something this file does not hold (%2 %3). Receive the earlier "
                                "packages of that laptop first, or ask it for a package of everything.")
                                 .arg(name, SyncSummary::tableLabel(reference.parent), parentId);
                return false;
            }
            SqliteStatement& fix = statement(
                reference.cascade ? QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(table)
                                  : QStringLiteral("UPDATE \"%1\" SET \"%2\" = NULL WHERE id = ?").arg(table, reference.column));
            fix.bind(1, id);
            if (!fix.run()) {
                if (error)
                    *error = fix.error();
                return false;
            }
        }
    }
    return true;
}

bool SyncMerger::watchDeletes(bool on, QString* error)
{
    // Temporary triggers (this connection, this merge only) note every row a delete takes with it.
    QString sql;
    if (on)
        sql = QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_deleted (table_name TEXT NOT NULL, id TEXT NOT NULL);\n");
    for (const QString& table : Migrations::entityTables()) {
        sql += on ? QStringLiteral("CREATE TEMP TRIGGER sync_deleted_%1 AFTER DELETE ON main.\"%1\" BEGIN "
                                   "INSERT INTO sync_deleted VALUES ('%1', old.id); END;\n").arg(table)
                  : QStringLiteral("DROP TRIGGER IF EXISTS temp.sync_deleted_%1;\n").arg(table);
    }
    if (!on)
        sql += QStringLiteral("DROP TABLE IF EXISTS temp.sync_deleted;\n");
    return m_store.database().exec(sql, error);
}

bool SyncMerger::tombstoneCascades(QString* error)
{
    // Rows that went with a deleted parent get tombstones of their own, stamped now: a laptop that holds a
    // later version of such a row (re-linked elsewhere) must learn it is gone, and only a tombstone newer
    // than what it knows travels in the packages of later changes.
    SqliteStatement& write = statement(QStringLiteral(
        "INSERT INTO tombstones (table_name, id, deleted_at, laptop_id) SELECT table_name, id, ?, ? FROM temp.sync_deleted "
        "WHERE true ON CONFLICT(table_name, id) DO NOTHING"));
    write.bindAll({m_store.clock().now(), m_store.laptopId()});
    if (!write.run() || !m_store.database().exec(QStringLiteral("DELETE FROM temp.sync_deleted"), error)) {
        if (error && write.hasError())
            *error = write.error();
        return false;
    }
    return true;
}

bool SyncMerger::recordConflicts(qint64 exchangeId, QString* error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Conflict& conflict : qAsConst(m_conflicts)) {
        SqliteStatement& insert = statement(QStringLiteral(
            "INSERT OR IGNORE INTO sync_conflicts (exchange_id, table_name, row_id, column_name, kept_value, kept_stamp,"
            " kept_laptop, other_value, other_stamp, other_laptop, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        insert.bindAll({exchangeId, conflict.table, conflict.rowId, conflict.column, conflict.keptValue,
                        conflict.kept.stamp, conflict.kept.laptop, conflict.otherValue, conflict.other.stamp,
                        conflict.other.laptop, now});
        if (!insert.run()) {
            if (error)
                *error = insert.error();
            return false;
        }
    }
    return true;
}

} // namespace standlab
