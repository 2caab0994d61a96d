// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/repository.h"
#include "model/session.h"
#include "model/workingline.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// The store's basic contract: stamps, transactions, notifications, tombstones and undoable deletes.
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void insertStampsEveryRow()
    {
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("stamps.standlab")), OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
        QVERIFY2(store, qPrintable(error));
        Repository<WorkingLine> lines(*store);
        WorkingLine data;
        data.name = QStringLiteral("Data");
        QVERIFY2(lines.add(data, &error), qPrintable(error));
        QVERIFY(!data.id.isEmpty());
        QCOMPARE(data.laptopId, QStringLiteral("laptop-a"));
        QVERIFY(data.updatedAt > 0);
        const qint64 before = data.updatedAt;
        QVERIFY(lines.setField(data.id, QStringLiteral("name"), QStringLiteral("Data commons"), &error));
        QVERIFY(lines.find(data.id)->updatedAt > before);
    }

    void removeLeavesTombstonesAndRestoreUndoesIt()
    {
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("tomb.standlab")), OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
        QVERIFY2(store, qPrintable(error));
        Repository<WorkingLine> lines(*store);
        Repository<Session> sessions(*store);
        WorkingLine line;
        line.name = QStringLiteral("Inclusion & Gender");
        QVERIFY(lines.add(line, &error));
        Session session;
        session.title = QStringLiteral("Care work and platforms");
        session.workingLineId = line.id;
        QVERIFY2(sessions.add(session, &error), qPrintable(error));

        QSignalSpy spy(store.get(), &Store::rowChanged);
        const auto removed = lines.remove(line.id, &error);
        QVERIFY2(removed, qPrintable(error));
        QVERIFY(sessions.find(session.id)->workingLineId.isEmpty());
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM tombstones")).toInt(), 1);
        QVERIFY(spy.count() >= 2);

        QVERIFY2(store->restore(*removed, &error), qPrintable(error));
        QCOMPARE(lines.find(line.id)->name, line.name);
        QCOMPARE(sessions.find(session.id)->workingLineId, line.id);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM tombstones")).toInt(), 0);
    }

    void failedTransactionChangesNothing()
    {
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("tx.standlab")), OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
        QVERIFY(store);
        QSignalSpy spy(store.get(), &Store::rowChanged);
        {
            Store::Transaction transaction(*store);
            Repository<WorkingLine> lines(*store);
            WorkingLine line;
            line.name = QStringLiteral("Data");
            QVERIFY(lines.add(line, &error));
            // No commit: the transaction rolls back when it goes out of scope.
        }
        QCOMPARE(store->count(QStringLiteral("working_lines")), 0);
        QCOMPARE(spy.count(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
