// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>
#include <QVector>
#include <optional>

namespace standlab {

class Store;

// The bookkeeping of exchanges kept in the file beside the event (never merged): which laptops were met
// and what they held, what this file holds of each laptop, the history of exchanges and the conflicts
// kept for review. The only reader and writer of the sync_* tables besides the merge itself.
class SyncLedger
{
    Q_DECLARE_TR_FUNCTIONS(SyncLedger)

public:
    struct Peer
    {
        QString laptopId;
        QString name;
        QString lastReceivedAt;
        QString lastSentAt;
        QHash<QString, qint64> knowledge;
    };
    struct Exchange
    {
        qint64 id = 0;
        bool received = true;
        QString packageId;
        QString laptopId;
        QString laptopName;
        QString happenedAt;
        QString fileName;
        int changes = 0;
        int conflicts = 0;
    };
    struct Conflict
    {
        qint64 id = 0;
        QString table;
        QString rowId;
        QString column;
        QVariant keptValue;
        QString keptLaptop;
        qint64 keptStamp = 0;
        QVariant otherValue;
        QString otherLaptop;
        qint64 otherStamp = 0;
        QString detectedAt;
        QString resolution; // "open", "kept", "picked_other"
    };

    explicit SyncLedger(Store& store);

    // Per laptop, the newest of its changes this file holds (its own clock for this laptop).
    QHash<QString, qint64> knowledge() const;
    QVector<Peer> peers() const;
    // By name (case-insensitive) or id; empty when this file never received a package from it.
    std::optional<Peer> findPeer(const QString& nameOrId) const;
    QString nameOf(const QString& laptopId) const;
    // The newest stamp the peer certainly holds of every laptop: a package of later changes is enough.
    qint64 watermarkFor(const Peer& peer) const;

    QVector<Exchange> exchanges() const;
    bool hasReceived(const QString& packageId) const;
    bool recordSent(const QString& packageId, const QString& peerId, const QString& peerName,
                    const QString& fileName, int rows, QString* error);
    // Inside the merge's transaction: the history line, the sender as a peer, what it held.
    bool recordReceived(const Exchange& exchange, const QHash<QString, qint64>& senderKnowledge,
                        qint64* exchangeId, QString* error);

    QVector<Conflict> conflicts(bool openOnly = false) const;
    // How people recognise a row: its title or name, else a short id; notes when it no longer exists.
    QString describeRow(const QString& table, const QString& rowId) const;
    int openConflictCount() const;
    bool setResolution(qint64 conflictId, const QString& resolution, QString* error);

private:
    Store& m_store;
};

} // namespace standlab
