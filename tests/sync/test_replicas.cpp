// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "store/migrations.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "sync/eventfilepackage.h"
#include "sync/laptopidentity.h"
#include "sync/replicaidentity.h"
#include "sync/syncexporter.h"
#include "sync/syncmerger.h"
#include "syncfixture.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace standlab;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString titleOf(Store& store, const QString& id)
{
    const std::optional<Row> row = store.row(QStringLiteral("sessions"), id);
    return row ? row->value(QStringLiteral("title")).toString() : QString();
}

// Everything a file holds of its rows, stamps included, as text: equal texts mean equal files.
QByteArray rowsWithStamps(Store& store)
{
    QByteArray text;
    for (const QString& table : Migrations::entityTables())
        for (const Row& row : store.rows(table, {}, {}, QStringLiteral("id")))
            text += table.toUtf8() + ' ' + QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

bool mergeAll(Store& into, const SyncPackage& package, SyncSummary* summary, QString* error)
{
    std::optional<SyncPackage> read = SyncPackage::fromBytes(package.toBytes(), QStringLiteral("package"), error);
    return read && SyncMerger(into).merge({*read}, {QStringLiteral("package")}, summary, error);
}

} // namespace

// Identity belongs to a copy of the file, not to the laptop (issue 14, item 9), and a whole event file
// can be merged like a package (item 10).
class TestReplicas : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name) const { return m_dir->filePath(name); }

    // A new event with one session, made as the app makes it (no laptop id given: the file's own).
    QString makeEvent(const QString& name, QString* sessionId)
    {
        QString error;
        auto store = Store::create(path(name), OpenOptions(), &error);
        if (!store)
            qWarning() << error;
        *sessionId = store->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("Opening")}});
        return store->laptopId();
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void eachCopyIsAReplicaOfItsOwn()
    {
        QString session;
        const QString original = makeEvent(QStringLiteral("a.standlab"), &session);
        QVERIFY(!QUuid::fromString(original).isNull());
        QVERIFY(original != LaptopIdentity::id());
        QVERIFY(QFile::copy(path(QStringLiteral("a.standlab")), path(QStringLiteral("b.standlab"))));
        const QByteArray copied = fileHash(path(QStringLiteral("b.standlab")));
        QString error;
        auto a = Store::open(path(QStringLiteral("a.standlab")), OpenOptions(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->laptopId(), original);
        auto b = Store::open(path(QStringLiteral("b.standlab")), OpenOptions(), &error);
        QVERIFY2(b, qPrintable(error));
        QVERIFY(!QUuid::fromString(b->laptopId()).isNull());
        QVERIFY(b->laptopId() != original);
        const QString copy = b->laptopId();
        b.reset();
        QCOMPARE(fileHash(path(QStringLiteral("b.standlab"))), copied); // no edit, no write
        b = Store::open(path(QStringLiteral("b.standlab")), OpenOptions(), &error);
        QCOMPARE(b->laptopId(), copy);
        QVERIFY(b->update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Edited")}}));
        b.reset();
        b = Store::open(path(QStringLiteral("b.standlab")), OpenOptions(), &error);
        QCOMPARE(b->laptopId(), copy); // kept, not made anew at every open
    }

    void copiesOnOneLaptopExchangeChanges()
    {
        QString session;
        makeEvent(QStringLiteral("a.standlab"), &session);
        QVERIFY(QFile::copy(path(QStringLiteral("a.standlab")), path(QStringLiteral("b.standlab"))));
        QString error;
        auto a = Store::open(path(QStringLiteral("a.standlab")), OpenOptions(), &error);
        auto b = Store::open(path(QStringLiteral("b.standlab")), OpenOptions(), &error);
        QVERIFY(a && b);
        QVERIFY(b->update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Welcome")}}));
        const SyncPackage package = SyncExporter(*b, LaptopIdentity::name()).build();
        QVERIFY(SyncMerger(*a).refusal(package, QStringLiteral("b")).isEmpty());
        SyncSummary summary;
        QVERIFY2(mergeAll(*a, package, &summary, &error), qPrintable(error));
        QCOMPARE(titleOf(*a, session), QStringLiteral("Welcome"));
        QCOMPARE(summary.totalChanges(), 1);
    }

    void restoredBackupIsANewReplica()
    {
        QString session;
        const QString original = makeEvent(QStringLiteral("a.standlab"), &session);
        QString error;
        {
            auto a = Store::open(path(QStringLiteral("a.standlab")), OpenOptions(), &error);
            QVERIFY(a->saveCopy(path(QStringLiteral("backup.standlab")), &error));
        }
        // Restored over the original's own path: same name, another file.
        QVERIFY(QFile::remove(path(QStringLiteral("a.standlab"))));
        QVERIFY(QFile::copy(path(QStringLiteral("backup.standlab")), path(QStringLiteral("a.standlab"))));
        auto restored = Store::open(path(QStringLiteral("a.standlab")), OpenOptions(), &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(restored->laptopId() != original);
    }

    void fileOfAnEarlierVersionGetsAnIdWithoutWritingWhenReadOnly()
    {
        QString session;
        makeEvent(QStringLiteral("old.standlab"), &session);
        {
            // What a file written before replica ids holds: no id, no anchor in meta.
            QString error;
            auto store = Store::open(path(QStringLiteral("old.standlab")), OpenOptions::forLaptop(QStringLiteral("t")), &error);
            QVERIFY(store->database().exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'replica_%'")));
        }
        const QByteArray before = fileHash(path(QStringLiteral("old.standlab")));
        OpenOptions readOnly;
        readOnly.readOnly = true;
        QString error;
        QString derived;
        {
            auto store = Store::open(path(QStringLiteral("old.standlab")), readOnly, &error);
            QVERIFY2(store, qPrintable(error));
            derived = store->laptopId();
        }
        QCOMPARE(fileHash(path(QStringLiteral("old.standlab"))), before);
        QVERIFY(!QUuid::fromString(derived).isNull());
        QVERIFY(derived != LaptopIdentity::id());
        auto store = Store::open(path(QStringLiteral("old.standlab")), OpenOptions(), &error);
        QCOMPARE(store->laptopId(), derived);
        QCOMPARE(store->meta(QLatin1String(ReplicaIdentity::idKey)), QString()); // opening alone writes nothing
        QVERIFY(store->update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Edited")}}));
        QCOMPARE(store->meta(QLatin1String(ReplicaIdentity::idKey)), derived); // stored with the first edit
        QCOMPARE(store->row(QStringLiteral("sessions"), session)->value(QStringLiteral("laptop_id")).toString(), derived);
    }

    // Two laptops imaged from one master (one laptop id in their settings) each make the demo: the files
    // hold rows with equal ids, made apart. After one exchange each way they hold the same rows, stamps
    // included, so nothing stays different for ever.
    void eventsMadeTheSameWayConverge()
    {
        QString error;
        auto a = DemoEvent::create(path(QStringLiteral("demo-a.standlab")), OpenOptions(), &error);
        QVERIFY2(a, qPrintable(error));
        QTest::qWait(5); // another millisecond: other stamps
        auto b = DemoEvent::create(path(QStringLiteral("demo-b.standlab")), OpenOptions(), &error);
        QVERIFY2(b, qPrintable(error));
        QVERIFY(a->laptopId() != b->laptopId());
        QVERIFY(rowsWithStamps(*a) != rowsWithStamps(*b));
        const SyncPackage fromA = SyncExporter(*a, QStringLiteral("A")).build();
        const SyncPackage fromB = SyncExporter(*b, QStringLiteral("B")).build();
        SyncSummary summary;
        QVERIFY2(mergeAll(*b, fromA, &summary, &error), qPrintable(error));
        QVERIFY2(mergeAll(*a, fromB, &summary, &error), qPrintable(error));
        QVERIFY2(summary.warnings.isEmpty(), qPrintable(summary.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(testing::canonical(*a), testing::canonical(*b));
        QCOMPARE(rowsWithStamps(*a), rowsWithStamps(*b));
    }

    // After an exchange that leaves this file holding exactly the changes its sender held, the two events
    // must be equal; when they are not (a value changed behind the merge's back here), the summary says so.
    void copiesThatShouldAgreeAndDoNotAreTold()
    {
        QString error;
        auto now = std::make_shared<qint64>(1'700'000'000'000LL);
        std::vector<testing::Replica> replicas = testing::makeReplicas(QDir(m_dir->path()), 2, now, &error);
        QVERIFY2(replicas.size() == 2, qPrintable(error));
        Store& a = *replicas[0].store;
        Store& b = *replicas[1].store;
        const QString session = a.rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")).first().value(QStringLiteral("id")).toString();
        QVERIFY(a.update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Agreed")}}));
        SyncSummary summary;
        QVERIFY2(mergeAll(b, SyncExporter(a, QStringLiteral("Laptop A")).build(), &summary, &error), qPrintable(error));
        QVERIFY2(summary.warnings.isEmpty(), qPrintable(summary.warnings.join(QLatin1Char('\n'))));
        // A change that never went through the store: no stamp, so no exchange can carry it.
        QVERIFY(b.database().exec(QStringLiteral("UPDATE people SET bio = 'changed behind the merge' WHERE rowid = 1")));
        QVERIFY2(mergeAll(b, SyncExporter(a, QStringLiteral("Laptop A")).build(), &summary, &error), qPrintable(error));
        QCOMPARE(summary.warnings.size(), 1);
        QVERIFY2(summary.warnings.first().contains(QStringLiteral("Laptop A")) && summary.warnings.first().contains(QStringLiteral("people")),
                 qPrintable(summary.warnings.first()));
        QVERIFY(summary.toText().contains(summary.warnings.first()));
    }

    void wholeEventFileMergesAndIsLeftAsItWas()
    {
        QString session;
        makeEvent(QStringLiteral("a.standlab"), &session);
        QVERIFY(QFile::copy(path(QStringLiteral("a.standlab")), path(QStringLiteral("mailed.standlab"))));
        QString error;
        {
            auto mailed = Store::open(path(QStringLiteral("mailed.standlab")), OpenOptions(), &error);
            QVERIFY(mailed->update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Keynote")}}));
            QVERIFY(!mailed->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("Closing")}}).isEmpty());
        }
        const QByteArray before = fileHash(path(QStringLiteral("mailed.standlab")));
        auto a = Store::open(path(QStringLiteral("a.standlab")), OpenOptions(), &error);
        QVERIFY(EventFilePackage::looksLikeEventFile(path(QStringLiteral("mailed.standlab"))));
        std::optional<SyncPackage> package = EventFilePackage::read(path(QStringLiteral("mailed.standlab")), *a, &error);
        QVERIFY2(package, qPrintable(error));
        SyncSummary summary;
        QVERIFY2(SyncMerger(*a).merge({*package}, {QStringLiteral("mailed.standlab")}, &summary, &error), qPrintable(error));
        QCOMPARE(titleOf(*a, session), QStringLiteral("Keynote"));
        QCOMPARE(a->count(QStringLiteral("sessions")), 2);
        QCOMPARE(fileHash(path(QStringLiteral("mailed.standlab"))), before);
    }

    void anotherEventOrTheFileItselfIsRefused()
    {
        QString error;
        auto a = Store::create(path(QStringLiteral("a.standlab")), OpenOptions(), &error);
        auto other = Store::create(path(QStringLiteral("other.standlab")), OpenOptions(), &error);
        QVERIFY(a && other);
        QVERIFY(!a->insert(QStringLiteral("event"), {{QStringLiteral("name"), QStringLiteral("Stand Lab 2020")}}).isEmpty());
        QVERIFY(!other->insert(QStringLiteral("event"), {{QStringLiteral("name"), QStringLiteral("Open Data Day")}}).isEmpty());
        other.reset();
        QVERIFY(!EventFilePackage::read(path(QStringLiteral("other.standlab")), *a, &error));
        QVERIFY2(error.contains(QStringLiteral("another event")) && error.contains(QStringLiteral("Open Data Day")),
                 qPrintable(error));
        error.clear();
        QVERIFY(!EventFilePackage::read(path(QStringLiteral("./a.standlab")), *a, &error));
        QVERIFY2(error.contains(QStringLiteral("itself")), qPrintable(error));
    }

    void cliMergesAnEventFile()
    {
        QString session;
        makeEvent(QStringLiteral("a.standlab"), &session);
        QVERIFY(QFile::copy(path(QStringLiteral("a.standlab")), path(QStringLiteral("b.standlab"))));
        QString error;
        {
            auto b = Store::open(path(QStringLiteral("b.standlab")), OpenOptions(), &error);
            QVERIFY(b->update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("From B")}}));
        }
        QProcess cli;
        cli.start(QStringLiteral(STANDLAB_CLI_PATH),
                  {QStringLiteral("sync"), QStringLiteral("import"), path(QStringLiteral("a.standlab")),
                   path(QStringLiteral("b.standlab"))});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        auto a = Store::open(path(QStringLiteral("a.standlab")), OpenOptions(), &error);
        QCOMPARE(titleOf(*a, session), QStringLiteral("From B"));
    }
};

QTEST_GUILESS_MAIN(TestReplicas)
#include "test_replicas.moc"
