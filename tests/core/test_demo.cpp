// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "model/action.h"
#include "model/engagement.h"
#include "model/eventday.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/revision.h"
#include "model/session.h"
#include "model/sessiontag.h"
#include "model/space.h"
#include "model/vocabulary.h"
#include "model/workingline.h"
#include "model/workshopdetails.h"
#include "store/store.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace standlab;

namespace {

bool isScheduled(const Session& session)
{
    return session.startsAt.isValid() && session.endsAt.isValid();
}

bool overlap(const Session& a, const Session& b)
{
    return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

} // namespace

// Checks the bundled demo event: it loads into a sound file and holds a believable, clash-free programme.
class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAndPassesTheFullIntegrityCheck();
    void meetsTheMinimumCounts_data();
    void meetsTheMinimumCounts();
    void hasEverySessionKind();
    void hasFourWorkingLinesOneCrossCutting();
    void tagsSessionsWithTheCrossCuttingLine();
    void everyConfirmedSessionHasItsPeople();
    void everyWorkshopHasDetails();
    void noSpaceIsDoubleBooked();
    void noPersonIsDoubleBooked();
    void sessionsStayWithinOpeningHours();
    void expectedHeadcountsFitTheSpaces();
    void unscheduledIdeasAndCancellationsHaveNoSlot();
    void engagementsAreVaried();
    void actionPlanHasActionsAndRevisions();
    void eachDemoIsAnIndependentCopy();
    void refusesToOverwriteAnExistingFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = DemoEvent::create(m_dir.filePath(QStringLiteral("demo.standlab")),
                                OpenOptions::forLaptop(QStringLiteral("test-laptop")), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestDemo::opensAndPassesTheFullIntegrityCheck()
{
    QString error;
    QVERIFY2(m_store->checkIntegrity(&error, false), qPrintable(error));
    QVERIFY(!m_store->isReadOnly());

    // The file written from the resource opens again on its own, like any other event file.
    const QString path = m_store->path();
    m_store.reset();
    m_store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("test-laptop")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(m_store->checkIntegrity(&error, false), qPrintable(error));
}

void TestDemo::meetsTheMinimumCounts_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("minimum");
    QTest::newRow("event") << QStringLiteral("event") << 1;
    QTest::newRow("days") << QStringLiteral("event_days") << 3;
    QTest::newRow("spaces") << QStringLiteral("spaces") << 4;
    QTest::newRow("working lines") << QStringLiteral("working_lines") << 4;
    QTest::newRow("sessions") << QStringLiteral("sessions") << 50;
    QTest::newRow("people") << QStringLiteral("people") << 90;
    QTest::newRow("organisations") << QStringLiteral("organisations") << 40;
    QTest::newRow("initiatives") << QStringLiteral("initiatives") << 15;
    QTest::newRow("datasets") << QStringLiteral("datasets") << 20;
    QTest::newRow("actions") << QStringLiteral("actions") << 20;
    QTest::newRow("revisions") << QStringLiteral("revisions") << 2;
    QTest::newRow("engagements") << QStringLiteral("engagements") << 30;
}

void TestDemo::meetsTheMinimumCounts()
{
    QFETCH(QString, table);
    QFETCH(int, minimum);
    QVERIFY2(m_store->count(table) >= minimum,
             qPrintable(QStringLiteral("%1 has %2 rows").arg(table).arg(m_store->count(table))));
}

void TestDemo::hasEverySessionKind()
{
    QSet<QString> kinds;
    for (const Session& session : Repository<Session>(*m_store).all())
        kinds.insert(session.kind);
    for (const Term& kind : Vocabulary::sessionKinds())
        QVERIFY2(kinds.contains(kind.key), qPrintable(kind.key));
    QCOMPARE(Repository<EventDay>(*m_store).count(), 3);
}

void TestDemo::hasFourWorkingLinesOneCrossCutting()
{
    const QVector<WorkingLine> lines = Repository<WorkingLine>(*m_store).all();
    QCOMPARE(lines.size(), 4);
    QSet<QString> colours;
    int crossCutting = 0;
    for (const WorkingLine& line : lines) {
        colours.insert(line.colour);
        if (line.crossCutting) {
            ++crossCutting;
            QCOMPARE(line.name, QStringLiteral("Ecological Sustainability"));
        }
    }
    QCOMPARE(crossCutting, 1);
    QCOMPARE(colours.size(), 4);
}

void TestDemo::tagsSessionsWithTheCrossCuttingLine()
{
    QString ecology;
    for (const WorkingLine& line : Repository<WorkingLine>(*m_store).all())
        if (line.crossCutting)
            ecology = line.id;
    int tagged = 0;
    for (const SessionTag& tag : Repository<SessionTag>(*m_store).all())
        tagged += tag.workingLineId == ecology ? 1 : 0;
    QVERIFY(tagged >= 3);
}

void TestDemo::everyConfirmedSessionHasItsPeople()
{
    QHash<QString, QSet<QString>> roles; // session id -> roles present
    for (const Participation& p : Repository<Participation>(*m_store).all())
        roles[p.sessionId].insert(p.role);
    int confirmed = 0;
    for (const Session& session : Repository<Session>(*m_store).all()) {
        if (session.status != QLatin1String("confirmed"))
            continue;
        ++confirmed;
        const QSet<QString> present = roles.value(session.id);
        QVERIFY2(present.contains(QStringLiteral("speaker")), qPrintable(session.title));
        if (session.kind == QLatin1String("roundtable"))
            QVERIFY2(present.contains(QStringLiteral("moderator")), qPrintable(session.title));
        if (session.kind == QLatin1String("workshop"))
            QVERIFY2(present.contains(QStringLiteral("facilitator")), qPrintable(session.title));
    }
    QVERIFY(confirmed >= 40);
}

void TestDemo::everyWorkshopHasDetails()
{
    QSet<QString> detailed;
    for (const WorkshopDetails& details : Repository<WorkshopDetails>(*m_store).all()) {
        detailed.insert(details.sessionId);
        QVERIFY(!details.organiserId.isEmpty());
        QVERIFY(details.registrations <= details.maxParticipants);
    }
    for (const Session& session : Repository<Session>(*m_store).all())
        if (session.kind == QLatin1String("workshop"))
            QVERIFY2(detailed.contains(session.id), qPrintable(session.title));
}

void TestDemo::noSpaceIsDoubleBooked()
{
    QHash<QString, QVector<Session>> bySpace;
    for (const Session& session : Repository<Session>(*m_store).all())
        if (isScheduled(session))
            bySpace[session.spaceId].push_back(session);
    QVERIFY(bySpace.size() >= 4);
    for (const QVector<Session>& sessions : std::as_const(bySpace))
        for (int i = 0; i < sessions.size(); ++i)
            for (int j = i + 1; j < sessions.size(); ++j)
                QVERIFY2(!overlap(sessions.at(i), sessions.at(j)),
                         qPrintable(sessions.at(i).title + QStringLiteral(" / ") + sessions.at(j).title));
}

void TestDemo::noPersonIsDoubleBooked()
{
    QHash<QString, Session> sessions;
    for (const Session& session : Repository<Session>(*m_store).all())
        if (isScheduled(session))
            sessions.insert(session.id, session);
    QHash<QString, QVector<Session>> byPerson;
    for (const Participation& p : Repository<Participation>(*m_store).all())
        if (sessions.contains(p.sessionId))
            byPerson[p.personId].push_back(sessions.value(p.sessionId));
    QVERIFY(byPerson.size() >= 60);
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        const QVector<Session>& own = it.value();
        for (int i = 0; i < own.size(); ++i)
            for (int j = i + 1; j < own.size(); ++j)
                QVERIFY2(own.at(i).id == own.at(j).id || !overlap(own.at(i), own.at(j)),
                         qPrintable(it.key() + QStringLiteral(": ") + own.at(i).title));
    }
}

void TestDemo::sessionsStayWithinOpeningHours()
{
    QHash<QDate, EventDay> days;
    for (const EventDay& day : Repository<EventDay>(*m_store).all())
        days.insert(day.day, day);
    QCOMPARE(days.size(), 3);
    QVERIFY(days.contains(QDate(2019, 11, 19)) && days.contains(QDate(2019, 11, 21)));
    QSet<QDate> used;
    for (const Session& session : Repository<Session>(*m_store).all()) {
        if (!isScheduled(session))
            continue;
        const QDate date = session.startsAt.date();
        QVERIFY2(days.contains(date), qPrintable(session.title));
        const EventDay day = days.value(date);
        QCOMPARE(session.endsAt.date(), date);
        QVERIFY2(session.startsAt.time() >= day.opens && session.endsAt.time() <= day.closes,
                 qPrintable(session.title));
        QVERIFY(session.startsAt < session.endsAt);
        used.insert(date);
    }
    QCOMPARE(used.size(), 3);
}

void TestDemo::expectedHeadcountsFitTheSpaces()
{
    QHash<QString, Space> spaces;
    for (const Space& space : Repository<Space>(*m_store).all())
        spaces.insert(space.id, space);
    QVERIFY(spaces.size() >= 4);
    for (const Session& session : Repository<Session>(*m_store).all()) {
        if (!isScheduled(session))
            continue;
        QVERIFY2(spaces.contains(session.spaceId), qPrintable(session.title));
        QVERIFY2(session.expectedHeadcount <= spaces.value(session.spaceId).capacity, qPrintable(session.title));
    }
}

void TestDemo::unscheduledIdeasAndCancellationsHaveNoSlot()
{
    int ideas = 0, cancelled = 0;
    for (const Session& session : Repository<Session>(*m_store).all()) {
        if (session.status == QLatin1String("idea"))
            ++ideas;
        else if (session.status == QLatin1String("cancelled"))
            ++cancelled;
        else
            continue;
        QVERIFY2(!session.startsAt.isValid() && !session.endsAt.isValid() && session.spaceId.isEmpty(),
                 qPrintable(session.title));
    }
    QVERIFY(ideas >= 1);
    QVERIFY(cancelled >= 1);
}

void TestDemo::engagementsAreVaried()
{
    QSet<QString> attendance;
    int speak = 0, workshop = 0, followUps = 0, overdue = 0;
    const QDate eventStart(2019, 11, 19);
    for (const Engagement& engagement : Repository<Engagement>(*m_store).all()) {
        attendance.insert(engagement.attendance);
        speak += engagement.wantsToSpeak ? 1 : 0;
        workshop += engagement.wantsWorkshop ? 1 : 0;
        if (engagement.nextFollowUp.isValid()) {
            ++followUps;
            overdue += engagement.nextFollowUp < eventStart ? 1 : 0;
        }
        if (engagement.attendance == QLatin1String("attending"))
            QVERIFY(!engagement.days.isEmpty());
    }
    QVERIFY(attendance.contains(QStringLiteral("attending")));
    QVERIFY(attendance.contains(QStringLiteral("declined")));
    QVERIFY(attendance.size() >= 4);
    QVERIFY(speak > 0);
    QVERIFY(workshop > 0);
    QVERIFY(followUps > 0);
    QVERIFY(overdue > 0);
}

void TestDemo::actionPlanHasActionsAndRevisions()
{
    const QVector<Action> actions = Repository<Action>(*m_store).all();
    QVERIFY(actions.size() >= 20);
    QSet<QString> sections, lines;
    for (const Action& action : actions) {
        sections.insert(action.sectionId);
        lines.insert(action.workingLineId);
        QVERIFY(action.timeframe.startsWith(QLatin1String("2020-Q")));
    }
    QCOMPARE(lines.size(), 4);
    QCOMPARE(sections.size(), 4);

    const QVector<Revision> revisions = Repository<Revision>(*m_store).all(QStringLiteral("taken_at"));
    QCOMPARE(revisions.size(), 2);
    int previousActions = -1;
    for (const Revision& revision : revisions) {
        QJsonParseError error;
        const QJsonObject snapshot = QJsonDocument::fromJson(revision.snapshot.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(snapshot.value(QStringLiteral("document")).isObject());
        QVERIFY(!snapshot.value(QStringLiteral("sections")).toArray().isEmpty());
        const int count = snapshot.value(QStringLiteral("actions")).toArray().size();
        QVERIFY(count > previousActions); // the plan grew during the event
        previousActions = count;
    }
    QVERIFY(previousActions < actions.size());
}

void TestDemo::eachDemoIsAnIndependentCopy()
{
    const QByteArray resource = DemoEvent::bundleJson();
    QVERIFY(!resource.isEmpty());

    QString error;
    const auto options = OpenOptions::forLaptop(QStringLiteral("copy-laptop"));
    std::unique_ptr<Store> first = DemoEvent::create(m_dir.filePath(QStringLiteral("first.standlab")), options, &error);
    QVERIFY2(first, qPrintable(error));
    std::unique_ptr<Store> second =
        DemoEvent::create(m_dir.filePath(QStringLiteral("second.standlab")), options, &error);
    QVERIFY2(second, qPrintable(error));

    Repository<Session> firstSessions(*first);
    const Session session = firstSessions.all(QStringLiteral("title")).constFirst();
    QVERIFY2(firstSessions.setField(session.id, QStringLiteral("title"), QStringLiteral("Edited in the first copy"),
                                    &error),
             qPrintable(error));
    QCOMPARE(firstSessions.find(session.id)->title, QStringLiteral("Edited in the first copy"));
    QCOMPARE(Repository<Session>(*second).find(session.id)->title, session.title);
    const QString personId = Repository<Participation>(*first).all().constFirst().personId;
    QVERIFY2(Repository<Person>(*first).remove(personId, &error).has_value(), qPrintable(error));
    QCOMPARE(second->count(QStringLiteral("people")), first->count(QStringLiteral("people")) + 1);
    QVERIFY(Repository<Person>(*second).find(personId).has_value());

    QCOMPARE(DemoEvent::bundleJson(), resource);
}

void TestDemo::refusesToOverwriteAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.standlab"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an event");
    file.close();

    QString error;
    QVERIFY(!DemoEvent::create(path, OpenOptions::forLaptop(QStringLiteral("test-laptop")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not an event"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
