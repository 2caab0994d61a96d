// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace standlab {

class Store;

// A fingerprint of the event a file holds, per table: the values of every row (ids included, stamps and
// laptop ids left out), so two files that hold the same event have equal digests whatever order their
// changes arrived in. A sync package carries its sender's; ConvergenceCheck compares them.
class EventDigest
{
public:
    struct Table
    {
        QString hash; // hex SHA-256 over the rows in id order
        qint64 rows = 0;
        bool operator==(const Table& other) const { return hash == other.hash && rows == other.rows; }
        bool operator!=(const Table& other) const { return !(*this == other); }
    };

    static QHash<QString, Table> of(Store& store);
};

} // namespace standlab
