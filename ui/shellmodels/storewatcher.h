// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace standlab {

class Store;

// Turns the store's change notifications about some tables into one changed() signal per event-loop
// turn, so a burst of edits (an import, an undo of many rows) reloads a view once.
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    // An empty table list watches every table.
    StoreWatcher(Store& store, const QStringList& tables, QObject* parent = nullptr);

signals:
    void changed();

private:
    QSet<QString> m_tables;
    QTimer m_timer;
};

} // namespace standlab
