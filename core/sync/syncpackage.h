// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "eventdigest.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <memory>
#include <optional>

namespace standlab {

// The stamp of one field's last change: hybrid clock value and the laptop that made it.
struct FieldStamp
{
    qint64 stamp = 0;
    QString laptop;
    qint64 previous = 0; // the stamp of the value this change replaced
};

// One sync package: the rows (with their field stamps) and tombstones one laptop sends another, plus
// who sent it and what the sender held. On disk: a magic line, a one-line JSON header carrying the
// schema version and a SHA-256 of the payload, then the compressed JSON payload. Reading refuses a
// foreign, damaged, truncated or newer-schema file before anything is applied.
class SyncPackage
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackage)

public:
    static constexpr const char* fileSuffix = "standlab-sync";
    // A full package of the large event of DESIGN.md §7 (200,000 rows) is 12 MB on disk and 52 MB of
    // JSON once unpacked. These caps leave two and a half to five times that, and keep receiving any package
    // within a few hundred megabytes: a hostile file (a gigabyte of nothing, a payload that unpacks to far
    // more than its header says, millions of tiny rows) is refused before it is unpacked or before a
    // single row is built. Rows read from a file are converted one at a time (Table::row), so what a
    // package costs is its unpacked bytes plus a few bytes per row.
    static constexpr qint64 maxFileSize = qint64(64) << 20;
    static constexpr qint64 maxPayloadSize = qint64(128) << 20;
    // Rows and tombstones together: two and a half times a full package of the large event. Merging a
    // package of this many rows peaks near 300 MB (the merge tracks every row it wrote); a million took 490.
    static constexpr int maxRows = 500'000;
    static constexpr int maxColumns = 1000;

    struct Source; // the unpacked payload of a package read from a file, and the file's name
    struct Span
    {
        quint32 start = 0;
        quint32 length = 0;
    };

    struct Table
    {
        QStringList columns;
        QVector<QVariantList> rows;                  // values in `columns` order (a package built here)
        QVector<QHash<QString, FieldStamp>> fields;  // per row: the fields that have a clock entry
        // A package read from a file keeps its rows as JSON text: where each row is in the payload.
        std::shared_ptr<const Source> source;
        QVector<Span> spans;

        int rowCount() const;
        // One row, converted now. Fails (naming the package) only for a row read from a file whose
        // values cannot be read, a stamp that is not a whole number for instance.
        bool row(int index, QVariantList* values, QHash<QString, FieldStamp>* fields, QString* error) const;
    };
    struct Tombstone
    {
        QString table;
        QString id;
        qint64 stamp = 0;
        QString laptop;
    };

    QString packageId;
    QString laptopId;
    QString laptopName;
    QString createdAt;
    int schemaVersion = 0;
    qint64 clock = 0;  // the sender's clock when writing: the receiver's clock moves past it
    qint64 since = 0;  // 0: everything; else the changes after this stamp
    QHash<QString, qint64> knowledge; // per laptop, its newest change the sender holds
    // The sender's whole event when it wrote the package (EventDigest), so a receiver that ends up
    // holding the same changes can tell whether it holds the same event (ConvergenceCheck).
    QHash<QString, EventDigest::Table> digest;
    QMap<QString, Table> tables;
    QVector<Tombstone> tombstones; // a package built here; one read from a file keeps spans instead
    // Rows brought back after a delete (stamp: when): they win over the deletes older than them.
    QVector<Tombstone> restorations;

    int rowCount() const;
    int tombstoneCount() const;
    bool tombstone(int index, Tombstone* tombstone, QString* error) const;
    bool write(const QString& path, QString* error) const;
    static std::optional<SyncPackage> read(const QString& path, QString* error);
    static std::optional<SyncPackage> fromBytes(const QByteArray& bytes, const QString& name, QString* error);
    QByteArray toBytes() const;

private:
    static bool readPayload(const std::shared_ptr<const Source>& source, SyncPackage* package, QString* error);

    std::shared_ptr<const Source> m_source;
    QVector<Span> m_tombstoneSpans;
};

} // namespace standlab
