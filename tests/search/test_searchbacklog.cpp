// SPDX-License-Identifier: GPL-3.0-or-later
#include "hittitles.h"
#include "contacts/contactimporter.h"
#include "csv/csvwriter.h"
#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "document/eventdocument.h"
#include "document/searchcatchup.h"
#include "search/searchindex.h"
#include "store/store.h"
#include "store/timeorderedid.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

namespace {

constexpr int ImportedPeople = 2400; // above the size from which an import leaves indexing for later

QVector<CsvRecord> contactRecords(int people)
{
    QVector<CsvRecord> records{{{QStringLiteral("Organisation"), QStringLiteral("City"), QStringLiteral("Name"),
                                 QStringLiteral("Email")}, 1}};
    for (int i = 0; i < people; ++i)
        records << CsvRecord{{QStringLiteral("Cooperativa %1").arg(i / 2), QStringLiteral("Reus"),
                              QStringLiteral("Contacte Importat %1").arg(i), QStringLiteral("c%1@example.org").arg(i)},
                             i + 2};
    return records;
}

// What the index says about each row, whatever docids it was given: kind, row id, title, detail.
QStringList indexContents(Store& store)
{
    QStringList out;
    SqliteStatement dump(store.database(), QStringLiteral(
        "SELECT d.kind, d.ref, i.title, i.detail FROM search_docs AS d"
        " LEFT JOIN search_index AS i ON i.rowid = d.docid ORDER BY d.kind, d.ref"));
    while (dump.step())
        out << QStringLiteral("%1|%2|%3|%4").arg(dump.text(0), dump.text(1), dump.text(2), dump.text(3));
    return out;
}

QString triggerSql(Store& store)
{
    return store.database().scalar(QStringLiteral(
        "SELECT group_concat(name || ':' || sql, '\n') FROM (SELECT name, sql FROM sqlite_schema"
        " WHERE type = 'trigger' ORDER BY name)")).toString();
}

} // namespace

// A large import is saved at once and indexed for search afterwards, in steps (SearchBacklog): the
// rows are never lost to search, whatever happens between the import and the last step.
class TestSearchBacklog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }

    void largeImportIsIndexedInSteps();
    void smallImportIsIndexedAtOnce();
    void editsBeforeTheCatchUpAreIndexedAsTheyAreNow();
    void backlogSurvivesClosingTheFile();
    void rebuildClearsTheBacklog();
    void windowCatchesUpBetweenEvents();
    void commandLineImportLeavesNothingWaiting();
    void timeOrderedIdsSortByCreation();

private:
    ContactImportReport importContacts(int people)
    {
        ContactImporter importer(*m_store);
        importer.setRecords(contactRecords(people));
        return importer.apply();
    }
    bool integrityHolds()
    {
        return m_store->database().exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES('integrity-check')"))
               && m_store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok");
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

void TestSearchBacklog::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_path = m_dir.filePath(QStringLiteral("backlog-%1.standlab").arg(QLatin1String(QTest::currentTestFunction())));
    m_store = Store::create(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY(!m_store->insert(QStringLiteral("people"), Row{{QStringLiteral("name"), QStringLiteral("Àlex Fontcuberta")}}).isEmpty());
}

void TestSearchBacklog::largeImportIsIndexedInSteps()
{
    const QString triggersBefore = triggerSql(*m_store);
    const ContactImportReport report = importContacts(ImportedPeople);
    QVERIFY2(report.applied, qPrintable(report.summary()));
    QCOMPARE(report.peopleToAdd, ImportedPeople);
    QCOMPARE(triggerSql(*m_store), triggersBefore);

    // Saved and counted at once; search waits for the catch-up (1,200 organisations are below the size
    // from which indexing waits, so they are found already).
    QCOMPARE(m_store->count(QStringLiteral("people")), qint64(ImportedPeople + 1));
    QCOMPARE(m_store->searchBacklog(), qint64(ImportedPeople));
    QVERIFY(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 2399"))).isEmpty());
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("cooperativa 1199"))), QStringList{QStringLiteral("Cooperativa 1199")});
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("fontcuberta"))), QStringList{QStringLiteral("Àlex Fontcuberta")});
    QVERIFY(integrityHolds());

    QString error;
    QVERIFY2(m_store->catchUpSearchIndex(1000, &error), qPrintable(error));
    QCOMPARE(m_store->searchBacklog(), qint64(ImportedPeople - 1000));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 999"))), QStringList{QStringLiteral("Contacte Importat 999")});
    QVERIFY(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 1000"))).isEmpty());
    QVERIFY(integrityHolds());
    QVERIFY2(m_store->catchUpSearchIndex(1000, &error), qPrintable(error));
    QVERIFY2(m_store->catchUpSearchIndex(1000, &error), qPrintable(error));
    QCOMPARE(m_store->searchBacklog(), qint64(0));
    QVERIFY2(m_store->catchUpSearchIndex(1000, &error), qPrintable(error)); // nothing left: a no-op
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 2399"))), QStringList{QStringLiteral("Contacte Importat 2399")});
    QVERIFY(integrityHolds());

    // The index the steps built is the one a rebuild from the rows gives.
    const QStringList stepped = indexContents(*m_store);
    QCOMPARE(stepped.size(), ImportedPeople + 1 + ImportedPeople / 2);
    QVERIFY2(SearchIndex::rebuild(*m_store, &error), qPrintable(error));
    QCOMPARE(indexContents(*m_store), stepped);
}

void TestSearchBacklog::smallImportIsIndexedAtOnce()
{
    const ContactImportReport report = importContacts(300);
    QVERIFY2(report.applied, qPrintable(report.summary()));
    QCOMPARE(m_store->searchBacklog(), qint64(0));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 299"))), QStringList{QStringLiteral("Contacte Importat 299")});
}

void TestSearchBacklog::editsBeforeTheCatchUpAreIndexedAsTheyAreNow()
{
    QVERIFY(importContacts(ImportedPeople).applied);
    QString error;
    const auto find = [this](const QString& name) {
        return m_store->rows(QStringLiteral("people"), QStringLiteral("name = ?"), {name}).value(0).value(QStringLiteral("id")).toString();
    };
    const QString renamed = find(QStringLiteral("Contacte Importat 7"));
    const QString removed = find(QStringLiteral("Contacte Importat 8"));
    QVERIFY(!renamed.isEmpty() && !removed.isEmpty());
    QVERIFY2(m_store->update(QStringLiteral("people"), renamed, {{QStringLiteral("name"), QStringLiteral("Berta Rebatejada")}}, &error),
             qPrintable(error));
    QVERIFY2(m_store->remove(QStringLiteral("people"), removed, &error), qPrintable(error));
    // A row written one at a time meanwhile is indexed by its trigger, and again by the catch-up: once.
    QVERIFY(!m_store->insert(QStringLiteral("people"), Row{{QStringLiteral("name"), QStringLiteral("Carme Entremig")}}).isEmpty());
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("entremig"))), QStringList{QStringLiteral("Carme Entremig")});

    QVERIFY2(m_store->catchUpSearchIndex(0, &error), qPrintable(error));
    QCOMPARE(m_store->searchBacklog(), qint64(0));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("rebatejada"))), QStringList{QStringLiteral("Berta Rebatejada")});
    // "importat 7" is also the prefix of "Importat 70…": what matters is that the old names are gone.
    QVERIFY(!hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 7"), 64)).contains(QStringLiteral("Contacte Importat 7")));
    QVERIFY(!hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 8"), 64)).contains(QStringLiteral("Contacte Importat 8")));
    QVERIFY(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 9"), 64)).contains(QStringLiteral("Contacte Importat 9")));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("entremig"))), QStringList{QStringLiteral("Carme Entremig")});
    QVERIFY(integrityHolds());
    const QStringList stepped = indexContents(*m_store);
    QVERIFY2(SearchIndex::rebuild(*m_store, &error), qPrintable(error));
    QCOMPARE(indexContents(*m_store), stepped);
}

void TestSearchBacklog::backlogSurvivesClosingTheFile()
{
    QVERIFY(importContacts(ImportedPeople).applied);
    QString error;
    QVERIFY2(m_store->catchUpSearchIndex(500, &error), qPrintable(error));
    m_store.reset();
    m_store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QCOMPARE(m_store->searchBacklog(), qint64(ImportedPeople - 500));
    QVERIFY2(m_store->catchUpSearchIndex(0, &error), qPrintable(error));
    QCOMPARE(m_store->searchBacklog(), qint64(0));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 2399"))), QStringList{QStringLiteral("Contacte Importat 2399")});
}

void TestSearchBacklog::rebuildClearsTheBacklog()
{
    QVERIFY(importContacts(ImportedPeople).applied);
    QString error;
    QVERIFY2(SearchIndex::rebuild(*m_store, &error), qPrintable(error));
    QCOMPARE(m_store->searchBacklog(), qint64(0));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 1234"))), QStringList{QStringLiteral("Contacte Importat 1234")});
}

void TestSearchBacklog::windowCatchesUpBetweenEvents()
{
    // The window's document starts the catch-up itself after an import, and reports each step.
    EventDocument document(std::move(m_store));
    Store& store = document.store();
    QSignalSpy progress(&document.searchCatchUp(), &SearchCatchUp::progress);
    QSignalSpy finished(&document.searchCatchUp(), &SearchCatchUp::finished);
    ContactImporter importer(store);
    importer.setRecords(contactRecords(ImportedPeople));
    QVERIFY(importer.apply().applied);
    QVERIFY(document.searchCatchUp().isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(store.searchBacklog(), qint64(0));
    // One report before the first step, one after each of the ceil(2400 / StepRows) steps.
    QCOMPARE(progress.size(), 1 + (ImportedPeople + SearchCatchUp::StepRows - 1) / SearchCatchUp::StepRows);
    qint64 last = -1;
    for (const QList<QVariant>& report : qAsConst(progress)) {
        QVERIFY(report.at(0).toLongLong() > last);
        QCOMPARE(report.at(1).toLongLong(), qint64(ImportedPeople));
        last = report.at(0).toLongLong();
    }
    QCOMPARE(last, qint64(ImportedPeople));
    QCOMPARE(hitTitles(SearchIndex(store).search(QStringLiteral("importat 2399"))), QStringList{QStringLiteral("Contacte Importat 2399")});
    m_store.reset();
}

void TestSearchBacklog::commandLineImportLeavesNothingWaiting()
{
    m_store.reset();
    CsvWriter writer;
    for (const CsvRecord& record : contactRecords(ImportedPeople))
        writer.addRow(record.fields);
    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("contacts.csv"));
    QVERIFY2(writer.save(csv, &error), qPrintable(error));
    QProcess cli;
    cli.start(QStringLiteral(STANDLAB_CLI_PATH), {QStringLiteral("import"), m_path, QStringLiteral("--format"),
                                                  QStringLiteral("contacts-csv"), csv});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    m_store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QCOMPARE(m_store->searchBacklog(), qint64(0));
    QCOMPARE(hitTitles(SearchIndex(*m_store).search(QStringLiteral("importat 2399"))), QStringList{QStringLiteral("Contacte Importat 2399")});
}

void TestSearchBacklog::timeOrderedIdsSortByCreation()
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 20000; ++i) {
        const QString id = TimeOrderedId::next();
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), QLatin1Char('7'));                        // version 7
        QVERIFY(QStringLiteral("89ab").contains(id.at(19)));         // RFC 9562 variant
        QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" then ") + id));
        QVERIFY(!QUuid::fromString(id).isNull());
        seen.insert(id);
        previous = id;
    }
    QCOMPARE(seen.size(), 20000);
    // The first 12 digits are the creation time in milliseconds.
    const qint64 millis = QString(previous).remove(QLatin1Char('-')).left(12).toLongLong(nullptr, 16);
    QVERIFY(qAbs(millis - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

QTEST_MAIN(TestSearchBacklog)
#include "test_searchbacklog.moc"
