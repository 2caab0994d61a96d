// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceids.h"

#include <QJsonDocument>

namespace standlab {

QJsonObject SourceIds::read(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString SourceIds::write(const QJsonObject& ids)
{
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

QString SourceIds::text(const QJsonObject& ids, const char* key)
{
    const QJsonValue value = ids.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

void SourceIds::set(QJsonObject* ids, const char* key, const QString& value)
{
    if (value.isEmpty())
        ids->remove(QLatin1String(key));
    else
        ids->insert(QLatin1String(key), value);
}

} // namespace standlab
