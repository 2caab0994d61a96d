// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
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

    // Per laptop L, a stamp K such that this file holds every change of L up to K (its own clock for this
    // laptop). What it holds beyond a gap (changes that came in a package of changes after a stamp it had
    // not reached yet) is not claimed: see recordReceived.
    QHash<QString, qint64> knowledge() const;
    QVector<Peer> peers() const;
    // By id, the start of an id, or name (case-insensitive); empty when this file never received a package
    // from it, or when the name fits several laptops (two laptops that kept the same host name): then
    // `ambiguity` lists them with their short ids, so a person can give the id instead.
    std::optional<Peer> findPeer(const QString& nameOrId, QString* ambiguity = nullptr) const;
    QString nameOf(const QString& laptopId) const;
    // The newest stamp the peer certainly holds of every laptop: a package of later changes is enough.
    qint64 watermarkFor(const Peer& peer) const;

    QVector<Exchange> exchanges() const;
    bool hasReceived(const QString& packageId) const;
    bool recordSent(const QString& packageId, const QString& peerId, const QString& peerName,
                    const QString& fileName, int rows, QString* error);
    // What a received package lets this file claim: the sender's knowledge and the stamp it was built
    // after (`since`, 0 for everything), and this file's knowledge before the package was merged.
    struct Received
    {
        QHash<QString, qint64> senderKnowledge;
        qint64 since = 0;
        QHash<QString, qint64> knowledgeBefore;
        QSet<QString> laptopsCarried; // laptops whose stamps the package brought (rows, fields, deletes)
    };
    // Inside the merge's transaction: the history line, the sender as a peer, what it held. A package of
    // the changes after `since` carries all of laptop L's changes newer than that; this file may claim
    // the sender's knowledge of L only when it already held L's changes up to `since`. Otherwise there is
    // a gap, and what this file claims of L stays where it was until a package fills the gap.
    bool recordReceived(const Exchange& exchange, const Received& received, qint64* exchangeId, QString* error);

    QVector<Conflict> conflicts(bool openOnly = false) const;
    // How people recognise a row: its title or name, else a short id; notes when it no longer exists.
    QString describeRow(const QString& table, const QString& rowId) const;
    int openConflictCount() const;
    bool setResolution(qint64 conflictId, const QString& resolution, QString* error);
    // Per laptop, the newest stamp of its changes this file's own rows, field clocks, deletes and
    // restorations carry (nothing learned from packages, no clock).
    QHash<QString, qint64> stamped() const;

private:
    // What the rows and received packages show, gaps included: the stamps a package to a peer must cover.
    QHash<QString, qint64> held() const;
    // Per laptop with a gap, the stamp up to which this file holds its changes without one (kept in meta).
    QHash<QString, qint64> contiguousLimits() const;

    Store& m_store;
};

} // namespace standlab
