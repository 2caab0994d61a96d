// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <QVector>
#include <functional>

namespace standlab {

// Columns hold plain SQLite values; these conversions keep the value types typed.
// Session times are wall-clock times in the event's time zone, carried as UTC-spec QDateTimes so the
// computer's own zone (and its daylight-saving gaps) can never shift them.
namespace dbvalue {

inline QVariant to(const QString& v) { return v; }
inline QVariant to(int v) { return v; }
inline QVariant to(qint64 v) { return v; }
inline QVariant to(bool v) { return v ? 1 : 0; }
inline QVariant to(double v) { return v; }
inline QVariant to(const QDate& v) { return v.isValid() ? QVariant(v.toString(Qt::ISODate)) : QVariant(); }
inline QVariant to(const QTime& v) { return v.isValid() ? QVariant(v.toString(QStringLiteral("HH:mm"))) : QVariant(); }
inline QVariant to(const QDateTime& v)
{
    return v.isValid() ? QVariant(v.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))) : QVariant();
}
inline QVariant to(const QStringList& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact));
}

template <class T> T from(const QVariant& v);
template <> inline QString from<QString>(const QVariant& v) { return v.toString(); }
template <> inline int from<int>(const QVariant& v) { return v.toInt(); }
template <> inline qint64 from<qint64>(const QVariant& v) { return v.toLongLong(); }
template <> inline bool from<bool>(const QVariant& v) { return v.toLongLong() != 0; }
template <> inline double from<double>(const QVariant& v) { return v.toDouble(); }
template <> inline QDate from<QDate>(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
template <> inline QTime from<QTime>(const QVariant& v)
{
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}
template <> inline QDateTime from<QDateTime>(const QVariant& v)
{
    QDateTime value = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
    value.setTimeSpec(Qt::UTC);
    return value;
}
template <> inline QStringList from<QStringList>(const QVariant& v)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const auto& item : array)
        list << item.toString();
    return list;
}

} // namespace dbvalue

// One column of a table and how it maps onto a member of the value type T.
template <class T> struct Field
{
    QString column;
    std::function<QVariant(const T&)> get;
    std::function<void(T&, const QVariant&)> set;
};

template <class T, class M> Field<T> field(const char* column, M T::*member)
{
    const QString name = QString::fromLatin1(column);
    // A reference to another row is NULL when empty, so the foreign key accepts "no link".
    const bool isReference = name.endsWith(QLatin1String("_id"));
    return {name,
            [member, isReference](const T& item) {
                QVariant value = dbvalue::to(item.*member);
                if (isReference && value.toString().isEmpty())
                    return QVariant();
                return value;
            },
            [member](T& item, const QVariant& value) { item.*member = dbvalue::from<M>(value); }};
}

// Specialised by each value type: its table and its columns.
template <class T> struct EntityTraits;

} // namespace standlab
