// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpackage.h"

#include "jsonscanner.h"
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
#include <limits>
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

// A stamp as written (a decimal string) or as a hand-made package may hold it (a whole number); absent
// is 0. Anything else is no stamp at all: the package is damaged.
std::optional<qint64> stampFromJson(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return qint64(0);
    if (value.isString()) {
        bool ok = false;
        const qint64 stamp = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(stamp) : std::nullopt;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 9.0e18)
            return qint64(number);
    }
    return std::nullopt;
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

QString tooManyRows(const QString& name, qint64 limit)
{
    return SyncPackage::tr("“%1” holds more than %2 changes, far more than any event has. It was not applied.")
        .arg(name)
        .arg(limit);
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
std::optional<QByteArray> unpack(QByteArrayView body, const QString& name, QString* error)
{
    if (body.size() < 4) {
        if (error)
            *error = damaged(name, SyncPackage::tr("its content is unreadable"));
        return std::nullopt;
    }
    const qint64 declared = qFromBigEndian<quint32>(body.data());
    if (declared > SyncPackage::maxPayloadSize) {
        if (error)
            *error = tooLarge(name, declared, SyncPackage::maxPayloadSize);
        return std::nullopt;
    }
    QByteArray payload(qsizetype(declared), Qt::Uninitialized);
    uLongf unpacked = uLongf(declared);
    const int rc = ::uncompress(reinterpret_cast<Bytef*>(payload.data()), &unpacked,
                                reinterpret_cast<const Bytef*>(body.data()) + 4, uLong(body.size() - 4));
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

struct SyncPackage::Source
{
    QByteArray payload;
    QString name;
};

int SyncPackage::Table::rowCount() const
{
    return source ? int(spans.size()) : int(rows.size());
}

bool SyncPackage::Table::row(int index, QVariantList* values, QHash<QString, FieldStamp>* stamps, QString* error) const
{
    values->clear();
    stamps->clear();
    if (!source) {
        *values = rows.at(index);
        *stamps = fields.value(index);
        return true;
    }
    auto fail = [&](const QString& why) {
        if (error)
            *error = damaged(source->name, why);
        return false;
    };
    const Span span = spans.at(index);
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(source->payload.constData() + span.start, qsizetype(span.length)));
    const QJsonArray row = document.array();
    if (!document.isArray() || row.size() != columns.size() + 1)
        return fail(tr("a row is unreadable"));
    values->reserve(columns.size());
    for (int c = 0; c < columns.size(); ++c)
        *values << valueFromJson(row.at(c));
    const QJsonObject fields = row.last().toObject();
    for (auto f = fields.begin(); f != fields.end(); ++f) {
        const QJsonArray entry = f.value().toArray();
        const std::optional<qint64> stamp = stampFromJson(entry.at(0));
        const std::optional<qint64> previous = stampFromJson(entry.at(2));
        if (!f.value().isArray() || !stamp || !previous || !entry.at(1).isString())
            return fail(tr("the change of “%1” has an unreadable stamp").arg(f.key()));
        stamps->insert(f.key(), FieldStamp{*stamp, entry.at(1).toString(), *previous});
    }
    return true;
}

int SyncPackage::tombstoneCount() const
{
    return m_source ? int(m_tombstoneSpans.size()) : int(tombstones.size());
}

bool SyncPackage::tombstone(int index, Tombstone* tombstone, QString* error) const
{
    if (!m_source) {
        *tombstone = tombstones.at(index);
        return true;
    }
    const Span span = m_tombstoneSpans.at(index);
    const QJsonArray entry = QJsonDocument::fromJson(QByteArray::fromRawData(m_source->payload.constData() + span.start,
                                                                             qsizetype(span.length)))
                                 .array();
    const std::optional<qint64> stamp = stampFromJson(entry.at(2));
    if (entry.size() < 4 || !entry.at(0).isString() || !entry.at(1).isString() || !entry.at(3).isString() || !stamp) {
        if (error)
            *error = damaged(m_source->name, tr("a deletion is unreadable"));
        return false;
    }
    *tombstone = {entry.at(0).toString(), entry.at(1).toString(), *stamp, entry.at(3).toString()};
    return true;
}

int SyncPackage::rowCount() const
{
    int count = tombstoneCount() + int(restorations.size());
    for (const Table& table : tables)
        count += table.rowCount();
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
    QJsonObject digestJson;
    for (auto it = digest.cbegin(); it != digest.cend(); ++it)
        digestJson.insert(it.key(), QJsonObject{{QStringLiteral("sha256"), it->hash}, {QStringLiteral("rows"), double(it->rows)}});
    payload.insert(QStringLiteral("digest"), digestJson);
    QJsonObject tablesJson;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const Table& table = it.value();
        QJsonArray rows;
        for (int r = 0; r < table.rowCount(); ++r) {
            QVariantList values;
            QHash<QString, FieldStamp> stamps;
            if (!table.row(r, &values, &stamps, nullptr))
                continue; // a damaged row of a package read from a file is not passed on
            QJsonArray row;
            for (const QVariant& value : qAsConst(values))
                row.append(valueToJson(value));
            QJsonObject fields;
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
    for (int t = 0; t < tombstoneCount(); ++t) {
        Tombstone entry;
        if (tombstone(t, &entry, nullptr))
            deleted.append(QJsonArray{entry.table, entry.id, stampToJson(entry.stamp), entry.laptop});
    }
    payload.insert(QStringLiteral("tombstones"), deleted);
    QJsonArray restored;
    for (const Tombstone& entry : restorations)
        restored.append(QJsonArray{entry.table, entry.id, stampToJson(entry.stamp), entry.laptop});
    payload.insert(QStringLiteral("restorations"), restored);

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
    const QByteArrayView body = QByteArrayView(bytes).sliced(headerEnd + 1);
    const qint64 size = qint64(header.value(QStringLiteral("size")).toDouble());
    if (body.size() < size)
        return fail(damaged(name, tr("it is truncated (%1 of %2 bytes)").arg(body.size()).arg(size)));
    if (body.size() != size
        || QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()
            != header.value(QStringLiteral("sha256")).toString().toLatin1())
        return fail(damaged(name, tr("its checksum does not match")));
    if (body.size() > maxFileSize)
        return fail(tooLarge(name, body.size(), maxFileSize));
    // The count a person is shown turns away a package announcing millions of rows before it is unpacked.
    if (header.value(QStringLiteral("rows")).toDouble() > maxRows)
        return fail(tooManyRows(name, maxRows));
    std::optional<QByteArray> payloadBytes = unpack(body, name, error);
    if (!payloadBytes)
        return std::nullopt;
    auto source = std::make_shared<Source>(Source{std::move(*payloadBytes), name});
    payloadBytes.reset();

    SyncPackage package;
    package.m_source = source;
    package.createdAt = header.value(QStringLiteral("created_at")).toString();
    if (!readPayload(source, &package, error))
        return std::nullopt;
    if (package.laptopId.isEmpty() || package.laptopId != header.value(QStringLiteral("laptop_id")).toString()
        || package.schemaVersion != version)
        return fail(damaged(name, tr("its header and content disagree")));
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

// The payload is walked, not parsed: the scalars and the knowledge are small and parsed on their own, the
// rows and tombstones are only located (and counted and measured, so the caps hold before anything is
// built); Table::row and tombstone() convert them one at a time when the merge asks.
bool SyncPackage::readPayload(const std::shared_ptr<const Source>& source, SyncPackage* package, QString* error)
{
    const QByteArray& payload = source->payload;
    const QString& name = source->name;
    JsonScanner scanner(payload);
    qint64 rows = 0;
    auto fail = [&](const QString& why) {
        if (error)
            *error = rows > maxRows ? tooManyRows(name, maxRows)
                : damaged(name, scanner.tooLarge() ? tr("a row holds far more values than rows have") : why);
        return false;
    };
    const QString unreadable = tr("its content is unreadable");
    // A small value (a scalar, the columns, the knowledge), parsed on its own.
    auto small = [&](qint64 maxValues, QJsonValue* value) {
        JsonScanner::Span span;
        if (!scanner.skipValue(maxValues, &span))
            return false;
        QByteArray wrapped;
        wrapped.reserve(span.length + 2);
        wrapped.append('[').append(JsonScanner::view(payload, span)).append(']');
        const QJsonDocument document = QJsonDocument::fromJson(wrapped);
        *value = document.array().at(0);
        return document.isArray();
    };
    auto stamp = [&](const QJsonValue& value, qint64* into) {
        const std::optional<qint64> read = stampFromJson(value);
        if (read)
            *into = *read;
        return read.has_value();
    };
    // Calls `member` for each member of the object that starts here.
    auto eachMember = [&](const auto& member) {
        if (!scanner.consume('{'))
            return false;
        if (scanner.consume('}'))
            return true;
        do {
            QString key;
            if (!scanner.readKey(&key) || !member(key))
                return false;
        } while (scanner.consume(','));
        return scanner.consume('}');
    };
    // Locates each element of the array that starts here.
    auto eachElement = [&](qint64 maxValues, const auto& element) {
        if (!scanner.consume('['))
            return false;
        if (scanner.consume(']'))
            return true;
        do {
            JsonScanner::Span span;
            JsonScanner::Counts counts;
            if (++rows > maxRows || !scanner.skipValue(maxValues, &span, &counts) || !element(span, counts))
                return false;
        } while (scanner.consume(','));
        return scanner.consume(']');
    };
    auto readTable = [&](const QString& tableName) {
        Table table;
        table.source = source;
        QVector<qint64> widths; // of the rows, checked once the columns are known (they may come after)
        QString problem;
        const bool read = eachMember([&](const QString& key) {
            if (key == QLatin1String("columns")) {
                QJsonValue columns;
                if (!small(maxColumns + 1, &columns) || !columns.isArray()) {
                    problem = tr("the columns of “%1” are unreadable or too many").arg(tableName);
                    return false;
                }
                table.columns.clear();
                for (const QJsonValue& column : columns.toArray())
                    table.columns << column.toString();
                return true;
            }
            if (key == QLatin1String("rows")) {
                table.spans.clear();
                widths.clear();
                // A row holds its values and, per field, a stamp of three values: a row of far more
                // than that is not a row (and would cost memory once parsed).
                return eachElement(8 * (maxColumns + 1), [&](const JsonScanner::Span& span, const JsonScanner::Counts& counts) {
                    if (payload.at(span.start) != '[')
                        return false;
                    table.spans.push_back({quint32(span.start), quint32(span.length)});
                    if (widths.isEmpty() || widths.last() != counts.members)
                        widths << counts.members;
                    return true;
                });
            }
            return scanner.skipValue(std::numeric_limits<qint64>::max());
        });
        if (!read)
            return fail(problem.isEmpty() ? unreadable : problem);
        for (qint64 width : qAsConst(widths))
            if (width != table.columns.size() + 1)
                return fail(tr("a row of “%1” has the wrong number of values").arg(tableName));
        package->tables.insert(tableName, table);
        return true;
    };

    bool wellFormed = true;
    QString problem;
    const bool read = eachMember([&](const QString& key) {
        QJsonValue value;
        if (key == QLatin1String("tables")) {
            const bool tablesRead = eachMember([&](const QString& table) {
                wellFormed = readTable(table);
                return wellFormed;
            });
            return tablesRead;
        }
        if (key == QLatin1String("tombstones")) {
            package->m_tombstoneSpans.clear();
            return eachElement(16, [&](const JsonScanner::Span& span, const JsonScanner::Counts&) {
                package->m_tombstoneSpans.push_back({quint32(span.start), quint32(span.length)});
                return true;
            });
        }
        if (key == QLatin1String("knowledge")) {
            // Two values per laptop that ever wrote: a few dozen in practice.
            if (!small(200'000, &value) || !value.isObject())
                return false;
            const QJsonObject known = value.toObject();
            package->knowledge.clear();
            for (auto it = known.begin(); it != known.end(); ++it) {
                qint64 stamped = 0;
                if (!stamp(it.value(), &stamped)) {
                    problem = tr("what it says it holds is unreadable");
                    return false;
                }
                package->knowledge.insert(it.key(), stamped);
            }
            return true;
        }
        if (key == QLatin1String("restorations")) {
            // Undone deletes: few, parsed whole (four values each).
            if (!small(400'000, &value) || !value.isArray())
                return false;
            package->restorations.clear();
            for (const QJsonValue& item : value.toArray()) {
                const QJsonArray entry = item.toArray();
                const std::optional<qint64> stamped = stampFromJson(entry.at(2));
                if (entry.size() < 4 || !entry.at(0).isString() || !entry.at(1).isString() || !entry.at(3).isString()
                    || !stamped) {
                    problem = tr("a restored row is unreadable");
                    return false;
                }
                package->restorations.push_back({entry.at(0).toString(), entry.at(1).toString(), *stamped,
                                                 entry.at(3).toString()});
            }
            return true;
        }
        if (key == QLatin1String("digest")) {
            // One short entry per synced table.
            if (!small(10'000, &value) || !value.isObject())
                return false;
            const QJsonObject tablesDigest = value.toObject();
            package->digest.clear();
            for (auto it = tablesDigest.begin(); it != tablesDigest.end(); ++it) {
                const QJsonObject entry = it.value().toObject();
                package->digest.insert(it.key(), {entry.value(QStringLiteral("sha256")).toString(),
                                                  qint64(entry.value(QStringLiteral("rows")).toDouble())});
            }
            return true;
        }
        static const QStringList scalars = {QStringLiteral("package_id"), QStringLiteral("laptop_id"),
                                            QStringLiteral("laptop_name"), QStringLiteral("schema_version"),
                                            QStringLiteral("clock"), QStringLiteral("since")};
        if (!scalars.contains(key))
            return scanner.skipValue(std::numeric_limits<qint64>::max()); // what a later format adds
        if (!small(1, &value))
            return false;
        if (key == QLatin1String("package_id"))
            package->packageId = value.toString();
        else if (key == QLatin1String("laptop_id"))
            package->laptopId = value.toString();
        else if (key == QLatin1String("laptop_name"))
            package->laptopName = value.toString();
        else if (key == QLatin1String("schema_version"))
            package->schemaVersion = value.toInt();
        else if ((key == QLatin1String("clock") && !stamp(value, &package->clock))
                 || (key == QLatin1String("since") && !stamp(value, &package->since))) {
            problem = tr("its clock is unreadable");
            return false;
        }
        return true;
    });
    if (!wellFormed)
        return false; // readTable said why
    if (!read || !scanner.atEnd())
        return fail(problem.isEmpty() ? unreadable : problem);
    return true;
}

} // namespace standlab
