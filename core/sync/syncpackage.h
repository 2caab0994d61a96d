// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>
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
    // JSON once unpacked; these caps leave ten times that and refuse a hostile file (a gigabyte of
    // nothing, a payload that unpacks to far more than its header says) before it is read or unpacked.
    static constexpr qint64 maxFileSize = qint64(256) << 20;
    static constexpr qint64 maxPayloadSize = qint64(512) << 20;

    struct Table
    {
        QStringList columns;
        QVector<QVariantList> rows;                  // values in `columns` order
        QVector<QHash<QString, FieldStamp>> fields;  // per row: the fields that have a clock entry
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
    QMap<QString, Table> tables;
    QVector<Tombstone> tombstones;

    int rowCount() const;
    bool write(const QString& path, QString* error) const;
    static std::optional<SyncPackage> read(const QString& path, QString* error);
    static std::optional<SyncPackage> fromBytes(const QByteArray& bytes, const QString& name, QString* error);
    QByteArray toBytes() const;
};

} // namespace standlab
