// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlitedatabase.h"
#include "hybridclock.h"
#include "openoptions.h"
#include "rowset.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace standlab {

class FileLock;

// When a bulk write's rows are indexed for search: within the write, or after it (Store::catchUpSearchIndex).
enum class SearchIndexing { Now, Later };

// One open .standlab file: the only place that writes rows. Every write stamps the row for merging,
// runs in a transaction, and is announced through rowChanged() once it is committed.
class Store : public QObject
{
    Q_OBJECT

public:
    ~Store() override;

    // Creates a new event file; refuses to overwrite an existing one.
    static std::unique_ptr<Store> create(const QString& path, const OpenOptions& options, QString* error);
    // Opens an existing file after checking it; on refusal the file is left byte-for-byte as it was.
    static std::unique_ptr<Store> open(const QString& path, const OpenOptions& options, QString* error);

    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;
    // The replica id every write here is stamped with: one per copy of the file (ReplicaIdentity), or
    // the id OpenOptions gave (tests and benchmarks play several laptops in one process).
    QString laptopId() const { return m_laptopId; }
    HybridClock& clock() { return m_clock; }
    SqliteDatabase& database() { return m_db; }

    // Groups several writes into one transaction (one user edit); nests through savepoints.
    class Transaction
    {
    public:
        explicit Transaction(Store& store);
        ~Transaction();
        bool commit(QString* error = nullptr);

    private:
        Store& m_store;
        bool m_open = false;
    };

    // Reading
    QStringList columns(const QString& table) const;
    std::optional<Row> row(const QString& table, const QString& id) const;
    QVector<Row> rows(const QString& table, const QString& where = {}, const QVariantList& arguments = {},
                      const QString& orderBy = {}) const;
    qint64 count(const QString& table) const;

    // Writing: each call is its own transaction unless a Transaction is open.
    // insert() fills in id (when empty), created_at, updated_at and laptop_id and returns the id.
    QString insert(const QString& table, Row values, QString* error = nullptr);
    bool update(const QString& table, const QString& id, const Row& changes, QString* error = nullptr);
    // Deletes a row and everything that depends on it, leaving tombstones; returns what was removed.
    std::optional<RowSet> remove(const QString& table, const QString& id, QString* error = nullptr);
    // Bulk insert for imports, the demo and generated events: one prepared statement, no per-row
    // notifications (reset() is emitted once). With keepStamps the rows keep their own stamps and
    // laptop ids (a bundle or a package from another laptop); otherwise they are stamped as new edits.
    // With SearchIndexing::Later (for large imports) the rows are stored at once and indexed for search
    // afterwards, by catchUpSearchIndex(); small batches are indexed at once either way.
    bool insertMany(const QString& table, const QVector<Row>& rows, bool keepStamps, QString* error = nullptr,
                    SearchIndexing indexing = SearchIndexing::Now);
    // What remove() would take away now: the row, the rows that depend on it, the references it clears.
    RowSet dependents(const QString& table, const QString& id) const;
    // Puts back what remove() took away (undo), with fresh stamps so it wins over the tombstones.
    bool restore(const RowSet& removed, QString* error = nullptr);
    // After a bulk insert: rows of `table` whose ids were deleted before are back (restorations replace
    // their tombstones, as insert() does for one row).
    bool markRowsReturned(const QString& table, QString* error = nullptr);

    // Rows stored with SearchIndexing::Later that search does not find yet.
    qint64 searchBacklog() const;
    // Indexes up to `maxRows` of them (all when maxRows <= 0) in one transaction: the index grows by
    // whole steps, and nothing else changes. False, with the reason, when the file cannot be written.
    bool catchUpSearchIndex(qint64 maxRows = 0, QString* error = nullptr);

    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value, QString* error = nullptr);

    // A consistent copy through SQLite's backup API, written beside the target and renamed into place.
    bool saveCopy(const QString& destination, QString* error) const;
    // PRAGMA integrity_check; `quick` skips the index cross-check.
    bool checkIntegrity(QString* error, bool quick = false) const;

    static QString newId();
    static QString defaultLaptopId();

signals:
    void rowChanged(const QString& table, const QString& id, standlab::ChangeKind kind);
    // Many rows changed at once (an import, a merge): reload everything.
    void reset();

private:
    Store();
    bool initialise(const QString& path, const OpenOptions& options, bool creating, QString* error);
    static QString foreignFileMessage(const QString& path);
    static QString newerFileMessage(const QString& path, int version);
    bool configureConnection(QString* error);
    void loadSchemaInfo();
    // Which replica this copy of the file is (ReplicaIdentity); stores a new id when it was copied.
    void resolveReplica();
    // Inside the first committed transaction: the replica id and anchor resolveReplica() found new.
    bool persistReplica(QString* error);
    bool ensureWritable(QString* error) const;
    bool begin(QString* error);
    bool commitLevel(QString* error);
    void rollbackLevel();
    bool writeTombstone(const QString& table, const QString& id, qint64 stamp, QString* error);
    // Tombstones of `table` matching `which` become restorations stamped `stamp` (the rows came back).
    bool markReturned(const QString& table, const QString& which, const QVariantList& arguments, qint64 stamp,
                      QString* error);
    bool persistClock(QString* error);
    void collectDependents(const QString& table, const QString& id, RowSet& set, QSet<QString>& seen) const;
    void announce(const QString& table, const QString& id, ChangeKind kind);

    struct Reference
    {
        QString childTable;
        QString childColumn;
        QString parentTable;
        bool cascade = false;
    };

    mutable SqliteDatabase m_db;
    std::unique_ptr<FileLock> m_lock;
    HybridClock m_clock;
    QString m_laptopId;
    QString m_replicaAnchor; // not empty while a new replica id waits to be stored with the first edit
    bool m_readOnly = false;
    bool m_ready = false; // initialise() succeeded: only then may closing write to the file
    QString m_readOnlyReason;
    int m_depth = 0;
    bool m_resetPending = false;
    QVector<std::tuple<QString, QString, ChangeKind>> m_pending;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QVariantList> m_defaults; // per table, in column order
    QVector<Reference> m_references;
};

} // namespace standlab

Q_DECLARE_METATYPE(standlab::ChangeKind)
