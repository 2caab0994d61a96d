// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "eventstate.h"
#include "hardeningfixtures.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab::hardening;

namespace {

// How many rounds a scenario gets: until at least `minimum` runs were really killed (a run may end
// before its kill on a machine whose speed varies), then more while its time budget lasts (the machine
// is small and shared), or exactly STANDLAB_HARDENING_ROUNDS for a longer soak.
class Rounds
{
public:
    Rounds(int minimum, qint64 budgetMs) : m_minimum(minimum), m_budgetMs(budgetMs) { m_clock.start(); }
    bool another(int done, int kills) const
    {
        if (fixedRounds() > 0)
            return done < fixedRounds();
        if (kills < m_minimum && done < 4 * m_minimum)
            return true;
        return done < 60 && m_clock.elapsed() < m_budgetMs;
    }

private:
    int m_minimum;
    qint64 m_budgetMs;
    QElapsedTimer m_clock;
};

// When to kill. One round in three: anywhere in the run. The others: around its end, where the commit,
// the checkpoint, the rename and closing happen, the moments most worth hitting. The run's length is only
// an estimate on a shared machine, so it is corrected as rounds go (see KillClock::learn).
class KillClock
{
public:
    explicit KillClock(qint64 fullMs) : m_fullUs(qMax<qint64>(fullMs * 1000, 1000)) {}
    qint64 delayUs(QRandomGenerator& random, int round) const
    {
        if (round % 3 == 1)
            return random.bounded(m_fullUs);
        return m_fullUs * 8 / 10 + random.bounded(m_fullUs * 35 / 100);
    }
    // A run that ended before its kill shows how long a run takes now; a late kill that still found
    // nothing done means the end is later than thought.
    void learn(int round, const CliResult& run, bool foundNothingDone)
    {
        if (!run.killed)
            m_fullUs = qMax<qint64>(run.elapsedMs * 1000, 1000);
        else if (round % 3 != 1 && foundNothingDone)
            m_fullUs = m_fullUs * 105 / 100;
    }

private:
    qint64 m_fullUs;
};

// Sanitized builds run the CLI several times slower: smaller inputs and fewer guaranteed kills keep the
// suite within its time limit there too.
const bool slowBuild = CliProcess::sanitized();
const int importRows = slowBuild ? 5000 : 20000;
const int mergeRows = slowBuild ? 2000 : 8000;
int minimumKills(int normal)
{
    return slowBuild ? 2 : normal;
}

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace

// Issue 9, crash safety: standlab-cli killed with SIGKILL at random moments of a large import, an export
// and a sync merge. After every kill the file passes the integrity check, opens, and holds exactly the
// edits committed before the kill: the whole import or merge, or none of it. An export killed mid-way
// leaves the old output or nothing, never half a file.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringContactsImport();
    void killDuringExport_data();
    void killDuringExport();
    void killDuringSyncMerge();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliProcess cli(const QString& home = {}) const;
    // A fresh copy of `base` at `work`, with whatever a killed run left beside the old one removed.
    bool prepare(const QString& base, const QString& work) const;
    void cleanScratch();
    static void verifyNoRecoverableRefusal(int refused);
    static bool catchUpSearch(const QString& event);

    QTemporaryDir m_dir;
    QRandomGenerator m_random;
    int m_scratchLeftovers = 0;
};

// Opens the event as the app does and lets the search index catch up with what an import left waiting.
bool TestCrashSafety::catchUpSearch(const QString& event)
{
    QString error;
    const std::unique_ptr<standlab::Store> store = standlab::Store::open(event, standlab::OpenOptions::forLaptop(QStringLiteral("00000000-0000-4000-8000-0000000000ff")), &error);
    if (!store || store->searchBacklog() == 0) {
        qWarning("nothing waits to be indexed in %s: %s", qPrintable(event), qPrintable(error));
        return false;
    }
    if (!store->catchUpSearchIndex(0, &error)) {
        qWarning("cannot finish the search index of %s: %s", qPrintable(event), qPrintable(error));
        return false;
    }
    return true;
}

CliProcess TestCrashSafety::cli(const QString& home) const
{
    CliProcess process;
    // Temporary folders of a killed export (libxlsxwriter's scratch) land here, not in the system's /tmp.
    process.setEnvironment(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    if (!home.isEmpty()) {
        process.setEnvironment(QStringLiteral("HOME"), home);
        process.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    }
    return process;
}

bool TestCrashSafety::prepare(const QString& base, const QString& work) const
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(work + suffix);
    return QFile::copy(base, work);
}

void TestCrashSafety::cleanScratch()
{
    QDir scratch(path(QStringLiteral("tmp")));
    // runtime-USER is Qt's stand-in for XDG_RUNTIME_DIR, made by every run, killed or not.
    for (const QString& name : scratch.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        m_scratchLeftovers += name.startsWith(QLatin1String("runtime-")) ? 0 : 1;
    scratch.removeRecursively();
    QDir().mkpath(scratch.path());
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("tmp"))));
    const quint32 seed = hardeningSeed();
    m_random.seed(seed);
    qInfo("crash safety seed %u (STANDLAB_HARDENING_SEED=%u draws the same kill moments again)", seed, seed);
    QVERIFY(writeLaptopHome(path(QStringLiteral("homeA")), QStringLiteral("00000000-0000-4000-8000-00000000000a"),
                            QStringLiteral("Laptop A")));
    QVERIFY(writeLaptopHome(path(QStringLiteral("homeB")), QStringLiteral("00000000-0000-4000-8000-00000000000b"),
                            QStringLiteral("Laptop B")));
    const CliResult demo = cli(path(QStringLiteral("homeA"))).run({QStringLiteral("demo"), path(QStringLiteral("demo.standlab"))});
    QVERIFY2(demo.exited && demo.exitCode == 0, qPrintable(demo.describe()));
    QVERIFY(writeContactsCsv(path(QStringLiteral("contacts.csv")), importRows));
}

void TestCrashSafety::killDuringContactsImport()
{
    const QString base = path(QStringLiteral("demo.standlab"));
    const QString work = path(QStringLiteral("import.standlab"));
    const QStringList arguments{QStringLiteral("import"), work, QStringLiteral("--format"),
                                QStringLiteral("contacts-csv"), path(QStringLiteral("contacts.csv"))};
    const CliProcess process = cli(path(QStringLiteral("homeA")));

    QVERIFY(prepare(base, work));
    const EventState before = EventState::of(work);
    QVERIFY2(before.ok(), qPrintable(before.problem));
    QVERIFY(prepare(base, work));
    const CliResult whole = process.run(arguments);
    QVERIFY2(whole.exited && whole.exitCode == 0, qPrintable(whole.describe()));
    const EventState after = EventState::of(work);
    QVERIFY2(after.ok(), qPrintable(after.problem));
    QVERIFY2(after.counts.value(QStringLiteral("people")) >= before.counts.value(QStringLiteral("people")) + importRows,
             qPrintable(after.differences(before)));

    int kills = 0, nothing = 0, committed = 0, refused = 0, indexPending = 0;
    qint64 checkMs = 0;
    KillClock clock(whole.elapsedMs);
    const Rounds rounds(minimumKills(5), 8000);
    for (int round = 0; rounds.another(round, kills); ++round) {
        QVERIFY(prepare(base, work));
        const qint64 delay = clock.delayUs(m_random, round);
        const CliResult run = process.runAndKill(arguments, delay);
        QElapsedTimer checking;
        checking.start();
        const EventState state = EventState::of(work, &before);
        checkMs += checking.elapsed();
        const QString where = QStringLiteral("round %1, kill after %2 µs (%3)").arg(round).arg(delay).arg(run.describe());
        QVERIFY2(state.ok(), qPrintable(where + QStringLiteral(": ") + state.problem));
        const bool none = state.sameRows(before);
        bool all = state.sameContent(after);
        // Killed after the rows were committed but before the search index caught up with them: the
        // import is all there and the rest of the index is still waiting in the file. Opening the event
        // finishes it (the window does so by itself); it must then be exactly the finished import.
        if (!none && !all) {
            const bool caughtUp = catchUpSearch(work);
            const EventState indexed = EventState::of(work, &before);
            QVERIFY2(caughtUp && indexed.sameContent(after),
                     qPrintable(where + QStringLiteral(": part of the import is in the file: ") + state.differences(after)));
            all = true;
            ++indexPending;
        }
        if (!run.killed) {
            QVERIFY2(run.exited && run.exitCode == 0, qPrintable(where));
            QVERIFY2(all, qPrintable(where + QStringLiteral(": finished, but the import is not all there")));
        }
        clock.learn(round, run, none);
        refused += state.refusedButRecoverable ? 1 : 0;
        kills += run.killed ? 1 : 0;
        nothing += run.killed && none ? 1 : 0;
        committed += run.killed && all ? 1 : 0;
    }
    qInfo("contacts import of %d rows (%lld ms): %d kills; the file held none of it %d times, all of it %d "
          "times (%d of them with search indexing still to finish); refused as truncated %d times; checking took %lld ms",
          importRows, whole.elapsedMs, kills, nothing, committed, indexPending, refused, checkMs);
    QVERIFY2(kills > 0, "no run was killed: the kill moments all fell after the end");
    verifyNoRecoverableRefusal(refused);
}

void TestCrashSafety::killDuringExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("booklet") << QStringLiteral("booklet") << QStringLiteral("pdf");
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("csv");
}

void TestCrashSafety::killDuringExport()
{
    QFETCH(QString, format);
    QFETCH(QString, suffix);
    // Big enough that writing takes a while: a programme of 1,000 sessions.
    const QString event = path(QStringLiteral("large.standlab"));
    const CliProcess process = cli(path(QStringLiteral("homeA")));
    if (!QFile::exists(event)) {
        const CliResult generated = process.run({QStringLiteral("generate"), event, QStringLiteral("--sessions"),
                                                 QStringLiteral("1000"), QStringLiteral("--people"), QStringLiteral("2000"),
                                                 QStringLiteral("--organisations"), QStringLiteral("500"),
                                                 QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY2(generated.exited && generated.exitCode == 0, qPrintable(generated.describe()));
    }
    const QByteArray eventBefore = sha(event);

    const QString folder = path(QStringLiteral("export-") + format);
    QVERIFY(QDir().mkpath(folder));
    const QString name = QStringLiteral("programme.") + suffix;
    const QString output = folder + QLatin1Char('/') + name;
    const auto arguments = [&](const QString& target) {
        return QStringList{QStringLiteral("export"), event, QStringLiteral("--format"), format,
                           QStringLiteral("--output"), target};
    };
    const QString referencePath = path(QStringLiteral("reference.") + suffix);
    const CliResult whole = process.run(arguments(referencePath));
    QVERIFY2(whole.exited && whole.exitCode == 0, qPrintable(whole.describe()));
    const QByteArray reference = fileBytes(referencePath);
    QVERIFY(!reference.isEmpty());
    // What a whole output looks like: PDFs and workbooks carry the moment they were made, so those are
    // compared by shape (size, trailer, members); CSV byte for byte.
    const auto isWhole = [&](const QByteArray& bytes) {
        if (suffix == QLatin1String("csv"))
            return bytes == reference;
        if (suffix == QLatin1String("pdf"))
            return bytes.size() == reference.size() && bytes.startsWith("%PDF") && bytes.right(32).contains("%%EOF");
        return !zipMembers(bytes).isEmpty() && zipMembers(bytes) == zipMembers(reference);
    };
    QVERIFY2(isWhole(reference), "the reference output does not pass its own check");

    int kills = 0, old = 0, none = 0, fresh = 0;
    KillClock clock(whole.elapsedMs);
    const Rounds rounds(minimumKills(4), 3000);
    for (int round = 0; rounds.another(round, kills); ++round) {
        // Every other round there is an earlier output to protect.
        const QByteArray previous = round % 4 < 2 ? QByteArray("an older export, round ") + QByteArray::number(round)
                                                  : QByteArray();
        QFile::remove(output);
        if (!previous.isEmpty())
            QVERIFY(writeBytes(output, previous));
        const qint64 delay = clock.delayUs(m_random, round);
        const CliResult run = process.runAndKill(arguments(output), delay);
        const QString where = QStringLiteral("%1 round %2, kill after %3 µs (%4)").arg(format).arg(round).arg(delay).arg(run.describe());

        const QStringList entries = entriesStartingWith(folder, QStringLiteral("programme"));
        QVERIFY2(entries.isEmpty() || entries == QStringList{name},
                 qPrintable(where + QStringLiteral(": stray files beside the output: ") + entries.join(QStringLiteral(", "))));
        if (entries.isEmpty()) {
            QVERIFY2(previous.isEmpty(), qPrintable(where + QStringLiteral(": the old output is gone")));
            ++none;
        } else {
            const QByteArray bytes = fileBytes(output);
            if (!previous.isEmpty() && bytes == previous) {
                ++old;
            } else {
                QVERIFY2(isWhole(bytes), qPrintable(where + QStringLiteral(": half a file (%1 of %2 bytes)")
                                                               .arg(bytes.size()).arg(reference.size())));
                ++fresh;
            }
        }
        if (!run.killed)
            QVERIFY2(run.exited && run.exitCode == 0 && entries == QStringList{name}, qPrintable(where));
        QCOMPARE(sha(event), eventBefore); // exporting only reads
        clock.learn(round, run, entries.isEmpty() || fileBytes(output) == previous);
        kills += run.killed ? 1 : 0;
        cleanScratch();
    }
    qInfo("%s export (%lld ms): %d kills; old output kept %d times, no output %d times, whole new output %d times",
          qPrintable(format), whole.elapsedMs, kills, old, none, fresh);
    if (m_scratchLeftovers > 0)
        qInfo("killed exports left %d scratch folder(s) in TMPDIR (outside the output's folder)", m_scratchLeftovers);
    m_scratchLeftovers = 0;
    const EventState state = EventState::of(event);
    QVERIFY2(state.ok(), qPrintable(state.problem));
    QVERIFY2(kills > 0, "no run was killed: the kill moments all fell after the end");
}

void TestCrashSafety::killDuringSyncMerge()
{
    // Laptop B gets many changes (8,000 contacts: 24,000 rows) and shares them; laptop A merges the package.
    const QString base = path(QStringLiteral("demo.standlab"));
    const QString laptopB = path(QStringLiteral("laptop-b.standlab"));
    const QString package = path(QStringLiteral("laptop-b.standlab-sync"));
    const CliProcess onA = cli(path(QStringLiteral("homeA")));
    const CliProcess onB = cli(path(QStringLiteral("homeB")));
    QVERIFY(prepare(base, laptopB));
    QVERIFY(writeContactsCsv(path(QStringLiteral("contacts-b.csv")), mergeRows));
    const CliResult imported = onB.run({QStringLiteral("import"), laptopB, QStringLiteral("--format"),
                                        QStringLiteral("contacts-csv"), path(QStringLiteral("contacts-b.csv"))});
    QVERIFY2(imported.exited && imported.exitCode == 0, qPrintable(imported.describe()));
    const CliResult exported = onB.run({QStringLiteral("sync"), QStringLiteral("export"), laptopB,
                                        QStringLiteral("--output"), package});
    QVERIFY2(exported.exited && exported.exitCode == 0, qPrintable(exported.describe()));

    const QString work = path(QStringLiteral("merge.standlab"));
    const QStringList arguments{QStringLiteral("sync"), QStringLiteral("import"), work, package};
    QVERIFY(prepare(base, work));
    const EventState before = EventState::of(work);
    QVERIFY2(before.ok(), qPrintable(before.problem));
    QVERIFY(prepare(base, work));
    const CliResult whole = onA.run(arguments);
    QVERIFY2(whole.exited && whole.exitCode == 0, qPrintable(whole.describe()));
    const EventState after = EventState::of(work);
    QVERIFY2(after.ok(), qPrintable(after.problem));
    QVERIFY2(!after.sameContent(before), "the merge changed nothing");

    int kills = 0, nothing = 0, committed = 0, refused = 0;
    KillClock clock(whole.elapsedMs);
    const Rounds rounds(minimumKills(6), 7000);
    for (int round = 0; rounds.another(round, kills); ++round) {
        QVERIFY(prepare(base, work));
        const qint64 delay = clock.delayUs(m_random, round);
        const CliResult run = onA.runAndKill(arguments, delay);
        const EventState state = EventState::of(work, &before);
        const QString where = QStringLiteral("round %1, kill after %2 µs (%3)").arg(round).arg(delay).arg(run.describe());
        QVERIFY2(state.ok(), qPrintable(where + QStringLiteral(": ") + state.problem));
        const bool none = state.sameRows(before);
        const bool all = state.sameContent(after);
        QVERIFY2(none || all, qPrintable(where + QStringLiteral(": part of the merge is in the file: ")
                                         + state.differences(after)));
        if (!run.killed)
            QVERIFY2(run.exited && run.exitCode == 0 && all, qPrintable(where));
        clock.learn(round, run, none);
        refused += state.refusedButRecoverable ? 1 : 0;
        kills += run.killed ? 1 : 0;
        nothing += run.killed && none ? 1 : 0;
        committed += run.killed && all ? 1 : 0;
    }
    qInfo("sync merge of %d contacts (%lld ms): %d kills; the file held none of it %d times, all of it %d "
          "times; refused as truncated %d times",
          mergeRows, whole.elapsedMs, kills, nothing, committed, refused);
    QVERIFY2(kills > 0, "no run was killed: the kill moments all fell after the end");
    verifyNoRecoverableRefusal(refused);
}

void TestCrashSafety::verifyNoRecoverableRefusal(int refused)
{
    // A kill inside a checkpoint leaves a short file that its journal makes whole: it must open.
    QVERIFY2(refused == 0, qPrintable(QStringLiteral("%1 killed file(s) refused as truncated").arg(refused)));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
