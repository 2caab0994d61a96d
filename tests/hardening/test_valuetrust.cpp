// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, values: no output lands on the event it comes from; impossible session times are refused
// at every way in, never reach a calendar and are reported by `check`; the app's own CSV reads back
// as it was; Markdown cannot be turned into links; schedule imports scale and a dry run leaves nothing.
#include "cliprocess.h"
#include "hardeningfixtures.h"

#include "contacts/contactimporter.h"
#include "contacts/contactsexporter.h"
#include "csv/csvwriter.h"
#include "documents/datasetscsv.h"
#include "documents/documentsnapshot.h"
#include "documents/planformat.h"
#include "documents/planmarkdownwriter.h"
#include "documents/richtext.h"
#include "exchange/exchangeprogramme.h"
#include "exchange/frabschedule.h"
#include "exchange/frabscheduleimporter.h"
#include "exchange/frabxmlreader.h"
#include "exchange/icalendarwriter.h"
#include "io/eventbundle.h"
#include "io/exportrequest.h"
#include "io/importrequest.h"
#include "model/dataset.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace standlab;
using namespace standlab::hardening;

namespace {

const QString laptop = QStringLiteral("00000000-0000-4000-8000-0000000000c1");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real command line, in `folder`, so relative outputs mean what they say.
Run cli(const QString& folder, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(CliProcess::program(), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

std::unique_ptr<Store> newStore(const QString& path)
{
    QString error;
    std::unique_ptr<Store> store = Store::create(path, OpenOptions::forLaptop(laptop), &error);
    if (!store)
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(error));
    return store;
}

// A frab schedule.xml of `rooms` rooms on one day, `events` of them with one talk each, every talk with
// one speaker; extra rooms and people carry the cases that must match rather than duplicate.
QByteArray frabSchedule(int rooms, int events, const QStringList& extraEvents = {})
{
    QByteArray xml = "<?xml version='1.0' encoding='utf-8'?>\n<schedule><version>1</version><conference>"
                     "<acronym>values</acronym><title>Values</title><start>2019-11-19</start><end>2019-11-19</end>"
                     "<time_zone_name>Europe/Madrid</time_zone_name></conference>\n"
                     "<day index='1' date='2019-11-19' start='2019-11-19T09:00:00+01:00' end='2019-11-19T20:00:00+01:00'>\n";
    for (int r = 0; r < rooms; ++r) {
        xml += QStringLiteral("<room name='Room %1' guid='%2'>").arg(r).arg(QUuid::createUuidV5(QUuid(), QString::number(r)).toString(QUuid::WithoutBraces)).toUtf8();
        if (r < events)
            xml += QStringLiteral("<event guid='%1' id='%2'><title>Talk %2</title><type>Talk</type>"
                                  "<date>2019-11-19T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration>"
                                  "<persons><person guid='%3'>Speaker %2</person></persons></event>")
                       .arg(QUuid::createUuidV5(QUuid(), QStringLiteral("e%1").arg(r)).toString(QUuid::WithoutBraces))
                       .arg(r + 1)
                       .arg(QUuid::createUuidV5(QUuid(), QStringLiteral("p%1").arg(r)).toString(QUuid::WithoutBraces))
                       .toUtf8();
        xml += "</room>\n";
    }
    for (const QString& extra : extraEvents)
        xml += extra.toUtf8() + '\n';
    xml += "</day></schedule>\n";
    return xml;
}

} // namespace

class TestValueTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void outputOverTheEventIsRefused_data();
    void outputOverTheEventIsRefused();

    void bundleWithImpossibleTimesIsRefused_data();
    void bundleWithImpossibleTimesIsRefused();
    void scheduleImportSkipsImpossibleTimes();
    void calendarNeverHoldsImpossibleTimes();
    void checkReportsImpossibleTimes();

    void neutralisingReadsBack();
    void datasetsCsvReadsBack();
    void contactsCsvReadsBack();

    void markdownLinkTargetsCannotOpenAnotherLink();
    void markdownTextsStayText();

    void manyRoomsAndNamesakesMatchAsBefore();
    void dryRunIntoNewFileLeavesNothing();
    void killedDryRunLeavesNothing();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A copy of the demo with the first confirmed session's times replaced by these texts.
    QString demoWithTimes(const QString& name, const QString& startsAt, const QString& endsAt, QString* title,
                          QString* id) const;

    QTemporaryDir m_dir;
};

void TestValueTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo = cli(m_dir.path(), {QStringLiteral("demo"), path(QStringLiteral("demo.standlab"))});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QString TestValueTrust::demoWithTimes(const QString& name, const QString& startsAt, const QString& endsAt,
                                      QString* title, QString* id) const
{
    const QString target = path(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    if (!QFile::copy(path(QStringLiteral("demo.standlab")), target))
        return {};
    QString error;
    std::unique_ptr<Store> store = Store::open(target, OpenOptions::forLaptop(laptop), &error);
    if (!store)
        return {};
    const QVector<Row> rows = store->rows(QStringLiteral("sessions"), QStringLiteral("status = 'confirmed'"), {},
                                          QStringLiteral("starts_at, id"));
    if (rows.isEmpty())
        return {};
    *id = rows.first().value(QStringLiteral("id")).toString();
    *title = rows.first().value(QStringLiteral("title")).toString();
    // Written as text, as a file made elsewhere (or an older build) may hold it.
    if (!store->update(QStringLiteral("sessions"), *id,
                       {{QStringLiteral("starts_at"), startsAt}, {QStringLiteral("ends_at"), endsAt}}, &error))
        return {};
    return target;
}

// Item 2: the CLI refuses any output that is the event or a file SQLite or the lock keeps beside it.
void TestValueTrust::outputOverTheEventIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto csv = [](const QString& output) {
        return QStringList{QStringLiteral("export"), QStringLiteral("event.standlab"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--output"), output};
    };
    const auto package = [](const QString& output) {
        return QStringList{QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("event.standlab"),
                           QStringLiteral("--output"), output};
    };
    QTest::newRow("csv over itself") << csv(QStringLiteral("event.standlab"));
    QTest::newRow("csv ./") << csv(QStringLiteral("./event.standlab"));
    QTest::newRow("csv x/..") << csv(QStringLiteral("./x/../event.standlab"));
    QTest::newRow("csv through a link") << csv(QStringLiteral("link.csv"));
    QTest::newRow("csv through a folder link") << csv(QStringLiteral("here/event.standlab"));
    QTest::newRow("csv -wal") << csv(QStringLiteral("event.standlab-wal"));
    QTest::newRow("csv -shm") << csv(QStringLiteral("event.standlab-shm"));
    QTest::newRow("csv .lock") << csv(QStringLiteral("event.standlab.lock"));
    QTest::newRow("csv dangling link to -wal") << csv(QStringLiteral("wal.csv"));
    QTest::newRow("package over itself") << package(QStringLiteral("event.standlab"));
    QTest::newRow("package x/..") << package(QStringLiteral("x/../event.standlab"));
    QTest::newRow("package through a link") << package(QStringLiteral("link.csv"));
    QTest::newRow("package -wal") << package(QStringLiteral("event.standlab-wal"));
}

void TestValueTrust::outputOverTheEventIsRefused()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString event = folder.filePath(QStringLiteral("event.standlab"));
    QVERIFY(QFile::copy(path(QStringLiteral("demo.standlab")), event));
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("x")));
    QVERIFY(QFile::link(QStringLiteral("event.standlab"), folder.filePath(QStringLiteral("link.csv"))));
    QVERIFY(QFile::link(QStringLiteral("event.standlab-wal"), folder.filePath(QStringLiteral("wal.csv"))));
    QVERIFY(QFile::link(folder.path(), folder.filePath(QStringLiteral("here"))));
    const QByteArray before = digest(event);

    const Run run = cli(folder.path(), arguments);
    QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2%3").arg(run.exitCode).arg(run.out, run.err)));
    QVERIFY2(run.err.contains(QLatin1String("nothing was written")), qPrintable(run.err));
    QCOMPARE(digest(event), before);
    // Nothing was made beside it either (no journal written through a link, no half package).
    const QStringList beside = entriesStartingWith(folder.path(), QStringLiteral("event.standlab"));
    QVERIFY2(beside == QStringList{QStringLiteral("event.standlab")}, qPrintable(beside.join(QLatin1Char(' '))));

    // The same command with a harmless output still works.
    QStringList fine = arguments;
    fine.last() = QStringLiteral("out.file");
    const Run ok = cli(folder.path(), fine);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("out.file"))).size() > 0);
}

// Item 11: bundles with impossible times are refused whole, with the session named.
void TestValueTrust::bundleWithImpossibleTimesIsRefused_data()
{
    QTest::addColumn<QJsonValue>("startsAt");
    QTest::addColumn<QJsonValue>("endsAt");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ends before it starts") << QJsonValue(QStringLiteral("2019-11-19T10:00"))
                                           << QJsonValue(QStringLiteral("2019-11-19T09:15")) << "before it starts";
    QTest::newRow("year 1") << QJsonValue(QStringLiteral("0001-11-19T10:00")) << QJsonValue(QStringLiteral("0001-11-19T11:00"))
                            << "outside 1900–2200";
    QTest::newRow("year 0") << QJsonValue(QStringLiteral("0000-11-19T10:00")) << QJsonValue(QStringLiteral("0000-11-19T11:00"))
                            << "outside 1900–2200";
    QTest::newRow("year 2500") << QJsonValue(QStringLiteral("2019-11-19T10:00")) << QJsonValue(QStringLiteral("2500-11-19T11:00"))
                               << "outside 1900–2200";
    QTest::newRow("not a time") << QJsonValue(QStringLiteral("soon")) << QJsonValue(QStringLiteral("2019-11-19T11:00"))
                                << "not a date and time";
    QTest::newRow("a number") << QJsonValue(2019) << QJsonValue(QStringLiteral("2019-11-19T11:00")) << "not a date and time";
}

void TestValueTrust::bundleWithImpossibleTimesIsRefused()
{
    QFETCH(QJsonValue, startsAt);
    QFETCH(QJsonValue, endsAt);
    QFETCH(QString, reason);
    QString error;
    QJsonObject bundle;
    {
        const std::unique_ptr<Store> demo = Store::open(path(QStringLiteral("demo.standlab")), OpenOptions::forLaptop(laptop), &error);
        QVERIFY2(demo, qPrintable(error));
        bundle = EventBundle::write(*demo);
    }
    QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    QJsonArray sessions = tables.value(QStringLiteral("sessions")).toArray();
    QVERIFY(sessions.size() > 3);
    QJsonObject session = sessions.at(2).toObject();
    session.insert(QStringLiteral("starts_at"), startsAt);
    session.insert(QStringLiteral("ends_at"), endsAt);
    sessions.replace(2, session);
    tables.insert(QStringLiteral("sessions"), sessions);
    bundle.insert(QStringLiteral("tables"), tables);

    const QString target = path(QStringLiteral("bundle-target.standlab"));
    QFile::remove(target);
    {
        const std::unique_ptr<Store> store = newStore(target);
        QVERIFY(store);
        QVERIFY(!EventBundle::read(*store, bundle, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(session.value(QStringLiteral("title")).toString()), qPrintable(error));
        QVERIFY2(error.contains(session.value(QStringLiteral("id")).toString()), qPrintable(error));
        QCOMPARE(store->count(QStringLiteral("sessions")), 0);
        QCOMPARE(store->count(QStringLiteral("people")), 0);
    }

    // Through the command line, a dry run says so too, and a real import leaves no new file behind.
    const QString json = path(QStringLiteral("bad-bundle.json"));
    QVERIFY(writeBytes(json, QJsonDocument(bundle).toJson(QJsonDocument::Compact)));
    const QString fresh = path(QStringLiteral("from-bundle.standlab"));
    for (const bool dry : {true, false}) {
        QStringList arguments{QStringLiteral("import"), fresh, QStringLiteral("--format"), QStringLiteral("json"), json};
        if (dry)
            arguments << QStringLiteral("--dry-run");
        const Run run = cli(m_dir.path(), arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(fresh));
    }
}

// Item 11: a schedule's event whose times cannot be true is skipped and reported with where it is.
void TestValueTrust::scheduleImportSkipsImpossibleTimes()
{
    const QStringList extra = {
        QStringLiteral("<room name='Old hall'><event guid='aaaaaaaa-0000-4000-8000-00000000000a' id='9001'>"
                       "<title>Year one</title><date>0001-11-19T10:00:00+01:00</date><start>10:00</start>"
                       "<duration>00:30</duration></event></room>"),
        QStringLiteral("<room name='Far hall'><event guid='aaaaaaaa-0000-4000-8000-00000000000b' id='9002'>"
                       "<title>Far future</title><date>2500-11-19T10:00:00+01:00</date><start>10:00</start>"
                       "<duration>00:30</duration></event></room>")};
    FrabSchedule schedule;
    QString error;
    QVERIFY2(FrabXmlReader::read(frabSchedule(3, 2, extra), &schedule, &error), qPrintable(error));
    const QString target = path(QStringLiteral("schedule-times.standlab"));
    QFile::remove(target);
    const std::unique_ptr<Store> store = newStore(target);
    QVERIFY(store);
    ImportReport report;
    QVERIFY2(FrabScheduleImporter::apply(*store, schedule, false, &report, &error), qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("sessions")), 2);
    const QString lines = report.lines.join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QRegularExpression(QStringLiteral("line \\d+: .*Year one.*outside 1900–2200"))), qPrintable(lines));
    QVERIFY2(lines.contains(QRegularExpression(QStringLiteral("line \\d+: .*Far future.*outside 1900–2200"))), qPrintable(lines));
    for (const Row& row : store->rows(QStringLiteral("sessions")))
        QVERIFY(row.value(QStringLiteral("starts_at")).toString().startsWith(QLatin1String("2019-")));
}

// Item 11: a file that already holds impossible times gives no calendar with them.
void TestValueTrust::calendarNeverHoldsImpossibleTimes()
{
    QString title, id;
    const QString event = demoWithTimes(QStringLiteral("ics-times.standlab"), QStringLiteral("2019-11-19T10:00"),
                                        QStringLiteral("2019-11-19T09:00"), &title, &id);
    QVERIFY(!event.isEmpty());
    QString error;
    const std::unique_ptr<Store> store = Store::open(event, OpenOptions::forLaptop(laptop), &error);
    QVERIFY2(store, qPrintable(error));
    ExportRequest request;
    request.output = path(QStringLiteral("times.ics"));
    QVERIFY(!ICalendarWriter::write(*store, request, &error));
    QVERIFY2(error.contains(title) && error.contains(id) && error.contains(QLatin1String("before it starts")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(request.output));

    // Even when handed such a session directly, the writer leaves it out.
    std::optional<ExchangeProgramme> data = ExchangeProgramme::load(*store, ExportRequest(), ICalendarWriter::defaultStatuses(), &error);
    QVERIFY2(data, qPrintable(error));
    QVERIFY(!data->items.isEmpty());
    ExchangeProgramme::Item backwards = data->items.first();
    backwards.session.id = QStringLiteral("11111111-2222-4333-8444-000000000001");
    backwards.session.endsAt = backwards.session.startsAt.addSecs(-3600);
    ExchangeProgramme::Item ancient = data->items.first();
    ancient.session.id = QStringLiteral("11111111-2222-4333-8444-000000000002");
    ancient.session.startsAt = QDateTime(QDate(1, 1, 1), QTime(10, 0), Qt::UTC);
    ancient.session.endsAt = QDateTime(QDate(1, 1, 1), QTime(11, 0), Qt::UTC);
    data->items << backwards << ancient;
    const QByteArray calendar = ICalendarWriter::calendar(*data, QStringLiteral("x"));
    QVERIFY(calendar.contains("BEGIN:VEVENT"));
    QVERIFY(!calendar.contains(backwards.session.id.toUtf8()));
    QVERIFY(!calendar.contains(ancient.session.id.toUtf8()));
    QVERIFY(!calendar.contains(":0001"));
}

// Item 11: `check` names every session whose stored times are impossible, and fails.
void TestValueTrust::checkReportsImpossibleTimes()
{
    QString title, id;
    const QString event = demoWithTimes(QStringLiteral("check-times.standlab"), QStringLiteral("2019-11-19T10:00"),
                                        QStringLiteral("2019-11-19T09:00"), &title, &id);
    QVERIFY(!event.isEmpty());
    const Run text = cli(m_dir.path(), {QStringLiteral("check"), event});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QLatin1String("[impossible_times]")) && text.out.contains(title) && text.out.contains(id)
                 && text.out.contains(QLatin1String("before it starts")),
             qPrintable(text.out));
    const Run json = cli(m_dir.path(), {QStringLiteral("check"), QStringLiteral("--json"), event});
    QCOMPARE(json.exitCode, 1);
    bool found = false;
    for (const QJsonValue& item : QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray())
        found = found || (item[QStringLiteral("rule")].toString() == QLatin1String("impossible_times")
                          && item[QStringLiteral("sessions")][0][QStringLiteral("id")].toString() == id);
    QVERIFY2(found, qPrintable(json.out));

    QString otherTitle, otherId;
    const QString year = demoWithTimes(QStringLiteral("check-year.standlab"), QStringLiteral("3019-11-19T10:00"),
                                       QStringLiteral("3019-11-19T11:00"), &otherTitle, &otherId);
    const Run far = cli(m_dir.path(), {QStringLiteral("check"), year});
    QCOMPARE(far.exitCode, 1);
    QVERIFY2(far.out.contains(otherId) && far.out.contains(QLatin1String("3019")), qPrintable(far.out));
}

// Item 12: the writer's neutralising and the reader's restoring are exact inverses.
void TestValueTrust::neutralisingReadsBack()
{
    const QStringList cells = {QStringLiteral("=1+1"), QStringLiteral("+34"), QStringLiteral("-1 Bike counts"),
                               QStringLiteral("@home"), QStringLiteral("\t=1"), QStringLiteral("\r=1"),
                               QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("'quoted"),
                               QStringLiteral("'=x"), QStringLiteral("''=x"), QStringLiteral("'''"),
                               QStringLiteral("plain"), QString(), QStringLiteral("a=b")};
    for (const QString& cell : cells) {
        const QString written = CsvWriter::neutralise(cell);
        QCOMPARE(CsvWriter::restore(written), cell);
        // Still safe in a spreadsheet: nothing written starts with a formula character.
        QVERIFY(written.isEmpty() || !QStringLiteral("=+-@\t\r").contains(written.at(0)));
    }
}

void TestValueTrust::datasetsCsvReadsBack()
{
    const QStringList names = {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+34 open data"),
                               QStringLiteral("-1 Bike counts"), QStringLiteral("@city feeds"),
                               QStringLiteral("'quoted name"), QStringLiteral("''two apostrophes"),
                               QStringLiteral("'=literal formula"), QStringLiteral("'"), QStringLiteral("Plain traffic counts")};
    const QString source = path(QStringLiteral("datasets-source.standlab"));
    const QString target = path(QStringLiteral("datasets-target.standlab"));
    QFile::remove(source);
    QFile::remove(target);
    QSet<QString> wanted;
    {
        const std::unique_ptr<Store> store = newStore(source);
        QVERIFY(store);
        for (const QString& name : names) {
            Dataset dataset;
            dataset.name = name;
            dataset.publisher = QStringLiteral("-Publisher");
            dataset.notes = QStringLiteral("=") + name;
            QVERIFY(Repository<Dataset>(*store).add(dataset));
            wanted.insert(dataset.name + QLatin1Char('|') + dataset.publisher + QLatin1Char('|') + dataset.notes);
        }
        QString error;
        QVERIFY2(DatasetsCsv::write(*store, path(QStringLiteral("datasets.csv")), &error), qPrintable(error));
    }
    const std::unique_ptr<Store> store = newStore(target);
    QVERIFY(store);
    ImportRequest request;
    request.input = path(QStringLiteral("datasets.csv"));
    ImportReport report;
    QString error;
    QVERIFY2(DatasetsCsv::import(*store, request, &report, &error), qPrintable(error));
    QSet<QString> got;
    for (const Dataset& d : Repository<Dataset>(*store).all())
        got.insert(d.name + QLatin1Char('|') + d.publisher + QLatin1Char('|') + d.notes);
    QCOMPARE(got, wanted);
}

void TestValueTrust::contactsCsvReadsBack()
{
    const QStringList names = {QStringLiteral("=SUM(A1) Cooperative"), QStringLiteral("+34 Mobility Lab"),
                               QStringLiteral("-1 Bike counts"), QStringLiteral("@home collective"),
                               QStringLiteral("'Quoted association"), QStringLiteral("'=Literal formula club"),
                               QStringLiteral("Plain council")};
    const QString source = path(QStringLiteral("contacts-source.standlab"));
    const QString target = path(QStringLiteral("contacts-target.standlab"));
    QFile::remove(source);
    QFile::remove(target);
    QSet<QString> wanted;
    {
        const std::unique_ptr<Store> store = newStore(source);
        QVERIFY(store);
        for (const QString& name : names) {
            Organisation organisation;
            organisation.name = name;
            organisation.city = QStringLiteral("-Girona");
            organisation.notes = QStringLiteral("'") + name;
            QVERIFY(Repository<Organisation>(*store).add(organisation));
            wanted.insert(organisation.name + QLatin1Char('|') + organisation.city + QLatin1Char('|') + organisation.notes);
        }
        QString error;
        QVERIFY2(ContactsExporter(*store).writeOrganisationsCsv(path(QStringLiteral("organisations.csv")), {}, &error),
                 qPrintable(error));
    }
    const std::unique_ptr<Store> store = newStore(target);
    QVERIFY(store);
    ContactImporter importer(*store);
    QString error;
    QVERIFY2(importer.loadFile(path(QStringLiteral("organisations.csv")), &error), qPrintable(error));
    const ContactImportReport report = importer.apply();
    QVERIFY2(report.applied, qPrintable(report.summary()));
    QSet<QString> got;
    for (const Organisation& o : Repository<Organisation>(*store).all())
        got.insert(o.name + QLatin1Char('|') + o.city + QLatin1Char('|') + o.notes);
    QCOMPARE(got, wanted);
}

// Item 13: a link target cannot close early and open a second link, and only safe schemes are links.
void TestValueTrust::markdownLinkTargetsCannotOpenAnotherLink()
{
    const QString html = QStringLiteral("<p>See <a href=\"https://x.org/) [click](javascript:alert(1)\">the notes</a> and "
                                        "<a href=\"javascript:alert(2)\">this</a>.</p>");
    const QString markdown = RichText::toMarkdown(html, 3);
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)]*)\\)"));
    QStringList targets;
    for (auto it = link.globalMatch(markdown); it.hasNext();)
        targets << it.next().captured(1);
    QVERIFY2(targets.size() == 1, qPrintable(markdown));
    QVERIFY2(targets.first().startsWith(QLatin1String("https://x.org/")), qPrintable(markdown));
    QVERIFY2(!targets.first().contains(QRegularExpression(QStringLiteral("[\\s()\\[\\]<>]"))), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QLatin1String("](javascript")), qPrintable(markdown));
    QVERIFY(RichText::markdownLinkTarget(QStringLiteral("javascript:alert(1)")).isEmpty());
    QVERIFY(RichText::markdownLinkTarget(QStringLiteral(" JavaScript:alert(1)")).isEmpty());
    QCOMPARE(RichText::markdownLinkTarget(QStringLiteral("mailto:a@b.org")), QStringLiteral("mailto:a@b.org"));
}

// Item 13: titles and texts of a plan cannot become links, HTML, headings or list items.
void TestValueTrust::markdownTextsStayText()
{
    DocumentSnapshot snapshot;
    snapshot.document.id = QStringLiteral("11111111-0000-4000-8000-000000000001");
    snapshot.document.title = QStringLiteral("<img src=x onerror=alert(1)> Plan");
    Section section;
    section.id = QStringLiteral("11111111-0000-4000-8000-000000000002");
    section.documentId = snapshot.document.id;
    section.title = QStringLiteral("[click](javascript:alert(1)) *bold* _it_ `code` Tools & methods");
    section.bodyHtml = QStringLiteral("<p>1. not a list</p><p>- not a bullet</p><p># not a heading</p>"
                                      "<p>![image](https://x.org/a.png) &amp;lt;b&amp;gt;</p>");
    snapshot.sections << section;
    const QString markdown = PlanMarkdownWriter::markdown(snapshot, PlanFormat::Version());
    // Every character Markdown would read as syntax in those texts is escaped.
    static const QRegularExpression unescaped(QStringLiteral("(?<!\\\\)[\\[\\]<>`_]|(?<!\\\\)&lt;"));
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        QVERIFY2(!line.contains(unescaped), qPrintable(line));
        QVERIFY2(!line.startsWith(QLatin1String("1. ")) && !line.startsWith(QLatin1String("- not"))
                     && !line.startsWith(QLatin1String("# not")),
                 qPrintable(line));
    }
    QVERIFY2(markdown.contains(QLatin1String("\\[click\\](javascript:alert(1))")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("1\\. not a list")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("\\- not a bullet")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("!\\[image\\](https://x.org/a.png) \\&lt;b\\&gt;")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("Tools & methods")), qPrintable(markdown));
}

// Item 14: the hashed lookups find what the scans found: rooms by guid or by name in any case, people
// by guid, namesakes kept apart when the file gives them guids of their own.
void TestValueTrust::manyRoomsAndNamesakesMatchAsBefore()
{
    constexpr int rooms = 3000;
    const QString person = QStringLiteral("<event guid='%1' id='%2'><title>Namesake %2</title><date>2019-11-19T12:00:00+01:00</date>"
                                          "<start>12:00</start><duration>00:30</duration><persons>%3</persons></event>");
    const QStringList extra = {
        // A room named again in another case, without its guid: the same space.
        QStringLiteral("<room name='ROOM 7'>") + person.arg(QStringLiteral("cccccccc-0000-4000-8000-000000000001"))
            .arg(8001)
            .arg(QStringLiteral("<person guid='dddddddd-0000-4000-8000-000000000001'>Ana Ruiz</person>"))
            + QStringLiteral("</room>"),
        QStringLiteral("<room name='room 8'>") + person.arg(QStringLiteral("cccccccc-0000-4000-8000-000000000002"))
            .arg(8002)
            .arg(QStringLiteral("<person guid='dddddddd-0000-4000-8000-000000000002'>ana ruiz</person>"
                                "<person>Bo Lind</person>"))
            + QStringLiteral("</room>"),
        QStringLiteral("<room name='Room 9'>") + person.arg(QStringLiteral("cccccccc-0000-4000-8000-000000000003"))
            .arg(8003)
            .arg(QStringLiteral("<person guid='dddddddd-0000-4000-8000-000000000001'>Ana R.</person>"
                                "<person>BO LIND</person>"))
            + QStringLiteral("</room>")};
    FrabSchedule schedule;
    QString error;
    QVERIFY2(FrabXmlReader::read(frabSchedule(rooms, rooms / 2, extra), &schedule, &error), qPrintable(error));
    QCOMPARE(schedule.rooms.size(), rooms);
    const QString target = path(QStringLiteral("many-rooms.standlab"));
    QFile::remove(target);
    const std::unique_ptr<Store> store = newStore(target);
    QVERIFY(store);
    // An existing person the file names by name only is found, not added.
    Person existing;
    existing.name = QStringLiteral("Bo Lind");
    QVERIFY(Repository<Person>(*store).add(existing));
    ImportReport report;
    QVERIFY2(FrabScheduleImporter::apply(*store, schedule, false, &report, &error), qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("spaces")), qint64(rooms));
    QCOMPARE(store->count(QStringLiteral("sessions")), qint64(rooms / 2 + 3));
    // Speakers 1..rooms/2, two people called Ana Ruiz (two guids), and the Bo Lind who was there.
    QCOMPARE(store->count(QStringLiteral("people")), qint64(rooms / 2 + 3));
    QHash<QString, QString> spaceOf;
    for (const Row& row : store->rows(QStringLiteral("spaces")))
        spaceOf.insert(row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString());
    QCOMPARE(spaceOf.value(Repository<Session>(*store).find(QStringLiteral("cccccccc-0000-4000-8000-000000000001"))->spaceId),
             QStringLiteral("Room 7"));
    QCOMPARE(spaceOf.value(Repository<Session>(*store).find(QStringLiteral("cccccccc-0000-4000-8000-000000000003"))->spaceId),
             QStringLiteral("Room 9"));
    QCOMPARE(store->rows(QStringLiteral("people"), QStringLiteral("name = 'Bo Lind'")).size(), 1);
    QCOMPARE(store->rows(QStringLiteral("participations"), QStringLiteral("person_id = ?"), {existing.id}).size(), 2);
    QCOMPARE(store->rows(QStringLiteral("people"), QStringLiteral("name = 'Ana Ruiz' OR name = 'ana ruiz'")).size(), 2);
    QCOMPARE(store->rows(QStringLiteral("participations"), QStringLiteral("person_id = ?"),
                         {QStringLiteral("dddddddd-0000-4000-8000-000000000001")})
                 .size(),
             2);
}

// Item 14: a dry run into a new file leaves neither the file nor anything of it in its folder.
void TestValueTrust::dryRunIntoNewFileLeavesNothing()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString schedule = path(QStringLiteral("dry.xml"));
    QVERIFY(writeBytes(schedule, frabSchedule(50, 40)));
    const QString fresh = folder.filePath(QStringLiteral("NEW.standlab"));
    const QString scratch = path(QStringLiteral("tmp-dry-run"));
    QVERIFY(QDir().mkpath(scratch));
    CliProcess process;
    process.setEnvironment(QStringLiteral("TMPDIR"), scratch);
    const CliResult run = process.run({QStringLiteral("import"), fresh, QStringLiteral("--format"),
                                       QStringLiteral("frab-xml"), schedule, QStringLiteral("--dry-run")});
    QVERIFY2(run.exited && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains("Dry run") && run.out.contains("40 new"), run.out.constData());
    QVERIFY2(QDir(folder.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             qPrintable(entriesStartingWith(folder.path(), QString()).join(QLatin1Char(' '))));
    // Its scratch copy is gone too.
    QVERIFY2(entriesStartingWith(scratch, QStringLiteral("standlab-dry-run")).isEmpty(),
             qPrintable(entriesStartingWith(scratch, QString()).join(QLatin1Char(' '))));
}

void TestValueTrust::killedDryRunLeavesNothing()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString schedule = path(QStringLiteral("dry-large.xml"));
    const int events = CliProcess::sanitized() ? 2000 : 6000;
    QVERIFY(writeBytes(schedule, frabSchedule(events, events)));
    const QString fresh = folder.filePath(QStringLiteral("NEW.standlab"));
    const QStringList arguments{QStringLiteral("import"), fresh, QStringLiteral("--format"),
                                QStringLiteral("frab-xml"), schedule, QStringLiteral("--dry-run")};
    // A killed run's scratch copy stays in the system's temporary space (here one of the test's own),
    // which the system clears; the user's folder is what must stay clean.
    const QString scratch = path(QStringLiteral("tmp-killed"));
    QVERIFY(QDir().mkpath(scratch));
    CliProcess process;
    process.setEnvironment(QStringLiteral("TMPDIR"), scratch);
    const CliResult whole = process.run(arguments);
    QVERIFY2(whole.exited && whole.exitCode == 0, qPrintable(whole.describe()));
    int kills = 0;
    // Spread over the run: early (the file is being made), in the middle, near the end.
    for (const int percent : {5, 20, 40, 60, 80, 95}) {
        const qint64 delayUs = whole.elapsedMs * 10 * percent;
        const CliResult run = process.runAndKill(arguments, delayUs);
        kills += run.killed ? 1 : 0;
        const QStringList left = entriesStartingWith(folder.path(), QString());
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("killed after %1 µs (%2): %3")
                                                .arg(delayUs)
                                                .arg(run.describe(), left.join(QLatin1Char(' ')))));
    }
    qInfo("dry run of %d events took %lld ms; %d of 6 runs killed mid-way", events, whole.elapsedMs, kills);
    QVERIFY2(kills > 0, "no run was killed: every kill fell after the end");
}

QTEST_GUILESS_MAIN(TestValueTrust)
#include "test_valuetrust.moc"
