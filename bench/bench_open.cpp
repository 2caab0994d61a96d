// SPDX-License-Identifier: GPL-3.0-or-later
// How long it takes to open a large event and load what the main window shows first, and how much
// memory that needs (DESIGN.md §7: < 300 ms and < 200 MB for 5,000 sessions, 20,000 people and
// 50,000 organisations/contacts).
#include "benchevent.h"
#include "db/sqlitestatement.h"
#include "model/eventday.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <benchmark/benchmark.h>
#include <cstdio>

namespace {

using namespace standlab;

QString g_eventPath;

// Peak resident memory of this process so far, in MiB (VmHWM), or -1 where /proc is missing.
double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0, so read them whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// What a window needs at start, as value types.
struct StartModel
{
    QVector<Session> sessions;
    QVector<Space> spaces;
    QVector<WorkingLine> workingLines;
    QVector<EventDay> days;
    QVector<Person> people;
    QVector<Organisation> organisations;
};

StartModel loadModel(Store& store)
{
    StartModel model;
    model.sessions = Repository<Session>(store).all(QStringLiteral("starts_at, title"));
    model.spaces = Repository<Space>(store).all(QStringLiteral("position"));
    model.workingLines = Repository<WorkingLine>(store).all(QStringLiteral("position"));
    model.days = Repository<EventDay>(store).all(QStringLiteral("day"));
    model.people = Repository<Person>(store).all(QStringLiteral("name"));
    model.organisations = Repository<Organisation>(store).all(QStringLiteral("name"));
    return model;
}

// The same model read straight from a statement into value types, without a QVariantMap per row: how
// much the generic Row path costs, and what a streaming Repository read could gain.
template <class T> QVector<T> readDirect(Store& store, const QString& orderBy)
{
    SqliteStatement statement(store.database(), QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                                                    .arg(EntityTraits<T>::table(), orderBy));
    const auto& fields = EntityTraits<T>::fields();
    QVector<int> columnOf(fields.size(), -1);
    int idColumn = -1;
    for (int c = 0; c < statement.columnCount(); ++c) {
        const QString name = statement.columnName(c);
        if (name == QLatin1String("id"))
            idColumn = c;
        for (int f = 0; f < fields.size(); ++f)
            if (fields.at(f).column == name)
                columnOf[f] = c;
    }
    QVector<T> items;
    while (statement.step()) {
        T item;
        item.id = statement.text(idColumn);
        for (int f = 0; f < fields.size(); ++f)
            if (columnOf.at(f) >= 0)
                fields.at(f).set(item, statement.value(columnOf.at(f)));
        items.push_back(std::move(item));
    }
    return items;
}

StartModel loadModelDirect(Store& store)
{
    StartModel model;
    model.sessions = readDirect<Session>(store, QStringLiteral("starts_at, title"));
    model.spaces = readDirect<Space>(store, QStringLiteral("position"));
    model.workingLines = readDirect<WorkingLine>(store, QStringLiteral("position"));
    model.days = readDirect<EventDay>(store, QStringLiteral("day"));
    model.people = readDirect<Person>(store, QStringLiteral("name"));
    model.organisations = readDirect<Organisation>(store, QStringLiteral("name"));
    return model;
}

std::unique_ptr<Store> openEvent(benchmark::State& state)
{
    QString error;
    std::unique_ptr<Store> store = Store::open(g_eventPath, OpenOptions::forLaptop(QStringLiteral("bench")), &error);
    if (!store)
        state.SkipWithError(error.toUtf8().constData());
    return store;
}

void reportMemory(benchmark::State& state)
{
    state.counters[std::string("peak_rss_MiB")] = benchmark::Counter(peakResidentMiB());
}

// The whole path from a file name to a loaded model, as the window experiences it.
void BM_OpenToLoadedModel(benchmark::State& state)
{
    qint64 rows = 0;
    for (auto _ : state) {
        std::unique_ptr<Store> store = openEvent(state);
        if (!store)
            return;
        const StartModel model = loadModel(*store);
        rows = model.sessions.size() + model.people.size() + model.organisations.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters[std::string("rows")] = benchmark::Counter(double(rows));
    reportMemory(state);
}

// Store::open alone: checks, lock, WAL, quick integrity check.
void BM_StoreOpen(benchmark::State& state)
{
    for (auto _ : state) {
        std::unique_ptr<Store> store = openEvent(state);
        if (!store)
            return;
        benchmark::DoNotOptimize(store.get());
    }
    reportMemory(state);
}

// Loading the start model from a store that is already open.
void BM_LoadModel(benchmark::State& state)
{
    std::unique_ptr<Store> store = openEvent(state);
    if (!store)
        return;
    for (auto _ : state) {
        const StartModel model = loadModel(*store);
        benchmark::DoNotOptimize(model.sessions.size());
    }
    reportMemory(state);
}

// For comparison only: the start model read without the generic Row (QVariantMap) path.
void BM_LoadModelDirect(benchmark::State& state)
{
    std::unique_ptr<Store> store = openEvent(state);
    if (!store)
        return;
    for (auto _ : state) {
        const StartModel model = loadModelDirect(*store);
        benchmark::DoNotOptimize(model.sessions.size());
    }
    reportMemory(state);
}

// Aggregates only on the console; a --benchmark_out JSON file keeps every repetition, which
// scripts/bench-report.sh needs for its min–max.
BENCHMARK(BM_OpenToLoadedModel)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);
BENCHMARK(BM_StoreOpen)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);
BENCHMARK(BM_LoadModelDirect)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);

bool prepareEvent(QString* error)
{
    EventGenerator::Options options;
    options.sessions = 5000;
    options.people = 20000;
    options.organisations = 50000;
    options.seed = 2019;
    g_eventPath = bench::cachedEvent(QStringLiteral("open"), options, error);
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
        std::fprintf(stderr, "bench_open: %s\n", qPrintable(error));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
