// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "store/migrations.h"
#include "sync/syncledger.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;
using namespace standlab::testing;

// The merge rule of issue 7: laptops that have seen the same packages hold the same event, whatever the
// order and however often a package arrives; a delete wins over a concurrent edit; concurrent edits of one
// field keep a conflict for review; the clock moves past everything received.
class TestSyncMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<qint64> m_now;
    std::vector<Replica> m_replicas;

    bool setUpReplicas(int count)
    {
        m_now = std::make_shared<qint64>(1'700'000'000'000LL);
        QString error;
        m_replicas = makeReplicas(QDir(m_dir.path()), count, m_now, &error);
        if (m_replicas.empty())
            qWarning("%s", qPrintable(error));
        return !m_replicas.empty();
    }

    QString firstSession(Store& store) const
    {
        return store.rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")).first().value(QStringLiteral("id")).toString();
    }

    void exchangeAll(bool delta)
    {
        QString error;
        for (int round = 0; round < 2; ++round)
            for (auto& from : m_replicas)
                for (auto& to : m_replicas)
                    if (&from != &to)
                        QVERIFY2(exchange(from, to, delta, nullptr, &error), qPrintable(error));
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_replicas.clear(); }

    void convergesWhateverTheOrder_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("delta");
        for (quint32 seed : {7u, 42u, 2019u})
            for (bool delta : {false, true})
                QTest::addRow("seed %u %s", seed, delta ? "since-peer" : "everything") << seed << delta;
    }

    // Three laptops edit at random, swap packages in random order (some twice), edit again; once each has
    // received everything from the others, all three dumps are identical.
    void convergesWhateverTheOrder()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, delta);
        QVERIFY(setUpReplicas(3));
        QRandomGenerator random(seed);
        int serial = 0;
        QString error;
        for (int round = 0; round < 5; ++round) {
            for (auto& replica : m_replicas)
                for (int edit = 0; edit < 8; ++edit)
                    randomEdit(*replica.store, random, ++serial);
            for (int swap = 0; swap < 4; ++swap) {
                const int from = int(random.bounded(3));
                const int to = (from + 1 + int(random.bounded(2))) % 3;
                const int times = 1 + int(random.bounded(2));
                for (int t = 0; t < times; ++t)
                    QVERIFY2(exchange(m_replicas[size_t(from)], m_replicas[size_t(to)], delta, nullptr, &error),
                             qPrintable(error));
            }
        }
        exchangeAll(delta);
        const QByteArray first = canonical(*m_replicas[0].store);
        for (size_t i = 1; i < m_replicas.size(); ++i) {
            const QByteArray other = canonical(*m_replicas[i].store);
            if (other != first) {
                // Say where each replica stands on the rows that differ, to tell a lost delete from a lost row.
                const QString difference = firstDifference(first, other);
                QString detail = difference;
                for (auto& replica : m_replicas) {
                    for (const Row& tombstone : replica.store->rows(QStringLiteral("tombstones")))
                        if (difference.contains(tombstone.value(QStringLiteral("id")).toString()))
                            detail += QStringLiteral("\n%1 tombstone %2 at %3 by %4").arg(replica.name, tombstone.value(QStringLiteral("id")).toString().left(8)).arg(tombstone.value(QStringLiteral("deleted_at")).toLongLong()).arg(tombstone.value(QStringLiteral("laptop_id")).toString());
                    for (const Row& row : replica.store->rows(QStringLiteral("participations")))
                        if (difference.contains(row.value(QStringLiteral("id")).toString()))
                            detail += QStringLiteral("\n%1 row %2 at %3 by %4").arg(replica.name, row.value(QStringLiteral("id")).toString().left(8)).arg(row.value(QStringLiteral("updated_at")).toLongLong()).arg(row.value(QStringLiteral("laptop_id")).toString());
                }
                QFAIL(qPrintable(detail));
            }
        }
        for (auto& replica : m_replicas)
            QVERIFY2(replica.store->checkIntegrity(&error), qPrintable(error));
    }

    void applyingTwiceChangesNothing()
    {
        QVERIFY(setUpReplicas(2));
        QRandomGenerator random(5);
        for (int edit = 0; edit < 20; ++edit)
            randomEdit(*m_replicas[0].store, random, edit);
        QString error;
        SyncSummary first;
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], false, &first, &error), qPrintable(error));
        QVERIFY(first.totalChanges() > 0);
        const QByteArray once = canonical(*m_replicas[1].store);
        SyncSummary second;
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], false, &second, &error), qPrintable(error));
        QCOMPARE(second.totalChanges(), 0);
        QCOMPARE(canonical(*m_replicas[1].store), once);
        QCOMPARE(once, canonical(*m_replicas[0].store));
    }

    void deleteWinsOverConcurrentEdit_data()
    {
        QTest::addColumn<bool>("editAfterDelete");
        QTest::newRow("edit older than the delete") << false;
        QTest::newRow("edit newer than the delete") << true;
    }

    void deleteWinsOverConcurrentEdit()
    {
        QFETCH(bool, editAfterDelete);
        QVERIFY(setUpReplicas(2));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        const QString session = firstSession(a);
        const int speakers = a.rows(QStringLiteral("participations"), QStringLiteral("session_id = ?"), {session}).size();
        QVERIFY(speakers > 0);
        if (!editAfterDelete)
            QVERIFY(b.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Renamed on B")}}));
        QVERIFY(a.remove(QStringLiteral("sessions"), session));
        if (editAfterDelete) {
            QVERIFY(b.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Renamed on B")}}));
            const QString person = a.rows(QStringLiteral("people")).first().value(QStringLiteral("id")).toString();
            // A speaker added on B to the session A deleted goes with the session.
            QVERIFY(!b.insert(QStringLiteral("participations"), {{QStringLiteral("person_id"), person},
                                                                 {QStringLiteral("session_id"), session},
                                                                 {QStringLiteral("role"), QStringLiteral("rapporteur")}})
                         .isEmpty());
        }
        exchangeAll(false);
        QVERIFY(!a.row(QStringLiteral("sessions"), session));
        QVERIFY(!b.row(QStringLiteral("sessions"), session));
        QCOMPARE(b.rows(QStringLiteral("participations"), QStringLiteral("session_id = ?"), {session}).size(), 0);
        QCOMPARE(canonical(a), canonical(b));
    }

    void concurrentEditsKeepAConflict()
    {
        QVERIFY(setUpReplicas(2));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        const QString session = firstSession(a);
        QVERIFY(a.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Title from A")}}));
        QVERIFY(b.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Title from B")}}));
        // Different fields of the same row are no conflict: both edits stay.
        QVERIFY(a.update(QStringLiteral("sessions"), session, {{QStringLiteral("capacity"), 77}}));
        exchangeAll(false);
        for (Store* store : {&a, &b}) {
            const Row row = *store->row(QStringLiteral("sessions"), session);
            QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("Title from B")); // the later edit
            QCOMPARE(row.value(QStringLiteral("capacity")).toInt(), 77);
            const QVector<SyncLedger::Conflict> conflicts = SyncLedger(*store).conflicts();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().column, QStringLiteral("title"));
            QCOMPARE(conflicts.first().keptValue.toString(), QStringLiteral("Title from B"));
            QCOMPARE(conflicts.first().otherValue.toString(), QStringLiteral("Title from A"));
            QCOMPARE(conflicts.first().otherLaptop, QStringLiteral("laptop-0"));
        }
    }

    void sequentialEditsAreNoConflict()
    {
        QVERIFY(setUpReplicas(2));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        const QString session = firstSession(a);
        QString error;
        QVERIFY(a.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("First")}}));
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], true, nullptr, &error), qPrintable(error));
        QVERIFY(b.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Second")}}));
        QVERIFY2(exchange(m_replicas[1], m_replicas[0], true, nullptr, &error), qPrintable(error));
        QCOMPARE(a.row(QStringLiteral("sessions"), session)->value(QStringLiteral("title")).toString(), QStringLiteral("Second"));
        QCOMPARE(SyncLedger(a).conflicts().size(), 0);
        QCOMPARE(SyncLedger(b).conflicts().size(), 0);
    }

    void linksMergeAsSets()
    {
        QVERIFY(setUpReplicas(2));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        const QString session = firstSession(a);
        const QString line = a.rows(QStringLiteral("working_lines"), {}, {}, QStringLiteral("id")).last().value(QStringLiteral("id")).toString();
        const QVariantList pair{session, line};
        const QString where = QStringLiteral("session_id = ? AND working_line_id = ?");
        a.remove(QStringLiteral("session_tags"), a.rows(QStringLiteral("session_tags"), where, pair).value(0).value(QStringLiteral("id")).toString());
        b.remove(QStringLiteral("session_tags"), b.rows(QStringLiteral("session_tags"), where, pair).value(0).value(QStringLiteral("id")).toString());
        // The same tag made on both laptops: two rows with two ids, one pair.
        QVERIFY(!a.insert(QStringLiteral("session_tags"), {{QStringLiteral("session_id"), session}, {QStringLiteral("working_line_id"), line}}).isEmpty());
        QVERIFY(!b.insert(QStringLiteral("session_tags"), {{QStringLiteral("session_id"), session}, {QStringLiteral("working_line_id"), line}}).isEmpty());
        exchangeAll(false);
        QCOMPARE(a.rows(QStringLiteral("session_tags"), where, pair).size(), 1);
        QCOMPARE(canonical(a), canonical(b));
    }

    // C deletes a tag, B learns it and adds the same tag again (a new id); A, which still holds the old row,
    // receives B's package of everything: it must end with B's tag, not with neither (issue 20, item 3).
    void reAddedAfterADeleteSurvives()
    {
        QVERIFY(setUpReplicas(3));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        Store& c = *m_replicas[2].store;
        const QString session = firstSession(a);
        const QString line = a.rows(QStringLiteral("working_lines"), {}, {}, QStringLiteral("id")).last().value(QStringLiteral("id")).toString();
        const QVariantList pair{session, line};
        const QString where = QStringLiteral("session_id = ? AND working_line_id = ?");
        if (c.rows(QStringLiteral("session_tags"), where, pair).isEmpty()) {
            // The generated event may not tag this pair: tag it everywhere first, as one laptop would.
            QVERIFY(!c.insert(QStringLiteral("session_tags"), {{QStringLiteral("session_id"), session}, {QStringLiteral("working_line_id"), line}}).isEmpty());
            exchangeAll(false);
        }
        const QString old = c.rows(QStringLiteral("session_tags"), where, pair).value(0).value(QStringLiteral("id")).toString();
        QVERIFY(!old.isEmpty());
        QVERIFY(c.remove(QStringLiteral("session_tags"), old));
        QString error;
        QVERIFY2(exchange(m_replicas[2], m_replicas[1], false, nullptr, &error), qPrintable(error));
        QVERIFY(b.rows(QStringLiteral("session_tags"), where, pair).isEmpty());
        const QString again = b.insert(QStringLiteral("session_tags"), {{QStringLiteral("session_id"), session}, {QStringLiteral("working_line_id"), line}});
        QVERIFY(!again.isEmpty());
        QVERIFY2(exchange(m_replicas[1], m_replicas[0], false, nullptr, &error), qPrintable(error));
        QCOMPARE(a.rows(QStringLiteral("session_tags"), where, pair).value(0).value(QStringLiteral("id")).toString(), again);
        exchangeAll(false);
        for (auto& replica : m_replicas)
            QCOMPARE(replica.store->rows(QStringLiteral("session_tags"), where, pair).value(0).value(QStringLiteral("id")).toString(), again);
        QCOMPARE(canonical(a), canonical(b));
        QCOMPARE(canonical(a), canonical(c));
    }

    void undoOfASharedDeleteComesBackEverywhere_data()
    {
        QTest::addColumn<bool>("delta");
        QTest::newRow("everything") << false;
        QTest::newRow("since-peer") << true;
    }

    // A deletes a session with its speakers and shares that; then A undoes the delete. The restoration must
    // win on B over the delete it undoes, and not be undone again at the next exchange (issue 20, item 5).
    void undoOfASharedDeleteComesBackEverywhere()
    {
        QFETCH(bool, delta);
        QVERIFY(setUpReplicas(2));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        const QString session = firstSession(a);
        const QVector<Row> speakers = a.rows(QStringLiteral("participations"), QStringLiteral("session_id = ?"), {session});
        QString error;
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], delta, nullptr, &error), qPrintable(error));
        QVERIFY2(exchange(m_replicas[1], m_replicas[0], delta, nullptr, &error), qPrintable(error));
        const std::optional<RowSet> removed = a.remove(QStringLiteral("sessions"), session, &error);
        QVERIFY2(removed, qPrintable(error));
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], delta, nullptr, &error), qPrintable(error));
        QVERIFY(!b.row(QStringLiteral("sessions"), session));
        QVERIFY2(a.restore(*removed, &error), qPrintable(error));
        SyncSummary summary;
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], delta, &summary, &error), qPrintable(error));
        QVERIFY(b.row(QStringLiteral("sessions"), session));
        QCOMPARE(b.rows(QStringLiteral("participations"), QStringLiteral("session_id = ?"), {session}).size(), speakers.size());
        QVERIFY(summary.totalChanges() > 0); // not "Nothing new"
        exchangeAll(delta);
        QVERIFY(a.row(QStringLiteral("sessions"), session));
        QVERIFY(b.row(QStringLiteral("sessions"), session));
        QCOMPARE(canonical(a), canonical(b));
        // Deleting it again after the undo wins again.
        QVERIFY(b.remove(QStringLiteral("sessions"), session));
        exchangeAll(delta);
        QVERIFY(!a.row(QStringLiteral("sessions"), session));
        QCOMPARE(canonical(a), canonical(b));
    }

    // A and B each record the same organisation's engagement (one per organisation): one row stays, holding
    // what each laptop set, and the field both set differently is listed (issue 20, item 2).
    void rowsSharingAKeyMergeFieldByField()
    {
        QVERIFY(setUpReplicas(2));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        const QString organisation = a.insert(QStringLiteral("organisations"), {{QStringLiteral("name"), QStringLiteral("Coop Fictiva")}});
        QVERIFY(!organisation.isEmpty());
        exchangeAll(false);
        QVERIFY(!a.insert(QStringLiteral("engagements"), {{QStringLiteral("organisation_id"), organisation},
                                                          {QStringLiteral("topics"), QStringLiteral("Mobility data")},
                                                          {QStringLiteral("delegation_size"), 3}}).isEmpty());
        QVERIFY(!b.insert(QStringLiteral("engagements"), {{QStringLiteral("organisation_id"), organisation},
                                                          {QStringLiteral("topics"), QStringLiteral("Housing")},
                                                          {QStringLiteral("wants_to_speak"), 1}}).isEmpty());
        // The later of the two edits wins the field both set (each laptop's own clock decides which).
        const auto stampOf = [&](Store& store) {
            const Row row = store.rows(QStringLiteral("engagements"), QStringLiteral("organisation_id = ?"), {organisation}).first();
            return qMakePair(row.value(QStringLiteral("updated_at")).toLongLong(), row.value(QStringLiteral("laptop_id")).toString());
        };
        const bool bLater = stampOf(b) > stampOf(a);
        const QString winner = bLater ? QStringLiteral("Housing") : QStringLiteral("Mobility data");
        const QString loser = bLater ? QStringLiteral("Mobility data") : QStringLiteral("Housing");
        SyncSummary summary;
        QString error;
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], false, &summary, &error), qPrintable(error));
        QVERIFY(summary.totalChanges() > 0); // not "Nothing new"
        QCOMPARE(summary.conflicts, 1);      // the topics, set on both
        exchangeAll(false);
        for (auto& replica : m_replicas) {
            const QVector<Row> rows = replica.store->rows(QStringLiteral("engagements"), QStringLiteral("organisation_id = ?"), {organisation});
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().value(QStringLiteral("topics")).toString(), winner);
            QCOMPARE(rows.first().value(QStringLiteral("delegation_size")).toInt(), 3);                  // A's, kept
            QCOMPARE(rows.first().value(QStringLiteral("wants_to_speak")).toInt(), 1);                   // B's, kept
        }
        // Listed where the two rows met (conflicts do not travel with packages yet: issue 20, item 1).
        bool listed = false;
        for (const SyncLedger::Conflict& conflict : SyncLedger(b).conflicts())
            listed = listed || (conflict.column == QLatin1String("topics")
                                && conflict.otherValue.toString() == loser && conflict.keptValue.toString() == winner);
        QVERIFY(listed);
        QCOMPARE(canonical(a), canonical(b));
    }

    void clockMovesPastWhatArrives()
    {
        QVERIFY(setUpReplicas(2));
        Store& a = *m_replicas[0].store;
        Store& b = *m_replicas[1].store;
        // A's clock runs a day ahead.
        *m_now += 86'400'000LL;
        const QString session = firstSession(a);
        QVERIFY(a.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Ahead")}}));
        const qint64 stamp = a.row(QStringLiteral("sessions"), session)->value(QStringLiteral("updated_at")).toLongLong();
        *m_now -= 86'400'000LL;
        QString error;
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], false, nullptr, &error), qPrintable(error));
        QVERIFY(b.clock().last() > stamp);
        QVERIFY(b.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Later on B")}}));
        QVERIFY(b.row(QStringLiteral("sessions"), session)->value(QStringLiteral("updated_at")).toLongLong() > stamp);
        QVERIFY2(exchange(m_replicas[1], m_replicas[0], false, nullptr, &error), qPrintable(error));
        QCOMPARE(a.row(QStringLiteral("sessions"), session)->value(QStringLiteral("title")).toString(), QStringLiteral("Later on B"));
    }

    void mergeAnnouncesAReset()
    {
        QVERIFY(setUpReplicas(2));
        QVERIFY(m_replicas[0].store->update(QStringLiteral("sessions"), firstSession(*m_replicas[0].store),
                                            {{QStringLiteral("title"), QStringLiteral("Changed")}}));
        QSignalSpy reset(m_replicas[1].store.get(), &Store::reset);
        QString error;
        QVERIFY2(exchange(m_replicas[0], m_replicas[1], false, nullptr, &error), qPrintable(error));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(SyncLedger(*m_replicas[1].store).exchanges().size(), 1);
        QCOMPARE(SyncLedger(*m_replicas[1].store).exchanges().first().laptopName, QStringLiteral("Laptop A"));
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "test_syncmerge.moc"
