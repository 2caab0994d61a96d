// SPDX-License-Identifier: GPL-3.0-or-later
#include "hittitles.h"
#include "contacts/contactimporter.h"
#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "search/searchindex.h"
#include "store/migrations.h"
#include "store/store.h"
#include "sync/syncexporter.h"
#include "sync/syncmerger.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

namespace {

Row named(const QString& column, const QString& value, const Row& more = {})
{
    Row row = more;
    row.insert(column, value);
    return row;
}

} // namespace

// The global search: FTS5 over sessions, people, organisations, actions and datasets, kept exact by the
// triggers of schema step 3 whatever path writes the rows.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }

    void matchExpressionIsSafe_data();
    void matchExpressionIsSafe();
    void findsPrefixesAndAccents_data();
    void findsPrefixesAndAccents();
    void userSyntaxNeverFails_data();
    void userSyntaxNeverFails();
    void groupsByKindBestFirst();
    void limitsEachKind();
    void titleMatchesComeFirstInALargeEvent();
    void followsUpdatesDeletesAndUndo();
    void followsInsertManyAndReplace();
    void cascadeDeletesLeaveNoHits();
    void indexTablesAreNotEntities();
    void upgradedFileIsIndexed();
    void rebuildGivesTheSameIndex();
    void bulkInsertIndexesLikeTheTriggers();
    void failedBulkInsertKeepsTheTriggers();
    void bulkContactImportIsSearchable();
    void mergedPackageIsSearchable();

private:
    // Every index entry with its kind, row and texts, in rowid order.
    static QStringList indexDump(Store& store)
    {
        QStringList out;
        SqliteStatement dump(store.database(), QStringLiteral(
            "SELECT d.docid, d.kind, d.ref, i.title, i.detail FROM search_docs AS d"
            " LEFT JOIN search_index AS i ON i.rowid = d.docid ORDER BY d.docid"));
        while (dump.step())
            out << QStringLiteral("%1|%2|%3|%4|%5").arg(dump.text(0), dump.text(1), dump.text(2), dump.text(3), dump.text(4));
        return out;
    }
    static QString triggerSql(Store& store)
    {
        return store.database().scalar(QStringLiteral(
            "SELECT group_concat(name || ':' || sql, '\n') FROM (SELECT name, sql FROM sqlite_schema"
            " WHERE type = 'trigger' ORDER BY name)")).toString();
    }
    QString insert(const QString& table, const Row& row)
    {
        QString error;
        const QString id = m_store->insert(table, row, &error);
        if (id.isEmpty())
            qWarning() << error;
        return id;
    }
    QStringList find(const QString& text) { return hitTitles(SearchIndex(*m_store).search(text)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_org;
    QString m_section;
};

void TestSearch::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("search-%1.standlab").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    m_store = Store::create(path, OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_org = insert(QStringLiteral("organisations"),
                   Row{{QStringLiteral("name"), QStringLiteral("Ajuntament de Sabadell")},
                       {QStringLiteral("city"), QStringLiteral("Sabadell")}});
    insert(QStringLiteral("people"), Row{{QStringLiteral("name"), QStringLiteral("Àlex Fontcuberta")},
                                         {QStringLiteral("role_title"), QStringLiteral("Data officer")}});
    insert(QStringLiteral("people"), Row{{QStringLiteral("name"), QStringLiteral("Nuria Peñalver")},
                                         {QStringLiteral("bio"), QStringLiteral("Researches platform cooperatives")}});
    insert(QStringLiteral("sessions"), Row{{QStringLiteral("title"), QStringLiteral("Platform work and the right to the city")},
                                           {QStringLiteral("abstract"), QStringLiteral("Riders and regulation")}});
    insert(QStringLiteral("sessions"), Row{{QStringLiteral("title"), QStringLiteral("Gender plans for sharing cities")},
                                           {QStringLiteral("abstract"), QStringLiteral("A model plan for platforms")}});
    const QString document = insert(QStringLiteral("documents"), named(QStringLiteral("title"), QStringLiteral("2020 Action Plan")));
    m_section = insert(QStringLiteral("sections"), named(QStringLiteral("document_id"), document));
    insert(QStringLiteral("actions"), Row{{QStringLiteral("section_id"), m_section},
                                          {QStringLiteral("title"), QStringLiteral("Register of platform workers")}});
    insert(QStringLiteral("datasets"), Row{{QStringLiteral("name"), QStringLiteral("Tourist flats licences")},
                                           {QStringLiteral("city"), QStringLiteral("Barcelona")},
                                           {QStringLiteral("format"), QStringLiteral("CSV")}});
}

void TestSearch::matchExpressionIsSafe_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << QStringLiteral("plat") << QStringLiteral("\"plat\"*");
    QTest::newRow("two words") << QStringLiteral("  plat  bar ") << QStringLiteral("\"plat\"* \"bar\"*");
    QTest::newRow("quotes") << QStringLiteral("\"plat") << QStringLiteral("\"plat\"*");
    QTest::newRow("operators") << QStringLiteral("a AND -b OR c*") << QStringLiteral("\"a\"* \"AND\"* \"b\"* \"OR\"* \"c\"*");
    QTest::newRow("column filter") << QStringLiteral("title:x") << QStringLiteral("\"title\"* \"x\"*");
    QTest::newRow("accents kept") << QStringLiteral("Àlex") << QStringLiteral("\"Àlex\"*");
    QTest::newRow("only punctuation") << QStringLiteral("\"*()^:-+") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearch::matchExpressionIsSafe()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(SearchIndex::matchExpression(typed), expression);
}

void TestSearch::findsPrefixesAndAccents_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("partial Sabadell") << QStringLiteral("sabad") << QStringLiteral("Ajuntament de Sabadell");
    QTest::newRow("unaccented Àlex") << QStringLiteral("alex") << QStringLiteral("Àlex Fontcuberta");
    QTest::newRow("accented typed") << QStringLiteral("ÀLEX") << QStringLiteral("Àlex Fontcuberta");
    QTest::newRow("ñ folded") << QStringLiteral("penal") << QStringLiteral("Nuria Peñalver");
    QTest::newRow("prefix of title") << QStringLiteral("plat") << QStringLiteral("Platform work and the right to the city");
    QTest::newRow("two prefixes") << QStringLiteral("gend cit") << QStringLiteral("Gender plans for sharing cities");
    QTest::newRow("action") << QStringLiteral("regist") << QStringLiteral("Register of platform workers");
    QTest::newRow("dataset by city") << QStringLiteral("touris barc") << QStringLiteral("Tourist flats licences");
    QTest::newRow("person by role") << QStringLiteral("officer") << QStringLiteral("Àlex Fontcuberta");
}

void TestSearch::findsPrefixesAndAccents()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QVERIFY2(find(typed).contains(expected), qPrintable(find(typed).join(QLatin1String(" | "))));
}

void TestSearch::userSyntaxNeverFails_data()
{
    QTest::addColumn<QString>("typed");
    for (const char* text : {"\"", "\"plat", "plat*", "(plat", "plat)", "NEAR(a b)", "a OR", "AND", "NOT plat",
                             "title:plat", "^plat", "-plat", "+", "{title}: x", "'; DROP TABLE sessions; --", "*"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestSearch::userSyntaxNeverFails()
{
    QFETCH(QString, typed);
    QString error;
    SearchIndex(*m_store).search(typed, 8, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_store->count(QStringLiteral("sessions")), 2);
}

void TestSearch::groupsByKindBestFirst()
{
    // "plat" is in two sessions, a person's bio and an action: sessions first, and a title match first.
    const QVector<SearchHit> hits = SearchIndex(*m_store).search(QStringLiteral("plat"));
    QCOMPARE(hits.size(), 4);
    QCOMPARE(hits.at(0).kind, SearchHit::Kind::Session);
    QCOMPARE(hits.at(0).title, QStringLiteral("Platform work and the right to the city"));
    QCOMPARE(hits.at(1).kind, SearchHit::Kind::Session);
    QCOMPARE(hits.at(2).kind, SearchHit::Kind::Person);
    QCOMPARE(hits.at(2).detail, QStringLiteral("Researches platform cooperatives"));
    QCOMPARE(hits.at(3).kind, SearchHit::Kind::Action);
    QVERIFY(!hits.at(3).id.isEmpty());
    QVERIFY(m_store->row(QStringLiteral("actions"), hits.at(3).id));
}

void TestSearch::limitsEachKind()
{
    QVector<Row> rows;
    for (int i = 0; i < 30; ++i)
        rows << named(QStringLiteral("title"), QStringLiteral("Platform talk %1").arg(i));
    QVERIFY(m_store->insertMany(QStringLiteral("sessions"), rows, false));
    const QVector<SearchHit> hits = SearchIndex(*m_store).search(QStringLiteral("platform"), 5);
    int sessions = 0;
    for (const SearchHit& hit : hits)
        sessions += hit.kind == SearchHit::Kind::Session;
    QCOMPARE(sessions, 5);
    QVERIFY(hitTitles(hits).contains(QStringLiteral("Register of platform workers")));
}

void TestSearch::titleMatchesComeFirstInALargeEvent()
{
    // More matches than the search ranks one by one: a title match still wins over the many rows that
    // only mention the word.
    QVector<Row> rows;
    for (int i = 0; i < 200; ++i)
        rows << Row{{QStringLiteral("title"), QStringLiteral("Talk %1").arg(i)},
                    {QStringLiteral("abstract"), QStringLiteral("Mentions zebras in passing")}};
    QVERIFY(m_store->insertMany(QStringLiteral("sessions"), rows, false));
    insert(QStringLiteral("sessions"), named(QStringLiteral("title"), QStringLiteral("Zebra crossings and riders")));
    const QVector<SearchHit> hits = SearchIndex(*m_store).search(QStringLiteral("zebr"), 8);
    QCOMPARE(hits.size(), 8);
    QCOMPARE(hits.first().title, QStringLiteral("Zebra crossings and riders"));
    // Each kind keeps its own range of index rows.
    QCOMPARE(m_store->database().scalar(QStringLiteral(
                 "SELECT count(*) FROM search_docs WHERE kind = 'session' AND (docid >> 40) <> 1")).toInt(), 0);
    QCOMPARE(m_store->database().scalar(QStringLiteral(
                 "SELECT count(*) FROM search_docs WHERE kind = 'dataset' AND (docid >> 40) <> 5")).toInt(), 0);
}

void TestSearch::followsUpdatesDeletesAndUndo()
{
    const QString id = insert(QStringLiteral("sessions"), named(QStringLiteral("title"), QStringLiteral("Hackathon kick-off")));
    QCOMPARE(find(QStringLiteral("hack")), QStringList{QStringLiteral("Hackathon kick-off")});
    QVERIFY(m_store->update(QStringLiteral("sessions"), id, named(QStringLiteral("title"), QStringLiteral("Datathon kick-off"))));
    QVERIFY(find(QStringLiteral("hack")).isEmpty());
    QCOMPARE(find(QStringLiteral("datath")), QStringList{QStringLiteral("Datathon kick-off")});
    // A change of another column leaves the entry as it is.
    QVERIFY(m_store->update(QStringLiteral("sessions"), id, named(QStringLiteral("status"), QStringLiteral("confirmed"))));
    QCOMPARE(find(QStringLiteral("datath")), QStringList{QStringLiteral("Datathon kick-off")});
    const std::optional<RowSet> removed = m_store->remove(QStringLiteral("sessions"), id);
    QVERIFY(removed);
    QVERIFY(find(QStringLiteral("datath")).isEmpty());
    QVERIFY(m_store->restore(*removed));
    QCOMPARE(find(QStringLiteral("datath")), QStringList{QStringLiteral("Datathon kick-off")});
}

void TestSearch::followsInsertManyAndReplace()
{
    // Imports, bundles and sync packages come in through insertMany, keeping their own ids and stamps.
    Row row{{QStringLiteral("id"), QStringLiteral("ds-synced")},
            {QStringLiteral("created_at"), QStringLiteral("2019-10-01T10:00:00.000Z")},
            {QStringLiteral("updated_at"), 5000},
            {QStringLiteral("laptop_id"), QStringLiteral("laptop-b")},
            {QStringLiteral("name"), QStringLiteral("Bicing stations")}};
    QVERIFY(m_store->insertMany(QStringLiteral("datasets"), {row}, true));
    QCOMPARE(find(QStringLiteral("bicing")), QStringList{QStringLiteral("Bicing stations")});
    // INSERT OR REPLACE deletes the old row without firing its delete trigger: the insert trigger copes.
    QVERIFY(m_store->database().exec(QStringLiteral(
        "INSERT OR REPLACE INTO datasets (id, created_at, updated_at, laptop_id, name) "
        "VALUES ('ds-synced', '2019-10-01T10:00:00.000Z', 6000, 'laptop-b', 'Bicycle stations')")));
    QVERIFY(find(QStringLiteral("bicing")).isEmpty());
    QCOMPARE(find(QStringLiteral("bicyc")), QStringList{QStringLiteral("Bicycle stations")});
    QCOMPARE(m_store->database().scalar(QStringLiteral("SELECT count(*) FROM search_docs")).toInt(),
             m_store->database().scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt());
}

void TestSearch::cascadeDeletesLeaveNoHits()
{
    // Deleting a section cascades to its actions inside SQLite: their entries go too.
    QVERIFY(!find(QStringLiteral("regist")).isEmpty());
    QVERIFY(m_store->remove(QStringLiteral("sections"), m_section));
    QVERIFY(find(QStringLiteral("regist")).isEmpty());
    QCOMPARE(m_store->database().scalar(QStringLiteral("SELECT count(*) FROM search_docs WHERE kind = 'action'")).toInt(), 0);
}

void TestSearch::indexTablesAreNotEntities()
{
    for (const QString& table : Migrations::entityTables())
        QVERIFY2(!table.startsWith(QLatin1String("search")), qPrintable(table));
    // No stamps: insertMany (bundles, sync) refuses them instead of copying index rows between files.
    QString error;
    QVERIFY(!m_store->insertMany(QStringLiteral("search_docs"), {Row{}}, false, &error));
    QVERIFY(!error.isEmpty());
}

void TestSearch::upgradedFileIsIndexed()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.standlab"));
    {
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.open(path, SqliteDatabase::Mode::Create, &error), qPrintable(error));
        QVERIFY2(Migrations::migrate(db, 2, &error), qPrintable(error));
        QVERIFY2(db.exec(QStringLiteral(
                     "INSERT INTO organisations (id, created_at, updated_at, laptop_id, name, city) "
                     "VALUES ('org-1', '2019-09-01T10:00:00.000Z', 100, 'old', 'Cooperativa d''Exemple', 'Sabadell');"
                     "INSERT INTO sessions (id, created_at, updated_at, laptop_id, title) "
                     "VALUES ('session-1', '2019-09-01T10:00:00.000Z', 102, 'old', 'Línia de dades');"
                     "INSERT INTO meta (key, value) VALUES ('hlc_last', '104');"), &error),
                 qPrintable(error));
    }
    QString error;
    auto store = Store::open(path, OpenOptions::forLaptop(QStringLiteral("upgrader")), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    const QVector<SearchHit> byCity = SearchIndex(*store).search(QStringLiteral("sabad"));
    QCOMPARE(byCity.size(), 1);
    QCOMPARE(byCity.at(0).id, QStringLiteral("org-1"));
    QCOMPARE(hitTitles(SearchIndex(*store).search(QStringLiteral("linia dad"))), QStringList{QStringLiteral("Línia de dades")});
}

void TestSearch::rebuildGivesTheSameIndex()
{
    const QVector<SearchHit> before = SearchIndex(*m_store).search(QStringLiteral("plat"));
    QVERIFY(m_store->database().exec(QStringLiteral("DELETE FROM search_index; DELETE FROM search_docs;")));
    QVERIFY(SearchIndex(*m_store).search(QStringLiteral("plat")).isEmpty());
    QString error;
    QVERIFY2(SearchIndex::rebuild(*m_store, &error), qPrintable(error));
    const QVector<SearchHit> after = SearchIndex(*m_store).search(QStringLiteral("plat"));
    QCOMPARE(hitTitles(after), hitTitles(before));
    QCOMPARE(after.at(2).detail, before.at(2).detail);
}

void TestSearch::bulkInsertIndexesLikeTheTriggers()
{
    // insertMany indexes many rows in one set-based pass; the result must be what the row triggers give.
    const QString triggersBefore = triggerSql(*m_store);
    QVector<Row> people, datasets;
    for (int i = 0; i < 120; ++i)
        people << Row{{QStringLiteral("id"), QStringLiteral("person-%1").arg(i)},
                      {QStringLiteral("name"), QStringLiteral("Persona Bulk %1").arg(i)},
                      {QStringLiteral("role_title"), QStringLiteral("Tècnica %1").arg(i)},
                      {QStringLiteral("email"), QStringLiteral("p%1@example.org").arg(i)}};
    for (int i = 0; i < 40; ++i)
        datasets << Row{{QStringLiteral("id"), QStringLiteral("dataset-%1").arg(i)},
                        {QStringLiteral("name"), QStringLiteral("Conjunt %1").arg(i)},
                        {QStringLiteral("city"), QStringLiteral("Girona")}};
    // A second file with the same fixture rows (same ids, same order), filled one insert() at a time.
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("one-by-one.standlab"));
    QFile::remove(path);
    auto other = Store::create(path, OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
    QVERIFY2(other, qPrintable(error));
    for (const QString& table : Migrations::entityTables())
        for (const Row& row : m_store->rows(table))
            QVERIFY2(!other->insert(table, row, &error).isEmpty(), qPrintable(error));
    for (const Row& row : qAsConst(people))
        QVERIFY2(!other->insert(QStringLiteral("people"), row, &error).isEmpty(), qPrintable(error));
    for (const Row& row : qAsConst(datasets))
        QVERIFY2(!other->insert(QStringLiteral("datasets"), row, &error).isEmpty(), qPrintable(error));

    QVERIFY2(m_store->insertMany(QStringLiteral("people"), people, false, &error), qPrintable(error));
    QVERIFY2(m_store->insertMany(QStringLiteral("datasets"), datasets, false, &error), qPrintable(error));
    QCOMPARE(triggerSql(*m_store), triggersBefore);
    const QStringList bulk = indexDump(*m_store);
    QCOMPARE(bulk.size(), 9 + 120 + 40 - 2); // the fixture's document and section are not indexed
    QCOMPARE(bulk, indexDump(*other));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("tecnica 117"))), QStringList{QStringLiteral("Persona Bulk 117")});
    // The triggers are back: a single edit after the bulk insert is followed.
    QVERIFY(m_store->update(QStringLiteral("datasets"), QStringLiteral("dataset-3"), {{QStringLiteral("name"), QStringLiteral("Arbres")}}));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("arbres"))), QStringList{QStringLiteral("Arbres")});
}

void TestSearch::failedBulkInsertKeepsTheTriggers()
{
    const QString triggersBefore = triggerSql(*m_store);
    const QStringList indexBefore = indexDump(*m_store);
    QVector<Row> rows;
    for (int i = 0; i < 50; ++i)
        rows << Row{{QStringLiteral("id"), QStringLiteral("same-%1").arg(i % 49)}, {QStringLiteral("title"), QStringLiteral("Repetida")}};
    QString error;
    QVERIFY(!m_store->insertMany(QStringLiteral("sessions"), rows, false, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(triggerSql(*m_store), triggersBefore);
    QCOMPARE(indexDump(*m_store), indexBefore);
    QVERIFY(find(QStringLiteral("repetida")).isEmpty());
    insert(QStringLiteral("sessions"), named(QStringLiteral("title"), QStringLiteral("Una sola")));
    QCOMPARE(find(QStringLiteral("sola")), QStringList{QStringLiteral("Una sola")});
}

void TestSearch::bulkContactImportIsSearchable()
{
    QVector<CsvRecord> records{{{QStringLiteral("Organisation"), QStringLiteral("City"), QStringLiteral("Name"),
                                 QStringLiteral("Email")}, 1}};
    for (int i = 0; i < 200; ++i)
        records << CsvRecord{{QStringLiteral("Cooperativa %1").arg(i / 2), QStringLiteral("Reus"),
                              QStringLiteral("Contacte Importat %1").arg(i), QStringLiteral("c%1@example.org").arg(i)}, i + 2};
    ContactImporter importer(*m_store);
    importer.setRecords(records);
    const ContactImportReport report = importer.apply();
    QVERIFY2(report.applied, qPrintable(report.summary()));
    QCOMPARE(report.peopleToAdd, 200);
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 199"))), QStringList{QStringLiteral("Contacte Importat 199")});
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("cooperativa 99"))), QStringList{QStringLiteral("Cooperativa 99")});
    QCOMPARE(m_store->database().scalar(QStringLiteral("SELECT count(*) FROM search_docs WHERE kind = 'person'")).toInt(), 202);
    QCOMPARE(m_store->database().scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt(),
             m_store->database().scalar(QStringLiteral("SELECT count(*) FROM search_docs")).toInt());
}

void TestSearch::mergedPackageIsSearchable()
{
    // A sync merge indexes the rows it wrote in one pass at the end: edited, added and untouched rows.
    QString error;
    const QString copy = m_dir.filePath(QStringLiteral("receiver.standlab"));
    QFile::remove(copy);
    QVERIFY2(m_store->saveCopy(copy, &error), qPrintable(error));
    auto receiver = Store::open(copy, OpenOptions::forLaptop(QStringLiteral("laptop-b")), &error);
    QVERIFY2(receiver, qPrintable(error));
    const QString triggersBefore = triggerSql(*receiver);
    const qint64 since = m_store->clock().now();
    const QString session = m_store->rows(QStringLiteral("sessions")).first().value(QStringLiteral("id")).toString();
    QVERIFY(m_store->update(QStringLiteral("sessions"), session, {{QStringLiteral("title"), QStringLiteral("Algorithmic rent")}}));
    const QString person = m_store->rows(QStringLiteral("people")).first().value(QStringLiteral("id")).toString();
    QVERIFY(m_store->update(QStringLiteral("people"), person, {{QStringLiteral("notes"), QStringLiteral("not indexed")}}));
    insert(QStringLiteral("datasets"), named(QStringLiteral("name"), QStringLiteral("Noise sensors")));
    const SyncPackage package = SyncExporter(*m_store, QStringLiteral("Laptop A")).build(since);
    SyncSummary summary;
    QVERIFY2(SyncMerger(*receiver).merge({package}, {}, &summary, &error), qPrintable(error));
    QCOMPARE(summary.totalChanges(), 3);
    QCOMPARE(triggerSql(*receiver), triggersBefore);
    QCOMPARE(indexDump(*receiver), indexDump(*m_store));
    QCOMPARE(hitTitles(SearchIndex(*receiver).search(QStringLiteral("algorithm"))), QStringList{QStringLiteral("Algorithmic rent")});
    QCOMPARE(hitTitles(SearchIndex(*receiver).search(QStringLiteral("noise"))), QStringList{QStringLiteral("Noise sensors")});
}

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
