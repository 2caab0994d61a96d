// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncledger.h"

#include "db/sqlitestatement.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace standlab {
namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QHash<QString, qint64> knowledgeFromJson(const QString& text)
{
    QHash<QString, qint64> result;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it.value().toString().toLongLong());
    return result;
}

QString knowledgeToJson(const QHash<QString, qint64>& knowledge)
{
    QJsonObject object;
    for (auto it = knowledge.cbegin(); it != knowledge.cend(); ++it)
        object.insert(it.key(), QString::number(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// In the file's meta table: no schema change is needed for a fact that only this laptop uses.
constexpr const char* contiguousKey = "sync_contiguous_knowledge";

void takeMax(QHash<QString, qint64>& into, const QString& laptop, qint64 stamp)
{
    if (laptop.isEmpty())
        return;
    auto it = into.find(laptop);
    if (it == into.end())
        into.insert(laptop, stamp);
    else if (stamp > it.value())
        it.value() = stamp;
}

} // namespace

SyncLedger::SyncLedger(Store& store) : m_store(store) {}

QHash<QString, qint64> SyncLedger::contiguousLimits() const
{
    return knowledgeFromJson(m_store.meta(QLatin1String(contiguousKey)));
}

QHash<QString, qint64> SyncLedger::knowledge() const
{
    // The rows show the newest stamp of each laptop, but after a package with a gap that is not what the
    // file holds of it without a hole: the limit kept for such a laptop caps the claim.
    QHash<QString, qint64> result = held();
    const QHash<QString, qint64> limits = contiguousLimits();
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        auto found = result.find(it.key());
        if (found != result.end() && found.value() > it.value())
            found.value() = it.value();
    }
    return result;
}

QHash<QString, qint64> SyncLedger::stamped() const
{
    QHash<QString, qint64> result;
    QStringList sources;
    for (const QString& table : Migrations::entityTables())
        sources << QStringLiteral("SELECT laptop_id, max(updated_at) FROM \"%1\" GROUP BY laptop_id").arg(table);
    sources << QStringLiteral("SELECT laptop_id, max(deleted_at) FROM tombstones GROUP BY laptop_id")
            << QStringLiteral("SELECT laptop_id, max(restored_at) FROM restorations GROUP BY laptop_id")
            << QStringLiteral("SELECT laptop_id, max(stamp) FROM sync_field_clock GROUP BY laptop_id");
    for (const QString& sql : qAsConst(sources)) {
        SqliteStatement statement(m_store.database(), sql);
        while (statement.step())
            takeMax(result, statement.text(0), statement.integer(1));
    }
    return result;
}

QHash<QString, qint64> SyncLedger::held() const
{
    // What the rows themselves show, so a file copied from another laptop knows what it holds...
    QHash<QString, qint64> result = stamped();
    // ...and what received packages said, for changes that were later overwritten here.
    SqliteStatement received(m_store.database(), QStringLiteral("SELECT laptop_id, stamp FROM sync_knowledge"));
    while (received.step())
        takeMax(result, received.text(0), received.integer(1));
    takeMax(result, m_store.laptopId(), m_store.clock().last());
    return result;
}

QVector<SyncLedger::Peer> SyncLedger::peers() const
{
    QVector<Peer> result;
    SqliteStatement statement(m_store.database(), QStringLiteral(
        "SELECT laptop_id, name, knowledge, last_received_at, last_sent_at FROM sync_peers ORDER BY name"));
    while (statement.step())
        result.push_back({statement.text(0), statement.text(1), statement.text(3), statement.text(4),
                          knowledgeFromJson(statement.text(2))});
    return result;
}

std::optional<SyncLedger::Peer> SyncLedger::findPeer(const QString& nameOrId, QString* ambiguity) const
{
    const QString wanted = nameOrId.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const QVector<Peer> all = peers();
    // An exact id first; then the start of an id (as the short ids shown), then the name.
    for (const Peer& peer : all)
        if (peer.laptopId == wanted)
            return peer;
    QVector<Peer> byPrefix, byName;
    for (const Peer& peer : all) {
        if (wanted.size() >= 4 && peer.laptopId.startsWith(wanted, Qt::CaseInsensitive))
            byPrefix << peer;
        if (peer.name.compare(wanted, Qt::CaseInsensitive) == 0)
            byName << peer;
    }
    const QVector<Peer>& matches = byPrefix.isEmpty() ? byName : byPrefix;
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1 && ambiguity) {
        QStringList candidates;
        for (const Peer& peer : matches)
            candidates << QStringLiteral("“%1” (%2)").arg(peer.name, peer.laptopId.left(8));
        *ambiguity = tr("“%1” could be any of %2 laptops: %3. Give the id of the one you mean (its first "
                        "characters are enough).")
                         .arg(wanted)
                         .arg(matches.size())
                         .arg(candidates.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QString SyncLedger::nameOf(const QString& laptopId) const
{
    if (laptopId == m_store.laptopId())
        return tr("this laptop");
    SqliteStatement statement(m_store.database(), QStringLiteral("SELECT name FROM sync_peers WHERE laptop_id = ?"));
    statement.bind(1, laptopId);
    if (statement.step() && !statement.text(0).isEmpty())
        return statement.text(0);
    return laptopId.left(8);
}

qint64 SyncLedger::watermarkFor(const Peer& peer) const
{
    // Everything held counts here, beyond a gap too: the peer may lack exactly those changes.
    const QHash<QString, qint64> mine = held();
    qint64 watermark = -1;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const qint64 theirs = peer.knowledge.value(it.key(), 0);
        // Only laptops whose changes we hold matter; the peer is missing whatever is newer than its view.
        if (theirs < it.value())
            watermark = watermark < 0 ? theirs : qMin(watermark, theirs);
    }
    return watermark < 0 ? m_store.clock().last() : watermark;
}

QVector<SyncLedger::Exchange> SyncLedger::exchanges() const
{
    QVector<Exchange> result;
    SqliteStatement statement(m_store.database(), QStringLiteral(
        "SELECT id, direction, package_id, laptop_id, laptop_name, happened_at, file_name, changes, conflicts "
        "FROM sync_exchanges ORDER BY id DESC"));
    while (statement.step()) {
        Exchange exchange;
        exchange.id = statement.integer(0);
        exchange.received = statement.text(1) == QLatin1String("in");
        exchange.packageId = statement.text(2);
        exchange.laptopId = statement.text(3);
        exchange.laptopName = statement.text(4);
        exchange.happenedAt = statement.text(5);
        exchange.fileName = statement.text(6);
        exchange.changes = int(statement.integer(7));
        exchange.conflicts = int(statement.integer(8));
        result.push_back(exchange);
    }
    return result;
}

bool SyncLedger::hasReceived(const QString& packageId) const
{
    SqliteStatement statement(m_store.database(), QStringLiteral(
        "SELECT 1 FROM sync_exchanges WHERE package_id = ? AND direction = 'in'"));
    statement.bind(1, packageId);
    return statement.step();
}

bool SyncLedger::recordSent(const QString& packageId, const QString& peerId, const QString& peerName,
                            const QString& fileName, int rows, QString* error)
{
    Store::Transaction transaction(m_store);
    SqliteStatement statement(m_store.database(), QStringLiteral(
        "INSERT INTO sync_exchanges (direction, package_id, laptop_id, laptop_name, happened_at, file_name, changes) "
        "VALUES ('out', ?, ?, ?, ?, ?, ?)"));
    statement.bindAll({packageId, peerId, peerName, nowIso(), fileName, rows});
    if (!statement.run()) {
        if (error)
            *error = statement.error();
        return false;
    }
    if (!peerId.isEmpty()) {
        SqliteStatement peer(m_store.database(), QStringLiteral(
            "UPDATE sync_peers SET last_sent_at = ? WHERE laptop_id = ?"));
        peer.bindAll({nowIso(), peerId});
        peer.run();
    }
    return transaction.commit(error);
}

bool SyncLedger::recordReceived(const Exchange& exchange, const Received& received, qint64* exchangeId,
                                QString* error)
{
    const QHash<QString, qint64>& senderKnowledge = received.senderKnowledge;
    SqliteDatabase& db = m_store.database();
    SqliteStatement history(db, QStringLiteral(
        "INSERT INTO sync_exchanges (direction, package_id, laptop_id, laptop_name, happened_at, file_name, changes,"
        " conflicts) VALUES ('in', ?, ?, ?, ?, ?, ?, ?)"));
    history.bindAll({exchange.packageId, exchange.laptopId, exchange.laptopName, nowIso(), exchange.fileName,
                     exchange.changes, exchange.conflicts});
    SqliteStatement peer(db, QStringLiteral(
        "INSERT INTO sync_peers (laptop_id, name, knowledge, last_received_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(laptop_id) DO UPDATE SET name = excluded.name, knowledge = excluded.knowledge,"
        " last_received_at = excluded.last_received_at"));
    QString lastError;
    if (!history.run())
        lastError = history.error();
    if (exchangeId)
        *exchangeId = db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    // What the sender holds, merged with what it said before (an older package may arrive late).
    QHash<QString, qint64> merged = senderKnowledge;
    if (const auto known = findPeer(exchange.laptopId)) {
        for (auto it = known->knowledge.cbegin(); it != known->knowledge.cend(); ++it)
            takeMax(merged, it.key(), it.value());
    }
    peer.bindAll({exchange.laptopId, exchange.laptopName, knowledgeToJson(merged), nowIso()});
    if (lastError.isEmpty() && !peer.run())
        lastError = peer.error();
    SqliteStatement knowledge(db, QStringLiteral(
        "INSERT INTO sync_knowledge (laptop_id, stamp) VALUES (?, ?) "
        "ON CONFLICT(laptop_id) DO UPDATE SET stamp = max(stamp, excluded.stamp)"));
    QSet<QString> laptops = received.laptopsCarried;
    for (auto it = senderKnowledge.cbegin(); it != senderKnowledge.cend(); ++it)
        laptops.insert(it.key());
    laptops.remove(m_store.laptopId());
    QHash<QString, qint64> limits = contiguousLimits();
    const QHash<QString, qint64> holding = held(); // the package's rows are in by now
    bool limitsChanged = false;
    for (const QString& laptop : qAsConst(laptops)) {
        if (laptop.isEmpty() || !lastError.isEmpty())
            continue;
        const qint64 before = received.knowledgeBefore.value(laptop, 0);
        const bool gap = received.since > 0 && before < received.since;
        if (gap) {
            // Held of it without a hole: what it was before this package, and no more.
            const auto limit = limits.constFind(laptop);
            if (limit == limits.constEnd() || limit.value() > before) {
                limits.insert(laptop, before);
                limitsChanged = true;
            }
            continue;
        }
        const qint64 reached = qMax(before, senderKnowledge.value(laptop, 0));
        knowledge.reset();
        knowledge.bindAll({laptop, reached});
        if (!knowledge.run())
            lastError = knowledge.error();
        const auto limit = limits.find(laptop);
        if (limit != limits.end()) {
            // The gap is filled up to `reached`; once that covers all this file holds of it, no limit.
            if (reached >= holding.value(laptop, 0))
                limits.erase(limit);
            else
                limit.value() = qMax(limit.value(), reached);
            limitsChanged = true;
        }
    }
    if (lastError.isEmpty() && limitsChanged
        && !m_store.setMeta(QLatin1String(contiguousKey), knowledgeToJson(limits), &lastError) && lastError.isEmpty())
        lastError = tr("The sync knowledge could not be written.");
    if (!lastError.isEmpty() && error)
        *error = lastError;
    return lastError.isEmpty();
}

QVector<SyncLedger::Conflict> SyncLedger::conflicts(bool openOnly) const
{
    QVector<Conflict> result;
    SqliteStatement statement(m_store.database(),
                              QStringLiteral("SELECT id, table_name, row_id, column_name, kept_value, kept_laptop,"
                                             " kept_stamp, other_value, other_laptop, other_stamp, detected_at,"
                                             " resolution FROM sync_conflicts %1 ORDER BY id DESC")
                                  .arg(openOnly ? QStringLiteral("WHERE resolution = 'open'") : QString()));
    while (statement.step()) {
        Conflict conflict;
        conflict.id = statement.integer(0);
        conflict.table = statement.text(1);
        conflict.rowId = statement.text(2);
        conflict.column = statement.text(3);
        conflict.keptValue = statement.value(4);
        conflict.keptLaptop = statement.text(5);
        conflict.keptStamp = statement.integer(6);
        conflict.otherValue = statement.value(7);
        conflict.otherLaptop = statement.text(8);
        conflict.otherStamp = statement.integer(9);
        conflict.detectedAt = statement.text(10);
        conflict.resolution = statement.text(11);
        result.push_back(conflict);
    }
    return result;
}

QString SyncLedger::describeRow(const QString& table, const QString& rowId) const
{
    const std::optional<Row> row = m_store.row(table, rowId);
    if (!row)
        return tr("%1 (deleted since)").arg(rowId.left(8));
    for (const char* column : {"title", "name", "day", "note", "body"}) {
        const QString text = row->value(QString::fromLatin1(column)).toString().simplified();
        if (!text.isEmpty())
            return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
    }
    return rowId.left(8);
}

int SyncLedger::openConflictCount() const
{
    return m_store.database()
        .scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution = 'open'"))
        .toInt();
}

bool SyncLedger::setResolution(qint64 conflictId, const QString& resolution, QString* error)
{
    Store::Transaction transaction(m_store);
    SqliteStatement statement(m_store.database(),
                              QStringLiteral("UPDATE sync_conflicts SET resolution = ? WHERE id = ?"));
    statement.bindAll({resolution, conflictId});
    if (!statement.run()) {
        if (error)
            *error = statement.error();
        return false;
    }
    return transaction.commit(error);
}

} // namespace standlab
