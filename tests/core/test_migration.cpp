// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlitedatabase.h"
#include "filefixtures.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// DESIGN.md §3: forward-only migrations, each tested from a file of the previous version, with a safety
// copy first; a failed upgrade leaves the file as it was; WAL and foreign keys are on once open.
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { Migrations::setExtraStepsForTesting({}); }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        const QString path = makeOldFile(QStringLiteral("old-v%1.standlab").arg(from), from);
        QVERIFY(!path.isEmpty());

        QString error;
        {
            auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("upgrader")), &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
            QVERIFY2(store->checkIntegrity(&error), qPrintable(error));
            checkOldRows(*store);
            // The upgraded file takes new rows in the tables the later versions added.
            for (const QString& table : Migrations::entityTables())
                QVERIFY2(!store->columns(table).isEmpty(), qPrintable(table));
            QVERIFY2(pragmasAreOn(*store, &error), qPrintable(error));
        }

        // The safety copy is a file of the old version with the same rows, and it opens (upgrading a copy of it).
        const QString backup = path + QStringLiteral(".v%1.bak").arg(from);
        QVERIFY(QFile::exists(backup));
        {
            SqliteDatabase db;
            QVERIFY(db.open(backup, SqliteDatabase::Mode::ReadOnly, &error));
            QCOMPARE(Migrations::version(db), from);
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Migrations::applicationId);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sessions")).toInt(), 2);
        }
        const QString reopened = m_dir.filePath(QStringLiteral("from-backup-%1.standlab").arg(from));
        QVERIFY(QFile::copy(backup, reopened));
        auto fromBackup = Store::open(reopened, OpenOptions(), &error);
        QVERIFY2(fromBackup, qPrintable(error));
        checkOldRows(*fromBackup);
    }

    void failedUpgradeLeavesTheFileAsItWas()
    {
        const QString path = makeOldFile(QStringLiteral("fails.standlab"), 1);
        QVERIFY(!path.isEmpty());
        const fixtures::FileState before = fixtures::stateOf(path);
        // A later step that cannot run: the whole upgrade, the real steps included, must roll back.
        Migrations::setExtraStepsForTesting({QStringLiteral("CREATE TABLE sessions (clash TEXT);")});

        QString error;
        auto store = Store::open(path, OpenOptions(), &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("upgrade"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(fixtures::stateOf(path) == before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        // The safety copy was written before the attempt.
        QVERIFY(QFile::exists(path + QStringLiteral(".v1.bak")));

        Migrations::setExtraStepsForTesting({});
        store = Store::open(path, OpenOptions(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        checkOldRows(*store);
    }

    void olderFileIsNotUpgradedReadOnly()
    {
        const QString path = makeOldFile(QStringLiteral("ro.standlab"), 1);
        const fixtures::FileState before = fixtures::stateOf(path);
        OpenOptions options;
        options.readOnly = true;
        QString error;
        QVERIFY(!Store::open(path, options, &error));
        QVERIFY2(error.contains(QLatin1String("older")), qPrintable(error));
        QVERIFY(fixtures::stateOf(path) == before);
    }

    void newFileHasWalAndForeignKeys()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.standlab"));
        QString error;
        {
            auto store = Store::create(path, OpenOptions(), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(pragmasAreOn(*store, &error), qPrintable(error));
            QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA application_id")).toInt(), Migrations::applicationId);
            QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        }
        auto store = Store::open(path, OpenOptions(), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(pragmasAreOn(*store, &error), qPrintable(error));
        // Foreign keys are enforced, not merely declared.
        QVERIFY(store->insert(QStringLiteral("participations"),
                              {{QStringLiteral("person_id"), QStringLiteral("nobody")},
                               {QStringLiteral("session_id"), QStringLiteral("nothing")}},
                              &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
    }

private:
    static bool pragmasAreOn(Store& store, QString* problem)
    {
        const QString mode = store.database().scalar(QStringLiteral("PRAGMA journal_mode")).toString();
        const int keys = store.database().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt();
        *problem = QStringLiteral("journal_mode=%1 foreign_keys=%2").arg(mode).arg(keys);
        return mode == QLatin1String("wal") && keys == 1;
    }

    // A file exactly as an older Stand Lab left it: schema up to `version`, rows written with plain SQL.
    QString makeOldFile(const QString& name, int version)
    {
        const QString path = m_dir.filePath(name);
        SqliteDatabase db;
        QString error;
        if (!db.open(path, SqliteDatabase::Mode::Create, &error) || !Migrations::migrate(db, version, &error)) {
            qWarning() << error;
            return {};
        }
        const bool ok = db.exec(QStringLiteral(
            "INSERT INTO organisations (id, created_at, updated_at, laptop_id, name, city) "
            "VALUES ('org-1', '2019-09-01T10:00:00.000Z', 100, 'old', 'Cooperativa d''Exemple', 'Sabadell');"
            "INSERT INTO people (id, created_at, updated_at, laptop_id, name, organisation_id, languages) "
            "VALUES ('person-1', '2019-09-01T10:00:00.000Z', 101, 'old', 'Clara Fictícia', 'org-1', '[\"ca\"]');"
            "INSERT INTO sessions (id, created_at, updated_at, laptop_id, title, starts_at, ends_at) "
            "VALUES ('session-1', '2019-09-01T10:00:00.000Z', 102, 'old', 'Cities and platforms', "
            "'2019-11-19T10:00', '2019-11-19T11:00'),"
            "('session-2', '2019-09-01T10:00:00.000Z', 103, 'old', 'Línia de dades', NULL, NULL);"
            "INSERT INTO participations (id, created_at, updated_at, laptop_id, person_id, session_id) "
            "VALUES ('part-1', '2019-09-01T10:00:00.000Z', 104, 'old', 'person-1', 'session-1');"
            "INSERT INTO meta (key, value) VALUES ('hlc_last', '104');"), &error);
        if (!ok)
            qWarning() << error;
        return ok ? path : QString();
    }

    static void checkOldRows(Store& store)
    {
        QCOMPARE(store.count(QStringLiteral("sessions")), 2);
        QCOMPARE(store.row(QStringLiteral("sessions"), QStringLiteral("session-2"))->value(QStringLiteral("title")).toString(),
                 QStringLiteral("Línia de dades"));
        const Row person = *store.row(QStringLiteral("people"), QStringLiteral("person-1"));
        QCOMPARE(person.value(QStringLiteral("organisation_id")).toString(), QStringLiteral("org-1"));
        QCOMPARE(person.value(QStringLiteral("updated_at")).toLongLong(), 101);
        QCOMPARE(store.row(QStringLiteral("organisations"), QStringLiteral("org-1"))->value(QStringLiteral("name")).toString(),
                 QStringLiteral("Cooperativa d'Exemple"));
        QCOMPARE(store.count(QStringLiteral("participations")), 1);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMigration)
#include "test_migration.moc"
