// SPDX-License-Identifier: GPL-3.0-or-later
// Search-as-you-type over a generated event of 100,000 indexed rows (DESIGN.md §7: < 10 ms per
// keystroke): 10,000 sessions, 70,000 people, 12,000 organisations, 4,000 actions and 4,000 datasets.
// The generated text is repetitive ("Platform work", "Platform cooperatives"…), so short prefixes match
// tens of thousands of rows: the worst case for ranking.
#include "search/searchindex.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "tools/eventgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

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

BENCHMARK(BM_SearchPrefix)->DenseRange(1, 13, 1)->Unit(benchmark::kMillisecond)->UseRealTime()
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_TypePhrase)->Unit(benchmark::kMillisecond)->UseRealTime()->ReportAggregatesOnly(true);
BENCHMARK(BM_SearchRareName)->Unit(benchmark::kMillisecond)->UseRealTime()->ReportAggregatesOnly(true);

// Generated once per seed and size and kept in the temporary folder, under a temporary name first.
bool prepareEvent(QString* error)
{
    EventGenerator::Options options;
    options.sessions = 10000; // with 4,000 actions and 4,000 datasets
    options.people = 70000;
    options.organisations = 12000;
    options.seed = 2019;
    const QString folder = QDir::temp().filePath(QStringLiteral("standlab-bench"));
    QDir().mkpath(folder);
    g_eventPath = QDir(folder).filePath(QStringLiteral("search-seed%1-s%2-p%3-o%4.standlab")
                                            .arg(options.seed)
                                            .arg(options.sessions)
                                            .arg(options.people)
                                            .arg(options.organisations));
    if (QFileInfo::exists(g_eventPath))
        return true;
    const QString partial = g_eventPath + QStringLiteral(".generating");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_ptr<Store> store = EventGenerator::create(partial, options, OpenOptions(), error);
        if (!store)
            return false;
        const qint64 indexed = store->database().scalar(QStringLiteral("SELECT count(*) FROM search_docs")).toLongLong();
        std::fprintf(stderr, "Generated %s (%lld indexed rows) in %lld ms\n",
                     qPrintable(QDir::toNativeSeparators(g_eventPath)), static_cast<long long>(indexed),
                     static_cast<long long>(timer.elapsed()));
    }
    return QFile::rename(partial, g_eventPath);
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
