// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "db/sqlitestatement.h"
#include "fileinspector.h"
#include "filelock.h"
#include "migrations.h"
#include "schemaverifier.h"
#include "search/searchbacklog.h"
#include "search/searchindexbatch.h"
#include "sync/laptopidentity.h"
#include "sync/replicaidentity.h"
#include "timeorderedid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSysInfo>
#include <cstdio>
#include <map>
#include <memory>
#include <sqlite3.h>

namespace standlab {
namespace {

// From this many rows on, insertMany() indexes them for search in one go (below it the triggers are cheaper).
constexpr int bulkIndexThreshold = 32;
// From this many rows on, SearchIndexing::Later leaves them to catchUpSearchIndex(): indexing costs about
// 25 µs a row, so below this the user would not notice the wait.
constexpr int deferredIndexThreshold = 2000;

QString quoted(const QString& identifier)
{
    return SqliteDatabase::quotedIdentifier(identifier);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Store::Store() = default;

Store::~Store()
{
    // Fold the WAL back into the file so a closed event is one self-contained file. A refused file is
    // never touched.
    if (m_db.isOpen() && !m_readOnly && m_ready)
        m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    m_db.close();
}

QString Store::newId()
{
    return TimeOrderedId::next();
}

QString Store::defaultLaptopId()
{
    // One identity per laptop, shared with the GUI (issue 7); the machine hash only if settings are unusable.
    const QString shared = LaptopIdentity::id();
    if (!shared.isEmpty())
        return shared;
    QByteArray machine = QSysInfo::machineUniqueId();
    if (machine.isEmpty())
        machine = QSysInfo::machineHostName().toUtf8();
    // A hash, so the machine's own identifier never travels inside shared files.
    return QString::fromLatin1(QCryptographicHash::hash(machine, QCryptographicHash::Sha256).toHex().left(16));
}

std::unique_ptr<Store> Store::create(const QString& path, const OpenOptions& options, QString* error)
{
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (error)
            *error = tr("Cannot create “%1”: the folder %2 does not exist.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    if (info.exists()) {
        if (error)
            *error = tr("Cannot create “%1”: a file of that name already exists.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store);
    if (!store->initialise(path, options, true, error)) {
        store.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return nullptr;
    }
    return store;
}

std::unique_ptr<Store> Store::open(const QString& path, const OpenOptions& options, QString* error)
{
    const FileInspector::Verdict verdict = FileInspector::inspect(path);
    if (verdict != FileInspector::Verdict::Ok) {
        if (error)
            *error = FileInspector::explain(verdict, path);
        return nullptr;
    }
    // Refuse what the header already tells apart before SQLite, the lock or a journal creates any file.
    quint32 applicationId = 0;
    int version = 0;
    if (FileInspector::readHeader(path, &applicationId, &version)) {
        QString refusal;
        if (applicationId != quint32(Migrations::applicationId))
            refusal = foreignFileMessage(path);
        else if (version > Migrations::latestVersion())
            refusal = newerFileMessage(path, version);
        if (!refusal.isEmpty()) {
            if (error)
                *error = refusal;
            return nullptr;
        }
    }
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    std::unique_ptr<Store> store(new Store);
    if (!store->initialise(path, options, false, error)) {
        store.reset(); // closes the connection and releases the lock file
        // SQLite creates these for a WAL-mode file even when it only reads; a refused file is left as found.
        if (!hadWal && QFileInfo(wal).exists() && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
            if (!hadShm)
                QFile::remove(shm);
        }
        return nullptr;
    }
    return store;
}

namespace {

// What failed when SQLite opened or first read the file, from its extended result code: a full disk, a
// read-only place or an I/O error is not called damage.
QString openFailureMessage(const QString& path, int code, const QString& reason)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (code) {
    case SQLITE_IOERR_SHMOPEN:
    case SQLITE_IOERR_SHMSIZE:
    case SQLITE_IOERR_SHMMAP:
        return Store::tr("Cannot open “%1”: its index file “%2” could not be created beside it; the disk may be "
                         "full. Free some space on that disk, or copy the file to another disk, and open it again.")
            .arg(name, QDir::toNativeSeparators(path + QStringLiteral("-shm")));
    default:
        break;
    }
    switch (code & 0xff) { // the primary result code, whatever the extended detail
    case SQLITE_FULL:
        return Store::tr("Cannot open “%1”: the disk is full. Free some space on that disk, or copy the file to "
                         "another disk, and open it again.")
            .arg(name);
    case SQLITE_READONLY:
        return Store::tr("Cannot open “%1”: the file or its folder is read-only (%2). Make them writable, or copy "
                         "the file to a folder of your own.")
            .arg(name, reason);
    case SQLITE_CANTOPEN:
        return Store::tr("Cannot open “%1”: it or the files kept beside it could not be opened (%2). Check that the "
                         "file exists and that you may read and write in its folder.")
            .arg(name, reason);
    case SQLITE_IOERR:
        return Store::tr("Cannot open “%1”: the disk reported an error while reading or writing it (%2). The disk "
                         "may be full, removed or failing: copy the file to another disk and open the copy.")
            .arg(name, reason);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Store::tr("Cannot open “%1”: another program is using it (%2). Close it there and try again.")
            .arg(name, reason);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Store::tr("Cannot open “%1”: the file is damaged or not a database (%2).").arg(name, reason);
    default:
        return Store::tr("Cannot open “%1”: %2").arg(name, reason);
    }
}

} // namespace

QString Store::foreignFileMessage(const QString& path)
{
    return tr("Cannot open “%1”: it is a SQLite database of another application, not a Stand Lab event.")
        .arg(QDir::toNativeSeparators(path));
}

QString Store::newerFileMessage(const QString& path, int version)
{
    return tr("Cannot open “%1”: it was saved by a newer Stand Lab (file version %2; this version reads up to "
              "%3). Update Stand Lab to open it.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(Migrations::latestVersion());
}

bool Store::initialise(const QString& path, const OpenOptions& options, bool creating, QString* error)
{
    const QString name = QDir::toNativeSeparators(path);
    m_clock = HybridClock(options.wallClock);
    m_laptopId = options.laptopId.isEmpty() ? defaultLaptopId() : options.laptopId;

    m_readOnly = options.readOnly;
    if (!creating && !m_readOnly && FileInspector::isMarkedReadOnly(path)) {
        m_readOnly = true;
        m_readOnlyReason = tr("“%1” is a read-only file: you can read it, but changes cannot be saved. "
                              "Use File › Save a copy… to work on a copy.")
                               .arg(name);
    } else if (m_readOnly) {
        m_readOnlyReason = tr("“%1” was opened read-only.").arg(name);
    }

    if (!m_readOnly) {
        m_lock = std::make_unique<FileLock>(path);
        if (!m_lock->tryLock(error))
            return false;
    }

    QString reason;
    const auto mode = creating ? SqliteDatabase::Mode::Create
                               : (m_readOnly ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::ReadWrite);
    if (!m_db.open(path, mode, &reason)) {
        if (error)
            *error = openFailureMessage(path, m_db.lastErrorCode(), reason);
        return false;
    }
    // Until the file is accepted, closing must not fold a journal left beside it into the file.
    const bool journalWaiting = !creating && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (journalWaiting && !m_readOnly)
        m_db.setCheckpointOnClose(false);
    // A new file's schema is made by our own migrations below.
    if (creating)
        m_db.setSchemaTrusted(true);

    if (!creating) {
        // Refuse foreign and damaged files before anything could write to them. This is also the first
        // read, so a disk that cannot take the journal's index (-shm) or an I/O error shows up here.
        const int appId = m_db.scalar(QStringLiteral("PRAGMA application_id"), &reason).toInt();
        if (!reason.isEmpty()) {
            if (error)
                *error = openFailureMessage(path, m_db.lastErrorCode(), reason);
            return false;
        }
        if (appId != Migrations::applicationId) {
            if (error)
                *error = foreignFileMessage(path);
            return false;
        }
        const int version = Migrations::version(m_db);
        if (version > Migrations::latestVersion()) {
            if (error)
                *error = newerFileMessage(path, version);
            return false;
        }
        if (!checkIntegrity(&reason, true)) {
            if (error)
                *error = tr("Cannot open “%1”: the integrity check failed (%2). Restore it from a backup.")
                             .arg(name, reason);
            return false;
        }
        // Before anything runs a trigger or writes: a schema another program changed is refused as it is.
        if (!SchemaVerifier::verify(m_db, version, path, error))
            return false;
        m_db.setSchemaTrusted(true);
        if (version < Migrations::latestVersion()) {
            if (m_readOnly) {
                if (error)
                    *error = tr("Cannot open “%1” read-only: it was saved by an older Stand Lab and must be "
                                "upgraded, which needs write access.")
                                 .arg(name);
                return false;
            }
            // A copy named after the old version comes first, so an upgrade can always be undone by hand.
            const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
            if (!QFileInfo::exists(backup) && !saveCopy(backup, &reason)) {
                if (error)
                    *error = tr("Cannot upgrade “%1”: the safety copy could not be written (%2).").arg(name, reason);
                return false;
            }
        }
    }

    // The upgrade runs before the switch to WAL, so a failed one leaves even the journal mode as it was.
    if (!m_readOnly && !Migrations::migrate(m_db, Migrations::latestVersion(), &reason)) {
        if (error)
            *error = tr("Cannot open “%1”: %2").arg(name, reason);
        return false;
    }
    if (!configureConnection(error))
        return false;
    loadSchemaInfo();
    const qint64 lastStamp = meta(QStringLiteral("hlc_last")).toLongLong();
    m_clock.observe(lastStamp);
    m_ready = true;
    if (journalWaiting && !m_readOnly)
        m_db.setCheckpointOnClose(true);
    if (options.laptopId.isEmpty())
        resolveReplica();
    if (creating) {
        if (!setMeta(QStringLiteral("created_at"), nowIso(), error))
            return false;
    }
    return true;
}

bool Store::configureConnection(QString* error)
{
    QString reason;
    if (!m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    if (m_readOnly)
        return true;
    const QString mode = m_db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"), &reason).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = tr("Cannot open “%1”: the write-ahead journal could not be enabled (%2).")
                         .arg(QDir::toNativeSeparators(path()), reason.isEmpty() ? mode : reason);
        return false;
    }
    // A page cache of up to 64 MiB (filled only as pages are read): an import or a merge of 100,000 rows
    // touches more pages than the default 2 MiB holds, and spilling them to the journal mid-transaction
    // and reading them back dominates its time.
    if (!m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"), error))
        return false;
    // FULL: a committed edit survives a power cut, not only a crash.
    return m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"), error);
}

void Store::loadSchemaInfo()
{
    m_columns.clear();
    m_references.clear();
    SqliteStatement tables(m_db, QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.step())
        names << tables.text(0);
    for (const QString& table : qAsConst(names)) {
        SqliteStatement info(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
        QStringList columns;
        QVariantList defaults;
        while (info.step()) {
            columns << info.text(1);
            // dflt_value is SQL text: a quoted string, a number or nothing.
            const QString expression = info.text(4);
            if (expression.startsWith(QLatin1Char('\'')))
                defaults << expression.mid(1, expression.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
            else if (expression.isEmpty() || expression.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
                defaults << QVariant();
            else
                defaults << expression.toLongLong();
        }
        m_columns.insert(table, columns);
        m_defaults.insert(table, defaults);
        SqliteStatement keys(m_db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)));
        while (keys.step()) {
            Reference reference;
            reference.childTable = table;
            reference.parentTable = keys.text(2);
            reference.childColumn = keys.text(3);
            reference.cascade = keys.text(6).compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0;
            m_references.push_back(reference);
        }
    }
}

void Store::resolveReplica()
{
    const ReplicaIdentity::Resolution replica = ReplicaIdentity::resolve(
        meta(QLatin1String(ReplicaIdentity::idKey)), meta(QLatin1String(ReplicaIdentity::anchorKey)), path(),
        defaultLaptopId());
    m_laptopId = replica.id;
    // Stored with the first edit, not at open: opening (or a refused package) leaves the file as it was, and
    // until then every open derives the same id again.
    m_replicaAnchor = replica.changed && !m_readOnly ? replica.anchor : QString();
}

bool Store::persistReplica(QString* error)
{
    if (m_replicaAnchor.isEmpty())
        return true;
    SqliteStatement statement(m_db, QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?), (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    statement.bindAll({QLatin1String(ReplicaIdentity::idKey), m_laptopId, QLatin1String(ReplicaIdentity::anchorKey),
                       m_replicaAnchor});
    if (statement.run())
        return true;
    if (error)
        *error = statement.error();
    return false;
}

int Store::schemaVersion() const
{
    return Migrations::version(m_db);
}

QStringList Store::columns(const QString& table) const
{
    return m_columns.value(table);
}

bool Store::ensureWritable(QString* error) const
{
    if (!m_readOnly)
        return true;
    if (error)
        *error = m_readOnlyReason;
    return false;
}

// ---- transactions --------------------------------------------------------------------------------

Store::Transaction::Transaction(Store& store) : m_store(store)
{
    m_open = m_store.begin(nullptr);
}

Store::Transaction::~Transaction()
{
    if (m_open)
        m_store.rollbackLevel();
}

bool Store::Transaction::commit(QString* error)
{
    if (!m_open) {
        if (error && error->isEmpty())
            *error = tr("The change could not be started: %1").arg(m_store.m_db.lastError());
        return false;
    }
    m_open = false;
    return m_store.commitLevel(error);
}

bool Store::begin(QString* error)
{
    if (!ensureWritable(error))
        return false;
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT level%1").arg(m_depth);
    if (!m_db.exec(sql, error))
        return false;
    ++m_depth;
    return true;
}

bool Store::commitLevel(QString* error)
{
    if (m_depth > 1) {
        --m_depth;
        return m_db.exec(QStringLiteral("RELEASE level%1").arg(m_depth), error);
    }
    QString reason;
    if (!persistReplica(&reason) || !persistClock(&reason) || !m_db.exec(QStringLiteral("COMMIT"), &reason)) {
        rollbackLevel();
        if (error)
            *error = tr("The change could not be saved to “%1”: %2")
                         .arg(QDir::toNativeSeparators(path()), reason);
        return false;
    }
    m_depth = 0;
    m_replicaAnchor.clear(); // stored now
    const auto pending = std::exchange(m_pending, {});
    if (std::exchange(m_resetPending, false)) {
        emit reset();
        return true;
    }
    for (const auto& [table, id, kind] : pending)
        emit rowChanged(table, id, kind);
    return true;
}

void Store::rollbackLevel()
{
    if (m_depth > 1) {
        --m_depth;
        m_db.exec(QStringLiteral("ROLLBACK TO level%1").arg(m_depth));
        m_db.exec(QStringLiteral("RELEASE level%1").arg(m_depth));
        return;
    }
    m_db.exec(QStringLiteral("ROLLBACK"));
    m_depth = 0;
    m_pending.clear();
    m_resetPending = false;
    // Stamps issued in the rolled-back transaction are simply skipped; the clock only moves forward.
}

bool Store::persistClock(QString* error)
{
    SqliteStatement statement(m_db, QStringLiteral(
        "INSERT INTO meta(key, value) VALUES('hlc_last', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    statement.bind(1, QString::number(m_clock.last()));
    if (!statement.run()) {
        if (error)
            *error = statement.error();
        return false;
    }
    return true;
}

void Store::announce(const QString& table, const QString& id, ChangeKind kind)
{
    m_pending.push_back({table, id, kind});
}

// ---- reading -------------------------------------------------------------------------------------

std::optional<Row> Store::row(const QString& table, const QString& id) const
{
    const QVector<Row> found = rows(table, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QVector<Row> Store::rows(const QString& table, const QString& where, const QVariantList& arguments,
                         const QString& orderBy) const
{
    QVector<Row> result;
    if (!m_columns.contains(table))
        return result;
    QString sql = QStringLiteral("SELECT * FROM ") + quoted(table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    SqliteStatement statement(m_db, sql);
    statement.bindAll(arguments);
    const int columnCount = statement.columnCount();
    QStringList names;
    for (int c = 0; c < columnCount; ++c)
        names << statement.columnName(c);
    while (statement.step()) {
        Row row;
        for (int c = 0; c < columnCount; ++c)
            row.insert(names.at(c), statement.value(c));
        result.push_back(row);
    }
    return result;
}

qint64 Store::count(const QString& table) const
{
    if (!m_columns.contains(table))
        return 0;
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM ") + quoted(table)).toLongLong();
}

QString Store::meta(const QString& key) const
{
    SqliteStatement statement(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    statement.bind(1, key);
    return statement.step() ? statement.text(0) : QString();
}

bool Store::setMeta(const QString& key, const QString& value, QString* error)
{
    if (!ensureWritable(error))
        return false;
    Transaction transaction(*this);
    SqliteStatement statement(m_db, QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    statement.bind(1, key);
    statement.bind(2, value);
    if (!statement.run()) {
        if (error)
            *error = statement.error();
        return false;
    }
    return transaction.commit(error);
}

// ---- writing -------------------------------------------------------------------------------------

QString Store::insert(const QString& table, Row values, QString* error)
{
    if (!ensureWritable(error))
        return {};
    const QStringList known = m_columns.value(table);
    if (known.isEmpty() || !known.contains(QStringLiteral("laptop_id"))) {
        if (error)
            *error = tr("There is no table “%1” in this file.").arg(table);
        return {};
    }
    Transaction transaction(*this);
    if (values.value(QStringLiteral("id")).toString().isEmpty())
        values.insert(QStringLiteral("id"), newId());
    if (values.value(QStringLiteral("created_at")).toString().isEmpty())
        values.insert(QStringLiteral("created_at"), nowIso());
    values.insert(QStringLiteral("updated_at"), m_clock.now());
    values.insert(QStringLiteral("laptop_id"), m_laptopId);
    QStringList names, marks;
    QVariantList arguments;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!known.contains(it.key()))
            continue;
        names << quoted(it.key());
        marks << QStringLiteral("?");
        arguments << it.value();
    }
    SqliteStatement statement(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(quoted(table), names.join(QLatin1Char(',')),
                                             marks.join(QLatin1Char(','))));
    statement.bindAll(arguments);
    if (!statement.run()) {
        if (error)
            *error = statement.error();
        return {};
    }
    const QString id = values.value(QStringLiteral("id")).toString();
    // A row that comes back (undo of a delete) is no longer deleted, here and on the laptops that received
    // the delete: the restoration travels with the packages and wins over it there.
    if (!markReturned(table, QStringLiteral("id = ?"), {id}, values.value(QStringLiteral("updated_at")).toLongLong(), error))
        return {};
    announce(table, id, ChangeKind::Inserted);
    if (!transaction.commit(error))
        return {};
    return id;
}

bool Store::update(const QString& table, const QString& id, const Row& changes, QString* error)
{
    if (!ensureWritable(error))
        return false;
    const QStringList known = m_columns.value(table);
    static const QSet<QString> stamps = {QStringLiteral("id"), QStringLiteral("created_at"),
                                         QStringLiteral("updated_at"), QStringLiteral("laptop_id")};
    QStringList assignments;
    QVariantList arguments;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (stamps.contains(it.key()))
            continue;
        if (!known.contains(it.key())) {
            if (error)
                *error = tr("There is no field “%1” in “%2”.").arg(it.key(), table);
            return false;
        }
        assignments << quoted(it.key()) + QStringLiteral(" = ?");
        arguments << it.value();
    }
    if (assignments.isEmpty())
        return true;
    Transaction transaction(*this);
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("laptop_id = ?");
    arguments << m_clock.now() << m_laptopId << id;
    SqliteStatement statement(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                        .arg(quoted(table), assignments.join(QStringLiteral(", "))));
    statement.bindAll(arguments);
    if (!statement.run()) {
        if (error)
            *error = statement.error();
        return false;
    }
    if (m_db.changes() == 0) {
        if (error)
            *error = tr("The item to change no longer exists; another change may have removed it.");
        return false;
    }
    announce(table, id, ChangeKind::Updated);
    return transaction.commit(error);
}

void Store::collectDependents(const QString& table, const QString& id, RowSet& set, QSet<QString>& seen) const
{
    // A walk with a stack of its own rather than recursion: sections nest in a chain as deep as a file
    // holds (30,000 levels crashed the recursive walk). Rows come out as a depth-first walk lists them,
    // every row before the rows that depend on it, which remove() deletes from the end. Each statement is
    // prepared once for the whole walk, which may visit tens of thousands of rows.
    std::map<QString, std::unique_ptr<SqliteStatement>> statements;
    const auto prepared = [&](const QString& sql, const QString& argument) -> SqliteStatement& {
        std::unique_ptr<SqliteStatement>& slot = statements[sql];
        if (!slot)
            slot = std::make_unique<SqliteStatement>(m_db, sql);
        slot->reset();
        slot->bind(1, argument);
        return *slot;
    };
    QVector<QPair<QString, QString>> pending{{table, id}};
    while (!pending.isEmpty()) {
        const auto [currentTable, currentId] = pending.takeLast();
        const QString key = currentTable + QLatin1Char('/') + currentId;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (!m_columns.contains(currentTable))
            continue;
        SqliteStatement& self =
            prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quoted(currentTable)), currentId);
        if (!self.step())
            continue;
        Row values;
        for (int c = 0; c < self.columnCount(); ++c)
            values.insert(self.columnName(c), self.value(c));
        set.rows.push_back({currentTable, values});
        QVector<QPair<QString, QString>> children;
        for (const Reference& reference : m_references) {
            if (reference.parentTable != currentTable)
                continue;
            SqliteStatement& found = prepared(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                                  .arg(quoted(reference.childTable), quoted(reference.childColumn)),
                                              currentId);
            while (found.step()) {
                const QString childId = found.text(0);
                if (reference.cascade)
                    children.push_back({reference.childTable, childId});
                else
                    set.clearedReferences.push_back({reference.childTable, childId, reference.childColumn, currentId});
            }
        }
        // Last pushed is walked first: reversed, the children are walked in the order they were found.
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            pending.push_back(*it);
    }
}

RowSet Store::dependents(const QString& table, const QString& id) const
{
    RowSet result;
    QSet<QString> seen;
    collectDependents(table, id, result, seen);
    return result;
}

std::optional<RowSet> Store::remove(const QString& table, const QString& id, QString* error)
{
    if (!ensureWritable(error))
        return std::nullopt;
    RowSet removed;
    QSet<QString> seen;
    collectDependents(table, id, removed, seen);
    if (removed.isEmpty()) {
        if (error)
            *error = tr("The item to delete no longer exists.");
        return std::nullopt;
    }
    Transaction transaction(*this);
    // Cleared references are written as stamped edits so they travel to other laptops like any change.
    for (const ClearedReference& reference : qAsConst(removed.clearedReferences)) {
        if (seen.contains(reference.table + QLatin1Char('/') + reference.id))
            continue;
        if (!update(reference.table, reference.id, {{reference.column, QVariant()}}, error))
            return std::nullopt;
    }
    const qint64 stamp = m_clock.now();
    // One DELETE per table, prepared once: compiling one also compiles every ON DELETE action below the
    // table, and a delete may take tens of thousands of rows (a deep chain of sections).
    std::map<QString, std::unique_ptr<SqliteStatement>> deletes;
    for (int i = removed.rows.size() - 1; i >= 0; --i) {
        const TableRow& entry = removed.rows.at(i);
        const QString rowId = entry.values.value(QStringLiteral("id")).toString();
        std::unique_ptr<SqliteStatement>& slot = deletes[entry.table];
        if (!slot)
            slot = std::make_unique<SqliteStatement>(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(entry.table)));
        SqliteStatement& statement = *slot;
        statement.reset();
        statement.bind(1, rowId);
        if (!statement.run()) {
            if (error)
                *error = statement.error();
            return std::nullopt;
        }
        if (!writeTombstone(entry.table, rowId, stamp, error))
            return std::nullopt;
        announce(entry.table, rowId, ChangeKind::Deleted);
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return removed;
}

bool Store::insertMany(const QString& table, const QVector<Row>& rows, bool keepStamps, QString* error,
                       SearchIndexing indexing)
{
    if (!ensureWritable(error))
        return false;
    const QStringList known = m_columns.value(table);
    if (known.isEmpty() || !known.contains(QStringLiteral("laptop_id"))) {
        if (error)
            *error = tr("There is no table “%1” in this file.").arg(table);
        return false;
    }
    Transaction transaction(*this);
    // Many rows at once: the full-text index is updated for all of them at the end rather than by the
    // per-row triggers (see SearchIndexBatch). A plain INSERT appends rows after the largest rowid.
    SearchIndexBatch search(m_db);
    const bool batchIndex = rows.size() >= bulkIndexThreshold && SearchIndexBatch::isIndexed(table);
    const bool indexLater = batchIndex && indexing == SearchIndexing::Later && rows.size() >= deferredIndexThreshold;
    qint64 lastRowid = 0;
    if (batchIndex) {
        lastRowid = m_db.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(quoted(table))).toLongLong();
        if (!search.suspend(table, error))
            return false;
    }
    QStringList names, marks;
    for (const QString& column : known) {
        names << quoted(column);
        marks << QStringLiteral("?");
    }
    SqliteStatement statement(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(quoted(table), names.join(QLatin1Char(',')),
                                             marks.join(QLatin1Char(','))));
    if (!statement.isValid()) {
        if (error)
            *error = statement.error();
        return false;
    }
    const QString created = nowIso();
    const int idColumn = known.indexOf(QStringLiteral("id"));
    const int createdColumn = known.indexOf(QStringLiteral("created_at"));
    const int updatedColumn = known.indexOf(QStringLiteral("updated_at"));
    const int laptopColumn = known.indexOf(QStringLiteral("laptop_id"));
    const QVariantList defaults = m_defaults.value(table);
    for (const Row& row : rows) {
        for (int c = 0; c < known.size(); ++c) {
            // One lookup per column: this loop runs for every cell of an import of 100,000 rows.
            const auto found = row.constFind(known.at(c));
            const bool given = found != row.cend();
            if (c == idColumn && (!given || found.value().toString().isEmpty()))
                statement.bind(c + 1, newId());
            else if (c == createdColumn && (!given || found.value().toString().isEmpty()))
                statement.bind(c + 1, created);
            else if (c == updatedColumn) {
                const qint64 stamp = given ? found.value().toLongLong() : 0;
                if (keepStamps && stamp > 0)
                    m_clock.observe(stamp);
                statement.bind(c + 1, keepStamps && stamp > 0 ? stamp : m_clock.now());
            } else if (c == laptopColumn && (!keepStamps || !given || found.value().toString().isEmpty()))
                statement.bind(c + 1, m_laptopId);
            else
                statement.bind(c + 1, given ? found.value() : defaults.at(c));
        }
        if (!statement.run()) {
            if (error)
                *error = tr("Row %1 of “%2” could not be stored: %3")
                             .arg(&row - rows.constData() + 1)
                             .arg(table, statement.error());
            return false;
        }
        statement.reset();
    }
    if (indexLater) {
        const qint64 newLastRowid = m_db.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(quoted(table))).toLongLong();
        if (!SearchBacklog(m_db).add(table, lastRowid, newLastRowid, error) || !search.resume(error))
            return false;
    } else if (batchIndex && (!search.refreshAfterRowid(table, lastRowid, error) || !search.resume(error))) {
        return false;
    }
    m_resetPending = true;
    return transaction.commit(error);
}

qint64 Store::searchBacklog() const
{
    return SearchBacklog(m_db).pendingRows();
}

bool Store::catchUpSearchIndex(qint64 maxRows, QString* error)
{
    SearchBacklog backlog(m_db);
    if (backlog.isEmpty())
        return true;
    if (!ensureWritable(error))
        return false;
    Transaction transaction(*this);
    return backlog.indexSome(maxRows, error) && transaction.commit(error);
}

bool Store::restore(const RowSet& removed, QString* error)
{
    if (!ensureWritable(error))
        return false;
    Transaction transaction(*this);
    for (const TableRow& entry : removed.rows) {
        if (insert(entry.table, entry.values, error).isEmpty())
            return false;
    }
    for (const ClearedReference& reference : removed.clearedReferences) {
        if (!row(reference.table, reference.id))
            continue;
        if (!update(reference.table, reference.id, {{reference.column, reference.value}}, error))
            return false;
    }
    return transaction.commit(error);
}

bool Store::markReturned(const QString& table, const QString& which, const QVariantList& arguments, qint64 stamp,
                         QString* error)
{
    SqliteStatement restore(m_db, QStringLiteral(
        "INSERT INTO restorations (table_name, id, restored_at, laptop_id) SELECT table_name, id, ?, ? FROM tombstones"
        " WHERE table_name = ? AND %1 ON CONFLICT(table_name, id) DO UPDATE SET restored_at = excluded.restored_at,"
        " laptop_id = excluded.laptop_id").arg(which));
    restore.bindAll(QVariantList{stamp, m_laptopId, table} + arguments);
    SqliteStatement clear(m_db, QStringLiteral("DELETE FROM tombstones WHERE table_name = ? AND %1").arg(which));
    clear.bindAll(QVariantList{table} + arguments);
    if (restore.run() && clear.run())
        return true;
    if (error)
        *error = restore.hasError() ? restore.error() : clear.error();
    return false;
}

bool Store::markRowsReturned(const QString& table, QString* error)
{
    return markReturned(table, QStringLiteral("id IN (SELECT id FROM %1)").arg(quoted(table)), {}, m_clock.now(), error);
}

bool Store::writeTombstone(const QString& table, const QString& id, qint64 stamp, QString* error)
{
    SqliteStatement statement(m_db, QStringLiteral(
        "INSERT INTO tombstones(table_name, id, deleted_at, laptop_id) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(table_name, id) DO UPDATE SET deleted_at = excluded.deleted_at, laptop_id = excluded.laptop_id"));
    statement.bindAll({table, id, stamp, m_laptopId});
    if (!statement.run()) {
        if (error)
            *error = statement.error();
        return false;
    }
    return true;
}

// ---- copies and checks ---------------------------------------------------------------------------

bool Store::saveCopy(const QString& destination, QString* error) const
{
    const QFileInfo target(destination);
    if (!target.dir().exists()) {
        if (error)
            *error = tr("Cannot write “%1”: the folder does not exist.").arg(QDir::toNativeSeparators(destination));
        return false;
    }
    // A hidden name beside the destination (rename() stays within one file system): a copy killed half-way
    // leaves nothing that looks like a finished file, and the next copy to the same place clears it away.
    const QString partial = target.dir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".part"));
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
    sqlite3* copy = nullptr;
    const QByteArray partialName = partial.toUtf8();
    int rc = sqlite3_open_v2(partialName.constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString reason;
    bool mayBeFull = false;
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(copy, "main", m_db.handle(), "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(copy);
        }
        // The copy is a replica of its own wherever it is opened, even where the file system gives it the
        // original's inode back (a backup restored over the original's path): no anchor matches an empty one.
        const QByteArray replica = QStringLiteral("INSERT INTO meta(key, value) VALUES ('%1', %2), ('%3', '') "
                                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                                       .arg(QLatin1String(ReplicaIdentity::idKey),
                                            SqliteDatabase::quotedString(m_laptopId),
                                            QLatin1String(ReplicaIdentity::anchorKey))
                                       .toUtf8();
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(copy, replica.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK || sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            reason = QString::fromUtf8(sqlite3_errmsg(copy));
            // SQLite says only "disk I/O error" when a write comes up short.
            const int primary = sqlite3_extended_errcode(copy) & 0xff;
            mayBeFull = primary == SQLITE_FULL || primary == SQLITE_IOERR;
        }
    } else {
        reason = QString::fromUtf8(copy ? sqlite3_errmsg(copy) : sqlite3_errstr(rc));
    }
    sqlite3_close_v2(copy);
    if (reason.isEmpty()) {
        // rename() replaces the destination in one step: readers see the old copy or the new one.
        const QByteArray from = QFile::encodeName(partial);
        const QByteArray to = QFile::encodeName(destination);
        if (std::rename(from.constData(), to.constData()) != 0)
            reason = tr("the finished copy could not be moved into place");
    }
    if (!reason.isEmpty()) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (error)
            *error = (mayBeFull ? tr("Could not write the copy “%1”: %2; the disk may be full.")
                                : tr("Could not write the copy “%1”: %2"))
                         .arg(QDir::toNativeSeparators(destination), reason);
        return false;
    }
    return true;
}

bool Store::checkIntegrity(QString* error, bool quick) const
{
    SqliteStatement statement(m_db, quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
    QStringList problems;
    while (statement.step()) {
        const QString line = statement.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (statement.hasError())
        problems << statement.error();
    if (problems.isEmpty() && !quick) {
        SqliteStatement keys(m_db, QStringLiteral("PRAGMA foreign_key_check"));
        if (keys.step())
            problems << tr("a reference in “%1” points to a missing row").arg(keys.text(0));
    }
    if (!problems.isEmpty() && error)
        *error = problems.mid(0, 3).join(QStringLiteral("; "));
    return problems.isEmpty();
}

} // namespace standlab
