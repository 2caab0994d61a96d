// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "document/eventdocument.h"
#include "io/eventbundle.h"
#include "mainwindow/eventopener.h"
#include "mainwindow/fileactions.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "settings/appsettings.h"
#include "settings/recentfiles.h"
#include "shellmodels/actionsmodel.h"
#include "shellmodels/contactsmodel.h"
#include "shellmodels/peoplemodel.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace standlab;

// Settings, recent files, opening and copying events, and the models behind the read-only pages.
class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void laptopIdIsMadeOnceAndKept();
    void languagePreference();
    void recentFilesAreNewestFirstAndBounded();
    void recentFilesPruneMissing();
    void demoCopiesAreNumberedAndLeaveTheResourceAlone();
    void createAddsSuffixAndRefusesExisting();
    void openRefusesBadFiles_data();
    void openRefusesBadFiles();
    void openedFilesCarryTheLaptopId();
    void peopleModelFollowsTheStore();
    void contactsModelShowsEngagement();
    void saveCopyMatchesTheOriginal();
    void saveCopyRefusesTheOpenFile();
    void bundleIsValidJson();

private:
    std::unique_ptr<EventDocument> emptyEvent(const QString& name);
    QTemporaryDir m_dir;
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StandLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("Stand Lab Test"));
    QVERIFY(m_dir.isValid());
}

void TestShell::init()
{
    QSettings().clear();
    QDir(EventOpener::demoFolder()).removeRecursively();
}

std::unique_ptr<EventDocument> TestShell::emptyEvent(const QString& name)
{
    QString error;
    auto document = EventOpener::create(m_dir.filePath(name), &error);
    if (!document)
        qWarning() << error;
    return document;
}

void TestShell::laptopIdIsMadeOnceAndKept()
{
    const QString id = AppSettings::laptopId();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(AppSettings::laptopId(), id);
    QCOMPARE(QSettings().value(QStringLiteral("identity/laptopId")).toString(), id);
    QVERIFY(EventOpener::options().laptopId.isEmpty()); // the file's replica id, not the laptop's, stamps edits
}

void TestShell::languagePreference()
{
    QCOMPARE(AppSettings::language(), QString());
    AppSettings::setLanguage(QStringLiteral("ca"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ca"));
    AppSettings::setLanguage(QString());
    QCOMPARE(AppSettings::language(), QString());
    QCOMPARE(AppSettings::languages().size(), 5);
    AppSettings::setLaptopName(QStringLiteral("Stand laptop 2"));
    QCOMPARE(AppSettings::laptopName(), QStringLiteral("Stand laptop 2"));
    AppSettings::setLaptopName(QString());
    QCOMPARE(AppSettings::laptopName(), AppSettings::defaultLaptopName());
}

void TestShell::recentFilesAreNewestFirstAndBounded()
{
    QStringList made;
    for (int i = 0; i < RecentFiles::maximum + 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("recent-%1.standlab").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        made << QFileInfo(path).canonicalFilePath();
        RecentFiles::add(path);
    }
    const QStringList recent = RecentFiles::all();
    QCOMPARE(recent.size(), RecentFiles::maximum);
    QCOMPARE(recent.first(), made.last());
    RecentFiles::add(made.at(5));
    QCOMPARE(RecentFiles::all().first(), made.at(5));
    QCOMPARE(RecentFiles::all().count(made.at(5)), 1);
}

void TestShell::recentFilesPruneMissing()
{
    const QString kept = m_dir.filePath(QStringLiteral("kept.standlab"));
    const QString gone = m_dir.filePath(QStringLiteral("gone.standlab"));
    for (const QString& path : {kept, gone}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        RecentFiles::add(path);
    }
    QVERIFY(QFile::remove(gone));
    QCOMPARE(RecentFiles::all().size(), 2); // still listed (greyed) until pruned
    QCOMPARE(RecentFiles::prune(), 1);
    QCOMPARE(RecentFiles::all(), QStringList{QFileInfo(kept).canonicalFilePath()});
}

void TestShell::demoCopiesAreNumberedAndLeaveTheResourceAlone()
{
    const QByteArray before = QCryptographicHash::hash(DemoEvent::bundleJson(), QCryptographicHash::Sha256);
    QVERIFY(!before.isEmpty());
    QString error;
    auto first = EventOpener::openDemoCopy(&error);
    QVERIFY2(first, qPrintable(error));
    auto second = EventOpener::openDemoCopy(&error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(QFileInfo(first->path()).fileName(), QStringLiteral("Stand Lab demo.standlab"));
    QCOMPARE(QFileInfo(second->path()).fileName(), QStringLiteral("Stand Lab demo (2).standlab"));
    QCOMPARE(QFileInfo(first->path()).absolutePath(), QFileInfo(EventOpener::demoFolder()).absoluteFilePath());
    QCOMPARE(Repository<Session>(second->store()).count(), Repository<Session>(first->store()).count());
    QVERIFY(Repository<Session>(first->store()).count() > 0);
    QCOMPARE(QCryptographicHash::hash(DemoEvent::bundleJson(), QCryptographicHash::Sha256), before);
    QCOMPARE(RecentFiles::all().first(), QFileInfo(second->path()).canonicalFilePath());
}

void TestShell::createAddsSuffixAndRefusesExisting()
{
    QString error;
    auto document = EventOpener::create(m_dir.filePath(QStringLiteral("no-suffix")), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->path().endsWith(QLatin1String("no-suffix.standlab")));
    QVERIFY(!document->isReadOnly());
    QVERIFY(!EventOpener::create(m_dir.filePath(QStringLiteral("no-suffix.standlab")), &error));
    QVERIFY(!error.isEmpty());
}

void TestShell::openRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("This is not an event file.\n");
    QTest::newRow("truncated sqlite") << QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\x01');
}

void TestShell::openRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.standlab").arg(tag));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    QVERIFY(!EventOpener::open(path, &error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(RecentFiles::all().isEmpty()); // a file that did not open is not remembered
}

void TestShell::openedFilesCarryTheLaptopId()
{
    auto document = emptyEvent(QStringLiteral("laptop.standlab"));
    QVERIFY(document);
    const QString replica = document->store().laptopId();
    QVERIFY(!QUuid::fromString(replica).isNull());
    QVERIFY(replica != AppSettings::laptopId()); // one id per copy of a file, not per laptop
    document.reset();
    QString error;
    auto reopened = EventOpener::open(m_dir.filePath(QStringLiteral("laptop.standlab")), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->store().laptopId(), replica); // the same copy keeps its id
}

void TestShell::peopleModelFollowsTheStore()
{
    auto document = emptyEvent(QStringLiteral("people.standlab"));
    QVERIFY(document);
    Store& store = document->store();
    Organisation city;
    city.name = QStringLiteral("Ajuntament de Girona");
    QVERIFY(Repository<Organisation>(store).add(city));
    Person ana;
    ana.name = QStringLiteral("Ana Ferrer");
    ana.organisationId = city.id;
    QVERIFY(Repository<Person>(store).add(ana));
    Session talk;
    talk.title = QStringLiteral("Commons in practice");
    QVERIFY(Repository<Session>(store).add(talk));
    for (const QString& role : {QStringLiteral("speaker"), QStringLiteral("moderator")}) {
        Participation p;
        p.personId = ana.id;
        p.sessionId = talk.id;
        p.role = role;
        QVERIFY(Repository<Participation>(store).add(p));
    }

    PeopleModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(Repository<Person>(store).count()));
    QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), ana.name);
    QCOMPARE(model.index(0, PeopleModel::OrganisationName).data().toString(), city.name);
    QCOMPARE(model.index(0, PeopleModel::Sessions).data().toInt(), 1); // two roles, one session

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Person ben;
    ben.name = QStringLiteral("Ben Okafor");
    QVERIFY(Repository<Person>(store).add(ben));
    Person cai;
    cai.name = QStringLiteral("Cai Lindqvist");
    QVERIFY(Repository<Person>(store).add(cai));
    QVERIFY(reset.wait());
    QCOMPARE(reset.count(), 1); // two edits, one reload
    QCOMPARE(model.rowCount(), 3);
}

void TestShell::contactsModelShowsEngagement()
{
    QString error;
    auto document = EventOpener::createDemo(m_dir.filePath(QStringLiteral("contacts.standlab")), &error);
    QVERIFY2(document, qPrintable(error));
    ContactsModel model(document->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(Repository<Organisation>(document->store()).count()));
    QVERIFY(model.rowCount() > 0);
    int attending = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        attending += model.index(row, ContactsModel::Attendance).data().toString() == QLatin1String("Attending");
    QVERIFY(attending > 0);
}

void TestShell::saveCopyMatchesTheOriginal()
{
    QString error;
    auto document = EventOpener::createDemo(m_dir.filePath(QStringLiteral("original.standlab")), &error);
    QVERIFY2(document, qPrintable(error));
    const QString copy = m_dir.filePath(QStringLiteral("copy.standlab"));
    QVERIFY2(FileActions::writeCopy(document->store(), copy, &error), qPrintable(error));
    auto reopened = Store::open(copy, EventOpener::options(), &error);
    QVERIFY2(reopened, qPrintable(error));
    for (const QString& table : Migrations::entityTables())
        QCOMPARE(reopened->count(table), document->store().count(table));
}

void TestShell::saveCopyRefusesTheOpenFile()
{
    auto document = emptyEvent(QStringLiteral("self.standlab"));
    QVERIFY(document);
    QString error;
    QVERIFY(!FileActions::writeCopy(document->store(), document->path(), &error));
    QVERIFY(!error.isEmpty());
}

void TestShell::bundleIsValidJson()
{
    QString error;
    auto document = EventOpener::createDemo(m_dir.filePath(QStringLiteral("bundle.standlab")), &error);
    QVERIFY2(document, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("bundle.json"));
    QVERIFY2(FileActions::writeBundle(document->store(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(bundle.value(QStringLiteral("format")).toString(), QString::fromLatin1(EventBundle::formatName));
}

QTEST_GUILESS_MAIN(TestShell)
#include "test_shell.moc"
