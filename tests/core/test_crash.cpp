// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefixtures.h"
#include "store/filelock.h"
#include "store/store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// DESIGN.md §8: kill the writing process at any moment; the file opens clean and holds every committed edit.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoCommittedEdit_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 round = 1; round <= 10; ++round)
            QTest::addRow("round %u", round) << round;
    }

    // The rounds share one file, so each writer starts on a file that a killed writer left behind.
    void killedWriterLosesNoCommittedEdit()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const qint64 extra = 20 + random.bounded(281);
        const QString path = m_dir.filePath(QStringLiteral("crash.standlab"));

        qint64 before = 0;
        if (QFile::exists(path)) {
            QString error;
            auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("test")), &error);
            QVERIFY2(store, qPrintable(error));
            before = store->database().scalar(QStringLiteral("SELECT coalesce(max(capacity), 0) FROM sessions")).toLongLong();
        }

        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(STANDLAB_CRASHWRITER_PATH), {QStringLiteral("write"), path});
        QVERIFY(writer.waitForStarted());
        fixtures::WriterOutput output(writer);
        const bool reached = output.waitFor(before + extra);
        writer.kill(); // SIGKILL: no destructor, no checkpoint, no unlock
        QVERIFY(writer.waitForFinished(10000));
        output.drain();
        QVERIFY2(reached, writer.readAllStandardError().constData());
        QVERIFY(output.last() >= before + extra);

        // The killed writer left its journal and its lock behind: both must be recovered.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::exists(FileLock::lockPathFor(path)));

        QString error;
        auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("test")), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->checkIntegrity(&error, false), qPrintable(error));
        QString problem;
        const qint64 stored = fixtures::checkWriterEdits(*store, &problem);
        QVERIFY2(stored >= 0, qPrintable(problem));
        QVERIFY2(stored >= output.last(),
                 qPrintable(QStringLiteral("reported %1 committed, found %2").arg(output.last()).arg(stored)));
        // At most the edit in flight when the kill came may be there without having been reported.
        QVERIFY(stored <= output.last() + 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
