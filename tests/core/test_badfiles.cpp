// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlitedatabase.h"
#include "filefixtures.h"
#include "model/repository.h"
#include "model/session.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// DESIGN.md §3: wrong, damaged and foreign files are refused with a clear reason and left untouched;
// a read-only file opens for reading only.
class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void refusedAndUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        // Each entry is one key word (alternatives separated by |) the message must contain.
        QTest::addColumn<QStringList>("words");
        QTest::newRow("text file") << QStringLiteral("text") << QStringList{QStringLiteral("not a SQLite database")};
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringList{QStringLiteral("empty")};
        QTest::newRow("truncated event") << QStringLiteral("truncated") << QStringList{QStringLiteral("truncated")};
        QTest::newRow("short header") << QStringLiteral("short") << QStringList{QStringLiteral("truncated")};
        QTest::newRow("other application") << QStringLiteral("foreign")
                                           << QStringList{QStringLiteral("another application")};
        QTest::newRow("no application id") << QStringLiteral("plain")
                                           << QStringList{QStringLiteral("another application")};
        QTest::newRow("newer version") << QStringLiteral("newer")
                                       << QStringList{QStringLiteral("newer"), QStringLiteral("99")};
        QTest::newRow("damaged pages") << QStringLiteral("damaged")
                                       << QStringList{QStringLiteral("integrity|damaged|malformed")};
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringList{QStringLiteral("no such file")};
        QTest::newRow("missing folder") << QStringLiteral("nofolder")
                                        << QStringList{QStringLiteral("folder"), QStringLiteral("does not exist")};
    }

    void refusedAndUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, words);
        const QString path = makeFixture(kind);
        QVERIFY(!path.isEmpty());
        const fixtures::FileState before = fixtures::stateOf(path);
        const QStringList filesBefore = fixtures::listing(m_dir.path());

        QString error;
        auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("test")), &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        for (const QString& word : qAsConst(words)) {
            bool found = false;
            for (const QString& alternative : word.split(QLatin1Char('|')))
                found = found || error.contains(alternative, Qt::CaseInsensitive);
            QVERIFY2(found, qPrintable(QStringLiteral("“%1” not in: %2").arg(word, error)));
        }
        // Not one byte written, and no journal, shared-memory or lock file left beside it.
        QVERIFY(fixtures::stateOf(path) == before);
        QCOMPARE(fixtures::listing(m_dir.path()), filesBefore);
        // Refusing twice gives the same answer: the first attempt changed nothing that matters.
        QString again;
        QVERIFY(!Store::open(path, OpenOptions(), &again));
        QCOMPARE(again, error);
    }

    void readOnlyFileOpensForReading()
    {
        const QString path = makeEvent(QStringLiteral("readonly.standlab"), 3);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const fixtures::FileState before = fixtures::stateOf(path);
        QString error;
        {
            auto store = Store::open(path, OpenOptions(), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->isReadOnly());
            QVERIFY2(store->readOnlyReason().contains(QFileInfo(path).fileName()), qPrintable(store->readOnlyReason()));
            QCOMPARE(store->count(QStringLiteral("sessions")), 3);
            const QString id = store->rows(QStringLiteral("sessions")).first().value(QStringLiteral("id")).toString();

            error.clear();
            QVERIFY(store->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("new")}}, &error)
                        .isEmpty());
            QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
            error.clear();
            QVERIFY(!store->update(QStringLiteral("sessions"), id, {{QStringLiteral("title"), QStringLiteral("changed")}},
                                   &error));
            QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
            error.clear();
            QVERIFY(!store->remove(QStringLiteral("sessions"), id, &error));
            QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
            error.clear();
            QVERIFY(!store->setMeta(QStringLiteral("key"), QStringLiteral("value"), &error));
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(!store->insertMany(QStringLiteral("sessions"), {{{QStringLiteral("title"), QStringLiteral("bulk")}}},
                                       false, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(store->count(QStringLiteral("sessions")), 3);
        }
        QVERIFY(fixtures::stateOf(path) == before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

private:
    // A real event file with `sessions` rows, closed cleanly.
    QString makeEvent(const QString& name, int sessions)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        auto store = Store::create(path, OpenOptions::forLaptop(QStringLiteral("fixture")), &error);
        if (!store)
            return {};
        Repository<Session> repository(*store);
        Store::Transaction transaction(*store);
        for (int i = 0; i < sessions; ++i) {
            Session session;
            session.title = QStringLiteral("Session %1 on data commons").arg(i);
            session.abstract = QString(300, QLatin1Char('a' + i % 26));
            if (!repository.add(session, &error))
                return {};
        }
        return transaction.commit(&error) ? path : QString();
    }

    static bool writeBytes(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QByteArray readBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A SQLite file made without Store: another program's database.
    QString makeForeign(const QString& name, int applicationId)
    {
        const QString path = m_dir.filePath(name);
        SqliteDatabase db;
        if (!db.open(path, SqliteDatabase::Mode::Create, nullptr))
            return {};
        const bool ok = db.exec(QStringLiteral("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');"))
                        && db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        return ok ? path : QString();
    }

    QString makeFixture(const QString& kind)
    {
        if (kind == QLatin1String("text")) {
            const QString path = m_dir.filePath(QStringLiteral("notes.standlab"));
            return writeBytes(path, "Shopping list\nbread\nmilk\n") ? path : QString();
        }
        if (kind == QLatin1String("empty")) {
            const QString path = m_dir.filePath(QStringLiteral("empty.standlab"));
            return writeBytes(path, {}) ? path : QString();
        }
        if (kind == QLatin1String("truncated") || kind == QLatin1String("short")) {
            const QString path = makeEvent(kind + QStringLiteral(".standlab"), 200);
            const QByteArray bytes = readBytes(path);
            const int keep = kind == QLatin1String("short") ? 60 : bytes.size() / 2;
            return !bytes.isEmpty() && writeBytes(path, bytes.left(keep)) ? path : QString();
        }
        if (kind == QLatin1String("foreign"))
            return makeForeign(QStringLiteral("recipes.standlab"), 0x12345678);
        if (kind == QLatin1String("plain"))
            return makeForeign(QStringLiteral("plain.standlab"), 0);
        if (kind == QLatin1String("newer")) {
            const QString path = makeEvent(QStringLiteral("future.standlab"), 2);
            SqliteDatabase db;
            if (path.isEmpty() || !db.open(path, SqliteDatabase::Mode::ReadWrite, nullptr)
                || !db.exec(QStringLiteral("PRAGMA user_version = 99")))
                return {};
            return path;
        }
        if (kind == QLatin1String("damaged")) {
            // The header and first page stay valid, so only SQLite's own checks can find the damage.
            const QString path = makeEvent(QStringLiteral("damaged.standlab"), 200);
            QByteArray bytes = readBytes(path);
            const int pageSize = 4096;
            if (bytes.size() < 8 * pageSize)
                return {};
            for (int offset = 2 * pageSize; offset < bytes.size(); offset += 3 * pageSize)
                bytes.replace(offset, pageSize, QByteArray(pageSize, '\xA5'));
            return writeBytes(path, bytes) ? path : QString();
        }
        if (kind == QLatin1String("missing"))
            return m_dir.filePath(QStringLiteral("nothing-here.standlab"));
        if (kind == QLatin1String("nofolder"))
            return m_dir.filePath(QStringLiteral("no-such-folder/event.standlab"));
        return {};
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "test_badfiles.moc"
