// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatorsource.h"

#include "store/store.h"

namespace standlab {
namespace {

// Rows are handed to the store in slices so a very large event never sits in memory twice.
constexpr int sliceSize = 10000;

} // namespace

GeneratorSource::GeneratorSource(quint32 seed)
    : m_seed(seed)
    , m_random(seed)
    // A fixed namespace: ids are name-based UUIDs of (seed, counter), so they repeat for a seed.
    , m_namespace(QStringLiteral("{3f6c0a4e-5b1d-4c7e-9a2f-6d8e1b0c7a55}"))
{
}

QString GeneratorSource::nextId()
{
    const QString name = QString::number(m_seed) + QLatin1Char('/') + QString::number(++m_counter);
    return QUuid::createUuidV5(m_namespace, name).toString(QUuid::WithoutBraces);
}

quint32 GeneratorSource::below(quint32 bound)
{
    // Plain modulo rather than std::uniform_int_distribution, whose output differs between standard
    // libraries: the same seed must give the same event everywhere.
    return bound == 0 ? 0 : quint32(m_random() % bound);
}

void GeneratorSource::add(const QString& table, Row row)
{
    if (table != m_pendingTable || m_pending.size() >= sliceSize)
        flush();
    m_pendingTable = table;
    m_pending.push_back(std::move(row));
}

bool GeneratorSource::flush()
{
    if (m_pending.isEmpty() || !m_error.isEmpty() || !m_store) {
        m_pending.clear();
        return m_error.isEmpty();
    }
    QString reason;
    if (!m_store->insertMany(m_pendingTable, m_pending, false, &reason))
        m_error = reason;
    m_pending.clear();
    return m_error.isEmpty();
}

} // namespace standlab
