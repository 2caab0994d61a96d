// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace standlab {

class Store;

// The whole event as one schema-versioned JSON document: every row of every table, stamps included,
// so it can be loaded into a new file with nothing lost.
class EventBundle
{
    Q_DECLARE_TR_FUNCTIONS(EventBundle)

public:
    static constexpr const char* formatName = "standlab-bundle";

    static QJsonObject write(const Store& store);
    // Loads a bundle into a store (normally a new, empty one) in one transaction: all or nothing.
    // Checks it with validate() first.
    static bool read(Store& store, const QJsonObject& bundle, QString* error);
    // What can be told without a store: the format, the version, the tables, the shape of each entry
    // and values no event can hold (a session ending before it starts, a year outside 1900–2200).
    // The message names the table, the entry and the session.
    static bool validate(const QJsonObject& bundle, QString* error);
};

} // namespace standlab
