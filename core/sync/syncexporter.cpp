// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncexporter.h"

#include "db/sqlitestatement.h"
#include "store/migrations.h"
#include "store/store.h"
#include "eventdigest.h"
#include "syncledger.h"
#include "syncschema.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace standlab {

namespace {

// Deletes or restorations stamped after `since`: the same shape in both tables.
QVector<SyncPackage::Tombstone> marks(SqliteDatabase& db, const QString& table, const QString& stampColumn, qint64 since)
{
    QVector<SyncPackage::Tombstone> result;
    SqliteStatement rows(db, QStringLiteral("SELECT table_name, id, %2, laptop_id FROM %1 WHERE %2 > ? ORDER BY table_name, id")
                                 .arg(table, stampColumn));
    rows.bind(1, since);
    while (rows.step())
        result.push_back({rows.text(0), rows.text(1), rows.integer(2), rows.text(3)});
    return result;
}

} // namespace

SyncExporter::SyncExporter(Store& store, const QString& laptopName) : m_store(store), m_laptopName(laptopName) {}

SyncPackage SyncExporter::build(qint64 since) const
{
    SqliteDatabase& db = m_store.database();
    SyncPackage package;
    package.packageId = Store::newId();
    package.laptopId = m_store.laptopId();
    package.laptopName = m_laptopName;
    package.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    package.schemaVersion = m_store.schemaVersion();
    package.since = since;
    package.knowledge = SyncLedger(m_store).knowledge();
    package.clock = m_store.clock().last();
    package.digest = EventDigest::of(m_store);

    for (const QString& table : Migrations::entityTables()) {
        SyncPackage::Table out;
        out.columns = m_store.columns(table);
        QHash<QString, int> indexOf;
        SqliteStatement rows(db, QStringLiteral("SELECT * FROM \"%1\" WHERE updated_at > ? ORDER BY id").arg(table));
        rows.bind(1, since);
        const int idColumn = out.columns.indexOf(QStringLiteral("id"));
        while (rows.step()) {
            QVariantList values;
            values.reserve(out.columns.size());
            for (int c = 0; c < out.columns.size(); ++c)
                values << rows.value(c);
            indexOf.insert(values.at(idColumn).toString(), int(out.rows.size()));
            out.rows << values;
            out.fields << QHash<QString, FieldStamp>();
        }
        if (out.rows.isEmpty())
            continue;
        SqliteStatement clock(db, QStringLiteral(
            "SELECT row_id, column_name, stamp, laptop_id, previous FROM sync_field_clock WHERE table_name = ?"));
        clock.bind(1, table);
        while (clock.step()) {
            const auto found = indexOf.constFind(clock.text(0));
            if (found != indexOf.constEnd())
                out.fields[found.value()].insert(clock.text(1), FieldStamp{clock.integer(2), clock.text(3), clock.integer(4)});
        }
        package.tables.insert(table, out);
    }
    package.tombstones = marks(db, QStringLiteral("tombstones"), QStringLiteral("deleted_at"), since);
    package.restorations = marks(db, QStringLiteral("restorations"), QStringLiteral("restored_at"), since);
    return package;
}

std::optional<SyncPackage> SyncExporter::buildFor(const QString& peer, QString* note, QString* error) const
{
    const SyncLedger ledger(m_store);
    QString ambiguity;
    const std::optional<SyncLedger::Peer> known = ledger.findPeer(peer, &ambiguity);
    if (!ambiguity.isEmpty()) {
        if (error)
            *error = ambiguity;
        return std::nullopt;
    }
    if (!known) {
        if (note)
            *note = tr("No package from “%1” was ever received here, so the package holds everything.").arg(peer);
        return build(0);
    }
    return build(ledger.watermarkFor(*known));
}

SyncPackage SyncExporter::buildFor(const QString& peer, QString* note) const
{
    QString ambiguity;
    if (std::optional<SyncPackage> package = buildFor(peer, note, &ambiguity))
        return *package;
    if (note)
        *note = tr("%1 The package holds everything.").arg(ambiguity);
    return build(0);
}

bool SyncExporter::write(const SyncPackage& package, const QString& path, const QString& peer, QString* error) const
{
    if (!package.write(path, error))
        return false;
    const SyncLedger ledger(m_store);
    const std::optional<SyncLedger::Peer> known = peer.isEmpty() ? std::nullopt : ledger.findPeer(peer);
    if (m_store.isReadOnly())
        return true; // a read-only file can still share what it holds; there is just no history line
    SyncLedger writer(m_store);
    return writer.recordSent(package.packageId, known ? known->laptopId : QString(),
                             known ? known->name : tr("everyone"), QFileInfo(path).fileName(), package.rowCount(),
                             error);
}

QString SyncExporter::suggestedFileName() const
{
    QString name = m_laptopName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return QStringLiteral("%1-%2.%3")
        .arg(name.isEmpty() ? QStringLiteral("laptop") : name,
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")),
             QLatin1String(SyncPackage::fileSuffix));
}

} // namespace standlab
