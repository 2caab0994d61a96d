// SPDX-License-Identifier: GPL-3.0-or-later
#include "../exchange/exchangetesthelpers.h"
#include "demo/demoevent.h"
#include "io/exportrequest.h"
#include "io/formatregistry.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "releases/changereport.h"
#include "releases/releasebook.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;
using namespace standlab::exchangetest;

// Releases of the programme (issue 19): frozen copies, the change list against one, the exports that
// know them (changes, changes-json, the frab version, the HTML section, signs and poster limited to
// what changed), the CLI contract and their travel with sync.
class TestReleases : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("event-%1.standlab").arg(++m_counter));
        QString error;
        m_store = DemoEvent::create(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-releases")), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void aReleaseFreezesTheProgramme()
    {
        QString error;
        const std::optional<Release> v1 = ReleaseBook::make(*m_store, QStringLiteral(" v1 "), QStringLiteral("printed 12 Nov"), &error);
        QVERIFY2(v1, qPrintable(error));
        QCOMPARE(v1->name, QStringLiteral("v1"));
        QCOMPARE(ReleaseBook::sessionCount(*v1), int(m_store->count(QStringLiteral("sessions"))));
        // Later edits leave the release as it was.
        const Session session = firstConfirmed();
        QVERIFY(Repository<Session>(*m_store).setField(session.id, QStringLiteral("title"), QStringLiteral("New"), &error));
        const std::optional<ProgrammeSnapshot> snapshot = ReleaseBook(*m_store).snapshot(*ReleaseBook(*m_store).find(QStringLiteral("v1"), &error), &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->find(session.id)->title, session.title);
        // Names are unique whatever their case; an empty one is refused.
        QVERIFY(!ReleaseBook::make(*m_store, QStringLiteral("V1"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("already a release named “v1”")), qPrintable(error));
        QVERIFY(!ReleaseBook::make(*m_store, QStringLiteral("  "), {}, &error));
        QVERIFY(ReleaseBook::make(*m_store, QStringLiteral("v2"), {}, &error));
        const QVector<Release> all = ReleaseBook(*m_store).list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().name, QStringLiteral("v1"));
        QCOMPARE(ReleaseBook(*m_store).latest()->name, QStringLiteral("v2"));
        QVERIFY(!ReleaseBook(*m_store).find(QStringLiteral("v9"), &error));
        QVERIFY2(error.contains(QStringLiteral("v1, v2")), qPrintable(error));
    }

    void everyKindOfChange()
    {
        QString error;
        QVERIFY(ReleaseBook::make(*m_store, QStringLiteral("v1"), {}, &error));
        Repository<Session> sessions(*m_store);
        const QVector<Session> confirmed = sessions.where(QStringLiteral("status = 'confirmed' AND starts_at IS NOT NULL"),
                                                          {}, QStringLiteral("starts_at, id"));
        QVERIFY(confirmed.size() >= 7);
        const Session moved = confirmed.at(0), renamed = confirmed.at(1), cancelled = confirmed.at(2),
                      deleted = confirmed.at(3), demoted = confirmed.at(4), recast = confirmed.at(5),
                      relocated = confirmed.at(6);
        QVERIFY(sessions.setField(moved.id, QStringLiteral("starts_at"), moved.startsAt.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), &error));
        QVERIFY(sessions.setField(moved.id, QStringLiteral("ends_at"), moved.endsAt.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), &error));
        QVERIFY(sessions.setField(renamed.id, QStringLiteral("title"), QStringLiteral("A *new* name"), &error));
        QVERIFY(sessions.setField(cancelled.id, QStringLiteral("status"), QStringLiteral("cancelled"), &error));
        QVERIFY(sessions.remove(deleted.id, &error));
        QVERIFY(sessions.setField(demoted.id, QStringLiteral("status"), QStringLiteral("idea"), &error));
        const QVector<Space> spaces = Repository<Space>(*m_store).all();
        QString otherSpace;
        for (const Space& space : spaces)
            if (space.id != relocated.spaceId)
                otherSpace = space.id;
        QVERIFY(sessions.setField(relocated.id, QStringLiteral("space_id"), otherSpace, &error));
        // Speakers: someone new on stage.
        Participation added;
        added.sessionId = recast.id;
        added.personId = Repository<Person>(*m_store).all().last().id;
        added.role = QStringLiteral("speaker");
        QVERIFY2(Repository<Participation>(*m_store).add(added, &error), qPrintable(error));
        // Added: an idea that became confirmed.
        Session fresh;
        fresh.title = QStringLiteral("Late addition");
        fresh.status = QStringLiteral("confirmed");
        fresh.spaceId = otherSpace;
        fresh.startsAt = QDateTime(QDate(2019, 11, 21), QTime(9, 0), Qt::UTC);
        fresh.endsAt = QDateTime(QDate(2019, 11, 21), QTime(9, 30), Qt::UTC);
        QVERIFY2(sessions.add(fresh, &error), qPrintable(error));

        const std::optional<ChangeReport> report = ChangeReport::sinceRelease(*m_store, QStringLiteral("V1"), &error);
        QVERIFY2(report, qPrintable(error));
        QHash<QString, QStringList> kinds; // session id -> change keys
        for (const ProgrammeChange& change : report->changes)
            kinds[change.sessionId] << ProgrammeChange::key(change.kind);
        QCOMPARE(kinds.value(moved.id), QStringList{QStringLiteral("moved")});
        QCOMPARE(kinds.value(relocated.id), QStringList{QStringLiteral("moved")});
        QCOMPARE(kinds.value(renamed.id), QStringList{QStringLiteral("renamed")});
        QCOMPARE(kinds.value(cancelled.id), QStringList{QStringLiteral("cancelled")});
        QCOMPARE(kinds.value(deleted.id), QStringList{QStringLiteral("removed")});
        QCOMPARE(kinds.value(demoted.id), QStringList{QStringLiteral("removed")});
        QCOMPARE(kinds.value(recast.id), QStringList{QStringLiteral("speakers")});
        QCOMPARE(kinds.value(fresh.id), QStringList{QStringLiteral("added")});
        QCOMPARE(kinds.size(), 8);

        // The JSON export: the contract's keys and values.
        const QString json = m_dir.filePath(QStringLiteral("changes.json"));
        QVERIFY2(exportAs(QStringLiteral("changes-json"), json, [](ExportRequest& r) { r.since = QStringLiteral("v1"); }, &error),
                 qPrintable(error));
        const QJsonArray array = QJsonDocument::fromJson(readAll(json)).array();
        QCOMPARE(array.size(), 8);
        bool sawRename = false;
        for (const QJsonValue& value : array) {
            const QJsonObject o = value.toObject();
            for (const char* key : {"session", "id", "change", "before", "after"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            if (o.value(QLatin1String("change")).toString() == QLatin1String("renamed")) {
                QCOMPARE(o.value(QLatin1String("before")).toString(), renamed.title);
                QCOMPARE(o.value(QLatin1String("after")).toString(), QStringLiteral("A *new* name"));
                sawRename = true;
            }
        }
        QVERIFY(sawRename);
        // Markdown: a heading per kind, titles escaped.
        const QString md = m_dir.filePath(QStringLiteral("changes.md"));
        QVERIFY2(exportAs(QStringLiteral("changes"), md, [](ExportRequest& r) { r.since = QStringLiteral("v1"); }, &error),
                 qPrintable(error));
        const QString text = QString::fromUtf8(readAll(md));
        QVERIFY(text.startsWith(QStringLiteral("# Changes since v1")));
        for (const char* heading : {"## Added", "## Cancelled", "## Removed", "## Moved", "## Renamed", "## Speakers changed"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        QVERIFY(text.contains(QStringLiteral("A \\*new\\* name")));
        // Without --since, or with an unknown release: a clear refusal, nothing written.
        const QString none = m_dir.filePath(QStringLiteral("none.md"));
        QVERIFY(!exportAs(QStringLiteral("changes"), none, [](ExportRequest&) {}, &error));
        QVERIFY2(error.contains(QStringLiteral("--since")), qPrintable(error));
        QVERIFY(!exportAs(QStringLiteral("changes"), none, [](ExportRequest& r) { r.since = QStringLiteral("v7"); }, &error));
        QVERIFY2(error.contains(QStringLiteral("v7")), qPrintable(error));
        QVERIFY(!QFile::exists(none));
    }

    void exportsCarryTheRelease()
    {
        QString error;
        QVERIFY(ReleaseBook::make(*m_store, QStringLiteral("v1"), {}, &error));
        const QString xml = m_dir.filePath(QStringLiteral("schedule.xml"));
        QVERIFY2(exportAs(QStringLiteral("frab-xml"), xml, [](ExportRequest&) {}, &error), qPrintable(error));
        QVERIFY(readAll(xml).contains("<version>v1</version>"));
        const QString json = m_dir.filePath(QStringLiteral("schedule.json"));
        QVERIFY2(exportAs(QStringLiteral("frab-json"), json, [](ExportRequest&) {}, &error), qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(readAll(json)).object().value(QLatin1String("schedule")).toObject()
                     .value(QLatin1String("version")).toString(), QStringLiteral("v1"));
        // Nothing changed since the only release: the HTML has no list of changes.
        const QString html = m_dir.filePath(QStringLiteral("programme.html"));
        QVERIFY2(exportAs(QStringLiteral("html"), html, [](ExportRequest&) {}, &error), qPrintable(error));
        QVERIFY(!readAll(html).contains("class=\"changes\""));

        const Session session = firstConfirmed();
        QVERIFY(Repository<Session>(*m_store).setField(session.id, QStringLiteral("title"), QStringLiteral("Renamed <b>"), &error));
        QVERIFY2(exportAs(QStringLiteral("frab-xml"), xml, [](ExportRequest&) {}, &error), qPrintable(error));
        QVERIFY(readAll(xml).contains("<version>v1+"));
        QVERIFY2(exportAs(QStringLiteral("html"), html, [](ExportRequest& r) { r.language = QStringLiteral("es"); }, &error),
                 qPrintable(error));
        QByteArray page = readAll(html);
        QVERIFY(page.contains("<aside class=\"changes\"><h2>Cambios desde v1</h2>"));
        QVERIFY(page.contains("Renamed &lt;b&gt;"));
        // Released again: the page tells what v2 changed since v1.
        QVERIFY(ReleaseBook::make(*m_store, QStringLiteral("v2"), {}, &error));
        QVERIFY2(exportAs(QStringLiteral("html"), html, [](ExportRequest&) {}, &error), qPrintable(error));
        page = readAll(html);
        QVERIFY(page.contains("Changes in v2 since v1"));
        QVERIFY2(exportAs(QStringLiteral("frab-xml"), xml, [](ExportRequest&) {}, &error), qPrintable(error));
        QVERIFY(readAll(xml).contains("<version>v2</version>"));
    }

    void signsAndPosterOnlyWhatChanged()
    {
        QString error;
        QVERIFY(ReleaseBook::make(*m_store, QStringLiteral("v1"), {}, &error));
        const QString allSigns = m_dir.filePath(QStringLiteral("all-signs.pdf"));
        QVERIFY2(exportAs(QStringLiteral("signs"), allSigns, [](ExportRequest&) {}, &error), qPrintable(error));
        // Nothing changed: nothing to reprint, said so.
        const QString some = m_dir.filePath(QStringLiteral("signs.pdf"));
        QVERIFY(!exportAs(QStringLiteral("signs"), some, [](ExportRequest& r) { r.changedSince = QStringLiteral("v1"); }, &error));
        QVERIFY2(error.contains(QStringLiteral("no pages to print again")), qPrintable(error));

        const Session session = firstConfirmed();
        QVERIFY(Repository<Session>(*m_store).setField(session.id, QStringLiteral("title"), QStringLiteral("Renamed"), &error));
        QVERIFY2(exportAs(QStringLiteral("signs"), some, [](ExportRequest& r) { r.changedSince = QStringLiteral("v1"); }, &error),
                 qPrintable(error));
        QVERIFY(pageCount(allSigns) > 3);
        const QString space = Repository<Space>(*m_store).find(session.spaceId)->name;
        const QString text = pdfText(some);
        QVERIFY2(text.contains(QStringLiteral("Renamed")), qPrintable(text.left(300)));
        QVERIFY(text.contains(space));
        // One sign (of one space, one day), however long it runs.
        QVERIFY(pageCount(some) < pageCount(allSigns));
        QVERIFY(!text.contains(QStringLiteral("20 November")) && !text.contains(QStringLiteral("21 November")));

        const QString poster = m_dir.filePath(QStringLiteral("poster.pdf"));
        QVERIFY2(exportAs(QStringLiteral("poster"), poster, [](ExportRequest& r) { r.changedSince = QStringLiteral("v1"); }, &error),
                 qPrintable(error));
        QCOMPARE(pageCount(poster), 1);
    }

    void cliReleaseAndSync()
    {
        m_store.reset();
        const QString other = m_dir.filePath(QStringLiteral("other.standlab"));
        QVERIFY(QFile::copy(m_path, other));
        ProcessResult made = runCli({QStringLiteral("release"), m_path, QStringLiteral("--name"), QStringLiteral("v1"),
                                     QStringLiteral("--note"), QStringLiteral("printed 12 Nov")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(made.out.contains("v1"));
        ProcessResult again = runCli({QStringLiteral("release"), m_path, QStringLiteral("--name"), QStringLiteral("v1")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already a release named"), again.err.constData());
        ProcessResult usage = runCli({QStringLiteral("release"), m_path});
        QCOMPARE(usage.exitCode, 2);

        ProcessResult listed = runCli({QStringLiteral("releases"), m_path, QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QLatin1String("name")].toString(), QStringLiteral("v1"));
        QCOMPARE(list.at(0)[QLatin1String("note")].toString(), QStringLiteral("printed 12 Nov"));
        QVERIFY(list.at(0)[QLatin1String("sessions")].toInt() > 0);
        QVERIFY(!list.at(0)[QLatin1String("released_at")].toString().isEmpty());
        QVERIFY(runCli({QStringLiteral("releases"), m_path}).out.contains("printed 12 Nov"));

        // --changed-since belongs to signs, poster and letters only.
        ProcessResult wrong = runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("booklet"),
                                      QStringLiteral("--changed-since"), QStringLiteral("v1"), QStringLiteral("--output"),
                                      m_dir.filePath(QStringLiteral("b.pdf"))});
        QCOMPARE(wrong.exitCode, 2);
        ProcessResult changes = runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("changes"),
                                        QStringLiteral("--since"), QStringLiteral("v1"), QStringLiteral("--output"),
                                        m_dir.filePath(QStringLiteral("c.md"))});
        QVERIFY2(changes.exitCode == 0, changes.err.constData());

        // A release made on one laptop appears on the other.
        const QString package = m_dir.filePath(QStringLiteral("a.standlab-sync"));
        ProcessResult exported = runCli({QStringLiteral("sync"), QStringLiteral("export"), m_path, QStringLiteral("--output"), package});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        ProcessResult imported = runCli({QStringLiteral("sync"), QStringLiteral("import"), other, package});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QString error;
        std::unique_ptr<Store> copy = Store::open(other, OpenOptions::forLaptop(QStringLiteral("laptop-b")), &error);
        QVERIFY2(copy, qPrintable(error));
        const std::optional<Release> arrived = ReleaseBook(*copy).find(QStringLiteral("v1"), &error);
        QVERIFY2(arrived, qPrintable(error));
        QCOMPARE(arrived->note, QStringLiteral("printed 12 Nov"));
        const std::optional<ChangeReport> report = ChangeReport::sinceRelease(*copy, QStringLiteral("v1"), &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->changes.isEmpty());
    }

private:
    Session firstConfirmed() const
    {
        return Repository<Session>(*m_store)
            .where(QStringLiteral("status = 'confirmed' AND starts_at IS NOT NULL AND space_id IS NOT NULL"), {},
                   QStringLiteral("starts_at, id"))
            .first();
    }

    bool exportAs(const QString& format, const QString& output, const std::function<void(ExportRequest&)>& adjust,
                  QString* error) const
    {
        ExportRequest request;
        request.output = output;
        adjust(request);
        const FormatRegistry::ExportFormat* found = FormatRegistry::builtIn().exportFormat(format);
        return found && found->write(*m_store, request, error);
    }

    static int pageCount(const QString& pdf)
    {
        const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {pdf});
        for (const QByteArray& line : info.out.split('\n'))
            if (line.startsWith("Pages:"))
                return line.mid(6).trimmed().toInt();
        return -1;
    }

    static QString pdfText(const QString& pdf)
    {
        return QString::fromUtf8(runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestReleases)
#include "test_releases.moc"
