// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>
#include <random>

namespace standlab {

class Store;

// The deterministic randomness and ids behind a generated event, and the sink that hands its rows to
// the store in slices: everything the generator's parts share.
class GeneratorSource
{
public:
    explicit GeneratorSource(quint32 seed);

    // A name-based UUID of (seed, counter): the same sequence for the same seed.
    QString nextId();
    // Uniform enough in [0, bound); 0 when bound is 0.
    quint32 below(quint32 bound);
    bool chance(int percent) { return below(100) < quint32(percent); }
    template <class T> const T& pick(const QVector<T>& list) { return list.at(int(below(quint32(list.size())))); }
    const QString& pick(const QStringList& list) { return list.at(int(below(quint32(list.size())))); }

    // Rows go to `store` in slices of one table; the first failure is kept and later rows are dropped.
    void setStore(Store* store) { m_store = store; }
    void add(const QString& table, Row row);
    bool flush();
    QString error() const { return m_error; }

private:
    quint32 m_seed;
    std::mt19937 m_random;
    QUuid m_namespace;
    quint64 m_counter = 0;
    Store* m_store = nullptr;
    QString m_error;
    QString m_pendingTable;
    QVector<Row> m_pending;
};

} // namespace standlab
