// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import of 100,000 contacts into a fresh event file, against `sqlite3 .import` of the same file
// into a plain table on the same machine (DESIGN.md §7: within 2×). Both medians are printed; the
// ratio is BM_ImportContacts / BM_SqliteCliImport. A second, fairer reference is sqlite3 writing the
// same rows into the same schema (BM_SqliteCliSameSchema); BM_ImportContactsSearchable adds the search
// index that a large import builds after it has saved the rows.
//
// The comparison is, by hand:   sqlite3 tmp.db ".mode csv" ".import contacts.csv t"
#include "contacts/contactimporter.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace {

using namespace standlab;

constexpr int contactRows = 100000;
QTemporaryDir* g_dir = nullptr;
QString g_csvPath;

QString scratch(const QString& name) { return g_dir->filePath(name); }

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
}

// Two people per organisation, with engagement columns, accents, quotes and commas as real lists have.
bool generateCsv(QString* error)
{
    static const char* const cities[] = {"Barcelona", "Girona", "Lleida", "Tarragona", "Mataró", "València",
                                         "Sevilla", "Bilbao", "Amsterdam", "Seoul", "Montréal", "Lisboa"};
    static const char* const kinds[] = {"City council", "Platform or initiative", "Cooperative",
                                        "Civil society", "Research centre", "Company"};
    static const char* const attendance[] = {"Invited", "Interested", "Attending", "Declined", "Unknown"};
    static const char* const given[] = {"Núria", "Jordi", "Anna", "Pau", "Laia", "Marc", "Montserrat", "Oriol"};
    static const char* const family[] = {"Puig", "Ferrer", "Vila i Roca", "Ibáñez", "Soler", "Casals"};
    CsvWriter writer;
    writer.addRow({QStringLiteral("Organisation"), QStringLiteral("Kind"), QStringLiteral("City"),
                   QStringLiteral("Country"), QStringLiteral("Website"), QStringLiteral("Attendance"),
                   QStringLiteral("Wants to speak"), QStringLiteral("Wants to run a workshop"),
                   QStringLiteral("Next follow-up"), QStringLiteral("Name"), QStringLiteral("Email"),
                   QStringLiteral("Phone"), QStringLiteral("Role"), QStringLiteral("Languages"),
                   QStringLiteral("Notes")});
    for (int i = 0; i < contactRows; ++i) {
        const int org = i / 2;
        const QString city = QString::fromUtf8(cities[org % 12]);
        writer.addRow({QStringLiteral("Organisation %1 of %2").arg(org).arg(city),
                       QString::fromUtf8(kinds[org % 6]),
                       city,
                       QStringLiteral("Spain"),
                       QStringLiteral("https://org%1.example.org").arg(org),
                       QString::fromUtf8(attendance[org % 5]),
                       org % 3 == 0 ? QStringLiteral("yes") : QStringLiteral("no"),
                       org % 4 == 0 ? QStringLiteral("sí") : QStringLiteral("no"),
                       QStringLiteral("%1/%2/2019").arg(1 + org % 28).arg(1 + org % 12),
                       QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(given[i % 8]), QString::fromUtf8(family[i % 6])).arg(i),
                       QStringLiteral("person%1@org%2.example.org").arg(i).arg(org),
                       QStringLiteral("+34 600 %1").arg(i, 6, 10, QLatin1Char('0')),
                       QStringLiteral("Head of \"Digital\", Economy"),
                       QStringLiteral("ca, es, en"),
                       i % 10 == 0 ? QStringLiteral("Met at the 2018 stand;\nwants a follow-up") : QString()});
    }
    g_csvPath = scratch(QStringLiteral("contacts.csv"));
    return writer.save(g_csvPath, error);
}

// Imports the generated file into a new event per iteration (made and removed outside the timing);
// with searchable, the search index is also caught up: what the window does in steps after a large
// import and the command line before it exits, so the time until every row can also be found.
void importContacts(benchmark::State& state, bool searchable)
{
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = scratch(QStringLiteral("import%1.standlab").arg(run++));
        removeDatabase(path);
        QString error;
        std::unique_ptr<Store> store = Store::create(path, OpenOptions::forLaptop(QStringLiteral("bench")), &error);
        if (!store) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
        state.ResumeTiming();
        ContactImporter importer(*store);
        if (!importer.loadFile(g_csvPath, &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
        const ContactImportReport report = importer.apply();
        if (!report.applied || (searchable && !store->catchUpSearchIndex(0, &error))) {
            state.SkipWithError((report.applied ? error : report.summary()).toUtf8().constData());
            return;
        }
        state.PauseTiming();
        state.counters[std::string("organisations")] = double(report.organisationsToAdd);
        state.counters[std::string("people")] = double(report.peopleToAdd);
        store.reset();
        removeDatabase(path);
        state.ResumeTiming();
    }
}

void BM_ImportContacts(benchmark::State& state)
{
    importContacts(state, false);
}

void BM_ImportContactsSearchable(benchmark::State& state)
{
    importContacts(state, true);
}

// The phases alone, to see where the time goes.
void BM_ReadCsv(benchmark::State& state)
{
    for (auto _ : state) {
        CsvReader reader;
        if (!reader.readFile(g_csvPath)) {
            state.SkipWithError(reader.error().toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(reader.records().size());
    }
}

void BM_PreviewContacts(benchmark::State& state)
{
    QString error;
    const QString path = scratch(QStringLiteral("preview.standlab"));
    removeDatabase(path);
    std::unique_ptr<Store> store = Store::create(path, OpenOptions::forLaptop(QStringLiteral("bench")), &error);
    ContactImporter importer(*store);
    if (!store || !importer.loadFile(g_csvPath, &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(importer.preview().peopleToAdd);
}

void BM_SqliteCliImport(benchmark::State& state)
{
    const QString path = scratch(QStringLiteral("plain.db"));
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(path);
        state.ResumeTiming();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {path, QStringLiteral(".mode csv"), QStringLiteral(".import '%1' t").arg(g_csvPath)});
        if (!sqlite.waitForFinished(300000) || sqlite.exitCode() != 0) {
            state.SkipWithError(QByteArray("sqlite3 failed: " + sqlite.readAllStandardError()).constData());
            return;
        }
    }
}

// sqlite3 doing the same work without us: the same file imported into a scratch table, then written as
// organisations, people and engagements of a new, empty event (the same schema, keys, foreign keys,
// indexes and search triggers), with random keys made in SQL as a script would make them.
void runSqliteSameSchema(benchmark::State& state, bool searchTriggers)
{
    const QString empty = scratch(QStringLiteral("empty.standlab"));
    removeDatabase(empty);
    {
        QString error;
        std::unique_ptr<Store> store = Store::create(empty, OpenOptions::forLaptop(QStringLiteral("bench")), &error);
        if (!store) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
    }
    const QString script = QString(searchTriggers ? QString() : QStringLiteral(
        "DROP TRIGGER search_organisations_insert;\nDROP TRIGGER search_people_insert;\n")) + QStringLiteral(
        ".mode csv\n"
        ".import --schema temp '%1' t\n"
        "PRAGMA foreign_keys = ON;\n"
        "PRAGMA cache_size = -65536;\n"
        "BEGIN;\n"
        "CREATE TEMP TABLE k (r INTEGER PRIMARY KEY, oid TEXT, pid TEXT, eid TEXT);\n"
        "INSERT INTO k SELECT rowid, lower(hex(randomblob(16))), lower(hex(randomblob(16))), lower(hex(randomblob(16))) FROM temp.t;\n"
        "INSERT INTO organisations (id, created_at, updated_at, laptop_id, name, kind, city, country, website)"
        " SELECT k.oid, '2019-11-19T09:00:00Z', 1, 'sqlite3', t.\"Organisation\", 'company', t.\"City\", t.\"Country\","
        " t.\"Website\" FROM temp.t AS t JOIN k ON k.r = t.rowid WHERE k.r % 2 = 1;\n"
        "INSERT INTO people (id, created_at, updated_at, laptop_id, name, organisation_id, email, phone, role_title,"
        " languages, notes) SELECT k.pid, '2019-11-19T09:00:00Z', 1, 'sqlite3', t.\"Name\","
        " (SELECT o.oid FROM k AS o WHERE o.r = (k.r + 1) / 2 * 2 - 1), t.\"Email\", t.\"Phone\", t.\"Role\","
        " '[\"ca\",\"es\",\"en\"]', t.\"Notes\" FROM temp.t AS t JOIN k ON k.r = t.rowid;\n"
        "INSERT INTO engagements (id, created_at, updated_at, laptop_id, organisation_id, attendance, wants_to_speak)"
        " SELECT k.eid, '2019-11-19T09:00:00Z', 1, 'sqlite3', k.oid, lower(t.\"Attendance\"), t.\"Wants to speak\" = 'yes'"
        " FROM temp.t AS t JOIN k ON k.r = t.rowid WHERE k.r % 2 = 1;\n"
        "COMMIT;\n").arg(g_csvPath);
    const QString path = scratch(QStringLiteral("same-schema.standlab"));
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(path);
        if (!QFile::copy(empty, path)) {
            state.SkipWithError("cannot copy the empty event");
            return;
        }
        state.ResumeTiming();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), path});
        sqlite.write(script.toUtf8());
        sqlite.closeWriteChannel();
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
            state.SkipWithError(QByteArray("sqlite3 failed: " + sqlite.readAllStandardError()).constData());
            return;
        }
    }
}

void BM_SqliteCliSameSchema(benchmark::State& state)
{
    runSqliteSameSchema(state, true);
}

// The same without the search index: the floor of writing these rows with their keys and indexes, for
// comparison with BM_ImportContacts, which leaves the index for later.
void BM_SqliteCliSameSchemaUnindexed(benchmark::State& state)
{
    runSqliteSameSchema(state, false);
}

// One iteration per repetition: each import takes seconds. Repetitions come from the command line
// (--benchmark_repetitions; scripts/bench-report.sh passes 5). The console shows aggregates only; a
// --benchmark_out JSON file keeps every repetition, which the report needs for its min–max.
BENCHMARK(BM_ImportContacts)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)
    ->DisplayAggregatesOnly(true);
BENCHMARK(BM_SqliteCliImport)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)
    ->DisplayAggregatesOnly(true);
BENCHMARK(BM_ImportContactsSearchable)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)
    ->DisplayAggregatesOnly(true);
BENCHMARK(BM_SqliteCliSameSchema)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)
    ->DisplayAggregatesOnly(true);
BENCHMARK(BM_SqliteCliSameSchemaUnindexed)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)
    ->DisplayAggregatesOnly(true);
BENCHMARK(BM_ReadCsv)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)
    ->DisplayAggregatesOnly(true);
BENCHMARK(BM_PreviewContacts)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)
    ->DisplayAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QTemporaryDir dir;
    g_dir = &dir;
    QString error;
    if (!dir.isValid() || !generateCsv(&error)) {
        std::fprintf(stderr, "bench_csv: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "Generated %d contacts in %s (%lld bytes)\n", contactRows,
                 qPrintable(QDir::toNativeSeparators(g_csvPath)), static_cast<long long>(QFile(g_csvPath).size()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
