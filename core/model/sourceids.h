// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace standlab {

// The identity a row had in the schedule it was imported from (ids, guids, slugs, URLs, the
// conference's acronym), kept as a small JSON object so an export can write it back unchanged.
class SourceIds
{
public:
    static QJsonObject read(const QString& json);
    static QString write(const QJsonObject& ids);
    // A text value of `ids`, numbers as written (ids are integers in the files).
    static QString text(const QJsonObject& ids, const char* key);
    // `key` set to `value`, or removed when the value is empty.
    static void set(QJsonObject* ids, const char* key, const QString& value);
};

} // namespace standlab
