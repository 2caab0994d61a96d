// SPDX-License-Identifier: GPL-3.0-or-later
#include "storewatcher.h"

#include "store/store.h"

namespace standlab {

StoreWatcher::StoreWatcher(Store& store, const QStringList& tables, QObject* parent)
    : QObject(parent), m_tables(tables.cbegin(), tables.cend())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::changed);
    connect(&store, &Store::rowChanged, this, [this](const QString& table) {
        if (m_tables.isEmpty() || m_tables.contains(table))
            m_timer.start();
    });
    connect(&store, &Store::reset, &m_timer, qOverload<>(&QTimer::start));
}

} // namespace standlab
