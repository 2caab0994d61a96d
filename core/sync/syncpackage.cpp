// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpackage.h"

#include "store/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <cmath>
#include <zlib.h>

namespace standlab {
namespace {

const QByteArray magic = QByteArrayLiteral("STANDLAB-SYNC 1\n");
constexpr int formatVersion = 1;
constexpr qint64 largestExactDouble = qint64(1) << 53;

// JSON numbers are doubles: clock stamps (≈2^57) travel as strings so no bit is lost.
QJsonValue stampToJson(qint64 stamp)
{
    return QString::number(stamp);
}

qint64 stampFromJson(const QJsonValue& value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

QJsonValue valueToJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool: {
        const qint64 number = value.toLongLong();
        if (std::llabs(number) < largestExactDouble)
            return double(number);
        return QString::number(number); // SQLite's INTEGER affinity turns it back into a number
    }
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return value.toString();
    }
}

QVariant valueFromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < double(largestExactDouble))
            return QVariant(qint64(number));
        return QVariant(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case QJsonValue::Object:
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    default:
        return QVariant();
    }
}

QString damaged(const QString& name, const QString& why)
{
    return SyncPackage::tr("“%1” is damaged and was not applied: %2. Ask for the package again.").arg(name, why);
}

QString tooLarge(const QString& name, qint64 bytes, qint64 limit)
{
    return SyncPackage::tr("“%1” is too large to be a sync package (%2 MB; a package may hold at most %3 MB). It "
                           "was not applied.")
        .arg(name)
        .arg(double(bytes) / (1 << 20), 0, 'f', 1)
        .arg(limit >> 20);
}

// qUncompress grows its buffer until the data fits, so a small file that unpacks to gigabytes would
// take them all. The payload carries its unpacked size in front (qCompress's format): it is checked
// against the cap first, and unpacking into exactly that much refuses a payload that holds more.
std::optional<QByteArray> unpack(const QByteArray& body, const QString& name, QString* error)
{
    if (body.size() < 4) {
        if (error)
            *error = damaged(name, SyncPackage::tr("its content is unreadable"));
        return std::nullopt;
    }
    const qint64 declared = qFromBigEndian<quint32>(body.constData());
    if (declared > SyncPackage::maxPayloadSize) {
        if (error)
            *error = tooLarge(name, declared, SyncPackage::maxPayloadSize);
        return std::nullopt;
    }
    QByteArray payload(qsizetype(declared), Qt::Uninitialized);
    uLongf unpacked = uLongf(declared);
    const int rc = ::uncompress(reinterpret_cast<Bytef*>(payload.data()), &unpacked,
                                reinterpret_cast<const Bytef*>(body.constData()) + 4, uLong(body.size() - 4));
    if (rc == Z_BUF_ERROR && declared > 0) {
        if (error)
            *error = damaged(name, SyncPackage::tr("its content unpacks to more than the %1 bytes it declares").arg(declared));
        return std::nullopt;
    }
    if (rc != Z_OK || qint64(unpacked) != declared) {
        if (error)
            *error = damaged(name, SyncPackage::tr("its content is unreadable"));
        return std::nullopt;
    }
    return payload;
}

} // namespace

int SyncPackage::rowCount() const
{
    int count = int(tombstones.size());
    for (const Table& table : tables)
        count += int(table.rows.size());
    return count;
}

QByteArray SyncPackage::toBytes() const
{
    QJsonObject payload;
    payload.insert(QStringLiteral("format"), formatVersion);
    payload.insert(QStringLiteral("package_id"), packageId);
    payload.insert(QStringLiteral("laptop_id"), laptopId);
    payload.insert(QStringLiteral("laptop_name"), laptopName);
    payload.insert(QStringLiteral("schema_version"), schemaVersion);
    payload.insert(QStringLiteral("clock"), stampToJson(clock));
    payload.insert(QStringLiteral("since"), stampToJson(since));
    QJsonObject known;
    for (auto it = knowledge.cbegin(); it != knowledge.cend(); ++it)
        known.insert(it.key(), stampToJson(it.value()));
    payload.insert(QStringLiteral("knowledge"), known);
    QJsonObject tablesJson;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const Table& table = it.value();
        QJsonArray rows;
        for (int r = 0; r < table.rows.size(); ++r) {
            QJsonArray row;
            for (const QVariant& value : table.rows.at(r))
                row.append(valueToJson(value));
            QJsonObject fields;
            const QHash<QString, FieldStamp>& stamps = table.fields.value(r);
            for (auto f = stamps.cbegin(); f != stamps.cend(); ++f)
                fields.insert(f.key(), QJsonArray{stampToJson(f.value().stamp), f.value().laptop,
                                                  stampToJson(f.value().previous)});
            row.append(fields); // the field stamps ride as the last element of the row
            rows.append(row);
        }
        tablesJson.insert(it.key(), QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                                                {QStringLiteral("rows"), rows}});
    }
    payload.insert(QStringLiteral("tables"), tablesJson);
    QJsonArray deleted;
    for (const Tombstone& tombstone : tombstones)
        deleted.append(QJsonArray{tombstone.table, tombstone.id, stampToJson(tombstone.stamp), tombstone.laptop});
    payload.insert(QStringLiteral("tombstones"), deleted);

    const QByteArray body = qCompress(QJsonDocument(payload).toJson(QJsonDocument::Compact), 6);
    QJsonObject header;
    header.insert(QStringLiteral("package_id"), packageId);
    header.insert(QStringLiteral("laptop_id"), laptopId);
    header.insert(QStringLiteral("laptop_name"), laptopName);
    header.insert(QStringLiteral("created_at"), createdAt);
    header.insert(QStringLiteral("schema_version"), schemaVersion);
    header.insert(QStringLiteral("rows"), rowCount());
    header.insert(QStringLiteral("size"), double(body.size()));
    header.insert(QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    return magic + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body;
}

bool SyncPackage::write(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = toBytes();
    // A short write (a full disk) sets no error on the file, and commit() would then put a truncated
    // package in place: check the count.
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.error() != QFileDevice::NoError
                ? tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                : tr("Cannot write “%1”: only part of it could be written; the disk may be full.")
                      .arg(QDir::toNativeSeparators(path));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<SyncPackage> SyncPackage::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // Refused by its size before a byte is read; read() with a cap also stops a file that grows meanwhile.
    const QString name = QFileInfo(path).fileName();
    if (file.size() > maxFileSize) {
        if (error)
            *error = tooLarge(name, file.size(), maxFileSize);
        return std::nullopt;
    }
    const QByteArray bytes = file.read(qMin(file.size(), maxFileSize) + 1);
    if (bytes.size() > maxFileSize) {
        if (error)
            *error = tooLarge(name, bytes.size(), maxFileSize);
        return std::nullopt;
    }
    return fromBytes(bytes, name, error);
}

std::optional<SyncPackage> SyncPackage::fromBytes(const QByteArray& bytes, const QString& name, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!bytes.startsWith(magic)) {
        if (bytes.startsWith(magic.left(magic.size() - 3)))
            return fail(tr("“%1” is a sync package of a format this Stand Lab does not know. Update Stand Lab to "
                           "receive it.").arg(name));
        return fail(tr("“%1” is not a Stand Lab sync package.").arg(name));
    }
    const int headerEnd = bytes.indexOf('\n', magic.size());
    if (headerEnd < 0)
        return fail(damaged(name, tr("the file ends inside its header")));
    QJsonParseError parseError;
    const QJsonDocument headerDocument =
        QJsonDocument::fromJson(bytes.mid(magic.size(), headerEnd - magic.size()), &parseError);
    if (!headerDocument.isObject())
        return fail(damaged(name, tr("its header is unreadable")));
    const QJsonObject header = headerDocument.object();
    const int version = header.value(QStringLiteral("schema_version")).toInt();
    if (version > Migrations::latestVersion())
        return fail(tr("“%1” comes from a newer Stand Lab (file version %2; this version reads up to %3). Update "
                       "Stand Lab on this laptop, then receive it again.")
                        .arg(name)
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    const QByteArray body = bytes.mid(headerEnd + 1);
    const qint64 size = qint64(header.value(QStringLiteral("size")).toDouble());
    if (body.size() < size)
        return fail(damaged(name, tr("it is truncated (%1 of %2 bytes)").arg(body.size()).arg(size)));
    if (body.size() != size
        || QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()
            != header.value(QStringLiteral("sha256")).toString().toLatin1())
        return fail(damaged(name, tr("its checksum does not match")));
    if (body.size() > maxFileSize)
        return fail(tooLarge(name, body.size(), maxFileSize));
    const std::optional<QByteArray> payloadBytes = unpack(body, name, error);
    if (!payloadBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*payloadBytes, &parseError);
    if (!document.isObject())
        return fail(damaged(name, tr("its content is unreadable")));
    const QJsonObject payload = document.object();

    SyncPackage package;
    package.packageId = payload.value(QStringLiteral("package_id")).toString();
    package.laptopId = payload.value(QStringLiteral("laptop_id")).toString();
    package.laptopName = payload.value(QStringLiteral("laptop_name")).toString();
    package.createdAt = header.value(QStringLiteral("created_at")).toString();
    package.schemaVersion = payload.value(QStringLiteral("schema_version")).toInt();
    package.clock = stampFromJson(payload.value(QStringLiteral("clock")));
    package.since = stampFromJson(payload.value(QStringLiteral("since")));
    if (package.laptopId.isEmpty() || package.laptopId != header.value(QStringLiteral("laptop_id")).toString()
        || package.schemaVersion != version)
        return fail(damaged(name, tr("its header and content disagree")));
    const QJsonObject known = payload.value(QStringLiteral("knowledge")).toObject();
    for (auto it = known.begin(); it != known.end(); ++it)
        package.knowledge.insert(it.key(), stampFromJson(it.value()));
    const QJsonObject tablesJson = payload.value(QStringLiteral("tables")).toObject();
    for (auto it = tablesJson.begin(); it != tablesJson.end(); ++it) {
        const QJsonObject tableJson = it.value().toObject();
        Table table;
        for (const QJsonValue& column : tableJson.value(QStringLiteral("columns")).toArray())
            table.columns << column.toString();
        if (!table.columns.contains(QStringLiteral("id")))
            return fail(damaged(name, tr("the rows of “%1” have no id").arg(it.key())));
        const QJsonArray rows = tableJson.value(QStringLiteral("rows")).toArray();
        table.rows.reserve(rows.size());
        table.fields.reserve(rows.size());
        for (const QJsonValue& rowValue : rows) {
            const QJsonArray row = rowValue.toArray();
            if (row.size() != table.columns.size() + 1)
                return fail(damaged(name, tr("a row of “%1” has the wrong number of values").arg(it.key())));
            QVariantList values;
            values.reserve(table.columns.size());
            for (int c = 0; c < table.columns.size(); ++c)
                values << valueFromJson(row.at(c));
            QHash<QString, FieldStamp> stamps;
            const QJsonObject fields = row.last().toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f) {
                const QJsonArray pair = f.value().toArray();
                stamps.insert(f.key(),
                              FieldStamp{stampFromJson(pair.at(0)), pair.at(1).toString(), stampFromJson(pair.at(2))});
            }
            table.rows << values;
            table.fields << stamps;
        }
        package.tables.insert(it.key(), table);
    }
    for (const QJsonValue& value : payload.value(QStringLiteral("tombstones")).toArray()) {
        const QJsonArray entry = value.toArray();
        package.tombstones.push_back(
            {entry.at(0).toString(), entry.at(1).toString(), stampFromJson(entry.at(2)), entry.at(3).toString()});
    }
    // The header's count is what a person is shown before receiving; one that lies about the content
    // means the file was altered. (Hand-made packages without a count are taken as they are.)
    if (header.contains(QStringLiteral("rows"))) {
        const double declared = header.value(QStringLiteral("rows")).toDouble(-1);
        if (declared != double(package.rowCount()))
            return fail(damaged(name, tr("its header announces %1 changes but it holds %2")
                                          .arg(header.value(QStringLiteral("rows")).toVariant().toString())
                                          .arg(package.rowCount())));
    }
    return package;
}

} // namespace standlab
