// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlitedatabase.h"
#include "documents/documentsnapshot.h"
#include "filefixtures.h"
#include "search/searchindexbatch.h"
#include "store/backupmanager.h"
#include "store/expectedschema.h"
#include "store/filelock.h"
#include "store/migrations.h"
#include "store/schemaverifier.h"
#include "store/store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace standlab;

// Issue 14, files: a file is data, never code (no SQL stored in it runs, a schema another program changed
// is refused untouched), reading leaves the folder as it was, one lock per file whatever the path, backups
// of any event name, and sections nested as deep as a file holds.
class TestFileTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void connectionsAreDefensive();
    void everyVersionOurMigrationsMakePasses();
    void changedSchemaIsRefusedUntouched_data();
    void changedSchemaIsRefusedUntouched();
    void sqliteStatisticsAreAllowed();
    void triggerTextFromTheFileNeverRuns();
    void bulkWritePutsBackOurOwnTriggers();

    void readOnlyOpensLeaveTheFolderAsItWas();
    void readerBesideAWriterLeavesItsJournal();
    void symlinkedPathSharesTheLock();

    void backupsOfBracketedNames();

    void deepSectionsExportAndDelete();

private:
    struct CliRun
    {
        bool normalExit = false;
        int exitCode = -1;
        QString err;
    };
    static CliRun cli(const QStringList& arguments);
    // Runs SQL on `path` with SQLite alone, as another program would (the schema may be written).
    static bool tamper(const QString& path, const QString& sql, QString* error);
    QString freshCopy(const QString& name);
    static QStringList besideFiles(const QString& path);

    QTemporaryDir m_dir;
    QString m_template; // an event at the latest version with a few rows, closed
    int m_counter = 0;
};

void TestFileTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.standlab"));
    QString error;
    auto store = Store::create(m_template, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("Data commons")}}, &error)
                 .isEmpty());
    QVERIFY(!store->insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Clara Fictícia")}}, &error)
                 .isEmpty());
}

TestFileTrust::CliRun TestFileTrust::cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(STANDLAB_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.normalExit = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool TestFileTrust::tamper(const QString& path, const QString& sql, QString* error)
{
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char* message = nullptr;
    const QByteArray text = sql.toUtf8();
    const bool ok = sqlite3_exec(db, text.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    // The last connection folds the journal in and removes it: the file alone carries the change.
    sqlite3_close(db);
    return ok;
}

QString TestFileTrust::freshCopy(const QString& name)
{
    const QString folder = m_dir.filePath(QStringLiteral("case-%1").arg(++m_counter));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    return QFile::copy(m_template, path) ? path : QString();
}

QStringList TestFileTrust::besideFiles(const QString& path)
{
    return fixtures::listing(QFileInfo(path).absolutePath());
}

void TestFileTrust::connectionsAreDefensive()
{
    const QString path = freshCopy(QStringLiteral("defensive.standlab"));
    SqliteDatabase db;
    QString error;
    QVERIFY2(db.open(path, SqliteDatabase::Mode::ReadWrite, &error), qPrintable(error));
    int defensive = -1;
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    QCOMPARE(defensive, 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
    // Defensive: the schema cannot be written by hand, even when asked for.
    db.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    QVERIFY(!db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql WHERE name = 'meta'"), &error));
    db.close();

    // The Store's connection too, trusting the schema only once it was checked.
    auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
    QVERIFY2(store, qPrintable(error));
    defensive = -1;
    sqlite3_db_config(store->database().handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    QCOMPARE(defensive, 1);
}

void TestFileTrust::everyVersionOurMigrationsMakePasses()
{
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        const QString path = m_dir.filePath(QStringLiteral("made-v%1.standlab").arg(version));
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.open(path, SqliteDatabase::Mode::Create, &error), qPrintable(error));
        QVERIFY2(Migrations::migrate(db, version, &error), qPrintable(error));
        QVERIFY2(SchemaVerifier::verify(db, version, path, &error), qPrintable(error));
        // One version's schema is not another's.
        QVERIFY(!SchemaVerifier::verify(db, version - 1, path, &error));
    }
}

void TestFileTrust::changedSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("object");
    QTest::addRow("extra trigger") << QStringLiteral(
        "CREATE TRIGGER tidy_up AFTER INSERT ON sessions BEGIN DELETE FROM people; END;")
                                   << QStringLiteral("tidy_up");
    QTest::addRow("trigger with trailing statements")
        << QStringLiteral("PRAGMA writable_schema = ON;"
                          "UPDATE sqlite_schema SET sql = sql || '; ATTACH ''%1'' AS v; CREATE TABLE v.t (x);'"
                          " WHERE name = 'search_sessions_insert';")
        << QStringLiteral("search_sessions_insert");
    QTest::addRow("altered trigger body") << QStringLiteral(
        "DROP TRIGGER search_people_update; CREATE TRIGGER search_people_update AFTER UPDATE ON people"
        " BEGIN DELETE FROM sessions; END;") << QStringLiteral("search_people_update");
    QTest::addRow("extra view") << QStringLiteral("CREATE VIEW everyone AS SELECT name, email FROM people;")
                                << QStringLiteral("everyone");
    QTest::addRow("missing index") << QStringLiteral("DROP INDEX sessions_starts_at;")
                                   << QStringLiteral("sessions_starts_at");
    QTest::addRow("extra table") << QStringLiteral("CREATE TABLE keep_me (x TEXT);") << QStringLiteral("keep_me");
    QTest::addRow("extra index") << QStringLiteral("CREATE INDEX people_email ON people(email);")
                                 << QStringLiteral("people_email");
}

void TestFileTrust::changedSchemaIsRefusedUntouched()
{
    QFETCH(QString, sql);
    QFETCH(QString, object);
    const QString path = freshCopy(QStringLiteral("changed [%1].standlab").arg(m_counter + 1));
    QVERIFY(!path.isEmpty());
    const QString victim = m_dir.filePath(QStringLiteral("victim-%1.db").arg(m_counter));
    QString error;
    QVERIFY2(tamper(path, sql.contains(QLatin1String("%1")) ? sql.arg(victim) : sql, &error), qPrintable(error));
    const fixtures::FileState before = fixtures::stateOf(path);
    const QStringList listing = besideFiles(path);

    for (const bool readOnly : {false, true}) {
        OpenOptions options = OpenOptions::forLaptop(QStringLiteral("trust"));
        options.readOnly = readOnly;
        error.clear();
        auto store = Store::open(path, options, &error);
        QVERIFY2(!store, readOnly ? "opened read-only" : "opened to write");
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("“%1”").arg(object)), qPrintable(error));
        QVERIFY(fixtures::stateOf(path) == before);
        QCOMPARE(besideFiles(path), listing);
    }
    // And from the command line, which reads (info) or writes (a bulk import would run the triggers).
    const CliRun info = cli({QStringLiteral("info"), path});
    QVERIFY2(info.normalExit && info.exitCode != 0, qPrintable(info.err));
    QVERIFY2(info.err.contains(object), qPrintable(info.err));
    QVERIFY(fixtures::stateOf(path) == before);
    QCOMPARE(besideFiles(path), listing);
    QVERIFY(!QFile::exists(victim));
}

void TestFileTrust::sqliteStatisticsAreAllowed()
{
    const QString path = freshCopy(QStringLiteral("analysed.standlab"));
    QString error;
    QVERIFY2(tamper(path, QStringLiteral("ANALYZE;"), &error), qPrintable(error));
    auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("sessions")), 1);
}

void TestFileTrust::triggerTextFromTheFileNeverRuns()
{
    // The bulk write path itself, on a file no check has seen: what it puts back is our own trigger.
    const QString path = freshCopy(QStringLiteral("payload.standlab"));
    const QString victim = m_dir.filePath(QStringLiteral("attached.db"));
    QString error;
    QVERIFY2(tamper(path,
                    QStringLiteral("PRAGMA writable_schema = ON;"
                                   "UPDATE sqlite_schema SET sql = sql || '; ATTACH ''%1'' AS v; CREATE TABLE v.t (x);"
                                   " INSERT INTO main.meta (key, value) VALUES (''pwned'', ''yes'');'"
                                   " WHERE name = 'search_sessions_insert';")
                        .arg(victim),
                    &error),
             qPrintable(error));
    SqliteDatabase db;
    QVERIFY2(db.open(path, SqliteDatabase::Mode::ReadWrite, &error), qPrintable(error));
    {
        SearchIndexBatch batch(db);
        QVERIFY2(batch.suspend(QStringLiteral("sessions"), &error), qPrintable(error));
        QVERIFY2(batch.resume(&error), qPrintable(error));
    }
    QVERIFY(!QFile::exists(victim));
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'pwned'")).toInt() == 0);
    const QString restored =
        db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'search_sessions_insert'")).toString();
    QCOMPARE(restored,
             ExpectedSchema::sql(Migrations::latestVersion(), QStringLiteral("trigger"), QStringLiteral("search_sessions_insert")));
    QVERIFY(!restored.contains(QLatin1String("ATTACH")));
}

void TestFileTrust::bulkWritePutsBackOurOwnTriggers()
{
    const QString path = freshCopy(QStringLiteral("bulk.standlab"));
    QString error;
    {
        auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
        QVERIFY2(store, qPrintable(error));
        QVector<Row> rows;
        for (int i = 0; i < 100; ++i)
            rows << Row{{QStringLiteral("title"), QStringLiteral("Session %1").arg(i)}};
        QVERIFY2(store->insertMany(QStringLiteral("sessions"), rows, false, &error), qPrintable(error));
    }
    // Reopening checks the schema again: the triggers put back are exactly the ones it expects.
    auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("sessions")), 101);
}

void TestFileTrust::readOnlyOpensLeaveTheFolderAsItWas()
{
    const QString path = freshCopy(QStringLiteral("reader.standlab"));
    const QString outputs = m_dir.filePath(QStringLiteral("outputs"));
    QDir().mkpath(outputs);
    const QStringList listing = besideFiles(path);
    QCOMPARE(listing, QStringList{QStringLiteral("reader.standlab")});
    const fixtures::FileState before = fixtures::stateOf(path);

    const CliRun info = cli({QStringLiteral("info"), path});
    QVERIFY2(info.normalExit && info.exitCode == 0, qPrintable(info.err));
    QCOMPARE(besideFiles(path), listing);
    const CliRun exported = cli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--output"), QDir(outputs).filePath(QStringLiteral("event.json"))});
    QVERIFY2(exported.normalExit && exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(besideFiles(path), listing);
    const CliRun check = cli({QStringLiteral("check"), path});
    QVERIFY2(check.normalExit && (check.exitCode == 0 || check.exitCode == 1), qPrintable(check.err));
    QCOMPARE(besideFiles(path), listing);

    OpenOptions options;
    options.readOnly = true;
    QString error;
    {
        auto store = Store::open(path, options, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->count(QStringLiteral("sessions")), 1);
    }
    QCOMPARE(besideFiles(path), listing);
    QVERIFY(fixtures::stateOf(path) == before);
}

void TestFileTrust::readerBesideAWriterLeavesItsJournal()
{
    const QString path = freshCopy(QStringLiteral("shared.standlab"));
    QString error;
    auto writer = Store::open(path, OpenOptions::forLaptop(QStringLiteral("writer")), &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(!writer->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("Before")}}, &error)
                 .isEmpty());
    OpenOptions options;
    options.readOnly = true;
    {
        auto reader = Store::open(path, options, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->count(QStringLiteral("sessions")), 2);
    }
    // The writer's journal and index stay while it has the file open, and it goes on writing.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
    QVERIFY2(!writer->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("After")}}, &error)
                  .isEmpty(),
             qPrintable(error));
    writer.reset();
    QCOMPARE(besideFiles(path), QStringList{QStringLiteral("shared.standlab")});
    auto again = Store::open(path, options, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->count(QStringLiteral("sessions")), 3);
}

void TestFileTrust::symlinkedPathSharesTheLock()
{
    const QString path = freshCopy(QStringLiteral("real.standlab"));
    const QString linkFolder = m_dir.filePath(QStringLiteral("links"));
    QDir().mkpath(linkFolder);
    const QString link = QDir(linkFolder).filePath(QStringLiteral("alias.standlab"));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(FileLock::lockPathFor(link), FileLock::lockPathFor(path));

    QString error;
    {
        auto real = Store::open(path, OpenOptions::forLaptop(QStringLiteral("one")), &error);
        QVERIFY2(real, qPrintable(error));
        auto viaLink = Store::open(link, OpenOptions::forLaptop(QStringLiteral("two")), &error);
        QVERIFY2(!viaLink, "the same file was opened twice for writing through a symbolic link");
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
    }
    {
        auto viaLink = Store::open(link, OpenOptions::forLaptop(QStringLiteral("two")), &error);
        QVERIFY2(viaLink, qPrintable(error));
        QVERIFY(!Store::open(path, OpenOptions::forLaptop(QStringLiteral("one")), &error));
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
    }
    QCOMPARE(fixtures::listing(linkFolder), QStringList{QStringLiteral("alias.standlab")});
}

void TestFileTrust::backupsOfBracketedNames()
{
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    const QString path = freshCopy(QStringLiteral("Fira [2019] *draft?.standlab"));
    QString error;
    BackupManager manager(folder, 2);
    {
        auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(!manager.backup(*store, &error).isEmpty(), qPrintable(error));
    }
    // Listed, and pruned to the two newest.
    QCOMPARE(manager.backupsOf(path).size(), 2);
    QCOMPARE(fixtures::listing(folder).size(), 2);

    // Restoring an older backup to a bracketed name upgrades it and leaves no upgrade copy behind.
    const QString old = QDir(folder).filePath(QStringLiteral("Old [v%1].standlab").arg(Migrations::latestVersion() - 1));
    {
        SqliteDatabase db;
        QVERIFY2(db.open(old, SqliteDatabase::Mode::Create, &error), qPrintable(error));
        QVERIFY2(Migrations::migrate(db, Migrations::latestVersion() - 1, &error), qPrintable(error));
    }
    const QString restoredFolder = m_dir.filePath(QStringLiteral("restored"));
    QDir().mkpath(restoredFolder);
    const QString restored = QDir(restoredFolder).filePath(QStringLiteral("Back [1].standlab"));
    QVERIFY2(BackupManager::restore(old, restored, &error), qPrintable(error));
    QCOMPARE(fixtures::listing(restoredFolder), QStringList{QStringLiteral("Back [1].standlab")});
}

void TestFileTrust::deepSectionsExportAndDelete()
{
    constexpr int depth = 30000;
    const QString path = freshCopy(QStringLiteral("deep.standlab"));
    QString error;
    QString rootId;
    {
        auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
        QVERIFY2(store, qPrintable(error));
        const QString document = store->insert(QStringLiteral("documents"),
                                               {{QStringLiteral("title"), QStringLiteral("Action Plan")},
                                                {QStringLiteral("kind"), QStringLiteral("action_plan")}},
                                               &error);
        QVERIFY2(!document.isEmpty(), qPrintable(error));
        QVector<Row> chain;
        chain.reserve(depth);
        QString parent;
        for (int i = 0; i < depth; ++i) {
            const QString id = QStringLiteral("section-%1").arg(i, 6, 10, QLatin1Char('0'));
            chain << Row{{QStringLiteral("id"), id},
                         {QStringLiteral("document_id"), document},
                         {QStringLiteral("parent_id"), parent.isEmpty() ? QVariant() : QVariant(parent)},
                         {QStringLiteral("title"), QStringLiteral("Level %1").arg(i + 1)}};
            parent = id;
        }
        rootId = chain.first().value(QStringLiteral("id")).toString();
        QVERIFY2(store->insertMany(QStringLiteral("sections"), chain, false, &error), qPrintable(error));

        const std::optional<DocumentSnapshot> snapshot = DocumentSnapshot::fromStore(*store, document);
        QVERIFY(snapshot);
        const QVector<DocumentSnapshot::Entry> entries = snapshot->orderedSections();
        QCOMPARE(entries.size(), depth);
        QCOMPARE(entries.last().nesting, depth - 1);
        QVERIFY(entries.last().depth < DocumentSnapshot::maxLevels);
        QVERIFY(entries.last().number.size() < 4 * DocumentSnapshot::maxLevels);
        QVERIFY(snapshot->depthProblem(entries).contains(QString::number(DocumentSnapshot::maxLevels)));
    }

    // The export refuses, with the reason, rather than crash.
    const QString output = m_dir.filePath(QStringLiteral("deep.md"));
    const CliRun exported = cli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("plan-md"),
                                 QStringLiteral("--output"), output});
    QVERIFY2(exported.normalExit, "export crashed on deeply nested sections");
    QVERIFY2(exported.exitCode != 0, qPrintable(exported.err));
    QVERIFY2(exported.err.contains(QString::number(DocumentSnapshot::maxLevels)), qPrintable(exported.err));
    QVERIFY(!QFile::exists(output));

    // Deleting the top section takes the whole chain with it.
    auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("trust")), &error);
    QVERIFY2(store, qPrintable(error));
    const std::optional<RowSet> removed = store->remove(QStringLiteral("sections"), rootId, &error);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(removed->rows.size(), depth);
    QCOMPARE(removed->rows.first().values.value(QStringLiteral("id")).toString(), rootId);
    QCOMPARE(store->count(QStringLiteral("sections")), 0);
}

QTEST_GUILESS_MAIN(TestFileTrust)
#include "test_filetrust.moc"
