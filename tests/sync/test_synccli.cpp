// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/canonicalbundle.h"
#include "store/migrations.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "sync/syncpackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// `standlab-cli sync export|import|conflicts` as real processes, each "laptop" with its own settings
// (its own id and name), as on two machines.
class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    static QString laptopId(int laptop) { return QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(laptop + 1); }
    static QString laptopName(int laptop) { return QStringLiteral("Laptop %1").arg(QChar(QLatin1Char('A').unicode() + laptop)); }

    Result run(int laptop, const QStringList& arguments) const
    {
        const QString home = path(QStringLiteral("home%1").arg(laptop));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(STANDLAB_CLI_PATH), arguments);
        Result result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // An edit made in `file` as the GUI would make it: stamped with the file's own replica id, which the
    // file itself holds (so this process, with other settings, finds the same one as the CLI does).
    void editTitle(int laptop, const QString& file, const QString& title)
    {
        Q_UNUSED(laptop)
        QString error;
        auto store = Store::open(file, OpenOptions(), &error);
        QVERIFY2(store, qPrintable(error));
        const QString session = store->rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")).first().value(QStringLiteral("id")).toString();
        QVERIFY(store->update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), title}}, &error));
    }

    void send(int from, const QString& source, int to, const QString& target, const QString& package,
              const QStringList& extra = {})
    {
        const Result exported = run(from, QStringList{QStringLiteral("sync"), QStringLiteral("export"), source,
                                                      QStringLiteral("--output"), package} + extra);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Result imported = run(to, {QStringLiteral("sync"), QStringLiteral("import"), target, package});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Each laptop's identity, where the GUI keeps it.
        for (int laptop = 0; laptop < 2; ++laptop) {
            const QString folder = path(QStringLiteral("home%1/.config").arg(laptop));
            QVERIFY(QDir().mkpath(folder));
            QFile settings(folder + QStringLiteral("/StandLab.conf"));
            QVERIFY(settings.open(QIODevice::WriteOnly));
            settings.write(QStringLiteral("[identity]\nlaptopId=%1\nlaptopName=%2\n")
                               .arg(laptopId(laptop), laptopName(laptop)).toUtf8());
        }
        const Result demo = run(0, {QStringLiteral("demo"), path(QStringLiteral("a.standlab"))});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(QFile::copy(path(QStringLiteral("a.standlab")), path(QStringLiteral("b.standlab"))));
    }

    void exportThenImportMakesTheSameEvent()
    {
        editTitle(0, path(QStringLiteral("a.standlab")), QStringLiteral("Renamed on A"));
        const Result exported = run(0, {QStringLiteral("sync"), QStringLiteral("export"), path(QStringLiteral("a.standlab")),
                                        QStringLiteral("--output"), path(QStringLiteral("a.standlab-sync"))});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QLatin1String("Laptop A")), qPrintable(exported.out));
        const Result imported = run(1, {QStringLiteral("sync"), QStringLiteral("import"), path(QStringLiteral("b.standlab")),
                                        path(QStringLiteral("a.standlab-sync"))});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QLatin1String("Received from: Laptop A")), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QLatin1String("sessions: 1 changed")), qPrintable(imported.out));
        QCOMPARE(testing::canonicalContent(path(QStringLiteral("b.standlab"))),
                 testing::canonicalContent(path(QStringLiteral("a.standlab"))));
        // The file records who wrote it: the replica id of a.standlab, which the CLI and the GUI both use,
        // not the laptop's own id.
        QString error;
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto source = Store::open(path(QStringLiteral("a.standlab")), readOnly, &error);
        QVERIFY(source);
        const QString replica = source->laptopId();
        QCOMPARE(source->meta(QStringLiteral("replica_id")), replica);
        QVERIFY(replica != laptopId(0));
        source.reset();
        auto store = Store::open(path(QStringLiteral("b.standlab")), readOnly, &error);
        QVERIFY(store);
        QCOMPARE(store->rows(QStringLiteral("sessions"), QStringLiteral("title = ?"), {QStringLiteral("Renamed on A")})
                     .first().value(QStringLiteral("laptop_id")).toString(), replica);
    }

    void sincePeerSendsOnlyWhatIsMissing()
    {
        send(0, path(QStringLiteral("a.standlab")), 1, path(QStringLiteral("b.standlab")), path(QStringLiteral("1.standlab-sync")));
        send(1, path(QStringLiteral("b.standlab")), 0, path(QStringLiteral("a.standlab")), path(QStringLiteral("2.standlab-sync")));
        editTitle(0, path(QStringLiteral("a.standlab")), QStringLiteral("Only this"));
        send(0, path(QStringLiteral("a.standlab")), 1, path(QStringLiteral("b.standlab")), path(QStringLiteral("3.standlab-sync")),
             {QStringLiteral("--since-peer"), QStringLiteral("laptop b")});
        QString error;
        const auto full = SyncPackage::read(path(QStringLiteral("1.standlab-sync")), &error);
        const auto delta = SyncPackage::read(path(QStringLiteral("3.standlab-sync")), &error);
        QVERIFY2(full && delta, qPrintable(error));
        QVERIFY(full->rowCount() > 500);
        QCOMPARE(delta->rowCount(), 1);
        QCOMPARE(testing::canonicalContent(path(QStringLiteral("b.standlab"))),
                 testing::canonicalContent(path(QStringLiteral("a.standlab"))));
    }

    void conflictsAreListed()
    {
        editTitle(0, path(QStringLiteral("a.standlab")), QStringLiteral("Title on A"));
        editTitle(1, path(QStringLiteral("b.standlab")), QStringLiteral("Title on B"));
        send(0, path(QStringLiteral("a.standlab")), 1, path(QStringLiteral("b.standlab")), path(QStringLiteral("1.standlab-sync")));
        const Result listed = run(1, {QStringLiteral("sync"), QStringLiteral("conflicts"), path(QStringLiteral("b.standlab"))});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QLatin1String("Title on A")) && listed.out.contains(QLatin1String("Title on B"))
                     && listed.out.contains(QLatin1String("Laptop A")),
                 qPrintable(listed.out));
        const Result none = run(0, {QStringLiteral("sync"), QStringLiteral("conflicts"), path(QStringLiteral("a.standlab"))});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(QLatin1String("No conflicts")));
    }

    void refusalsLeaveTheFileUnchanged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("flipped byte") << QStringLiteral("flip") << QStringLiteral("checksum");
        QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("truncated");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer Stand Lab");
        QTest::newRow("not a package") << QStringLiteral("foreign") << QStringLiteral("not a Stand Lab sync package");
        QTest::newRow("own package") << QStringLiteral("own") << QStringLiteral("written on this laptop");
        QTest::newRow("one bad among good") << QStringLiteral("mixed") << QStringLiteral("checksum");
    }

    void refusalsLeaveTheFileUnchanged()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        editTitle(0, path(QStringLiteral("a.standlab")), QStringLiteral("Renamed on A"));
        const QString good = path(QStringLiteral("good.standlab-sync"));
        QCOMPARE(run(0, {QStringLiteral("sync"), QStringLiteral("export"), path(QStringLiteral("a.standlab")),
                         QStringLiteral("--output"), good}).exitCode, 0);
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const QString bad = path(QStringLiteral("bad.standlab-sync"));
        if (damage == QLatin1String("flip") || damage == QLatin1String("mixed"))
            bytes[bytes.size() - 10] = char(bytes.at(bytes.size() - 10) ^ 0x5a);
        else if (damage == QLatin1String("truncate"))
            bytes.truncate(bytes.size() / 2);
        else if (damage == QLatin1String("newer"))
            bytes.replace(QByteArray(QByteArray("\"schema_version\":") + QByteArray::number(Migrations::latestVersion())),
                          QByteArray("\"schema_version\":99"));
        else if (damage == QLatin1String("foreign"))
            bytes = "name,email\nAda,ada@example.org\n";
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const int receiver = damage == QLatin1String("own") ? 0 : 1;
        const QString target = path(receiver == 0 ? QStringLiteral("a.standlab") : QStringLiteral("b.standlab"));
        const QByteArray before = fileHash(target);
        QStringList arguments{QStringLiteral("sync"), QStringLiteral("import"), target};
        if (damage == QLatin1String("mixed"))
            arguments << good;
        arguments << (damage == QLatin1String("own") ? good : bad);
        const Result result = run(receiver, arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        // One line of ours (Qt may add its own warnings about the environment).
        QCOMPARE(result.err.count(QLatin1String("standlab-cli: ")), 1);
        QCOMPARE(fileHash(target), before);
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")) || QFileInfo(target + QStringLiteral("-wal")).size() == 0);
    }

    // `sync import FILE --folder DIR`: what is new in a sync folder, the own and unreadable packages left out.
    void importFolderTakesWhatIsNew()
    {
        const QString folder = path(QStringLiteral("sync"));
        QVERIFY(QDir().mkpath(folder));
        editTitle(0, path(QStringLiteral("a.standlab")), QStringLiteral("Renamed on A"));
        const QString fromA = folder + QStringLiteral("/laptop-a.standlab-sync");
        QCOMPARE(run(0, {QStringLiteral("sync"), QStringLiteral("export"), path(QStringLiteral("a.standlab")),
                         QStringLiteral("--output"), fromA}).exitCode, 0);
        QCOMPARE(run(1, {QStringLiteral("sync"), QStringLiteral("export"), path(QStringLiteral("b.standlab")),
                         QStringLiteral("--output"), folder + QStringLiteral("/laptop-b.standlab-sync")}).exitCode, 0);
        QFile damaged(folder + QStringLiteral("/laptop-c.standlab-sync"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("STANDLAB-SYNC 1\n{\"package_id\":");
        damaged.close();

        const QStringList import{QStringLiteral("sync"), QStringLiteral("import"), path(QStringLiteral("b.standlab")),
                                 QStringLiteral("--folder"), folder};
        const Result first = run(1, import);
        // The good package is merged; the damaged one is named, and the exit status says not all went in.
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.out.contains(QLatin1String("Received from: Laptop A")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QLatin1String("laptop-c.standlab-sync")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QLatin1String("written on this laptop")), qPrintable(first.out));
        QVERIFY2(first.err.contains(QLatin1String("could not be received")), qPrintable(first.err));
        QCOMPARE(testing::canonicalContent(path(QStringLiteral("b.standlab"))),
                 testing::canonicalContent(path(QStringLiteral("a.standlab"))));

        QVERIFY(QFile::remove(damaged.fileName()));
        const QByteArray before = fileHash(path(QStringLiteral("b.standlab")));
        const Result again = run(1, import);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("Nothing new in")), qPrintable(again.out));
        QVERIFY2(again.out.contains(QLatin1String("already received")), qPrintable(again.out));
        QCOMPARE(fileHash(path(QStringLiteral("b.standlab"))), before);

        // The package list form is unchanged beside it.
        const Result listed = run(1, {QStringLiteral("sync"), QStringLiteral("import"), path(QStringLiteral("b.standlab")), fromA});
        QCOMPARE(listed.exitCode, 0);

        const Result missing = run(1, {QStringLiteral("sync"), QStringLiteral("import"), path(QStringLiteral("b.standlab")),
                                       QStringLiteral("--folder"), path(QStringLiteral("no-such-folder"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no-such-folder")), qPrintable(missing.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no action") << QStringList{QStringLiteral("sync")};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("sync"), QStringLiteral("frob"), QStringLiteral("x")};
        QTest::newRow("export without output") << QStringList{QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("x")};
        QTest::newRow("import without package") << QStringList{QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("x")};
        QTest::newRow("conflicts with extra") << QStringList{QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("x"), QStringLiteral("y")};
        QTest::newRow("folder and packages") << QStringList{QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("x"),
                                                            QStringLiteral("p"), QStringLiteral("--folder"), QStringLiteral("d")};
        QTest::newRow("folder with export") << QStringList{QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("x"),
                                                           QStringLiteral("--output"), QStringLiteral("p"), QStringLiteral("--folder"), QStringLiteral("d")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(0, arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "test_synccli.moc"
