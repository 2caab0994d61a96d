// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefixtures.h"
#include "model/repository.h"
#include "model/session.h"
#include "store/backupmanager.h"
#include "store/store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// DESIGN.md §3: rolling time-stamped backups, a bounded number kept per event, restored to a new file;
// copies taken while another process writes are consistent.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void defaultFolderIsInTheDataFolder()
    {
        const BackupManager manager;
        QCOMPARE(manager.folder(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups"));
        QCOMPARE(manager.keep(), 20);
    }

    void keepsOnlyTheNewest()
    {
        const QString folder = m_dir.filePath(QStringLiteral("backups-keep"));
        auto store = makeEvent(QStringLiteral("keep/Stand Lab 2019.standlab"));
        QVERIFY(store);
        BackupManager manager(folder, 3);
        QStringList written;
        QString error;
        for (int i = 1; i <= 5; ++i) {
            QVERIFY2(store->setMeta(QStringLiteral("generation"), QString::number(i), &error), qPrintable(error));
            const QString path = manager.backup(*store, &error);
            QVERIFY2(!path.isEmpty(), qPrintable(error));
            QVERIFY(QFile::exists(path));
            written << path;
        }
        const QRegularExpression name(QStringLiteral("^Stand Lab 2019-[0-9a-f]{8}-\\d{8}-\\d{6}-\\d{3}\\.standlab$"));
        QVERIFY2(name.match(QFileInfo(written.last()).fileName()).hasMatch(), qPrintable(written.last()));

        const QVector<BackupEntry> kept = manager.backupsOf(store->path());
        QCOMPARE(kept.size(), 3);
        QCOMPARE(fixtures::listing(folder).size(), 3);
        // Newest first, and the newest holds the latest state.
        QCOMPARE(kept.at(0).path, QFileInfo(written.at(4)).absoluteFilePath());
        QCOMPARE(kept.at(1).path, QFileInfo(written.at(3)).absoluteFilePath());
        QCOMPARE(kept.at(2).path, QFileInfo(written.at(2)).absoluteFilePath());
        QVERIFY(kept.at(0).takenAt >= kept.at(1).takenAt && kept.at(1).takenAt >= kept.at(2).takenAt);
        QVERIFY(kept.at(0).size > 0);
        QVERIFY(!QFile::exists(written.at(0)) && !QFile::exists(written.at(1)));
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto newest = Store::open(kept.at(0).path, readOnly, &error);
        QVERIFY2(newest, qPrintable(error));
        QCOMPARE(newest->meta(QStringLiteral("generation")), QStringLiteral("5"));
    }

    void eventsWithTheSameNameDoNotMix()
    {
        const QString folder = m_dir.filePath(QStringLiteral("backups-mix"));
        auto first = makeEvent(QStringLiteral("a/event.standlab"));
        auto second = makeEvent(QStringLiteral("b/event.standlab"));
        QVERIFY(first && second);
        BackupManager manager(folder, 2);
        QString error;
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(!manager.backup(*first, &error).isEmpty(), qPrintable(error));
            QVERIFY2(!manager.backup(*second, &error).isEmpty(), qPrintable(error));
        }
        const QVector<BackupEntry> ofFirst = manager.backupsOf(first->path());
        const QVector<BackupEntry> ofSecond = manager.backupsOf(second->path());
        QCOMPARE(ofFirst.size(), 2);
        QCOMPARE(ofSecond.size(), 2);
        for (const BackupEntry& entry : ofFirst)
            for (const BackupEntry& other : ofSecond)
                QVERIFY(entry.path != other.path);
        QCOMPARE(fixtures::listing(folder).size(), 4);
        QVERIFY(manager.backupsOf(m_dir.filePath(QStringLiteral("c/event.standlab"))).isEmpty());
    }

    void restoreMakesANewFileAndNeverOverwrites()
    {
        const QString folder = m_dir.filePath(QStringLiteral("backups-restore"));
        auto store = makeEvent(QStringLiteral("restore/event.standlab"));
        QVERIFY(store);
        BackupManager manager(folder, 5);
        QString error;
        const QString backup = manager.backup(*store, &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        const QString destination = m_dir.filePath(QStringLiteral("restore/restored.standlab"));
        QVERIFY2(BackupManager::restore(backup, destination, &error), qPrintable(error));
        {
            auto restored = Store::open(destination, OpenOptions(), &error);
            QVERIFY2(restored, qPrintable(error));
            QCOMPARE(restored->rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")),
                     store->rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")));
        }
        // Never over an existing file, not even the event itself.
        const fixtures::FileState before = fixtures::stateOf(destination);
        error.clear();
        QVERIFY(!BackupManager::restore(backup, destination, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QVERIFY(fixtures::stateOf(destination) == before);
        QVERIFY(!BackupManager::restore(backup, store->path(), &error));
        // A damaged backup is not restored, and leaves nothing behind.
        const QString broken = m_dir.filePath(QStringLiteral("restore/broken.standlab"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        const QStringList filesBefore = fixtures::listing(m_dir.filePath(QStringLiteral("restore")));
        QVERIFY(!BackupManager::restore(broken, m_dir.filePath(QStringLiteral("restore/from-broken.standlab")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(fixtures::listing(m_dir.filePath(QStringLiteral("restore"))), filesBefore);
    }

    void copyWhileAnotherProcessWritesIsConsistent()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.standlab"));
        QProcess writer;
        writer.start(QStringLiteral(STANDLAB_CRASHWRITER_PATH), {QStringLiteral("write"), path});
        QVERIFY(writer.waitForStarted());
        fixtures::WriterOutput output(writer);
        QVERIFY2(output.waitFor(30), writer.readAllStandardError().constData());

        // The writer holds the lock; a reader copies while it goes on committing.
        OpenOptions readOnly;
        readOnly.readOnly = true;
        QString error;
        auto reader = Store::open(path, readOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        BackupManager manager(m_dir.filePath(QStringLiteral("backups-busy")), 10);
        QStringList copies;
        for (int i = 0; i < 5; ++i) {
            const QString copy = manager.backup(*reader, &error);
            QVERIFY2(!copy.isEmpty(), qPrintable(error));
            copies << copy;
            QVERIFY(output.waitFor(output.last() + 10)); // let the writer commit more between copies
        }
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        qint64 previous = 0;
        for (const QString& copy : qAsConst(copies)) {
            auto store = Store::open(copy, OpenOptions::forLaptop(QStringLiteral("check")), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(store->checkIntegrity(&error, false), qPrintable(error));
            QString problem;
            const qint64 edits = fixtures::checkWriterEdits(*store, &problem);
            QVERIFY2(edits >= 30, qPrintable(problem));
            QVERIFY(edits >= previous);
            previous = edits;
        }
    }

private:
    std::unique_ptr<Store> makeEvent(const QString& relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        auto store = Store::create(path, OpenOptions::forLaptop(QStringLiteral("backup-test")), &error);
        if (!store) {
            qWarning() << error;
            return nullptr;
        }
        Repository<Session> sessions(*store);
        for (int i = 0; i < 4; ++i) {
            Session session;
            session.title = QStringLiteral("Sessió %1 «mobilitat»").arg(i);
            session.startsAt = QDateTime(QDate(2019, 11, 20), QTime(10 + i, 0), Qt::UTC);
            if (!sessions.add(session, &error))
                return nullptr;
        }
        return store;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
