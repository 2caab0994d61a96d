// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts list's query (filters, search, sorting, paging), the overview figures, sessions made
// from requests, and the exhibition plan's clashes.
#include "contacts/contactoverview.h"
#include "contacts/contactquery.h"
#include "contacts/exhibitionplan.h"
#include "contacts/sessionrequest.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/workingline.h"
#include "model/workshopdetails.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

class TestContactQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void searchIgnoresAccentsAndCase();
    void sortingKeepsEmptyLast();
    void pagesCoverEverythingOnce();
    void overviewCounts();
    void sessionFromRequest();
    void requestWithoutWishRefused();
    void exhibitionClashes();

private:
    QString addOrganisation(const QString& name, const QString& kind, const QString& country, bool signatory = false);
    QString addEngagement(const QString& organisationId, const QVariantMap& values);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    QString m_dataLine;
    QString m_girona, m_lactia, m_lisboa, m_seoul;
    QString m_contact;
    const QDate m_today = QDate(2019, 11, 10);
};

QString TestContactQuery::addOrganisation(const QString& name, const QString& kind, const QString& country, bool signatory)
{
    return m_store->insert(QStringLiteral("organisations"), {{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind},
                                                             {QStringLiteral("country"), country},
                                                             {QStringLiteral("declaration_signatory"), signatory ? 1 : 0}});
}

QString TestContactQuery::addEngagement(const QString& organisationId, const QVariantMap& values)
{
    QVariantMap row = values;
    row.insert(QStringLiteral("organisation_id"), organisationId);
    return m_store->insert(QStringLiteral("engagements"), row);
}

void TestContactQuery::init()
{
    QString error;
    m_store = Store::create(m_dir.filePath(QStringLiteral("event-%1.standlab").arg(++m_files)),
                            OpenOptions(), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_dataLine = m_store->insert(QStringLiteral("working_lines"), {{QStringLiteral("name"), QStringLiteral("Data")}});
    m_girona = addOrganisation(QStringLiteral("Ajuntament de Girona"), QStringLiteral("city_council"), QStringLiteral("Spain"), true);
    m_lactia = addOrganisation(QStringLiteral("Cooperativa Làctia"), QStringLiteral("cooperative"), QStringLiteral("Spain"));
    m_lisboa = addOrganisation(QStringLiteral("Câmara Municipal de Lisboa"), QStringLiteral("city_council"), QStringLiteral("Portugal"), true);
    m_seoul = addOrganisation(QStringLiteral("Seoul Sharing Hub"), QStringLiteral("platform"), QStringLiteral("South Korea"));
    addOrganisation(QStringLiteral("Zebra Research"), QStringLiteral("research_centre"), QStringLiteral("Germany"));
    m_contact = m_store->insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Anna Ferrer")},
                                                           {QStringLiteral("organisation_id"), m_girona}});
    addEngagement(m_girona, {{QStringLiteral("attendance"), QStringLiteral("attending")},
                             {QStringLiteral("wants_to_speak"), 1},
                             {QStringLiteral("requested_line_id"), m_dataLine},
                             {QStringLiteral("topics"), QStringLiteral("Data commons, platforms")},
                             {QStringLiteral("owner"), QStringLiteral("Marta")},
                             {QStringLiteral("contact_person_id"), m_contact},
                             {QStringLiteral("next_follow_up"), QStringLiteral("2019-11-01")}});
    addEngagement(m_lactia, {{QStringLiteral("attendance"), QStringLiteral("interested")},
                             {QStringLiteral("wants_workshop"), 1},
                             {QStringLiteral("owner"), QStringLiteral("Pau")},
                             {QStringLiteral("next_follow_up"), QStringLiteral("2019-11-14")}});
    addEngagement(m_lisboa, {{QStringLiteral("attendance"), QStringLiteral("declined")},
                             {QStringLiteral("next_follow_up"), QStringLiteral("2019-12-20")}});
}

void TestContactQuery::cleanup()
{
    m_store.reset();
}

void TestContactQuery::filters_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("nothing") << "" << QStringList{QStringLiteral("Ajuntament de Girona"), QStringLiteral("Cooperativa Làctia"),
                                                  QStringLiteral("Câmara Municipal de Lisboa"), QStringLiteral("Seoul Sharing Hub"),
                                                  QStringLiteral("Zebra Research")};
    QTest::newRow("kind") << "kind" << QStringList{QStringLiteral("Ajuntament de Girona"), QStringLiteral("Câmara Municipal de Lisboa")};
    QTest::newRow("country") << "country" << QStringList{QStringLiteral("Ajuntament de Girona"), QStringLiteral("Cooperativa Làctia")};
    QTest::newRow("attendance unknown includes no engagement")
        << "unknown" << QStringList{QStringLiteral("Seoul Sharing Hub"), QStringLiteral("Zebra Research")};
    QTest::newRow("wants to speak") << "speak" << QStringList{QStringLiteral("Ajuntament de Girona")};
    QTest::newRow("does not want a workshop") << "noworkshop"
        << QStringList{QStringLiteral("Ajuntament de Girona"), QStringLiteral("Câmara Municipal de Lisboa"),
                       QStringLiteral("Seoul Sharing Hub"), QStringLiteral("Zebra Research")};
    QTest::newRow("working line") << "line" << QStringList{QStringLiteral("Ajuntament de Girona")};
    QTest::newRow("signatory") << "signatory" << QStringList{QStringLiteral("Ajuntament de Girona"), QStringLiteral("Câmara Municipal de Lisboa")};
    QTest::newRow("owner") << "owner" << QStringList{QStringLiteral("Cooperativa Làctia")};
    QTest::newRow("overdue") << "overdue" << QStringList{QStringLiteral("Ajuntament de Girona")};
    QTest::newRow("due within a week") << "due" << QStringList{QStringLiteral("Ajuntament de Girona"), QStringLiteral("Cooperativa Làctia")};
    QTest::newRow("unanswered") << "unanswered" << QStringList{QStringLiteral("Ajuntament de Girona"), QStringLiteral("Cooperativa Làctia")};
}

void TestContactQuery::filters()
{
    QFETCH(QString, what);
    QFETCH(QStringList, names);
    ContactFilter f;
    f.today = m_today;
    if (what == QLatin1String("kind")) f.kind = QStringLiteral("city_council");
    if (what == QLatin1String("country")) f.country = QStringLiteral("Spain");
    if (what == QLatin1String("unknown")) f.attendance = QStringLiteral("unknown");
    if (what == QLatin1String("speak")) f.wantsToSpeak = 1;
    if (what == QLatin1String("noworkshop")) f.wantsWorkshop = 0;
    if (what == QLatin1String("line")) f.lineId = m_dataLine;
    if (what == QLatin1String("signatory")) f.signatory = 1;
    if (what == QLatin1String("owner")) f.owner = QStringLiteral("Pau");
    if (what == QLatin1String("overdue")) f.followUp = ContactFilter::FollowUpOverdue;
    if (what == QLatin1String("due")) f.followUp = ContactFilter::FollowUpDue;
    if (what == QLatin1String("unanswered")) f.unansweredOnly = true;
    const ContactQuery query(*m_store, f);
    QStringList got;
    for (const ContactLine& line : query.fetch(0, 100))
        got << line.organisation.name;
    QCOMPARE(got, names);
    QCOMPARE(query.count(), names.size());
    QCOMPARE(query.ids().size(), names.size());
}

void TestContactQuery::searchIgnoresAccentsAndCase()
{
    ContactFilter f;
    f.search = QStringLiteral("LACT");
    QCOMPARE(ContactQuery(*m_store, f).count(), 1);
    f.search = QStringLiteral("camara lis");
    QCOMPARE(ContactQuery(*m_store, f).fetch(0, 10).value(0).organisation.id, m_lisboa);
    f.search = QStringLiteral("\"*) OR (");  // never FTS syntax
    QCOMPARE(ContactQuery(*m_store, f).count(), 0);
}

void TestContactQuery::sortingKeepsEmptyLast()
{
    ContactFilter f;
    f.sort = ContactFilter::ByFollowUp;
    QVector<ContactLine> lines = ContactQuery(*m_store, f).fetch(0, 10);
    QCOMPARE(lines.first().organisation.id, m_girona);
    QVERIFY(!lines.last().engagement.nextFollowUp.isValid());
    f.descending = true;
    lines = ContactQuery(*m_store, f).fetch(0, 10);
    QCOMPARE(lines.first().organisation.id, m_lisboa);
    QVERIFY(!lines.last().engagement.nextFollowUp.isValid());
    f.sort = ContactFilter::ByAttendance;
    f.descending = false;
    QCOMPARE(ContactQuery(*m_store, f).fetch(0, 1).first().organisation.id, m_girona); // attending first
}

void TestContactQuery::pagesCoverEverythingOnce()
{
    QVector<Row> rows;
    for (int i = 0; i < 1234; ++i)
        rows.push_back({{QStringLiteral("id"), Store::newId()}, {QStringLiteral("name"), QStringLiteral("Org %1").arg(i, 4, 10, QLatin1Char('0'))}});
    QVERIFY(m_store->insertMany(QStringLiteral("organisations"), rows, false));
    const ContactQuery query(*m_store);
    QCOMPARE(query.count(), 1234 + 5);
    QSet<QString> seen;
    for (int offset = 0; offset < query.count(); offset += 200)
        for (const ContactLine& line : query.fetch(offset, 200))
            seen.insert(line.organisation.id);
    QCOMPARE(seen.size(), 1234 + 5);
}

void TestContactQuery::overviewCounts()
{
    const ContactOverview overview = ContactOverview::of(*m_store, m_today);
    QCOMPARE(overview.organisations(), 5);
    QHash<QString, int> attendance;
    for (const auto& bar : overview.attendance())
        attendance.insert(bar.key, bar.count);
    QCOMPARE(attendance.value(QStringLiteral("unknown")), 2);
    QCOMPARE(attendance.value(QStringLiteral("attending")), 1);
    QCOMPARE(overview.countries().first().label, QStringLiteral("Spain"));
    QCOMPARE(overview.countries().first().count, 2);
    int requests = 0, unanswered = 0;
    for (const auto& bar : overview.requestsByLine()) {
        requests += bar.count;
        unanswered += bar.extra;
    }
    QCOMPARE(requests, 2);
    QCOMPARE(unanswered, 2);
    // One overdue (1 Nov), one this week (14 Nov, week of 11 Nov), one in December.
    QCOMPARE(overview.followUpsByWeek().size(), 3);
    QCOMPARE(overview.followUpsByWeek().at(0).key, QStringLiteral("overdue"));
    QCOMPARE(overview.followUpsByWeek().at(1).key, QStringLiteral("2019-11-11"));
    QVERIFY(overview.toText().contains(QStringLiteral("Follow-ups per week")));
    QVERIFY(overview.toJson().contains(QStringLiteral("requests_by_line")));
}

void TestContactQuery::sessionFromRequest()
{
    const QString engagement = m_store->rows(QStringLiteral("engagements"), QStringLiteral("organisation_id = ?"), {m_girona})
                                   .first().value(QStringLiteral("id")).toString();
    SessionRequest::Plan plan;
    QString error;
    QVERIFY2(SessionRequest::plan(*m_store, engagement, &plan, &error), qPrintable(error));
    QVERIFY(SessionRequest::apply(*m_store, plan, &error));
    const Session session = *Repository<Session>(*m_store).find(plan.sessionId);
    QCOMPARE(session.status, QStringLiteral("proposed"));
    QCOMPARE(session.kind, QStringLiteral("talk"));
    QCOMPARE(session.workingLineId, m_dataLine);
    QVERIFY(session.title.contains(QStringLiteral("Ajuntament de Girona")));
    const auto speakers = Repository<Participation>(*m_store).where(QStringLiteral("session_id = ?"), {plan.sessionId});
    QCOMPARE(speakers.size(), 1);
    QCOMPARE(speakers.first().personId, m_contact);
    QCOMPARE(speakers.first().role, QStringLiteral("speaker"));
    // Answered: no second session, and the list of unanswered requests drops it.
    QVERIFY(!SessionRequest::plan(*m_store, engagement, &plan, &error));
    ContactFilter f;
    f.unansweredOnly = true;
    QCOMPARE(ContactQuery(*m_store, f).count(), 1);

    // A workshop: the organisation organises it.
    const QString workshopEngagement = m_store->rows(QStringLiteral("engagements"), QStringLiteral("organisation_id = ?"), {m_lactia})
                                           .first().value(QStringLiteral("id")).toString();
    QVERIFY(SessionRequest::plan(*m_store, workshopEngagement, &plan, &error));
    QVERIFY(SessionRequest::apply(*m_store, plan, &error));
    QCOMPARE(Repository<Session>(*m_store).find(plan.sessionId)->kind, QStringLiteral("workshop"));
    const auto details = Repository<WorkshopDetails>(*m_store).where(QStringLiteral("session_id = ?"), {plan.sessionId});
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().organiserId, m_lactia);
}

void TestContactQuery::requestWithoutWishRefused()
{
    const QString engagement = m_store->rows(QStringLiteral("engagements"), QStringLiteral("organisation_id = ?"), {m_lisboa})
                                   .first().value(QStringLiteral("id")).toString();
    SessionRequest::Plan plan;
    QString error;
    QVERIFY(!SessionRequest::plan(*m_store, engagement, &plan, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->count(QStringLiteral("sessions")), 0);
}

void TestContactQuery::exhibitionClashes()
{
    auto initiative = [](const QString& id, const QString& table, int from, int to, const QString& status = QStringLiteral("accepted")) {
        Initiative i;
        i.id = id;
        i.name = id;
        i.slotDay = QDate(2019, 11, 19);
        i.slotTable = table;
        i.slotStart = from >= 0 ? QTime(from, 0) : QTime();
        i.slotEnd = to >= 0 ? QTime(to, 0) : QTime();
        i.slotStatus = status;
        return i;
    };
    const ExhibitionPlan plan({initiative(QStringLiteral("a"), QStringLiteral("3"), 10, 12),
                               initiative(QStringLiteral("b"), QStringLiteral("3 "), 11, 13),    // overlaps a
                               initiative(QStringLiteral("c"), QStringLiteral("3"), 12, 14, QStringLiteral("declined")),
                               initiative(QStringLiteral("d"), QStringLiteral("10"), 10, 12),
                               initiative(QStringLiteral("e"), QStringLiteral("10"), 12, 13),    // touches d: fine
                               initiative(QStringLiteral("f"), QStringLiteral("2"), -1, -1),     // all day
                               initiative(QStringLiteral("g"), QStringLiteral("2"), 15, 16)});   // inside f's day
    QCOMPARE(plan.clashes().size(), 2);
    QVERIFY(plan.isClashing(QStringLiteral("a")) && plan.isClashing(QStringLiteral("b")));
    QVERIFY(plan.isClashing(QStringLiteral("f")) && plan.isClashing(QStringLiteral("g")));
    QVERIFY(!plan.isClashing(QStringLiteral("c")) && !plan.isClashing(QStringLiteral("d")));
    QCOMPARE(plan.tables(QDate(2019, 11, 19)), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("10")}));
    QCOMPARE(plan.at(QDate(2019, 11, 19), QStringLiteral("10")).size(), 2);
}

QTEST_GUILESS_MAIN(TestContactQuery)
#include "test_contactquery.moc"
