// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "sync/syncfolder.h"
#include "sync/syncledger.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;
using namespace standlab::testing;

// A sync folder as it looks after a few days at the stand: packages from every laptop, this one's own,
// ones merged long ago, copies, and files that are damaged or still arriving. Laptop B receives from it.
class TestSyncFolder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<Replica> m_replicas; // A, B (the receiver), C
    QString m_folder;

    Store& laptop(int index) { return *m_replicas.at(size_t(index)).store; }

    QString writePackage(int from, const QString& fileName)
    {
        const SyncPackage package = SyncExporter(laptop(from), m_replicas.at(size_t(from)).name).build();
        const QString path = QDir(m_folder).filePath(fileName);
        QString error;
        if (!package.write(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static void writeBytes(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QByteArray readBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    int peopleNamed(Store& store, const QString& name)
    {
        return int(store.rows(QStringLiteral("people"), QStringLiteral("name = ?"), {name}).size());
    }

    static const SyncFolder::Entry* entry(const SyncFolder::Scan& scan, const QString& fileName)
    {
        for (const SyncFolder::Entry& candidate : scan.entries)
            if (candidate.fileName == fileName)
                return &candidate;
        return nullptr;
    }

    // The folder of the test: A's and C's news, B's own package, C's package B merged before, a second
    // copy of A's, a truncated package, an empty file, and files that are not packages at all.
    void fillFolder()
    {
        laptop(0).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Aina Puig")}});
        writePackage(0, QStringLiteral("laptop-a-1.standlab-sync"));
        QVERIFY(QFile::copy(QDir(m_folder).filePath(QStringLiteral("laptop-a-1.standlab-sync")),
                            QDir(m_folder).filePath(QStringLiteral("laptop-a-1 (copy).standlab-sync"))));
        writePackage(1, QStringLiteral("laptop-b-1.standlab-sync"));

        // C's first package was received by hand before; its second one is new.
        laptop(2).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Joan Serra")}});
        const QString old = writePackage(2, QStringLiteral("laptop-c-1.standlab-sync"));
        QString error;
        const auto oldPackage = SyncPackage::read(old, &error);
        QVERIFY2(oldPackage, qPrintable(error));
        QVERIFY2(SyncMerger(laptop(1)).merge({*oldPackage}, {QStringLiteral("laptop-c-1.standlab-sync")}, nullptr, &error),
                 qPrintable(error));
        laptop(2).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Núria Vidal")}});
        writePackage(2, QStringLiteral("laptop-c-2.standlab-sync"));

        // A package cut off halfway, as a copy interrupted by pulling the USB stick.
        laptop(0).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Never Arrived")}});
        const QString cut = writePackage(0, QStringLiteral("laptop-a-2.standlab-sync"));
        const QByteArray bytes = readBytes(cut);
        writeBytes(cut, bytes.left(bytes.size() / 2));
        writeBytes(QDir(m_folder).filePath(QStringLiteral("empty.standlab-sync")), {});
        writeBytes(QDir(m_folder).filePath(QStringLiteral("notes.txt")), "not a package\n");
        writeBytes(QDir(m_folder).filePath(QStringLiteral(".syncthing.laptop-c-3.standlab-sync.tmp")), "STANDLAB");
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("sync"));
        QVERIFY(QDir().mkpath(m_folder));
        QString error;
        m_replicas = makeReplicas(QDir(m_dir->path()), 3, std::make_shared<qint64>(1'700'000'000'000LL), &error);
        QVERIFY2(!m_replicas.empty(), qPrintable(error));
    }

    void cleanup() { m_replicas.clear(); }

    void scanSortsOutWhatIsNew()
    {
        fillFolder();
        QString error;
        const auto scan = SyncFolder(laptop(1), m_folder).scan(&error);
        QVERIFY2(scan, qPrintable(error));
        QCOMPARE(scan->entries.size(), 7); // neither notes.txt nor Syncthing's hidden temporary file
        QCOMPARE(scan->count(SyncFolder::Verdict::New), 2);
        QCOMPARE(scan->count(SyncFolder::Verdict::Copy), 1);
        QCOMPARE(scan->count(SyncFolder::Verdict::Own), 1);
        QCOMPARE(scan->count(SyncFolder::Verdict::AlreadyReceived), 1);
        QCOMPARE(scan->count(SyncFolder::Verdict::Unreadable), 2);
        QCOMPARE(scan->paths.size(), 2);
        QCOMPARE(scan->names.size(), 2);
        QCOMPARE(entry(*scan, QStringLiteral("laptop-b-1.standlab-sync"))->verdict, SyncFolder::Verdict::Own);
        QCOMPARE(entry(*scan, QStringLiteral("laptop-c-1.standlab-sync"))->verdict,
                 SyncFolder::Verdict::AlreadyReceived);
        QCOMPARE(entry(*scan, QStringLiteral("laptop-c-2.standlab-sync"))->verdict, SyncFolder::Verdict::New);
        // Each reason names its file; the cut one says what is wrong with it.
        const SyncFolder::Entry* cut = entry(*scan, QStringLiteral("laptop-a-2.standlab-sync"));
        QCOMPARE(cut->verdict, SyncFolder::Verdict::Unreadable);
        QVERIFY2(cut->reason.contains(QLatin1String("laptop-a-2.standlab-sync")) && cut->reason.contains(QLatin1String("truncated")),
                 qPrintable(cut->reason));
        QVERIFY2(cut->reason.contains(QLatin1String("may still be arriving")), qPrintable(cut->reason));
        const SyncFolder::Entry* empty = entry(*scan, QStringLiteral("empty.standlab-sync"));
        QVERIFY2(empty->reason.contains(QStringLiteral("“empty.standlab-sync” is empty")), qPrintable(empty->reason));
        for (const SyncFolder::Entry& listed : scan->entries)
            QVERIFY2(listed.verdict == SyncFolder::Verdict::New || listed.reason.contains(listed.fileName),
                     qPrintable(listed.reason));
    }

    void receiveMergesTheNewOnesAndReportsTheRest()
    {
        fillFolder();
        Store& b = laptop(1);
        QString error;
        SyncFolder folder(b, m_folder);
        SyncFolder::Result result;
        QVERIFY2(folder.receive(&result, &error), qPrintable(error));
        QCOMPARE(result.received.size(), 2);
        QCOMPARE(peopleNamed(b, QStringLiteral("Aina Puig")), 1); // once, though two copies lay there
        QCOMPARE(peopleNamed(b, QStringLiteral("Núria Vidal")), 1);
        QCOMPARE(peopleNamed(b, QStringLiteral("Never Arrived")), 0);
        QCOMPARE(result.summary.tables.value(QStringLiteral("people")).added, 2);
        QCOMPARE(result.summary.senders.size(), 2);
        QCOMPARE(result.problems(), 2);
        QVERIFY(result.summary.skipped.join(QLatin1Char('\n')).contains(QLatin1String("laptop-a-2.standlab-sync")));
        QVERIFY(result.summary.skipped.join(QLatin1Char('\n')).contains(QLatin1String("empty.standlab-sync")));
        QCOMPARE(result.alreadyReceived, 2); // C's old package and the copy of A's
        QCOMPARE(result.own, 1);
        // Plural forms come from the English translation, which tests do not load: "package(s)".
        QVERIFY2(result.note().contains(QLatin1String("2 package")) && result.note().contains(QLatin1String("already received"))
                     && result.note().contains(QLatin1String("1 package"))
                     && result.note().contains(QLatin1String("written on this laptop")),
                 qPrintable(result.note()));

        // Again: nothing new, nothing merged twice, the same files still reported.
        const int exchanges = int(SyncLedger(b).exchanges().size());
        SyncFolder::Result again;
        QVERIFY2(folder.receive(&again, &error), qPrintable(error));
        QVERIFY(again.received.isEmpty());
        QCOMPARE(again.summary.totalChanges(), 0);
        QCOMPARE(again.problems(), 2);
        QCOMPARE(again.alreadyReceived, 4);
        QCOMPARE(int(SyncLedger(b).exchanges().size()), exchanges);
    }

    void aPackageTheMergeRefusesCostsOnlyItself()
    {
        // Readable (its checksum is right) but not mergeable: a person without the name the file requires.
        SyncPackage broken = SyncExporter(laptop(0), QStringLiteral("Laptop A")).build();
        SyncPackage::Table& people = broken.tables[QStringLiteral("people")];
        QVERIFY(!people.rows.isEmpty());
        QVariantList row = people.rows.first();
        row[int(people.columns.indexOf(QStringLiteral("id")))] = Store::newId();
        row[int(people.columns.indexOf(QStringLiteral("name")))] = QVariant();
        people.rows << row;
        people.fields << QHash<QString, FieldStamp>();
        QString error;
        QVERIFY2(broken.write(QDir(m_folder).filePath(QStringLiteral("laptop-a-1.standlab-sync")), &error),
                 qPrintable(error));
        laptop(2).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Núria Vidal")}});
        writePackage(2, QStringLiteral("laptop-c-1.standlab-sync"));

        const QByteArray before = canonical(laptop(1));
        SyncFolder::Result result;
        QVERIFY2(SyncFolder(laptop(1), m_folder).receive(&result, &error), qPrintable(error));
        QCOMPARE(result.received, QStringList{QStringLiteral("laptop-c-1.standlab-sync")});
        QCOMPARE(peopleNamed(laptop(1), QStringLiteral("Núria Vidal")), 1);
        QCOMPARE(result.problems(), 1);
        QVERIFY2(result.summary.skipped.first().contains(QStringLiteral("“laptop-a-1.standlab-sync” could not be merged")),
                 qPrintable(result.summary.skipped.first()));
        QVERIFY(!SyncLedger(laptop(1)).hasReceived(broken.packageId));
        QVERIFY(canonical(laptop(1)) != before);
    }

    void aMissingFolderIsSaidSo()
    {
        const QString gone = m_dir->filePath(QStringLiteral("usb-stick"));
        SyncFolder folder(laptop(1), gone);
        QVERIFY(!folder.exists());
        QString error;
        SyncFolder::Result result;
        QVERIFY(!folder.receive(&result, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(gone)) && error.contains(QLatin1String("USB stick")),
                 qPrintable(error));
    }

    void newPackagesNeverReplaceOldOnes()
    {
        SyncFolder folder(laptop(0), m_folder);
        const QString name = QStringLiteral("Ana.local-20191119-093000.standlab-sync");
        const QString first = folder.pathForNewPackage(name);
        QCOMPARE(QFileInfo(first).fileName(), name);
        writeBytes(first, "x");
        const QString second = folder.pathForNewPackage(name);
        QCOMPARE(QFileInfo(second).fileName(), QStringLiteral("Ana.local-20191119-093000-2.standlab-sync"));
        writeBytes(second, "x");
        QCOMPARE(QFileInfo(folder.pathForNewPackage(name)).fileName(),
                 QStringLiteral("Ana.local-20191119-093000-3.standlab-sync"));
    }
};

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "test_syncfolder.moc"
