// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcatchup.h"

#include "store/store.h"

namespace standlab {

SearchCatchUp::SearchCatchUp(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    // One step per pass of the event loop: clicks and keys are handled between steps.
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SearchCatchUp::step);
    // An import (or any bulk write) announces itself with reset().
    connect(&m_store, &Store::reset, this, &SearchCatchUp::start);
}

void SearchCatchUp::start()
{
    if (m_timer.isActive() || m_store.isReadOnly())
        return;
    m_remaining = m_store.searchBacklog();
    if (m_remaining <= 0)
        return;
    m_total = m_remaining;
    emit progress(0, m_total);
    m_timer.start();
}

void SearchCatchUp::step()
{
    QString error;
    if (!m_store.catchUpSearchIndex(StepRows, &error)) {
        m_timer.stop();
        emit failed(error);
        return;
    }
    m_remaining = m_store.searchBacklog();
    // Rows added meanwhile by another import make the total grow rather than the bar run backwards.
    m_total = qMax(m_total, m_remaining);
    if (m_remaining > 0) {
        emit progress(m_total - m_remaining, m_total);
        return;
    }
    m_timer.stop();
    emit progress(m_total, m_total);
    emit finished();
}

} // namespace standlab
