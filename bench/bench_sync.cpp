// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a sync package of 10,000 changed rows into a generated event (DESIGN.md §7: < 1 s). The package
// comes from another laptop's copy of the same event on which 10,000 rows (people, sessions,
// organisations) were edited; each iteration merges it into a fresh copy of the original file.
#include "store/openoptions.h"
#include "store/store.h"
#include "sync/syncexporter.h"
#include "sync/syncmerger.h"
#include "tools/eventgenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

namespace {

using namespace standlab;

QString g_base;
QByteArray g_package;
int g_rows = 0;

bool prepare(const QString& folder)
{
    EventGenerator::Options options;
    options.sessions = 2000;
    options.people = 7000;
    options.organisations = 1500;
    options.seed = 7;
    g_base = folder + QStringLiteral("/base.standlab");
    QString error;
    if (!EventGenerator::create(g_base, options, OpenOptions::forLaptop(QStringLiteral("origin")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QString senderPath = folder + QStringLiteral("/sender.standlab");
    QFile::copy(g_base, senderPath);
    auto sender = Store::open(senderPath, OpenOptions::forLaptop(QStringLiteral("sender")), &error);
    if (!sender)
        return false;
    const qint64 before = sender->clock().now();
    Store::Transaction transaction(*sender);
    int edited = 0;
    for (const char* table : {"people", "sessions", "organisations"}) {
        const QString name = QString::fromLatin1(table);
        const QString column = name == QLatin1String("sessions") ? QStringLiteral("title") : QStringLiteral("notes");
        for (const Row& row : sender->rows(name)) {
            if (edited == 10000)
                break;
            sender->update(name, row.value(QStringLiteral("id")).toString(),
                           {{column, QStringLiteral("Edited on the other laptop %1").arg(edited)}});
            ++edited;
        }
    }
    transaction.commit(&error);
    const SyncPackage package = SyncExporter(*sender, QStringLiteral("Sender")).build(before);
    g_rows = package.rowCount();
    g_package = package.toBytes();
    return g_rows == 10000;
}

void BM_MergePackage(benchmark::State& state)
{
    QTemporaryDir dir;
    int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir.filePath(QStringLiteral("receiver-%1.standlab").arg(++iteration));
        QFile::copy(g_base, path);
        QString error;
        auto receiver = Store::open(path, OpenOptions::forLaptop(QStringLiteral("receiver")), &error);
        state.ResumeTiming();
        // Reading and checking the package is part of receiving it.
        std::optional<SyncPackage> package = SyncPackage::fromBytes(g_package, QStringLiteral("bench"), &error);
        SyncSummary summary;
        if (!package || !SyncMerger(*receiver).merge({*package}, {}, &summary, &error)
            || summary.totalChanges() != g_rows)
            state.SkipWithError(qPrintable(error.isEmpty() ? QStringLiteral("not every row merged") : error));
        state.PauseTiming();
        receiver.reset();
        QFile::remove(path);
        state.ResumeTiming();
    }
    state.counters["rows"] = g_rows;
}
// Three merges per repetition; repetitions come from the command line (--benchmark_repetitions).
// Aggregates only on the console; a --benchmark_out JSON file keeps every repetition, which
// scripts/bench-report.sh needs for its min–max.
BENCHMARK(BM_MergePackage)->Unit(benchmark::kMillisecond)->Iterations(3)->DisplayAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    if (!prepare(folder.path()))
        return 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
