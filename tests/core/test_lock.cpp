// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefixtures.h"
#include "model/repository.h"
#include "model/session.h"
#include "store/filelock.h"
#include "store/store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// DESIGN.md §3: a lock keeps a second instance from silently writing the same file, a dead owner's lock
// is recovered, and readers need no lock.
class TestLock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("locked-%1.standlab").arg(++m_counter));
        QString error;
        auto store = Store::create(m_path, OpenOptions::forLaptop(QStringLiteral("creator")), &error);
        QVERIFY2(store, qPrintable(error));
        Repository<Session> sessions(*store);
        Session session;
        session.title = QStringLiteral("Platform work and the right to the city");
        QVERIFY2(sessions.add(session, &error), qPrintable(error));
    }

    void closedFileLeavesNoLock()
    {
        QVERIFY(!QFile::exists(FileLock::lockPathFor(m_path)));
        QString error;
        {
            auto store = Store::open(m_path, OpenOptions(), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(QFile::exists(FileLock::lockPathFor(m_path)));
        }
        QVERIFY(!QFile::exists(FileLock::lockPathFor(m_path)));
    }

    void secondOpenInSameProcessIsRefused()
    {
        QString error;
        auto first = Store::open(m_path, OpenOptions(), &error);
        QVERIFY2(first, qPrintable(error));
        auto second = Store::open(m_path, OpenOptions(), &error);
        QVERIFY(!second);
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
        // The refused attempt must not have taken the first one's lock away.
        QVERIFY(QFile::exists(FileLock::lockPathFor(m_path)));
    }

    void otherProcessHoldsTheFile()
    {
        QProcess holder;
        holder.start(QStringLiteral(STANDLAB_CRASHWRITER_PATH), {QStringLiteral("hold"), m_path});
        QVERIFY(holder.waitForStarted());
        fixtures::WriterOutput output(holder);
        QVERIFY2(output.waitForLine("open"), holder.readAllStandardError().constData());

        QString error;
        auto refused = Store::open(m_path, OpenOptions(), &error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(m_path).fileName()), qPrintable(error));
        QVERIFY2(error.contains(QString::number(holder.processId())), qPrintable(error));

        // Readers need no lock: the file can be looked at while another process edits it.
        OpenOptions readOnly;
        readOnly.readOnly = true;
        error.clear();
        {
            auto reader = Store::open(m_path, readOnly, &error);
            QVERIFY2(reader, qPrintable(error));
            QVERIFY(reader->isReadOnly());
            QCOMPARE(reader->count(QStringLiteral("sessions")), 1);
            QVERIFY(reader->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("x")}}, &error)
                        .isEmpty());
            QVERIFY(!error.isEmpty());
        }

        holder.kill();
        QVERIFY(holder.waitForFinished(10000));
        // The dead owner's lock file is still there; opening recovers it.
        QVERIFY(QFile::exists(FileLock::lockPathFor(m_path)));
        error.clear();
        auto store = Store::open(m_path, OpenOptions(), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->isReadOnly());
        QVERIFY2(!store->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("after")}}, &error)
                      .isEmpty(),
                 qPrintable(error));
        QCOMPARE(store->count(QStringLiteral("sessions")), 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestLock)
#include "test_lock.moc"
