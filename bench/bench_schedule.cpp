// SPDX-License-Identifier: GPL-3.0-or-later
// Relayout of the schedule board for one crowded day (DESIGN.md §7: 500 sessions, < 16 ms, one frame):
// the pure layout, the board's relayout after a zoom step, and that relayout painted, over a generated
// one-day event of 530 sessions (about 500 of them scheduled) in 12 spaces.
#include "document/eventdocument.h"
#include "schedule/scheduleboard.h"
#include "schedule/scheduledata.h"
#include "schedule/schedulelayout.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "tools/eventgenerator.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

namespace {

using namespace standlab;

// One event, one document, one board for every benchmark (made in main()).
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<EventDocument> document;
    std::unique_ptr<ScheduleData> data;
    std::unique_ptr<ScheduleBoard> board;
    QDate day;
};
Fixture* g_fixture = nullptr;

void BM_LayoutCompute(benchmark::State& state)
{
    const ScheduleData& data = *g_fixture->data;
    QVector<EventDay> days;
    for (const EventDay& day : data.days())
        if (day.day == g_fixture->day)
            days << day;
    ScheduleLayout::Options options;
    options.pixelsPerHour = 120;
    options.columnWidth = 150;
    ScheduleLayout layout;
    for (auto _ : state) {
        layout.compute(data.sessions(), data.spaces(), days, options);
        benchmark::DoNotOptimize(layout.blocks().constData());
    }
    state.counters["blocks"] = double(layout.blocks().size());
}

// What a zoom step costs: the board lays the day out again (setPixelsPerHour relayouts at once).
void BM_BoardRelayout(benchmark::State& state)
{
    ScheduleBoard& board = *g_fixture->board;
    int zoom = 120;
    for (auto _ : state) {
        zoom = zoom == 120 ? 126 : 120;
        board.setPixelsPerHour(zoom);
        benchmark::DoNotOptimize(board.layout().blocks().constData());
    }
    state.counters["blocks"] = double(board.layout().blocks().size());
}

// The relayout and the frame it paints (the visible part of the board at 1920×1080).
void BM_BoardRelayoutAndPaint(benchmark::State& state)
{
    ScheduleBoard& board = *g_fixture->board;
    QImage frame(board.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int zoom = 120;
    for (auto _ : state) {
        zoom = zoom == 120 ? 126 : 120;
        board.setPixelsPerHour(zoom);
        frame.fill(Qt::white);
        board.viewport()->render(&frame);
        benchmark::DoNotOptimize(frame.constBits());
    }
}

// Reading the day back from the file with speakers and live conflicts, as after an edit.
void BM_DataReload(benchmark::State& state)
{
    for (auto _ : state) {
        g_fixture->data->reload();
        benchmark::DoNotOptimize(g_fixture->data->sessions().constData());
    }
    state.counters["conflicts"] = double(g_fixture->data->conflicts().size());
}

// Aggregates only on the console; a --benchmark_out JSON file keeps every repetition, which
// scripts/bench-report.sh needs for its min–max.
BENCHMARK(BM_LayoutCompute)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);
BENCHMARK(BM_BoardRelayout)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);
BENCHMARK(BM_BoardRelayoutAndPaint)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);
BENCHMARK(BM_DataReload)->Unit(benchmark::kMillisecond)->UseRealTime()->DisplayAggregatesOnly(true);

bool prepare(Fixture& fixture, QString* error)
{
    if (!fixture.dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    EventGenerator::Options options;
    options.sessions = 530;
    options.people = 600;
    options.organisations = 100;
    options.days = 1;
    options.spaces = 12;
    options.seed = 2019;
    std::unique_ptr<Store> store = EventGenerator::create(fixture.dir.filePath(QStringLiteral("day.standlab")),
                                                          options, OpenOptions(), error);
    if (!store)
        return false;
    fixture.document = std::make_unique<EventDocument>(std::move(store));
    fixture.data = std::make_unique<ScheduleData>(fixture.document->store());
    fixture.data->reload();
    if (fixture.data->days().isEmpty()) {
        *error = QStringLiteral("the generated event has no day");
        return false;
    }
    fixture.day = fixture.data->days().first().day;
    fixture.board = std::make_unique<ScheduleBoard>(*fixture.document, *fixture.data);
    fixture.board->resize(1920 - 180 - 300, 1080 - 160); // the board's share of a full-HD window
    fixture.board->setDay(fixture.day);
    std::fprintf(stderr, "One day: %d sessions on the board in %d spaces\n",
                 int(fixture.board->layout().blocks().size()), int(fixture.data->spaces().size()));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    Fixture fixture;
    QString error;
    if (!prepare(fixture, &error)) {
        std::fprintf(stderr, "bench_schedule: %s\n", qPrintable(error));
        return 1;
    }
    g_fixture = &fixture;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_fixture = nullptr;
    return 0;
}
