// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "document/eventdocument.h"
#include "sync/laptopidentity.h"
#include "sync/syncactions.h"
#include "sync/syncledger.h"
#include "sync/syncreviewdialog.h"
#include "sync/syncsummarydialog.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace standlab;
using namespace standlab::testing;

// Share and receive through the UI's actions, the summary dialog, and the conflict review whose
// "use the other value" is undoable. Set STANDLAB_SHOT_DIR to also write screenshots of both dialogs.
class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventDocument> m_a;
    std::unique_ptr<EventDocument> m_b;
    QString m_session;

    static void shoot(QWidget& widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("STANDLAB_SHOT_DIR");
        if (folder.isEmpty())
            return;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
    }

    QString title(EventDocument& document) const
    {
        return document.store().row(QStringLiteral("sessions"), m_session)->value(QStringLiteral("title")).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StandLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("Stand Lab Sync Test"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        auto now = std::make_shared<qint64>(1'700'000'000'000LL);
        std::vector<Replica> replicas = makeReplicas(QDir(m_dir.path()), 2, now, &error);
        QVERIFY2(!replicas.empty(), qPrintable(error));
        m_a = std::make_unique<EventDocument>(std::move(replicas[0].store));
        m_b = std::make_unique<EventDocument>(std::move(replicas[1].store));
        m_session = m_a->store().rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")).first().value(QStringLiteral("id")).toString();
        QVERIFY(m_a->store().update(QStringLiteral("sessions"), m_session, {{QStringLiteral("title"), QStringLiteral("Data commons clinic")}}));
        QVERIFY(m_b->store().update(QStringLiteral("sessions"), m_session, {{QStringLiteral("title"), QStringLiteral("Data commons workshop")}}));
        m_a->store().insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Aina Puig")}});
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void receiveShowsASummaryAndKeepsTheConflict()
    {
        QWidget window;
        SyncActions actionsA(*m_a, &window);
        SyncActions actionsB(*m_b, &window);
        const QString package = m_dir.filePath(QStringLiteral("a.standlab-sync"));
        QString error;
        LaptopIdentity::setName(QStringLiteral("Laptop A")); // both "laptops" live in this one process
        QVERIFY2(actionsA.share(package, {}, &error), qPrintable(error));
        SyncSummary summary;
        QVERIFY2(actionsB.receive({package}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.tables.value(QStringLiteral("people")).added, 1);
        QCOMPARE(summary.conflicts, 1);
        QCOMPARE(title(*m_b), QStringLiteral("Data commons workshop")); // B's edit was the later one

        SyncSummaryDialog dialog(summary);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("syncSummaryTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1); // the session's title stayed B's: only the new person came in
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("reviewConflictsButton")));
        shoot(dialog, QStringLiteral("sync-summary.png"));

        // The same package again: recognised, nothing merged twice.
        SyncSummary again;
        QVERIFY2(actionsB.receive({package}, &again, &error), qPrintable(error));
        QCOMPARE(again.totalChanges(), 0);
        QCOMPARE(again.skipped.size(), 1);
        // Its own package is recognised too.
        SyncSummary own;
        QVERIFY2(actionsA.receive({package}, &own, &error), qPrintable(error));
        QCOMPARE(own.skipped.size(), 1);
    }

    void pickingTheOtherValueIsUndoable()
    {
        QWidget window;
        SyncActions actionsA(*m_a, &window);
        SyncActions actionsB(*m_b, &window);
        const QString package = m_dir.filePath(QStringLiteral("a.standlab-sync"));
        QString error;
        LaptopIdentity::setName(QStringLiteral("Laptop A")); // both "laptops" live in this one process
        QVERIFY2(actionsA.share(package, {}, &error), qPrintable(error));
        QVERIFY2(actionsB.receive({package}, nullptr, &error), qPrintable(error));

        SyncReviewDialog review(*m_b);
        auto* conflicts = review.findChild<QTableWidget*>(QStringLiteral("syncConflictsTable"));
        auto* useOther = review.findChild<QPushButton*>(QStringLiteral("useOtherValueButton"));
        QVERIFY(conflicts && useOther);
        QCOMPARE(conflicts->rowCount(), 1);
        QVERIFY(conflicts->item(0, 2)->text().contains(QLatin1String("Data commons workshop")));
        QVERIFY(conflicts->item(0, 3)->text().contains(QLatin1String("Data commons clinic")));
        conflicts->selectRow(0);
        shoot(review, QStringLiteral("sync-conflicts.png"));
        QVERIFY(useOther->isEnabled());
        useOther->click();
        QCOMPARE(title(*m_b), QStringLiteral("Data commons clinic"));
        QCOMPARE(SyncLedger(m_b->store()).openConflictCount(), 0);
        QVERIFY(!useOther->isEnabled());
        m_b->undoStack().undo();
        QCOMPARE(title(*m_b), QStringLiteral("Data commons workshop"));
        QCOMPARE(SyncLedger(m_b->store()).openConflictCount(), 1);
        m_b->undoStack().redo();
        QCOMPARE(title(*m_b), QStringLiteral("Data commons clinic"));

        // The choice is a new edit: it wins on the other laptop at the next exchange.
        const QString back = m_dir.filePath(QStringLiteral("b.standlab-sync"));
        LaptopIdentity::setName(QStringLiteral("Laptop B"));
        QVERIFY2(actionsB.share(back, {}, &error), qPrintable(error));
        QVERIFY2(actionsA.receive({back}, nullptr, &error), qPrintable(error));
        QCOMPARE(title(*m_a), QStringLiteral("Data commons clinic"));

        SyncReviewDialog reopened(*m_b);
        reopened.showHistory();
        auto* history = reopened.findChild<QTableWidget*>(QStringLiteral("syncHistoryTable"));
        QVERIFY(history);
        QCOMPARE(history->rowCount(), 2); // received from A, shared back
    }
};

QTEST_MAIN(TestSyncUi)
#include "test_syncui.moc"
