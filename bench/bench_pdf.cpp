// SPDX-License-Identifier: GPL-3.0-or-later
// How long the printed programme takes: the booklet (load, layout, paint, atomic write) for the
// real-size programme (~100 sessions, and the demo event) and for a 1,000-session event
// (DESIGN.md §7: < 200 ms and < 2 s), with the poster and door signs of the large event beside it.
#include "demo/demoevent.h"
#include "export/bookletwriter.h"
#include "export/programmedata.h"
#include "export/programmeexporter.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>
#include <memory>
#include <random>

namespace {

using namespace standlab;

QTemporaryDir* g_dir = nullptr;

// A fictional three-day event with `sessions` confirmed sessions, 2–3 speakers each and a moderator
// on every other one; the same sizes always give the same content.
std::unique_ptr<Store> generate(int sessions)
{
    QString error;
    auto store = Store::create(g_dir->filePath(QStringLiteral("bench-%1.standlab").arg(sessions)),
                               OpenOptions::forLaptop(QStringLiteral("bench")), &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    std::mt19937 random(2019);
    Store::Transaction transaction(*store);
    Event event;
    event.name = QStringLiteral("Sharing Cities Action Stand Lab 2019");
    event.venue = QStringLiteral("Fira Gran Via, Barcelona");
    Repository<Event>(*store).add(event);
    const QDate first(2019, 11, 19);
    for (int d = 0; d < 3; ++d) {
        EventDay day;
        day.day = first.addDays(d);
        day.opens = QTime(9, 0);
        day.closes = QTime(20, 0);
        Repository<EventDay>(*store).add(day);
    }
    const QStringList lineNames = {QStringLiteral("Economic Models & the Future of Labour"),
                                   QStringLiteral("Inclusion & Gender"), QStringLiteral("Data"),
                                   QStringLiteral("Ecological Sustainability")};
    const QStringList colours = {QStringLiteral("#c62828"), QStringLiteral("#6a1b9a"), QStringLiteral("#1565c0"),
                                 QStringLiteral("#2e7d32")};
    QStringList lines, spaces, people;
    for (int i = 0; i < 4; ++i) {
        WorkingLine line;
        line.name = lineNames.at(i);
        line.colour = colours.at(i);
        line.position = i;
        Repository<WorkingLine>(*store).add(line);
        lines << line.id;
    }
    const int spaceCount = sessions > 200 ? 12 : 6;
    for (int i = 0; i < spaceCount; ++i) {
        Space space;
        space.name = QStringLiteral("Space %1").arg(i + 1);
        space.position = i;
        Repository<Space>(*store).add(space);
        spaces << space.id;
    }
    const int personCount = qMax(20, sessions * 2);
    for (int i = 0; i < personCount; ++i) {
        Organisation organisation;
        organisation.name = QStringLiteral("Invented Cooperative %1").arg(i % 97 + 1);
        Repository<Organisation>(*store).add(organisation);
        Person person;
        person.name = QStringLiteral("Person %1 Fictional-Surname").arg(i + 1);
        person.organisationId = organisation.id;
        Repository<Person>(*store).add(person);
        people << person.id;
    }
    const int perDay = (sessions + 2) / 3;
    for (int i = 0; i < sessions; ++i) {
        const int day = i / perDay;
        const int slot = (i % perDay) / spaceCount;
        Session session;
        session.title = QStringLiteral("Session %1: cities, platforms and the right to the city in practice").arg(i + 1);
        session.kind = QStringLiteral("roundtable");
        session.status = QStringLiteral("confirmed");
        session.workingLineId = lines.at(int(random() % 3));
        session.spaceId = spaces.at(i % spaceCount);
        session.startsAt = QDateTime(first.addDays(day), QTime(9, 0), Qt::UTC).addSecs(slot * 30 * 60);
        session.endsAt = session.startsAt.addSecs(25 * 60);
        Repository<Session>(*store).add(session);
        const int speakers = 2 + int(random() % 2);
        const int base = int(random() % quint32(people.size()));
        for (int s = 0; s <= speakers; ++s) {
            if (s == speakers && i % 2)
                break;
            Participation p;
            p.sessionId = session.id;
            p.personId = people.at((base + s * 7) % people.size()); // distinct within a session
            p.role = s == speakers ? QStringLiteral("moderator") : QStringLiteral("speaker");
            p.position = s;
            Repository<Participation>(*store).add(p);
        }
    }
    if (!transaction.commit(&error))
        qFatal("%s", qPrintable(error));
    return store;
}

Store& storeFor(int sessions)
{
    static std::map<int, std::unique_ptr<Store>> stores;
    auto& store = stores[sessions];
    if (!store) {
        if (sessions == 0) {
            QString error;
            store = DemoEvent::create(g_dir->filePath(QStringLiteral("demo.standlab")),
                                      OpenOptions::forLaptop(QStringLiteral("bench")), &error);
            if (!store)
                qFatal("%s", qPrintable(error));
        } else {
            store = generate(sessions);
        }
    }
    return *store;
}

void exportFormat(benchmark::State& state, ProgrammeFormat format)
{
    Store& store = storeFor(int(state.range(0)));
    const QString path = g_dir->filePath(QStringLiteral("out.pdf"));
    ProgrammeOptions options;
    state.counters["sessions"] = ProgrammeData::load(store, options).sessionCount();
    for (auto _ : state) {
        QString error;
        if (!ProgrammeExporter::exportPdf(store, format, options, path, &error))
            state.SkipWithError(qPrintable(error));
    }
}

// Range 0 is the demo event; the others are generated events of that many sessions.
void BM_Booklet(benchmark::State& state) { exportFormat(state, ProgrammeFormat::Booklet); }
void BM_Poster(benchmark::State& state) { exportFormat(state, ProgrammeFormat::Poster); }
void BM_DoorSigns(benchmark::State& state) { exportFormat(state, ProgrammeFormat::DoorSigns); }

// Load and layout without painting: how the time divides.
void BM_BookletLayoutOnly(benchmark::State& state)
{
    Store& store = storeFor(int(state.range(0)));
    ProgrammeOptions options;
    for (auto _ : state) {
        BookletWriter writer(ProgrammeData::load(store, options), options);
        writer.layout();
        benchmark::DoNotOptimize(writer.pageCount());
    }
}

BENCHMARK(BM_Booklet)->Arg(0)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BookletLayoutOnly)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Poster)->Arg(0)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DoorSigns)->Arg(0)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    // Painting needs Qt Gui; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    g_dir = &dir;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
