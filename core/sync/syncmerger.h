// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncpackage.h"
#include "syncsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <memory>

namespace standlab {

class SqliteStatement;
class Store;

// Merges sync packages into a file by the rule of DESIGN.md §6: per field last writer wins by hybrid
// clock (laptop id, then the value, break ties), a delete wins over every edit that did not know it and
// never comes back through a merge, link rows merge as sets (one row per unique key: the smallest id),
// revisions are immutable and so merge as a union. The result depends only on which packages a file has
// seen, not on their order or repetition. All packages of one call go in one transaction: a refusal or an
// error leaves the file as it was.
class SyncMerger
{
    Q_DECLARE_TR_FUNCTIONS(SyncMerger)

public:
    explicit SyncMerger(Store& store);
    ~SyncMerger();

    // `names` name the packages in messages (file names); may be empty.
    bool merge(const QVector<SyncPackage>& packages, const QStringList& names, SyncSummary* summary, QString* error);
    // Why a package cannot be merged here (written by this laptop, newer schema), or empty.
    QString refusal(const SyncPackage& package, const QString& name) const;

private:
    struct Conflict
    {
        QString table, rowId, column;
        QVariant keptValue, otherValue;
        FieldStamp kept, other;
    };
    enum class Applied { Nothing, Added, Changed, Collision, Failed };
    // A row that lost its unique key to another: its values and stamps, folded into the one kept.
    struct Folded
    {
        QVariantList values; // in TableInfo::columns order
        QHash<QString, FieldStamp> fields;
        FieldStamp row;
    };
    struct TableInfo
    {
        QStringList columns;            // package columns present here
        QVector<int> packageIndex;      // where each of them is in the package row
        QString selectSql, insertSql;   // built once per table, not per row
        int idColumn = -1, updatedColumn = -1, laptopColumn = -1, createdColumn = -1;
        QHash<QString, std::shared_ptr<SqliteStatement>> updates; // by changed-column set
        QVector<QStringList> uniqueKeys; // column sets of the UNIQUE constraints besides id
        QHash<QString, QVariant> defaults; // each column's value when a row is made without it
        struct Reference
        {
            QString column, parent;
            bool cascade = false;
        };
        QVector<Reference> references;
    };

    bool mergeOne(const SyncPackage& package, const QString& name, SyncSummary& summary, QString* error);
    Applied applyRow(const QString& table, TableInfo& info, const SyncPackage& package,
                     const QVariantList& values, const QHash<QString, FieldStamp>& fields, QVariantList* merged,
                     QString* error);
    bool resolveCollision(const QString& table, TableInfo& info, const QVariantList& merged,
                          const QHash<QString, FieldStamp>& fields, bool* incomingLost, Folded* displaced,
                          QString* error);
    bool foldInto(const QString& table, TableInfo& info, const QString& keptId, const Folded& loser, QString* error);
    QHash<QString, FieldStamp> fieldStamps(const QString& table, const QString& id);
    bool applyTombstone(const SyncPackage::Tombstone& tombstone, SyncSummary& summary, QString* error);
    bool applyRestoration(const SyncPackage::Tombstone& restoration, QString* error);
    bool writeTombstone(const QString& table, const QString& id, qint64 stamp, const QString& laptop,
                        QString* error);
    bool repairReferences(const QString& name, QString* error);
    bool watchDeletes(bool on, QString* error);
    bool tombstoneCascades(QString* error);
    bool recordConflicts(qint64 exchangeId, QString* error);
    TableInfo& info(const QString& table, const SyncPackage::Table& incoming);
    SqliteStatement& statement(const QString& sql);

    Store& m_store;
    QHash<QString, TableInfo> m_tables;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
    QVector<Conflict> m_conflicts;
    QSet<QPair<QString, QString>> m_touched; // rows written, whose references are checked at the end
    QSet<QString> m_laptopsCarried; // laptops whose stamps the package being merged brought
    qint64 m_maxStamp = 0;
};

} // namespace standlab
