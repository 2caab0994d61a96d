// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace standlab {

class Store;

// Indexes for search, in small steps between the user's own work, the rows a large import saved
// without indexing them (Store::catchUpSearchIndex). It starts when the event opens with rows still
// waiting (an import cut short by closing the window) and whenever a bulk write leaves some.
class SearchCatchUp : public QObject
{
    Q_OBJECT

public:
    explicit SearchCatchUp(Store& store, QObject* parent = nullptr);

    bool isRunning() const { return m_timer.isActive(); }
    // Rows search does not find yet, as of the last step.
    qint64 remaining() const { return m_remaining; }
    // Rows indexed per step: small enough that a step never makes typing stutter.
    static constexpr int StepRows = 2000;

public slots:
    // Looks for waiting rows and, if there are any, indexes them step by step.
    void start();

signals:
    void progress(qint64 done, qint64 total);
    void finished();
    // A step could not be written (a full disk): the rows stay saved and waiting; the next open tries again.
    void failed(const QString& message);

private:
    void step();

    Store& m_store;
    QTimer m_timer;
    qint64 m_total = 0;
    qint64 m_remaining = 0;
};

} // namespace standlab
