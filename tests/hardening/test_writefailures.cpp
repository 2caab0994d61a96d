// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "eventstate.h"
#include "faultyvfs.h"
#include "hardeningfixtures.h"
#include "io/formatregistry.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "sync/syncmerger.h"
#include "sync/syncpackage.h"
#include "sync/syncsummary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace standlab;
using namespace standlab::hardening;

namespace {

const QString laptop = QStringLiteral("00000000-0000-4000-8000-0000000000c1");
constexpr int nobody = 65534;

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

QString firstSessionTitle(Store& store, int index)
{
    return store.rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")).at(index).value(QStringLiteral("title")).toString();
}

bool setSessionTitle(Store& store, int index, const QString& title, QString* error)
{
    const QString id = store.rows(QStringLiteral("sessions"), {}, {}, QStringLiteral("id")).at(index).value(QStringLiteral("id")).toString();
    return store.update(QStringLiteral("sessions"), id, {{QStringLiteral("title"), title}}, error);
}

bool importContacts(Store& store, const QString& csv, QString* error)
{
    ImportRequest request;
    request.input = csv;
    ImportReport report;
    return FormatRegistry::builtIn().importFormat(QStringLiteral("contacts-csv"))->read(store, request, &report, error);
}

} // namespace

// Issue 9, disk full and read-only: a write that the disk refuses (an injected SQLITE_FULL in the core's
// own connection; a file-size cap on the real CLI) and a file or folder that may not be written. Each
// gives a clear error, corrupts nothing, loses no edit committed before, and leaves old outputs alone.
class TestWriteFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void fullDiskWhenOpeningIsNotCalledDamage();
    void fullDiskWhenTheCliOpensIsNotCalledDamage();
    void fullDiskRefusesAnEditAndKeepsEarlierOnes();
    void fullDiskDuringImportAppliesNothing_data();
    void fullDiskDuringImportAppliesNothing();
    void fullDiskDuringCheckpointLosesNoCommit_data();
    void fullDiskDuringCheckpointLosesNoCommit();
    void fullDiskDuringMergeAppliesNothing();
    void fullDiskUnderTheCliImport();
    void fullDiskDuringExport_data();
    void fullDiskDuringExport();

    void readOnlyFileIsNeverWritten();
    void readOnlyFolderIsNeverWritten();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString freshCopy(const QString& name) const;
    CliProcess cli() const;

    QTemporaryDir m_dir;
};

QString TestWriteFailures::freshCopy(const QString& name) const
{
    const QString target = path(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(target + suffix);
    return QFile::copy(path(QStringLiteral("demo.standlab")), target) ? target : QString();
}

CliProcess TestWriteFailures::cli() const
{
    CliProcess process;
    process.setEnvironment(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    return process;
}

void TestWriteFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("tmp"))));
    const CliResult demo = cli().run({QStringLiteral("demo"), path(QStringLiteral("demo.standlab"))});
    QVERIFY2(demo.exited && demo.exitCode == 0, qPrintable(demo.describe()));
    QVERIFY(writeContactsCsv(path(QStringLiteral("contacts.csv")), 5000));
    FaultyVfs::install();
}

void TestWriteFailures::cleanup()
{
    FaultyVfs::unlimited();
}

void TestWriteFailures::fullDiskWhenOpeningIsNotCalledDamage()
{
    // Opening an event creates SQLite's shared-memory index beside it (32 KiB): on a full disk that is
    // the first thing refused, and the message says so rather than calling a sound file damaged.
    const QString file = freshCopy(QStringLiteral("open-full.standlab"));
    QVERIFY(!file.isEmpty());
    const QByteArray before = sha(file);
    const QStringList listing = QDir(m_dir.path()).entryList({QStringLiteral("open-full.standlab*")}, QDir::Files | QDir::Hidden);
    FaultyVfs::setBudget(0);
    QString error;
    {
        auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(!store, "opened on a full disk");
    }
    QVERIFY(FaultyVfs::refusals() > 0);
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("damaged"), Qt::CaseInsensitive), qPrintable(error));
    FaultyVfs::unlimited();
    QCOMPARE(sha(file), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("open-full.standlab*")}, QDir::Files | QDir::Hidden), listing);

    auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
    QVERIFY2(store, qPrintable(error));
}

void TestWriteFailures::fullDiskWhenTheCliOpensIsNotCalledDamage()
{
    // The real CLI with files capped below the index's 32 KiB: even looking at the event is refused.
    const QString file = freshCopy(QStringLiteral("cli-open.standlab"));
    QVERIFY(!file.isEmpty());
    const QByteArray before = sha(file);
    CliProcess process = cli();
    process.setFileSizeLimit(16 << 10);
    const CliResult run = process.run({QStringLiteral("info"), file});
    qInfo("%s", qPrintable(run.describe()));
    QVERIFY2(run.exited && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("cli-open.standlab") && run.err.contains("full"), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains("damaged"), qPrintable(run.describe()));
    QCOMPARE(sha(file), before);
}

void TestWriteFailures::fullDiskRefusesAnEditAndKeepsEarlierOnes()
{
    const QString file = freshCopy(QStringLiteral("edit.standlab"));
    QVERIFY(!file.isEmpty());
    QString original;
    {
        QString error;
        auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(store, qPrintable(error));
        original = firstSessionTitle(*store, 1);
        QVERIFY2(setSessionTitle(*store, 0, QStringLiteral("Saved before the disk filled"), &error), qPrintable(error));

        FaultyVfs::setBudget(0);
        QVERIFY(!setSessionTitle(*store, 1, QStringLiteral("Lost to the full disk"), &error));
        QVERIFY(FaultyVfs::refusals() > 0);
        // What failed, where, and why.
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(error));
        // The refused edit is not shown as if it had been saved, and the next one works once there is room.
        QCOMPARE(firstSessionTitle(*store, 1), original);
        FaultyVfs::unlimited();
        QVERIFY2(setSessionTitle(*store, 2, QStringLiteral("Saved once there was room again"), &error), qPrintable(error));
    }
    QString error;
    auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->checkIntegrity(&error, false), qPrintable(error));
    QCOMPARE(firstSessionTitle(*store, 0), QStringLiteral("Saved before the disk filled"));
    QCOMPARE(firstSessionTitle(*store, 1), original);
    QCOMPARE(firstSessionTitle(*store, 2), QStringLiteral("Saved once there was room again"));
}

void TestWriteFailures::fullDiskDuringImportAppliesNothing_data()
{
    // Room for nothing, for part of the cache spill, for most of the journal: the disk fills at a
    // different step of the import each time.
    QTest::addColumn<qint64>("budget");
    QTest::newRow("no room") << qint64(0);
    QTest::newRow("64 KiB") << qint64(64 << 10);
    QTest::newRow("1 MiB") << qint64(1 << 20);
    QTest::newRow("4 MiB") << qint64(4 << 20);
}

void TestWriteFailures::fullDiskDuringImportAppliesNothing()
{
    QFETCH(qint64, budget);
    const QString file = freshCopy(QStringLiteral("import.standlab"));
    QVERIFY(!file.isEmpty());
    QString error;
    {
        auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(setSessionTitle(*store, 0, QStringLiteral("An edit from before the import"), &error), qPrintable(error));
    }
    const EventState before = EventState::of(file);
    QVERIFY2(before.ok(), qPrintable(before.problem));
    {
        auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(store, qPrintable(error));
        FaultyVfs::setBudget(budget);
        error.clear();
        QVERIFY2(!importContacts(*store, path(QStringLiteral("contacts.csv")), &error), "the import passed on a full disk");
        QVERIFY(FaultyVfs::refusals() > 0);
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("nothing imported"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(error));
        FaultyVfs::unlimited();
    }
    const EventState after = EventState::of(file);
    QVERIFY2(after.ok(), qPrintable(after.problem));
    QVERIFY2(after.sameRows(before), qPrintable(after.differences(before)));

    // Once there is room again the same import goes through whole.
    auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importContacts(*store, path(QStringLiteral("contacts.csv")), &error), qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("people")), before.counts.value(QStringLiteral("people")) + 5000);
    QCOMPARE(firstSessionTitle(*store, 0), QStringLiteral("An edit from before the import"));
}

void TestWriteFailures::fullDiskDuringCheckpointLosesNoCommit_data()
{
    // Closing folds the journal back into the file: the disk fills before it starts or half-way through.
    QTest::addColumn<qint64>("budget");
    QTest::newRow("no room") << qint64(0);
    QTest::newRow("one page") << qint64(4096);
    QTest::newRow("a few pages") << qint64(5 * 4096);
}

void TestWriteFailures::fullDiskDuringCheckpointLosesNoCommit()
{
    QFETCH(qint64, budget);
    const QString file = freshCopy(QStringLiteral("checkpoint.standlab"));
    QVERIFY(!file.isEmpty());
    QString error;
    {
        auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importContacts(*store, path(QStringLiteral("contacts.csv")), &error), qPrintable(error));
        QVERIFY2(setSessionTitle(*store, 0, QStringLiteral("Committed, not yet checkpointed"), &error), qPrintable(error));
        FaultyVfs::setBudget(budget);
    } // closing checkpoints, and the disk refuses part of it
    QVERIFY(FaultyVfs::refusals() > 0);
    QVERIFY2(QFileInfo(file + QStringLiteral("-wal")).size() > 0, "the journal was folded in despite the full disk");
    FaultyVfs::unlimited();

    const EventState state = EventState::of(file);
    QVERIFY2(state.ok(), qPrintable(state.problem));
    auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(firstSessionTitle(*store, 0), QStringLiteral("Committed, not yet checkpointed"));
    QVERIFY(store->count(QStringLiteral("people")) >= 5000);
}

void TestWriteFailures::fullDiskDuringMergeAppliesNothing()
{
    // A package with 6,000 changes from laptop B, made by the real CLI.
    const QString laptopB = freshCopy(QStringLiteral("laptop-b.standlab"));
    const QString home = path(QStringLiteral("homeB"));
    QVERIFY(writeLaptopHome(home, QStringLiteral("00000000-0000-4000-8000-0000000000b2"), QStringLiteral("Laptop B")));
    CliProcess onB = cli();
    onB.setEnvironment(QStringLiteral("HOME"), home);
    onB.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    const QString csv = path(QStringLiteral("contacts-b.csv"));
    QVERIFY(writeContactsCsv(csv, 2000));
    CliResult run = onB.run({QStringLiteral("import"), laptopB, QStringLiteral("--format"), QStringLiteral("contacts-csv"), csv});
    QVERIFY2(run.exited && run.exitCode == 0, qPrintable(run.describe()));
    const QString packagePath = path(QStringLiteral("b.standlab-sync"));
    run = onB.run({QStringLiteral("sync"), QStringLiteral("export"), laptopB, QStringLiteral("--output"), packagePath});
    QVERIFY2(run.exited && run.exitCode == 0, qPrintable(run.describe()));
    QString error;
    const std::optional<SyncPackage> package = SyncPackage::read(packagePath, &error);
    QVERIFY2(package, qPrintable(error));

    const QString file = freshCopy(QStringLiteral("merge.standlab"));
    const EventState before = EventState::of(file);
    QVERIFY2(before.ok(), qPrintable(before.problem));
    {
        auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(store, qPrintable(error));
        SyncMerger merger(*store);
        SyncSummary summary;
        FaultyVfs::setBudget(256 << 10);
        error.clear();
        QVERIFY2(!merger.merge({*package}, {QStringLiteral("b.standlab-sync")}, &summary, &error),
                 "the merge passed on a full disk");
        QVERIFY(FaultyVfs::refusals() > 0);
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(error));
        FaultyVfs::unlimited();
    }
    const EventState after = EventState::of(file);
    QVERIFY2(after.ok(), qPrintable(after.problem));
    QVERIFY2(after.sameRows(before), qPrintable(after.differences(before)));

    auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
    QVERIFY2(store, qPrintable(error));
    SyncMerger merger(*store);
    SyncSummary summary;
    QVERIFY2(merger.merge({*package}, {QStringLiteral("b.standlab-sync")}, &summary, &error), qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("people")), before.counts.value(QStringLiteral("people")) + 2000);
}

void TestWriteFailures::fullDiskUnderTheCliImport()
{
    // The real CLI with a file-size cap: the journal cannot grow past a quarter MiB.
    const QString file = freshCopy(QStringLiteral("cli-import.standlab"));
    QVERIFY(!file.isEmpty());
    const EventState before = EventState::of(file);
    QVERIFY2(before.ok(), qPrintable(before.problem));
    CliProcess process = cli();
    process.setFileSizeLimit(QFileInfo(file).size() + (256 << 10));
    const CliResult run = process.run({QStringLiteral("import"), file, QStringLiteral("--format"),
                                       QStringLiteral("contacts-csv"), path(QStringLiteral("contacts.csv"))});
    qInfo("%s", qPrintable(run.describe()));
    QVERIFY2(run.exited && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("nothing imported"), qPrintable(run.describe()));
    const EventState after = EventState::of(file);
    QVERIFY2(after.ok(), qPrintable(after.problem));
    QVERIFY2(after.sameRows(before), qPrintable(after.differences(before)));
}

void TestWriteFailures::fullDiskDuringExport_data()
{
    QTest::addColumn<QStringList>("command"); // after FILE: the rest of the command line, OUT for the output
    QTest::addColumn<QString>("suffix");
    const auto exportAs = [](const char* format) {
        return QStringList{QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--output"),
                           QStringLiteral("OUT")};
    };
    QTest::newRow("booklet") << exportAs("booklet") << QStringLiteral("pdf");
    QTest::newRow("xlsx") << exportAs("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << exportAs("csv") << QStringLiteral("csv");
    QTest::newRow("contacts-csv") << exportAs("contacts-csv") << QStringLiteral("csv");
    QTest::newRow("json") << exportAs("json") << QStringLiteral("json");
    QTest::newRow("copy") << exportAs("copy") << QStringLiteral("standlab");
    QTest::newRow("sync package") << QStringList{QStringLiteral("--output"), QStringLiteral("OUT")}
                                  << QStringLiteral("standlab-sync");
}

void TestWriteFailures::fullDiskDuringExport()
{
    QFETCH(QStringList, command);
    QFETCH(QString, suffix);
    const QString event = path(QStringLiteral("large.standlab"));
    if (!QFile::exists(event)) {
        const CliResult generated = cli().run({QStringLiteral("generate"), event, QStringLiteral("--sessions"),
                                               QStringLiteral("1000"), QStringLiteral("--people"), QStringLiteral("2000"),
                                               QStringLiteral("--organisations"), QStringLiteral("500"),
                                               QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY2(generated.exited && generated.exitCode == 0, qPrintable(generated.describe()));
    }
    const bool sync = !command.contains(QStringLiteral("--format"));
    const auto arguments = [&](const QString& output) {
        QStringList list = sync ? QStringList{QStringLiteral("sync"), QStringLiteral("export"), event}
                                : QStringList{QStringLiteral("export"), event};
        for (const QString& part : command)
            list << (part == QLatin1String("OUT") ? output : part);
        return list;
    };
    const QString folder = path(QStringLiteral("full-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(QDir().mkpath(folder));
    const QString reference = folder + QStringLiteral("/reference.") + suffix;
    const CliResult whole = cli().run(arguments(reference));
    QVERIFY2(whole.exited && whole.exitCode == 0, qPrintable(whole.describe()));

    const QString output = folder + QStringLiteral("/output.") + suffix;
    const QByteArray old = "the export from yesterday, to be kept";
    QVERIFY(writeBytes(output, old));
    const QByteArray eventBefore = sha(event);
    CliProcess process = cli();
    // Room for the lock and SQLite's shared-memory index (32 KiB), not for the output.
    process.setFileSizeLimit(48 << 10);
    QVERIFY2(QFileInfo(reference).size() > (48 << 10) || suffix == QLatin1String("xlsx"), "the output fits under the cap");
    const CliResult run = process.run(arguments(output));
    qInfo("%s", qPrintable(run.describe()));

    QCOMPARE(entriesStartingWith(folder, QStringLiteral("output")), QStringList{QFileInfo(output).fileName()});
    if (run.exited && run.exitCode == 0) {
        // Success on a full disk is only right if the output really is whole.
        const QByteArray written = fileBytes(output);
        QVERIFY2(suffix == QLatin1String("xlsx") ? zipMembers(written) == zipMembers(fileBytes(reference))
                                                 : written.size() == QFileInfo(reference).size(),
                 "reported success but wrote an incomplete file");
    } else {
        QVERIFY2(run.exited && run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(fileBytes(output), old);
        // Which file could not be written, in one line.
        QVERIFY2(run.err.contains(QFileInfo(output).fileName().toUtf8()), qPrintable(run.describe()));
    }
    QCOMPARE(sha(event), eventBefore);
}

void TestWriteFailures::readOnlyFileIsNeverWritten()
{
    const QString file = freshCopy(QStringLiteral("readonly.standlab"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = sha(file);

    const CliResult import = cli().run({QStringLiteral("import"), file, QStringLiteral("--format"),
                                        QStringLiteral("contacts-csv"), path(QStringLiteral("contacts.csv"))});
    QVERIFY2(import.exited && import.exitCode == 1, qPrintable(import.describe()));
    QVERIFY2(import.err.contains("read-only") && import.err.contains("readonly.standlab"), qPrintable(import.describe()));

    const QString package = path(QStringLiteral("b.standlab-sync"));
    if (QFile::exists(package)) {
        const CliResult merge = cli().run({QStringLiteral("sync"), QStringLiteral("import"), file, package});
        QVERIFY2(merge.exited && merge.exitCode == 1 && merge.err.contains("read-only"), qPrintable(merge.describe()));
    }

    // Reading still works; editing is refused with the reason.
    const CliResult exported = cli().run({QStringLiteral("export"), file, QStringLiteral("--format"),
                                          QStringLiteral("csv"), QStringLiteral("--output"), path(QStringLiteral("ro.csv"))});
    QVERIFY2(exported.exited && exported.exitCode == 0, qPrintable(exported.describe()));
    QString error;
    {
        auto store = Store::open(file, OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->isReadOnly());
        QVERIFY(!setSessionTitle(*store, 0, QStringLiteral("Never saved"), &error));
        QCOMPARE(error, store->readOnlyReason());
    }
    QCOMPARE(sha(file), before);
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() == 0);
}

void TestWriteFailures::readOnlyFolderIsNeverWritten()
{
    // A folder nobody may write in. Root may write anywhere, so as root the CLI runs as “nobody”.
    const bool root = geteuid() == 0;
    const QString folder = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/event.standlab");
    QVERIFY(QFile::copy(path(QStringLiteral("demo.standlab")), file));
    QVERIFY(QFile::copy(path(QStringLiteral("contacts.csv")), path(QStringLiteral("public.csv"))));
    CliProcess process = cli();
    if (root) {
        QVERIFY(chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        QVERIFY(chown(QFile::encodeName(folder).constData(), nobody, nobody) == 0);
        QVERIFY(chown(QFile::encodeName(file).constData(), nobody, nobody) == 0);
        process.setUser(nobody, nobody);
        process.setEnvironment(QStringLiteral("HOME"), folder); // nothing of its own to write there
        process.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/.config"));
    }
    QVERIFY(chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    const auto unlock = qScopeGuard([&] { chmod(QFile::encodeName(folder).constData(), 0755); });
    const QByteArray before = sha(file);
    const QStringList listing = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const CliResult import = process.run({QStringLiteral("import"), file, QStringLiteral("--format"),
                                          QStringLiteral("contacts-csv"), path(QStringLiteral("public.csv"))});
    QVERIFY2(import.exited && import.exitCode == 1, qPrintable(import.describe()));
    QVERIFY2(import.err.contains("not writable") && import.err.contains("event.standlab"), qPrintable(import.describe()));
    QCOMPARE(sha(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), listing);

    // Reading an event from a read-only place (a shared drive, a CD) should still work.
    const CliResult info = process.run({QStringLiteral("info"), file});
    QVERIFY2(info.exited && info.exitCode == 0 && !info.err.contains("damaged"), qPrintable(info.describe()));
    QCOMPARE(sha(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), listing);
}

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "test_writefailures.moc"
