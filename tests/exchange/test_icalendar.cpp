// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "exchange/icalendarwriter.h"
#include "exchangetesthelpers.h"
#include "io/exportrequest.h"
#include "io/formatregistry.h"
#include "model/event.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace standlab;
using namespace standlab::exchangetest;

// The iCalendar export: read back by an independent parser (python3-icalendar) with the right events
// at the right instants, stable UIDs, selections, statuses and errors.
class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoReadsBackWithIndependentParser();
    void selections_data();
    void selections();
    void daylightChangeInAnotherZone();
    void uidsAndBytesStableAcrossExports();
    void personCalendarForThePeoplePage();
    void refusals_data();
    void refusals();
    void cliWritesTheCalendar();

private:
    // The calendar the test expects for `sessions`, as check_ics.py reads it.
    static QJsonObject expectation(const QVector<Session>& sessions, const QString& zone);
    void checkWithPython(const QString& ics, const QVector<Session>& sessions, const QString& zone);
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_demo;
};

void TestICalendar::init()
{
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_demo = DemoEvent::create(path(QStringLiteral("demo.standlab")), OpenOptions(), &error);
    QVERIFY2(m_demo, qPrintable(error));
}

void TestICalendar::cleanup()
{
    m_demo.reset(); // the file closes (and drops its lock) before its folder goes
    m_dir.reset();
}

QJsonObject TestICalendar::expectation(const QVector<Session>& sessions, const QString& zoneName)
{
    const QTimeZone zone(zoneName.toUtf8());
    const auto instant = [&zone](const QDateTime& wall) {
        return QDateTime(wall.date(), wall.time(), zone).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    };
    QJsonObject events;
    for (const Session& session : sessions) {
        const QString status = session.status == QLatin1String("confirmed") ? QStringLiteral("CONFIRMED")
            : session.status == QLatin1String("cancelled")                  ? QStringLiteral("CANCELLED")
                                                                             : QStringLiteral("TENTATIVE");
        events.insert(session.id, QJsonObject{{QStringLiteral("dtstart"), instant(session.startsAt)},
                                              {QStringLiteral("dtend"), instant(session.endsAt)},
                                              {QStringLiteral("summary"), session.title},
                                              {QStringLiteral("status"), status}});
    }
    return {{QStringLiteral("tzid"), zoneName}, {QStringLiteral("count"), sessions.size()}, {QStringLiteral("events"), events}};
}

void TestICalendar::checkWithPython(const QString& ics, const QVector<Session>& sessions, const QString& zone)
{
    const QString expected = path(QStringLiteral("expected.json"));
    QVERIFY(writeFile(expected, QJsonDocument(expectation(sessions, zone)).toJson()));
    const ProcessResult result = runCheck(QStringLiteral("check_ics.py"), {ics, expected});
    QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
}

void TestICalendar::demoReadsBackWithIndependentParser()
{
    ExportRequest request;
    request.output = path(QStringLiteral("demo.ics"));
    QString error;
    QVERIFY2(ICalendarWriter::write(*m_demo, request, &error), qPrintable(error));
    // Scheduled sessions that are confirmed, proposed or cancelled; ideas stay in the app.
    const QVector<Session> expected = Repository<Session>(*m_demo).where(
        QStringLiteral("starts_at IS NOT NULL AND status IN ('confirmed', 'proposed', 'cancelled')"));
    QVERIFY(expected.size() > 40);
    checkWithPython(request.output, expected, QStringLiteral("Europe/Madrid"));
    const QByteArray text = readAll(request.output);
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n"));
    QVERIFY(text.contains("LOCATION:Main stage\\, Fira Gran Via"));
    QVERIFY(text.contains("CATEGORIES:Data\r\n"));
}

void TestICalendar::selections_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<bool>("onePerson");
    QTest::newRow("one working line") << QStringList{QStringLiteral("data")} << QStringList() << false;
    QTest::newRow("two lines, confirmed only")
        << QStringList{QStringLiteral("Data"), QStringLiteral("Inclusion & Gender")} << QStringList{QStringLiteral("confirmed")}
        << false;
    QTest::newRow("one person") << QStringList() << QStringList() << true;
}

void TestICalendar::selections()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, statuses);
    QFETCH(bool, onePerson);
    ExportRequest request;
    request.output = path(QStringLiteral("selection.ics"));
    request.lines = lines;
    request.statuses = statuses;
    const QStringList wantedStatuses = statuses.isEmpty() ? ICalendarWriter::defaultStatuses() : statuses;
    QSet<QString> lineIds;
    for (const WorkingLine& line : Repository<WorkingLine>(*m_demo).all())
        for (const QString& name : lines)
            if (line.name.compare(name, Qt::CaseInsensitive) == 0)
                lineIds.insert(line.id);
    QSet<QString> personSessions;
    if (onePerson) {
        // The person with the most sessions, by name (as a person types it on the command line).
        QHash<QString, int> counts;
        for (const Participation& p : Repository<Participation>(*m_demo).all())
            ++counts[p.personId];
        QString busiest;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (busiest.isEmpty() || it.value() > counts.value(busiest) || (it.value() == counts.value(busiest) && it.key() < busiest))
                busiest = it.key();
        request.person = Repository<Person>(*m_demo).find(busiest)->name.toUpper();
        for (const Participation& p : Repository<Participation>(*m_demo).where(QStringLiteral("person_id = ?"), {busiest}))
            personSessions.insert(p.sessionId);
        QVERIFY(personSessions.size() >= 2);
    }
    QVector<Session> expected;
    for (const Session& session : Repository<Session>(*m_demo).where(QStringLiteral("starts_at IS NOT NULL"))) {
        if (!wantedStatuses.contains(session.status))
            continue;
        if (!lineIds.isEmpty() && !lineIds.contains(session.workingLineId))
            continue;
        if (onePerson && !personSessions.contains(session.id))
            continue;
        expected << session;
    }
    QVERIFY(!expected.isEmpty());
    QString error;
    QVERIFY2(ICalendarWriter::write(*m_demo, request, &error), qPrintable(error));
    checkWithPython(request.output, expected, QStringLiteral("Europe/Madrid"));
}

void TestICalendar::daylightChangeInAnotherZone()
{
    QString error;
    std::unique_ptr<Store> store = Store::create(path(QStringLiteral("ny.standlab")), OpenOptions(), &error);
    QVERIFY2(store, qPrintable(error));
    Event event;
    event.name = QStringLiteral("Autumn meetup");
    event.timeZone = QStringLiteral("America/New_York");
    QVERIFY(Repository<Event>(*store).add(event));
    Space space;
    space.name = QStringLiteral("Room 1");
    QVERIFY(Repository<Space>(*store).add(space));
    QVector<Session> expected;
    const auto add = [&](const QString& title, const QDateTime& start, int minutes, const QString& status) {
        Session session;
        session.title = title;
        session.spaceId = space.id;
        session.startsAt = start;
        session.endsAt = start.addSecs(minutes * 60);
        session.status = status;
        QVERIFY(Repository<Session>(*store).add(session));
        if (status != QLatin1String("idea"))
            expected << session;
    };
    // New York leaves daylight time on 3 November 2019 at 02:00: one session each side, one across.
    add(QStringLiteral("Before, summer time"), QDateTime(QDate(2019, 11, 2), QTime(10, 0), Qt::UTC), 60, QStringLiteral("confirmed"));
    add(QStringLiteral("After, standard time"), QDateTime(QDate(2019, 11, 4), QTime(10, 0), Qt::UTC), 90, QStringLiteral("proposed"));
    // A long title of multi-byte characters: folded lines must not split a character.
    add(QStringLiteral("Across the change; \"quoted\", with commas — ñandú, città, 城市共享, łódź, ÆØÅ æøå, ĳssel, "
                       "Ελληνικά, ещё раз, and an emoji 🚲🚲🚲 at the end"), QDateTime(QDate(2019, 11, 3), QTime(0, 30), Qt::UTC),
        240, QStringLiteral("cancelled"));
    add(QStringLiteral("Only an idea"), QDateTime(QDate(2019, 11, 4), QTime(12, 0), Qt::UTC), 30, QStringLiteral("idea"));
    if (QTest::currentTestFailed())
        return;
    ExportRequest request;
    request.output = path(QStringLiteral("ny.ics"));
    QVERIFY2(ICalendarWriter::write(*store, request, &error), qPrintable(error));
    checkWithPython(request.output, expected, QStringLiteral("America/New_York"));
}

void TestICalendar::uidsAndBytesStableAcrossExports()
{
    ExportRequest request;
    request.output = path(QStringLiteral("first.ics"));
    QString error;
    QVERIFY2(ICalendarWriter::write(*m_demo, request, &error), qPrintable(error));
    request.output = path(QStringLiteral("second.ics"));
    QVERIFY2(ICalendarWriter::write(*m_demo, request, &error), qPrintable(error));
    QCOMPARE(readAll(path(QStringLiteral("second.ics"))), readAll(path(QStringLiteral("first.ics"))));

    static const QRegularExpression uidLine(QStringLiteral("^UID:(.*)\\r$"), QRegularExpression::MultilineOption);
    const auto uids = [](const QByteArray& text) {
        QStringList all;
        auto it = uidLine.globalMatch(QString::fromUtf8(text));
        while (it.hasNext())
            all << it.next().captured(1);
        all.sort();
        return all;
    };
    const QStringList before = uids(readAll(path(QStringLiteral("first.ics"))));
    QVERIFY(!before.isEmpty());

    // Moving and renaming a session keeps its UID, so a calendar updates the event it already has.
    Session moved = Repository<Session>(*m_demo).where(QStringLiteral("status = 'confirmed'"), {}, QStringLiteral("id")).first();
    QVERIFY(before.contains(moved.id));
    moved.title = QStringLiteral("Renamed session");
    moved.startsAt = moved.startsAt.addSecs(3600);
    moved.endsAt = moved.endsAt.addSecs(3600);
    QVERIFY(Repository<Session>(*m_demo).save(moved));
    request.output = path(QStringLiteral("third.ics"));
    QVERIFY2(ICalendarWriter::write(*m_demo, request, &error), qPrintable(error));
    const QByteArray third = readAll(request.output);
    QCOMPARE(uids(third), before);
    QVERIFY(third.contains("SUMMARY:Renamed session"));
}

void TestICalendar::personCalendarForThePeoplePage()
{
    const Participation participation = Repository<Participation>(*m_demo).all(QStringLiteral("id")).first();
    QSet<QString> sessions;
    for (const Participation& p : Repository<Participation>(*m_demo).where(QStringLiteral("person_id = ?"), {participation.personId}))
        sessions.insert(p.sessionId);
    QVector<Session> expected;
    for (const Session& session : Repository<Session>(*m_demo).where(QStringLiteral("starts_at IS NOT NULL")))
        if (sessions.contains(session.id) && ICalendarWriter::defaultStatuses().contains(session.status))
            expected << session;
    QVERIFY(!expected.isEmpty());
    QString error;
    const QString ics = path(QStringLiteral("person.ics"));
    QVERIFY2(ICalendarWriter::writePersonCalendar(*m_demo, participation.personId, ics, &error), qPrintable(error));
    checkWithPython(ics, expected, QStringLiteral("Europe/Madrid"));
    const QString name = Repository<Person>(*m_demo).find(participation.personId)->name;
    QVERIFY(QString::fromUtf8(readAll(ics)).contains(name));
}

void TestICalendar::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown line") << QStringLiteral("lines") << QStringLiteral("Astronomy") << QStringLiteral("no working line called “Astronomy”");
    QTest::newRow("unknown person") << QStringLiteral("person") << QStringLiteral("Nobody Atall") << QStringLiteral("no person called “Nobody Atall”");
    QTest::newRow("bad day") << QStringLiteral("days") << QStringLiteral("19/11/2019") << QStringLiteral("is not a date");
    QTest::newRow("bad status") << QStringLiteral("statuses") << QStringLiteral("maybe") << QStringLiteral("Unknown session status");
    QTest::newRow("missing folder") << QStringLiteral("output") << QStringLiteral("no/such/folder/x.ics") << QStringLiteral("Cannot write");
}

void TestICalendar::refusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ExportRequest request;
    request.output = path(QStringLiteral("refused.ics"));
    if (field == QLatin1String("lines"))
        request.lines = {value};
    else if (field == QLatin1String("person"))
        request.person = value;
    else if (field == QLatin1String("days"))
        request.days = {value};
    else if (field == QLatin1String("statuses"))
        request.statuses = {value};
    else
        request.output = path(value);
    QString error;
    QVERIFY(!ICalendarWriter::write(*m_demo, request, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(request.output));
}

void TestICalendar::cliWritesTheCalendar()
{
    m_demo.reset(); // the CLI opens the file itself
    const QString ics = path(QStringLiteral("cli.ics"));
    const ProcessResult result = runCli({QStringLiteral("export"), path(QStringLiteral("demo.standlab")), QStringLiteral("--format"),
                                         QStringLiteral("ics"), QStringLiteral("--output"), ics, QStringLiteral("--lines"),
                                         QStringLiteral("Data")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray text = readAll(ics);
    QVERIFY(text.count("BEGIN:VEVENT") > 2);
    QCOMPARE(text.count("BEGIN:VEVENT"), text.count("CATEGORIES:Data\r\n"));
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "test_icalendar.moc"
