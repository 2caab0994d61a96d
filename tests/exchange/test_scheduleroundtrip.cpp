// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "exchange/frabjsonreader.h"
#include "exchange/frabschedule.h"
#include "exchange/frabxmlreader.h"
#include "exchange/schedulezone.h"
#include "exchangetesthelpers.h"
#include "model/conferencedays.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;
using namespace standlab::exchangetest;

namespace {

const QString data = QStringLiteral(STANDLAB_TEST_DATA "/frab/");
const QString schemas = QStringLiteral(STANDLAB_TEST_DATA "/schemas/");

// One event of a schedule with where it sits (the day's date), in the file's order.
struct Placed
{
    FrabSchedule::Event event;
    QDate day;
};

QVector<Placed> eventsOf(const FrabSchedule& schedule)
{
    QVector<Placed> all;
    for (const FrabSchedule::Day& day : schedule.days)
        for (const FrabSchedule::Room& room : day.rooms)
            for (const FrabSchedule::Event& event : room.events)
                all.push_back({event, day.date});
    return all;
}

QString people(const FrabSchedule::Event& event, bool withIds, bool withGuids)
{
    QStringList names;
    for (const FrabSchedule::Person& person : event.persons)
        names << person.name + (withIds ? QLatin1Char('#') + QString::number(person.id) : QString())
                + (withGuids ? QLatin1Char('/') + person.guid : QString());
    return names.join(QLatin1Char(';'));
}

QString references(const QVector<FrabSchedule::Link>& links)
{
    QStringList all;
    for (const FrabSchedule::Link& link : links)
        all << link.url + QLatin1Char('|') + link.title + QLatin1Char('|') + link.type;
    return all.join(QLatin1Char(';'));
}

// The clock time a date of the file shows, without its offset.
QString localClock(const FrabSchedule::Event& event)
{
    return event.rawDate.left(16);
}

// What is compared, field by field, between an event of the original and the same event exported.
const QStringList fields = {QStringLiteral("title"),     QStringLiteral("subtitle"),    QStringLiteral("abstract"),
                            QStringLiteral("description"), QStringLiteral("local start"), QStringLiteral("instant"),
                            QStringLiteral("duration"),  QStringLiteral("room"),        QStringLiteral("track"),
                            QStringLiteral("type"),      QStringLiteral("language"),    QStringLiteral("persons"),
                            QStringLiteral("links"),     QStringLiteral("attachments"), QStringLiteral("recording opt-out"),
                            QStringLiteral("recording licence"), QStringLiteral("conference day"),
                            QStringLiteral("guid, id, slug, url")};

QMap<QString, bool> compare(const Placed& a, const Placed& b, const QTimeZone& zone)
{
    const FrabSchedule::Event& x = a.event;
    const FrabSchedule::Event& y = b.event;
    QMap<QString, bool> same;
    same[QStringLiteral("title")] = x.title == y.title;
    same[QStringLiteral("subtitle")] = x.subtitle == y.subtitle;
    same[QStringLiteral("abstract")] = x.abstract == y.abstract;
    same[QStringLiteral("description")] = x.description == y.description;
    same[QStringLiteral("local start")] = localClock(x) == localClock(y);
    same[QStringLiteral("instant")] = ScheduleZone::read(x.rawDate, zone).toUTC() == ScheduleZone::read(y.rawDate, zone).toUTC()
        && ScheduleZone::read(y.rawDate, zone).isValid();
    same[QStringLiteral("duration")] = FrabSchedule::parseDuration(x.rawDuration) == FrabSchedule::parseDuration(y.rawDuration);
    same[QStringLiteral("room")] = x.room == y.room;
    same[QStringLiteral("track")] = x.track == y.track;
    same[QStringLiteral("type")] = x.type == y.type;
    same[QStringLiteral("language")] = x.language == y.language;
    // Numbers and guids where the file gave them; what it did not give is made on the way out.
    const bool ids = !x.persons.isEmpty() && x.persons.first().id > 0;
    const bool guids = !x.persons.isEmpty() && !x.persons.first().guid.isEmpty();
    same[QStringLiteral("persons")] = people(x, ids, guids) == people(y, ids, guids);
    same[QStringLiteral("links")] = references(x.links) == references(y.links);
    same[QStringLiteral("attachments")] = references(x.attachments) == references(y.attachments);
    same[QStringLiteral("recording opt-out")] = x.recordingOptOut == y.recordingOptOut;
    same[QStringLiteral("recording licence")] = x.recordingLicence == y.recordingLicence;
    same[QStringLiteral("conference day")] = a.day == b.day;
    same[QStringLiteral("guid, id, slug, url")] =
        x.guid == y.guid && x.id == y.id && x.slug == y.slug && x.url == y.url;
    return same;
}

} // namespace

// Issue 15: a schedule made elsewhere comes in and goes out again as frab XML without losing what it
// holds — its clock, its days, every field, its vocabulary and its identities — and the exports still
// validate. The fictional files have each trap of the real ones (offsets without a zone, no offsets,
// sessions after midnight, a repeated guid, links, attachments, opt-outs, own types, "mo" and "Mo").
class TestScheduleRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyFieldSurvives_data();
    void everyFieldSurvives();
    void noOffsetsWithoutTimezoneUsesTheEventZoneAndSaysSo();
    void unknownTimezoneIsRefused();
    void afterMidnightStaysInItsDay();
    void repeatedGuidsAndMarkersComeIn();
    void importIntoAnExistingEventStillWorks();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    bool importCli(const QString& file, const QString& format, const QString& input, const QStringList& extra,
                   QByteArray* out);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScheduleRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestScheduleRoundTrip::cleanup()
{
    m_dir.reset();
}

bool TestScheduleRoundTrip::importCli(const QString& file, const QString& format, const QString& input,
                                      const QStringList& extra, QByteArray* out)
{
    const ProcessResult result = runCli(QStringList{QStringLiteral("import"), file, QStringLiteral("--format"), format, input} + extra);
    *out = result.out;
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return result.exitCode == 0;
}

void TestScheduleRoundTrip::everyFieldSurvives_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("zone");
    QTest::newRow("offsets, no zone (xml)") << QStringLiteral("congress-offsets.xml") << QStringLiteral("frab-xml")
                                            << QStringList() << QStringLiteral("Europe/Berlin");
    QTest::newRow("no offsets, --timezone (xml)")
        << QStringLiteral("devroom-no-offsets.xml") << QStringLiteral("frab-xml")
        << QStringList{QStringLiteral("--timezone"), QStringLiteral("Europe/Brussels")} << QStringLiteral("Europe/Brussels");
    QTest::newRow("zone named, summer time (json)") << QStringLiteral("camp-zone.json") << QStringLiteral("frab-json")
                                                    << QStringList() << QStringLiteral("Europe/Berlin");
}

void TestScheduleRoundTrip::everyFieldSurvives()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QStringList, extra);
    QFETCH(QString, zone);
    const QString file = path(QStringLiteral("event.standlab"));
    QByteArray out;
    QVERIFY(importCli(file, format, data + input, extra, &out));
    QVERIFY2(out.contains(zone.toUtf8()), out.constData()); // the report says which zone it read
    const QString xml = path(QStringLiteral("again.xml"));
    const ProcessResult exported = runCli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("frab-xml"),
                                           QStringLiteral("--output"), xml});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const ProcessResult lint = runProgram(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                                                     schemas + QStringLiteral("schedule.xml.xsd"), xml});
    QVERIFY2(lint.exitCode == 0, lint.err.constData());
    const QString json = path(QStringLiteral("again.json"));
    QCOMPARE(runCli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("frab-json"),
                     QStringLiteral("--output"), json}).exitCode, 0);
    const ProcessResult check = runCheck(QStringLiteral("check_frab_json.py"),
                                         {schemas + QStringLiteral("schedule.json.schema.json"), json});
    QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());

    FrabSchedule original, back;
    QString error;
    const QByteArray bytes = readAll(data + input);
    QVERIFY2(format == QLatin1String("frab-xml") ? FrabXmlReader::read(bytes, &original, &error)
                                                 : FrabJsonReader::read(bytes, &original, &error),
             qPrintable(error));
    QVERIFY2(FrabXmlReader::read(readAll(xml), &back, &error), qPrintable(error));
    QCOMPARE(back.timeZone, zone);
    QCOMPARE(back.acronym, original.acronym);
    QCOMPARE(back.days.size(), original.days.size()); // no day gained or lost

    // Each event of the file with its exported self: by title, the one that kept its guid first.
    const QVector<Placed> before = eventsOf(original);
    QVector<Placed> after = eventsOf(back);
    QCOMPARE(after.size(), before.size());
    QMap<QString, int> kept;
    const QTimeZone clock(zone.toUtf8());
    for (const Placed& event : before) {
        int match = -1;
        for (int i = 0; i < after.size(); ++i)
            if (after.at(i).event.title == event.event.title && (match < 0 || after.at(i).event.guid == event.event.guid))
                match = i;
        QVERIFY2(match >= 0, qPrintable(event.event.title));
        const QMap<QString, bool> same = compare(event, after.takeAt(match), clock);
        for (auto it = same.cbegin(); it != same.cend(); ++it) {
            if (it.value())
                ++kept[it.key()];
            else
                qInfo("%s: %s differs", qPrintable(event.event.title), qPrintable(it.key()));
        }
    }
    // The table of the closing note: what share of the events kept each field.
    for (const QString& field : fields) {
        const double share = 100.0 * kept.value(field) / before.size();
        qInfo("%-22s %6.1f %%  (%d of %d)", qPrintable(field), share, kept.value(field), int(before.size()));
        // A repeated guid cannot keep its guid, id and slug twice (the schema wants them unique).
        if (field != QLatin1String("guid, id, slug, url"))
            QVERIFY2(share >= 99.0, qPrintable(field));
    }
    QVERIFY(kept.value(QStringLiteral("guid, id, slug, url")) >= before.size() - 1);
}

void TestScheduleRoundTrip::noOffsetsWithoutTimezoneUsesTheEventZoneAndSaysSo()
{
    const QString file = path(QStringLiteral("weekend.standlab"));
    QByteArray out;
    QVERIFY(importCli(file, QStringLiteral("frab-xml"), data + QStringLiteral("devroom-no-offsets.xml"), {}, &out));
    QVERIFY2(out.contains("neither a time zone nor offsets") && out.contains("Europe/Madrid") && out.contains("--timezone"),
             out.constData());
    QString error;
    std::unique_ptr<Store> store = Store::open(file, OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(Repository<Event>(*store).all().first().timeZone, QStringLiteral("Europe/Madrid"));
    // The clock times stay as written: 11:00 is 11:00 on the event's clock, not moved from UTC.
    const Session first = Repository<Session>(*store).where(QStringLiteral("title = ?"), {QStringLiteral("Tidal sensors for harbour towns")}).first();
    QCOMPARE(first.startsAt, QDateTime(QDate(2024, 2, 3), QTime(11, 0), Qt::UTC));
    // Types keep their names, and empty languages stay empty.
    QCOMPARE(first.kind, QStringLiteral("devroom"));
    QVERIFY(!Repository<Session>(*store).where(QStringLiteral("language = ''")).isEmpty());
}

void TestScheduleRoundTrip::unknownTimezoneIsRefused()
{
    const QString file = path(QStringLiteral("nowhere.standlab"));
    const ProcessResult result = runCli({QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("frab-xml"),
                                         data + QStringLiteral("devroom-no-offsets.xml"), QStringLiteral("--timezone"),
                                         QStringLiteral("Atlantis/Harbour")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Atlantis/Harbour") && result.err.contains("IANA"), result.err.constData());
    QVERIFY(!QFile::exists(file));
}

void TestScheduleRoundTrip::afterMidnightStaysInItsDay()
{
    const QString file = path(QStringLiteral("congress.standlab"));
    QByteArray out;
    QVERIFY(importCli(file, QStringLiteral("frab-xml"), data + QStringLiteral("congress-offsets.xml"), {}, &out));
    QVERIFY2(!out.contains("another conference day"), out.constData());
    QString error;
    std::unique_ptr<Store> store = Store::open(file, OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    const QVector<EventDay> days = Repository<EventDay>(*store).all(QStringLiteral("day"));
    QCOMPARE(days.size(), 3); // 27–29 December: the nights do not make a 30th
    QCOMPARE(days.first().opens, QTime(10, 0));
    QCOMPARE(days.first().closes, QTime(3, 0));
    QVERIFY(ConferenceDays::closesNextDay(days.first()));
    const ConferenceDays conference(days);
    const QVector<Session> late = Repository<Session>(*store).where(QStringLiteral("starts_at >= '2023-12-28T00:00' AND starts_at < '2023-12-28T03:00'"));
    QVERIFY(!late.isEmpty());
    for (const Session& session : late)
        QCOMPARE(conference.dayOf(session.startsAt), QDate(2023, 12, 27));
    QCOMPARE(conference.dayOf(QDateTime(QDate(2023, 12, 28), QTime(11, 0), Qt::UTC)), QDate(2023, 12, 28));
    store.reset();
    // `check` takes the night as part of the day: no session is outside its opening hours.
    const ProcessResult check = runCli({QStringLiteral("check"), file});
    QVERIFY2(!check.out.contains("opening hours") && !check.out.contains("not one of the event's days"), check.out.constData());
}

void TestScheduleRoundTrip::repeatedGuidsAndMarkersComeIn()
{
    const QString file = path(QStringLiteral("congress.standlab"));
    QByteArray out;
    QVERIFY(importCli(file, QStringLiteral("frab-xml"), data + QStringLiteral("congress-offsets.xml"), {}, &out));
    QVERIFY2(out.contains("appears again under the guid") && out.contains("came in as a session of its own"), out.constData());
    QVERIFY2(out.contains("Europe/Berlin") && out.contains("+01:00"), out.constData());
    QString error;
    std::unique_ptr<Store> store = Store::open(file, OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->count(QStringLiteral("sessions")), 38);
    const QVector<Session> doors = Repository<Session>(*store).where(QStringLiteral("title = 'Doors open'"));
    QCOMPARE(doors.size(), 1);
    QCOMPARE(doors.first().startsAt, doors.first().endsAt); // a marker of no length
    // "Mo Alder" (id 1) and "mo alder" (id 2) are two people; each number is one person.
    QCOMPARE(Repository<Person>(*store).where(QStringLiteral("name = 'Mo Alder' OR name = 'mo alder'")).size(), 2);
    QCOMPARE(store->count(QStringLiteral("people")), 8);
    store.reset();
    // Importing the file again changes nothing: the repeated session keeps its derived guid.
    QVERIFY(importCli(file, QStringLiteral("frab-xml"), data + QStringLiteral("congress-offsets.xml"), {}, &out));
    QVERIFY2(out.contains("0 new and 38 updated sessions"), out.constData());
}

void TestScheduleRoundTrip::importIntoAnExistingEventStillWorks()
{
    QString error;
    const QString file = path(QStringLiteral("demo.standlab"));
    QString name;
    qint64 sessions = 0;
    {
        std::unique_ptr<Store> demo = DemoEvent::create(file, OpenOptions(), &error);
        QVERIFY2(demo, qPrintable(error));
        name = Repository<Event>(*demo).all().first().name;
        sessions = demo->count(QStringLiteral("sessions"));
    }
    QByteArray out;
    QVERIFY(importCli(file, QStringLiteral("frab-json"), data + QStringLiteral("camp-zone.json"), {}, &out));
    std::unique_ptr<Store> store = Store::open(file, OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    const Event event = Repository<Event>(*store).all().first();
    QCOMPARE(event.timeZone, QStringLiteral("Europe/Madrid")); // the event keeps its zone
    QCOMPARE(event.name, name);
    QCOMPARE(store->count(QStringLiteral("sessions")), sessions + 26);
    // 11:00 in Berlin is 11:00 in Madrid, both before and after the clocks change.
    const Session first = Repository<Session>(*store).where(QStringLiteral("title = ?"), {QStringLiteral("Tidal sensors for harbour towns")}).first();
    QCOMPARE(first.startsAt, QDateTime(QDate(2024, 3, 30), QTime(11, 0), Qt::UTC));
    QCOMPARE(first.kind, QStringLiteral("talk"));
    QVERIFY(event.sourceIds.contains(QStringLiteral("dunecamp24")));
}

QTEST_GUILESS_MAIN(TestScheduleRoundTrip)
#include "test_scheduleroundtrip.moc"
