// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "exchange/frabschedule.h"
#include "exchange/frabscheduleimporter.h"
#include "exchangetesthelpers.h"
#include "io/exportrequest.h"
#include "io/formatregistry.h"
#include "io/importrequest.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/sessionlinks.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;
using namespace standlab::exchangetest;

namespace {

const QString schemas = QStringLiteral(STANDLAB_TEST_DATA "/schemas/");
const QString pretalxXml = QStringLiteral(STANDLAB_TEST_DATA "/frab/pretalx-schedule.xml");

QByteArray exportAs(const Store& store, const QString& format, const QString& output)
{
    ExportRequest request;
    request.output = output;
    QString error;
    if (!FormatRegistry::builtIn().exportFormat(format)->write(store, request, &error)) {
        qWarning("%s export failed: %s", qPrintable(format), qPrintable(error));
        return {};
    }
    return readAll(output);
}

bool importAs(Store& store, const QString& format, const QString& input, ImportReport* report, QString* error,
              bool dryRun = false)
{
    ImportRequest request;
    request.input = input;
    request.dryRun = dryRun;
    return FormatRegistry::builtIn().importFormat(format)->read(store, request, report, error);
}

// Row counts of the tables an import writes, to show that a refused import changed nothing.
QVector<qint64> counts(const Store& store)
{
    QVector<qint64> all;
    for (const char* table : {"event", "event_days", "spaces", "working_lines", "people", "sessions", "participations"})
        all << store.count(QString::fromLatin1(table));
    return all;
}

} // namespace

// The conference-app schedule: valid against the published schemas, unchanged through export →
// import → export, pretalx files into new and existing events, hostile and broken files refused.
class TestFrabSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsValidateAgainstSchemas_data();
    void exportsValidateAgainstSchemas();
    void roundTripIsUnchanged_data();
    void roundTripIsUnchanged();
    void cliImportsPretalxIntoNewEvent();
    void cliImportsPretalxJsonAcrossClockChange();
    void durationsTypesAndNames_data();
    void durationsTypesAndNames();
    void importMatchesExistingSpacesLinesAndPeople();
    void reimportUpdatesInsteadOfDuplicating();
    void dryRunChangesNothing();
    void hostileXmlIsRefused_data();
    void hostileXmlIsRefused();
    void brokenFilesLeaveTheTargetUnchanged_data();
    void brokenFilesLeaveTheTargetUnchanged();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<Store> newStore(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_demo;
};

void TestFrabSchedule::init()
{
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_demo = DemoEvent::create(path(QStringLiteral("demo.standlab")), OpenOptions(), &error);
    QVERIFY2(m_demo, qPrintable(error));
}

void TestFrabSchedule::cleanup()
{
    m_demo.reset(); // the file closes (and drops its lock) before its folder goes
    m_dir.reset();
}

std::unique_ptr<Store> TestFrabSchedule::newStore(const QString& name)
{
    QString error;
    std::unique_ptr<Store> store = Store::create(path(name), OpenOptions(), &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

void TestFrabSchedule::exportsValidateAgainstSchemas_data()
{
    QTest::addColumn<bool>("markup");
    QTest::newRow("demo") << false;
    QTest::newRow("titles, names and links holding markup") << true;
}

void TestFrabSchedule::exportsValidateAgainstSchemas()
{
    QFETCH(bool, markup);
    if (markup) {
        Session session = Repository<Session>(*m_demo).where(QStringLiteral("status = 'confirmed'"), {}, QStringLiteral("id")).first();
        session.title = QStringLiteral("<script>alert(\"x\")</script> & ]]> “data” <!-- -->");
        session.abstract = QStringLiteral("<![CDATA[ nested ]]> &amp; \u00e9\u4e2d\U0001F600");
        session.slidesUrl = QStringLiteral("https://example.org/a?b=1&c=<2>");
        QVERIFY(Repository<Session>(*m_demo).save(session));
        Person person = Repository<Person>(*m_demo).all(QStringLiteral("id")).first();
        person.name = QStringLiteral("O'Brien \"<Ada>\" & Co");
        QVERIFY(Repository<Person>(*m_demo).save(person));
        Space space = Repository<Space>(*m_demo).all(QStringLiteral("position")).first();
        space.name = QStringLiteral("Stage <A> & \"B\"");
        QVERIFY(Repository<Space>(*m_demo).save(space));
    }
    const QString xml = path(QStringLiteral("schedule.xml"));
    QVERIFY(!exportAs(*m_demo, QStringLiteral("frab-xml"), xml).isEmpty());
    const ProcessResult lint = runProgram(QStringLiteral("xmllint"),
                                          {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                           schemas + QStringLiteral("schedule.xml.xsd"), xml});
    QVERIFY2(lint.exitCode == 0, lint.err.constData());

    const QString json = path(QStringLiteral("schedule.json"));
    QVERIFY(!exportAs(*m_demo, QStringLiteral("frab-json"), json).isEmpty());
    const ProcessResult check = runCheck(QStringLiteral("check_frab_json.py"),
                                         {schemas + QStringLiteral("schedule.json.schema.json"), json});
    QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());

    // Confirmed sessions with a space, each once.
    const qint64 expected = Repository<Session>(*m_demo)
                                .where(QStringLiteral("starts_at IS NOT NULL AND space_id IS NOT NULL AND status = 'confirmed'"))
                                .size();
    QCOMPARE(readAll(xml).count("<event guid="), expected);
    if (markup) {
        QVERIFY(readAll(xml).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt;"));
        // And the text comes back exactly as it was written.
        std::unique_ptr<Store> copy = newStore(QStringLiteral("markup.standlab"));
        QVERIFY(copy);
        ImportReport report;
        QString error;
        QVERIFY2(importAs(*copy, QStringLiteral("frab-xml"), xml, &report, &error), qPrintable(error));
        const QString id = Repository<Session>(*m_demo).where(QStringLiteral("title LIKE '<script>%'")).first().id;
        const Session back = *Repository<Session>(*copy).find(id);
        QCOMPARE(back.title, QStringLiteral("<script>alert(\"x\")</script> & ]]> “data” <!-- -->"));
        QCOMPARE(back.abstract, QStringLiteral("<![CDATA[ nested ]]> &amp; \u00e9\u4e2d\U0001F600"));
        // The session's slides address comes back as a link of the schedule, with its kind.
        const QVector<SessionLink> links = SessionLinks::fromJson(back.links);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().url, QStringLiteral("https://example.org/a?b=1&c=<2>"));
        QCOMPARE(links.first().kind, QStringLiteral("slides"));
        QCOMPARE(Repository<Space>(*copy).find(back.spaceId)->name, QStringLiteral("Stage <A> & \"B\""));
    }
}

void TestFrabSchedule::roundTripIsUnchanged_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("homonyms");
    QTest::newRow("xml") << QStringLiteral("frab-xml") << false;
    QTest::newRow("json") << QStringLiteral("frab-json") << false;
    QTest::newRow("xml, two people sharing a name") << QStringLiteral("frab-xml") << true;
}

void TestFrabSchedule::roundTripIsUnchanged()
{
    QFETCH(QString, format);
    QFETCH(bool, homonyms);
    if (homonyms) {
        // Two different people called the same: the file's guids keep them apart on the way back.
        const QVector<Session> sessions = Repository<Session>(*m_demo).where(
            QStringLiteral("status = 'confirmed' AND space_id IS NOT NULL AND starts_at IS NOT NULL"), {}, QStringLiteral("id"));
        for (int i = 0; i < 2; ++i) {
            Person person;
            person.name = QStringLiteral("Alex Homonym");
            QVERIFY(Repository<Person>(*m_demo).add(person));
            Participation participation;
            participation.personId = person.id;
            participation.sessionId = sessions.at(i).id;
            participation.position = 99;
            QVERIFY(Repository<Participation>(*m_demo).add(participation));
        }
    }
    const QByteArray first = exportAs(*m_demo, format, path(QStringLiteral("first")));
    QVERIFY(!first.isEmpty());
    std::unique_ptr<Store> copy = newStore(QStringLiteral("copy.standlab"));
    QVERIFY(copy);
    ImportReport report;
    QString error;
    QVERIFY2(importAs(*copy, format, path(QStringLiteral("first")), &report, &error), qPrintable(error));
    QCOMPARE(report.skipped, 0);
    const QByteArray second = exportAs(*copy, format, path(QStringLiteral("second")));
    QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
    if (homonyms)
        QCOMPARE(Repository<Person>(*copy).where(QStringLiteral("name = 'Alex Homonym'")).size(), 2);
}

void TestFrabSchedule::cliImportsPretalxIntoNewEvent()
{
    const QString file = path(QStringLiteral("pretalx.standlab"));
    const ProcessResult result = runCli({QStringLiteral("import"), file, QStringLiteral("--format"),
                                         QStringLiteral("frab-xml"), pretalxXml});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // The report names what was skipped and where.
    QVERIFY2(result.out.contains("line 65") && result.out.contains("24 hours"), result.out.constData());
    // The file names no zone clash: nothing else is left out.
    QVERIFY2(!result.out.contains("https://example.org/unknown"), result.out.constData());

    QString error;
    std::unique_ptr<Store> store = Store::open(file, OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    const Event event = Repository<Event>(*store).all().first();
    QCOMPARE(event.name, QStringLiteral("Civic Tech Commons Day 2019"));
    QCOMPARE(event.timeZone, QStringLiteral("Europe/London"));
    QCOMPARE(store->count(QStringLiteral("event_days")), 2);
    const QVector<Space> spaces = Repository<Space>(*store).all(QStringLiteral("position"));
    QCOMPARE(spaces.size(), 2);
    QCOMPARE(spaces.at(0).id, QStringLiteral("11111111-2222-4333-8444-555555555501"));
    QCOMPARE(spaces.at(1).name, QStringLiteral("Workshop Room"));
    const QVector<WorkingLine> lines = Repository<WorkingLine>(*store).all(QStringLiteral("position"));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).colour, QStringLiteral("#1565c0"));
    // "Jonas Feldmann" (id 8) and "jonas feldmann" (id 9) are two people: the file says so.
    QCOMPARE(store->count(QStringLiteral("people")), 4);
    QCOMPARE(store->count(QStringLiteral("sessions")), 5);

    const Session opening = *Repository<Session>(*store).find(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
    QCOMPARE(opening.title, QStringLiteral("Opening the city's data & <keeping> it open"));
    QCOMPARE(opening.startsAt, QDateTime(QDate(2019, 11, 19), QTime(10, 0), Qt::UTC));
    QCOMPARE(opening.endsAt, QDateTime(QDate(2019, 11, 19), QTime(10, 30), Qt::UTC));
    QCOMPARE(opening.status, QStringLiteral("confirmed"));
    const QVector<SessionLink> links = SessionLinks::fromJson(opening.links);
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0), (SessionLink{QStringLiteral("Slides"), QStringLiteral("https://files.example.org/slides-101.pdf"),
                                       QStringLiteral("slides"), QStringLiteral("slides")}));
    QCOMPARE(links.at(1).url, QStringLiteral("https://example.org/unknown"));
    QCOMPARE(links.at(1).type, QStringLiteral("paper"));
    QCOMPARE(opening.abstract, QStringLiteral("How a council publishes its datasets and who keeps them alive."));
    QCOMPARE(opening.description, QStringLiteral("A longer description from the submission."));
    // Types keep their names; only ours are ours.
    QCOMPARE(Repository<Session>(*store).find(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002"))->kind,
             QStringLiteral("Panel discussion"));
    QCOMPARE(Repository<Session>(*store).find(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002"))->language,
             QStringLiteral("de"));
    QCOMPARE(Repository<Session>(*store).find(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000004"))->kind,
             QStringLiteral("workshop"));
    QCOMPARE(Repository<Session>(*store).find(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000005"))->kind,
             QStringLiteral("Lightning Talk"));
    QCOMPARE(Repository<Session>(*store).where(QStringLiteral("title LIKE 'Sponsored%'")).first().kind,
             QStringLiteral("Sponsored Slot"));
    const QVector<Participation> panel = Repository<Participation>(*store).where(
        QStringLiteral("session_id = ?"), {QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002")}, QStringLiteral("position"));
    QCOMPARE(panel.size(), 2);
    QCOMPARE(panel.at(0).personId, QStringLiteral("bbbbbbbb-0000-4000-8000-000000000007"));
    QCOMPARE(panel.at(0).role, QStringLiteral("speaker"));
    store.reset();

    // What came in goes out again as a valid schedule.
    const QString xml = path(QStringLiteral("again.xml"));
    const ProcessResult out = runCli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("frab-xml"),
                                      QStringLiteral("--output"), xml});
    QVERIFY2(out.exitCode == 0, out.err.constData());
    const ProcessResult lint = runProgram(QStringLiteral("xmllint"),
                                          {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                           schemas + QStringLiteral("schedule.xml.xsd"), xml});
    QVERIFY2(lint.exitCode == 0, lint.err.constData());
}

void TestFrabSchedule::cliImportsPretalxJsonAcrossClockChange()
{
    const QString file = path(QStringLiteral("camp.standlab"));
    const ProcessResult result = runCli({QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("frab-json"),
                                         QStringLiteral(STANDLAB_TEST_DATA "/frab/pretalx-schedule.json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QString error;
    std::unique_ptr<Store> store = Store::open(file, OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(Repository<Event>(*store).all().first().timeZone, QStringLiteral("Europe/Berlin"));
    // By guid once, by name the second time: a guid and a number do not contradict each other.
    QCOMPARE(store->count(QStringLiteral("people")), 1);
    // One hour from 01:30 CET is 03:30 CEST: the clock jumps at 02:00 on 29 March 2020.
    const Session night = *Repository<Session>(*store).find(QStringLiteral("cccccccc-0000-4000-8000-000000000001"));
    QCOMPARE(night.startsAt, QDateTime(QDate(2020, 3, 29), QTime(1, 30), Qt::UTC));
    QCOMPARE(night.endsAt, QDateTime(QDate(2020, 3, 29), QTime(3, 30), Qt::UTC));
    QCOMPARE(night.language, QStringLiteral("de"));
    const Session repair = *Repository<Session>(*store).find(QStringLiteral("cccccccc-0000-4000-8000-000000000002"));
    QCOMPARE(repair.kind, QStringLiteral("Hands-on"));
    QCOMPARE(SessionLinks::fromJson(repair.links).first().url, QStringLiteral("https://media.example.org/302.mp4"));
    QCOMPARE(SessionLinks::fromJson(repair.links).first().kind, QStringLiteral("recording"));
    QVERIFY(repair.workingLineId.isEmpty());
    const Space workshop = *Repository<Space>(*store).find(repair.spaceId);
    QCOMPARE(workshop.name, QStringLiteral("Werkstatt"));
    QCOMPARE(workshop.capacity, 25);
    QCOMPARE(Repository<WorkingLine>(*store).all().first().colour, QStringLiteral("#3aa57c"));
}

void TestFrabSchedule::durationsTypesAndNames_data()
{
    QTest::addColumn<QString>("duration");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain") << QStringLiteral("00:30") << 30 << QStringLiteral("Talk") << QStringLiteral("talk");
    // A type is one of our kinds only when the names match; any other keeps its name (issue 15).
    QTest::newRow("hours") << QStringLiteral("1:45") << 105 << QStringLiteral("Panel discussion") << QStringLiteral("Panel discussion");
    QTest::newRow("with seconds") << QStringLiteral("01:00:00") << 60 << QStringLiteral("hands-on") << QStringLiteral("hands-on");
    QTest::newRow("a day") << QStringLiteral("24:00") << 1440 << QStringLiteral("Lightning Talks") << QStringLiteral("Lightning Talks");
    QTest::newRow("nonsense") << QStringLiteral("half an hour") << -1 << QStringLiteral("Sponsored") << QStringLiteral("Sponsored");
    QTest::newRow("ours, lower case") << QStringLiteral("0:05") << 5 << QStringLiteral("workshop") << QStringLiteral("workshop");
    QTest::newRow("ours, other case") << QStringLiteral("0:00") << 0 << QStringLiteral("ROUNDTABLE") << QStringLiteral("roundtable");
    QTest::newRow("bad minutes") << QStringLiteral("00:75") << -1 << QString() << QString();
}

void TestFrabSchedule::durationsTypesAndNames()
{
    QFETCH(QString, duration);
    QFETCH(int, minutes);
    QFETCH(QString, type);
    QFETCH(QString, kind);
    QCOMPARE(FrabSchedule::parseDuration(duration), minutes);
    if (minutes > 0)
        QCOMPARE(FrabSchedule::parseDuration(FrabSchedule::duration(minutes)), minutes);
    QCOMPARE(FrabSchedule::kindOf(type), kind);
    if (!kind.isEmpty())
        QCOMPARE(FrabSchedule::kindOf(FrabSchedule::typeOf(kind)), kind);
    // Acronyms obey both schemas whatever the event is called.
    for (const QString& name : {QStringLiteral("Sharing Cities 2019"), QStringLiteral("ÀB"), QString(), QStringLiteral("城市")}) {
        const QString acronym = FrabSchedule::acronymOf(name);
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9_][a-z0-9_]{3,}$")).match(acronym).hasMatch(), qPrintable(acronym));
    }
}

void TestFrabSchedule::importMatchesExistingSpacesLinesAndPeople()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("madrid.standlab"));
    QVERIFY(store);
    Event event;
    event.name = QStringLiteral("Our event");
    QVERIFY(Repository<Event>(*store).add(event)); // Europe/Madrid by default
    Space hall;
    hall.name = QStringLiteral("HALL a");
    QVERIFY(Repository<Space>(*store).add(hall));
    WorkingLine data;
    data.name = QStringLiteral("open data");
    QVERIFY(Repository<WorkingLine>(*store).add(data));
    Person ana;
    ana.name = QStringLiteral("ana ruiz pallarès");
    QVERIFY(Repository<Person>(*store).add(ana));

    ImportReport report;
    QString error;
    QVERIFY2(importAs(*store, QStringLiteral("frab-xml"), pretalxXml, &report, &error), qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("spaces")), 2);        // Hall A matched, Workshop Room created
    QCOMPARE(store->count(QStringLiteral("working_lines")), 2); // Open Data matched
    QCOMPARE(store->count(QStringLiteral("people")), 4); // ana matched by name; the two Jonas apart
    const Session opening = *Repository<Session>(*store).find(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
    QCOMPARE(opening.spaceId, hall.id);
    QCOMPARE(opening.workingLineId, data.id);
    // 10:00 in London is 11:00 on the Madrid event's clock.
    QCOMPARE(opening.startsAt, QDateTime(QDate(2019, 11, 19), QTime(11, 0), Qt::UTC));
    QCOMPARE(Repository<Participation>(*store).where(QStringLiteral("session_id = ?"), {opening.id}).first().personId, ana.id);
    QCOMPARE(Repository<Event>(*store).all().first().name, QStringLiteral("Our event"));
}

void TestFrabSchedule::reimportUpdatesInsteadOfDuplicating()
{
    std::unique_ptr<Store> store = newStore(QStringLiteral("twice.standlab"));
    QVERIFY(store);
    ImportReport first, second;
    QString error;
    QVERIFY2(importAs(*store, QStringLiteral("frab-json"), pretalxXml, &first, &error) == false, "XML is not JSON");
    QVERIFY2(importAs(*store, QStringLiteral("frab-xml"), pretalxXml, &first, &error), qPrintable(error));
    const QVector<qint64> before = counts(*store);
    QVERIFY2(importAs(*store, QStringLiteral("frab-xml"), pretalxXml, &second, &error), qPrintable(error));
    QCOMPARE(counts(*store), before);
    QCOMPARE(first.created, 5);
    QCOMPARE(second.created, 0);
    QCOMPARE(second.updated, 5);
}

void TestFrabSchedule::dryRunChangesNothing()
{
    const QVector<qint64> before = counts(*m_demo);
    ImportReport report;
    QString error;
    QVERIFY2(importAs(*m_demo, QStringLiteral("frab-xml"), pretalxXml, &report, &error, true), qPrintable(error));
    QCOMPARE(counts(*m_demo), before);
    QCOMPARE(report.created, 5);
    QVERIFY(report.lines.first().startsWith(QStringLiteral("Dry run")));
}

void TestFrabSchedule::hostileXmlIsRefused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        laughs += " <!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            laughs += "&lol" + (i == 1 ? QByteArray() : QByteArray::number(i - 1)) + ";";
        laughs += "\">\n";
    }
    laughs += "]>\n<schedule><version>&lol9;</version></schedule>\n";
    QTest::newRow("billion laughs") << laughs << QStringLiteral("declares entities");
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                      "<schedule><version>1</version><conference><title>&xxe;</title></conference></schedule>\n")
        << QStringLiteral("declares entities");
    QTest::newRow("parameter entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [ <!ENTITY % remote SYSTEM \"http://example.invalid/x.dtd\"> %remote; ]>\n"
                      "<schedule/>\n")
        << QStringLiteral("entit");
    QTest::newRow("external DTD and undeclared entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule SYSTEM \"file:///etc/passwd\">\n"
                      "<schedule><version>&secret;</version></schedule>\n")
        << QStringLiteral("entity");
    QByteArray deep = "<schedule>";
    for (int i = 0; i < 200; ++i)
        deep += "<x>";
    QTest::newRow("deep nesting") << deep << QStringLiteral("nested more than");
}

void TestFrabSchedule::hostileXmlIsRefused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const QString input = path(QStringLiteral("hostile.xml"));
    QVERIFY(writeFile(input, xml));
    const QVector<qint64> before = counts(*m_demo);
    ImportReport report;
    QString error;
    QVERIFY(!importAs(*m_demo, QStringLiteral("frab-xml"), input, &report, &error));
    QVERIFY2(error.contains(message) && error.contains(QStringLiteral("Nothing was imported")), qPrintable(error));
    QCOMPARE(counts(*m_demo), before);

    // From the command line: exit 1, one clear line, and no new file left behind.
    const QString file = path(QStringLiteral("hostile.standlab"));
    const ProcessResult result = runCli({QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("frab-xml"), input});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(file));
}

void TestFrabSchedule::brokenFilesLeaveTheTargetUnchanged_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated xml") << QStringLiteral("frab-xml") << QStringLiteral("truncate") << QStringLiteral("truncated");
    QTest::newRow("truncated json") << QStringLiteral("frab-json") << QStringLiteral("truncate") << QStringLiteral("not valid JSON");
    QTest::newRow("empty xml") << QStringLiteral("frab-xml") << QStringLiteral("empty") << QStringLiteral("Line 1");
    QTest::newRow("html, not a schedule") << QStringLiteral("frab-xml") << QStringLiteral("html") << QStringLiteral("not a frab schedule");
    QTest::newRow("json without a conference") << QStringLiteral("frab-json") << QStringLiteral("html") << QStringLiteral("not valid JSON");
    QTest::newRow("mismatched tags") << QStringLiteral("frab-xml") << QStringLiteral("mismatch") << QStringLiteral("not well-formed");
}

void TestFrabSchedule::brokenFilesLeaveTheTargetUnchanged()
{
    QFETCH(QString, format);
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QByteArray bytes = exportAs(*m_demo, format, path(QStringLiteral("good")));
    QVERIFY(!bytes.isEmpty());
    if (damage == QLatin1String("truncate"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage == QLatin1String("html"))
        bytes = "<html><body><p>Not a schedule</p></body></html>\n";
    else
        bytes.replace("</title>", "</titel>");
    const QString input = path(QStringLiteral("broken"));
    QVERIFY(writeFile(input, bytes));

    // Into an existing event: refused, and the file is byte for byte what it was.
    m_demo.reset();
    const QString file = path(QStringLiteral("demo.standlab"));
    const QByteArray before = fileHash(file);
    const ProcessResult result = runCli({QStringLiteral("import"), file, QStringLiteral("--format"), format, input});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(fileHash(file), before);
}

QTEST_GUILESS_MAIN(TestFrabSchedule)
#include "test_frabschedule.moc"
