// SPDX-License-Identifier: GPL-3.0-or-later
// Search-as-you-type over a generated event of 100,000 indexed rows (DESIGN.md §7: < 10 ms per
// keystroke): 10,000 sessions, 70,000 people, 12,000 organisations, 4,000 actions and 4,000 datasets.
// The generated text is repetitive ("Platform work", "Platform cooperatives"…), so short prefixes match
// tens of thousands of rows: the worst case for ranking.
#include "benchevent.h"
#include "search/searchindex.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <cstdio>

namespace {

using namespace standlab;

QString g_eventPath;
const QString g_typed = QStringLiteral("platform coop");

std::unique_ptr<Store> openEvent(benchmark::State& state)
{
    QString error;
    OpenOptions options;
    options.readOnly = true;
    std::unique_ptr<Store> store = Store::open(g_eventPath, options, &error);
    if (!store)
        state.SkipWithError(qPrintable(error));
    return store;
}

// One keystroke: the search for the first `n` characters of "platform coop" (Arg = n).
void BM_SearchPrefix(benchmark::State& state)
{
    std::unique_ptr<Store> store = openEvent(state);
    if (!store)
        return;
    const SearchIndex index(*store);
    const QString text = g_typed.left(int(state.range(0)));
    qint64 hits = 0;
    for (auto _ : state) {
        const QVector<SearchHit> found = index.search(text);
        hits = found.size();
        benchmark::DoNotOptimize(found.constData());
    }
    state.counters["hits_shown"] = double(hits);
    state.SetLabel(qPrintable(QLatin1Char('"') + text + QLatin1Char('"')));
}

// Typing the whole phrase, one search per keystroke; the time reported is per keystroke.
void BM_TypePhrase(benchmark::State& state)
{
    std::unique_ptr<Store> store = openEvent(state);
    if (!store)
        return;
    const SearchIndex index(*store);
    for (auto _ : state) {
        for (int n = 1; n <= g_typed.size(); ++n)
            benchmark::DoNotOptimize(index.search(g_typed.left(n)).size());
    }
    state.SetItemsProcessed(state.iterations() * g_typed.size());
    // The report divides the time per phrase by this to get the time per keystroke.
    state.counters["keystrokes"] = double(g_typed.size());
}

// A rare word: the common case once a person has typed a name.
void BM_SearchRareName(benchmark::State& state)
{
    std::unique_ptr<Store> store = openEvent(state);
    if (!store)
        return;
    const SearchIndex index(*store);
    for (auto _ : state)
        benchmark::DoNotOptimize(index.search(QStringLiteral("gothenb")).size());
}

// Aggregates only on the console; a --benchmark_out JSON file keeps every repetition, which
// scripts/bench-report.sh needs for its min–max.
BENCHMARK(BM_SearchPrefix)->DenseRange(1, 13, 1)->Unit(benchmark::kMillisecond)->UseRealTime()
    ->DisplayAggregatesOnly(true);
BENCHMARK(BM_TypePhrase)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);
BENCHMARK(BM_SearchRareName)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);

bool prepareEvent(QString* error)
{
    EventGenerator::Options options;
    options.sessions = 10000; // with 4,000 actions and 4,000 datasets
    options.people = 70000;
    options.organisations = 12000;
    options.seed = 2019;
    g_eventPath = bench::cachedEvent(QStringLiteral("search"), options, error);
    return !g_eventPath.isEmpty();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QString error;
    if (!prepareEvent(&error)) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(error));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
