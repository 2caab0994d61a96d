// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/contactimporter.h"
#include "contacts/contactimportmapping.h"
#include "contacts/contactsexporter.h"
#include "contacts/contactvalueparser.h"
#include "model/engagement.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/workingline.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace standlab;

Q_DECLARE_METATYPE(standlab::ContactField)
Q_DECLARE_METATYPE(standlab::DuplicatePolicy)

namespace {

QVector<CsvRecord> parse(const QByteArray& bytes)
{
    CsvReader reader;
    if (!reader.read(bytes))
        qFatal("fixture does not parse: %s", qPrintable(reader.error()));
    return reader.records();
}

// Everything the import may touch, to compare before and after a failed import.
QVector<Row> snapshot(Store& store)
{
    QVector<Row> all;
    for (const char* table : {"organisations", "people", "engagements"})
        all += store.rows(QString::fromLatin1(table), {}, {}, QStringLiteral("id"));
    return all;
}

} // namespace

// The contacts importer: header guessing, values, duplicates, and all-or-nothing writes.
class TestContactImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Store> newStore()
    {
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("event%1.standlab").arg(++m_files)),
                                   OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        for (const char* name : {"Economic Models & the Future of Labour", "Inclusion & Gender", "Data"}) {
            WorkingLine line;
            line.name = QString::fromUtf8(name);
            Repository<WorkingLine>(*store).add(line);
        }
        for (const char* day : {"2019-11-19", "2019-11-20", "2019-11-21"})
            store->insert(QStringLiteral("event_days"), {{QStringLiteral("day"), QString::fromLatin1(day)}});
        return store;
    }

    static QString fixture(const QString& name) { return QStringLiteral(STANDLAB_TEST_DATA "/csv/") + name; }

    // A stored organisation and person that the duplicate tests' file also names.
    static void addGirona(Store& store)
    {
        Organisation org;
        org.name = QStringLiteral("Ajuntament de Girona");
        org.city = QStringLiteral("Girona");
        Repository<Organisation>(store).add(org);
        Person anna;
        anna.name = QStringLiteral("Anna Ferrer");
        anna.email = QStringLiteral("anna.ferrer@example.org");
        anna.organisationId = org.id;
        Repository<Person>(store).add(anna);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headerGuessing_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<ContactField>("field");
        const QVector<QPair<const char*, ContactField>> cases = {
            {"Organisation", ContactField::OrganisationName},   {"Organization", ContactField::OrganisationName},
            {"Organización", ContactField::OrganisationName},   {"Organització", ContactField::OrganisationName},
            {"Entidad", ContactField::OrganisationName},        {"ENTITAT", ContactField::OrganisationName},
            {"Nom de l'entitat", ContactField::OrganisationName}, {"City", ContactField::City},
            {"Ciudad", ContactField::City},                     {"Ciutat", ContactField::City},
            {"Country", ContactField::Country},                 {"País", ContactField::Country},
            {"Email", ContactField::Email},                     {"E-mail", ContactField::Email},
            {"Correo", ContactField::Email},                    {"Correu electrònic", ContactField::Email},
            {"Contact email", ContactField::Email},             {"Name", ContactField::PersonName},
            {"Nombre", ContactField::PersonName},               {"Nom", ContactField::PersonName},
            {"Phone", ContactField::Phone},                     {"Teléfono", ContactField::Phone},
            {"Telèfon", ContactField::Phone},                   {"Wants to speak", ContactField::WantsToSpeak},
            {"¿Quiere hablar?", ContactField::WantsToSpeak},    {"Vol parlar", ContactField::WantsToSpeak},
            {"Vol taller", ContactField::WantsWorkshop},        {"Línia de treball", ContactField::RequestedLine},
            {"Next follow-up", ContactField::NextFollowUp},     {"Próximo seguimiento", ContactField::NextFollowUp},
            {"Asistencia", ContactField::Attendance},           {"Cargo", ContactField::RoleTitle},
            {"Càrrec", ContactField::RoleTitle},                {"Cognoms", ContactField::LastName},
            {"Idiomas", ContactField::Languages},               {"Observaciones", ContactField::Notes},
            {"Website", ContactField::Website},                 {"Lloc web", ContactField::Website},
            {"Firmante de la Declaración", ContactField::DeclarationSignatory},
            {"Delegation size", ContactField::DelegationSize},  {"Tipus", ContactField::OrganisationKind},
            {"Favourite colour", ContactField::Ignore},
        };
        for (const auto& [header, field] : cases)
            QTest::newRow(header) << QString::fromUtf8(header) << field;
    }

    void headerGuessing()
    {
        QFETCH(QString, header);
        QFETCH(ContactField, field);
        const ContactImportMapping mapping = ContactImportMapping::guess({header});
        QCOMPARE(ContactImportMapping::key(mapping.field(0)), ContactImportMapping::key(field));
    }

    void firstNameBesideSurnames()
    {
        const ContactImportMapping mapping = ContactImportMapping::guess(
            {QStringLiteral("Nombre"), QStringLiteral("Apellidos"), QStringLiteral("Email"), QStringLiteral("Email")});
        QCOMPARE(mapping.field(0), ContactField::FirstName);
        QCOMPARE(mapping.field(1), ContactField::LastName);
        QCOMPARE(mapping.field(2), ContactField::Email);
        QCOMPARE(mapping.field(3), ContactField::Ignore); // only the first column of a kind is guessed
    }

    void mappingJson()
    {
        const QStringList headers = {QStringLiteral("Entitat"), QStringLiteral("Nom"), QStringLiteral("Notes")};
        ContactImportMapping mapping = ContactImportMapping::guess(headers);
        mapping.setField(2, ContactField::Topics);
        const QByteArray json = QJsonDocument(mapping.toJson()).toJson();
        // The same headers in another order still map by name.
        const QStringList reordered = {QStringLiteral("Notes"), QStringLiteral("Entitat"), QStringLiteral("Nom")};
        QString error;
        const ContactImportMapping back =
            ContactImportMapping::fromJson(QJsonDocument::fromJson(json).object(), reordered, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.field(0), ContactField::Topics);
        QCOMPARE(back.field(1), ContactField::OrganisationName);
        QCOMPARE(back.field(2), ContactField::PersonName);
        QCOMPARE(ContactImportMapping::signature(headers),
                 ContactImportMapping::signature({QStringLiteral("ENTITAT"), QStringLiteral("nom"), QStringLiteral("notes")}));
    }

    void values_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "!" = refused
        for (const char* yes : {"yes", "Sí", "si", "X", "1", "TRUE"})
            QTest::newRow(qPrintable(QStringLiteral("bool %1").arg(QString::fromUtf8(yes))))
                << "bool" << QString::fromUtf8(yes) << "1";
        for (const char* no : {"no", "NO", "0", "false"})
            QTest::newRow(qPrintable(QStringLiteral("bool %1").arg(QString::fromUtf8(no)))) << "bool" << QString::fromUtf8(no) << "0";
        QTest::newRow("bool maybe") << "bool" << "maybe" << "!";
        QTest::newRow("date iso") << "date" << "2019-11-19" << "2019-11-19";
        QTest::newRow("date dd/mm/yyyy") << "date" << "19/11/2019" << "2019-11-19";
        QTest::newRow("date d/m/yy") << "date" << "3/2/20" << "2020-02-03";
        QTest::newRow("date dots") << "date" << "05.12.2019" << "2019-12-05";
        QTest::newRow("date 31 feb") << "date" << "31/02/2019" << "!";
        QTest::newRow("date words") << "date" << "next week" << "!";
        QTest::newRow("attendance en") << "attendance" << "Attending" << "attending";
        QTest::newRow("attendance es") << "attendance" << "Interesada" << "interested";
        QTest::newRow("attendance ca") << "attendance" << "Convidat" << "invited";
        QTest::newRow("attendance declined ca") << "attendance" << "No assistirà" << "declined";
        QTest::newRow("attendance unknown word") << "attendance" << "perhaps later" << "!";
        QTest::newRow("kind es") << "kind" << "Ayuntamiento" << "city_council";
        QTest::newRow("kind ca") << "kind" << "Centre de recerca" << "research_centre";
        QTest::newRow("languages") << "languages" << "Català, castellano y English" << "ca,es,en";
        QTest::newRow("domain") << "domain" << "https://www.Example.org/about" << "example.org";
    }

    void values()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString got = QStringLiteral("!");
        if (kind == QLatin1String("bool")) {
            if (const auto v = ContactValueParser::parseBool(text))
                got = *v ? QStringLiteral("1") : QStringLiteral("0");
        } else if (kind == QLatin1String("date")) {
            if (const auto v = ContactValueParser::parseDate(text))
                got = v->toString(Qt::ISODate);
        } else if (kind == QLatin1String("attendance")) {
            got = ContactValueParser::parseAttendance(text).value_or(got);
        } else if (kind == QLatin1String("kind")) {
            got = ContactValueParser::parseKind(text).value_or(got);
        } else if (kind == QLatin1String("languages")) {
            got = ContactValueParser::parseLanguages(text).join(QLatin1Char(','));
        } else {
            got = ContactValueParser::websiteDomain(text);
        }
        QCOMPARE(got, expected);
    }

    void previewWritesNothing()
    {
        auto store = newStore();
        ContactImporter importer(*store);
        QString error;
        QVERIFY2(importer.loadFile(fixture(QStringLiteral("contacts-ca.csv")), &error), qPrintable(error));
        const ContactImportReport report = importer.preview();
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.rowsRead, 3);
        QCOMPARE(report.organisationsToAdd, 2);
        QCOMPARE(report.peopleToAdd, 3);
        QCOMPARE(report.engagementsToAdd, 2);
        QVERIFY(report.duplicates.isEmpty());
        QCOMPARE(store->count(QStringLiteral("organisations")), 0);
        QCOMPARE(store->count(QStringLiteral("people")), 0);
    }

    void applyWritesCatalanSpreadsheet()
    {
        auto store = newStore();
        ContactImporter importer(*store);
        QString error;
        QVERIFY(importer.loadFile(fixture(QStringLiteral("contacts-ca.csv")), &error));
        const ContactImportReport report = importer.apply();
        QVERIFY2(report.applied, qPrintable(report.summary()));

        const QVector<Organisation> orgs = Repository<Organisation>(*store).all(QStringLiteral("name"));
        QCOMPARE(orgs.size(), 2);
        const Organisation mataro = orgs.at(0);
        QCOMPARE(mataro.name, QStringLiteral("Ajuntament de Mataró"));
        QCOMPARE(mataro.kind, QStringLiteral("city_council"));
        QCOMPARE(mataro.country, QStringLiteral("Espanya"));
        QCOMPARE(orgs.at(1).name, QStringLiteral("Coop Façana"));
        QCOMPARE(orgs.at(1).kind, QStringLiteral("cooperative"));

        const QVector<Person> people = Repository<Person>(*store).where(QStringLiteral("organisation_id = ?"), {mataro.id},
                                                                        QStringLiteral("name"));
        QCOMPARE(people.size(), 2);
        const Person montse = people.at(0);
        QCOMPARE(montse.name, QStringLiteral("Montserrat Vila i Roca"));
        QCOMPARE(montse.roleTitle, QStringLiteral("Regidora d’Economia"));
        QCOMPARE(montse.email, QStringLiteral("montse.vila@example-mataro.cat"));
        QCOMPARE(montse.languages, QStringList({QStringLiteral("ca"), QStringLiteral("es")}));

        const QVector<Engagement> engagements =
            Repository<Engagement>(*store).where(QStringLiteral("organisation_id = ?"), {mataro.id});
        QCOMPARE(engagements.size(), 1);
        const Engagement e = engagements.first();
        QCOMPARE(e.attendance, QStringLiteral("interested"));
        QVERIFY(e.wantsToSpeak);
        QCOMPARE(e.nextFollowUp, QDate(2019, 11, 19));
        QCOMPARE(e.contactPersonId, montse.id);
        const auto line = Repository<WorkingLine>(*store).find(e.requestedLineId);
        QVERIFY(line);
        QCOMPARE(line->name, QStringLiteral("Data"));

        const Engagement facana =
            Repository<Engagement>(*store).where(QStringLiteral("organisation_id = ?"), {orgs.at(1).id}).value(0);
        QCOMPARE(facana.attendance, QStringLiteral("attending"));
        QVERIFY(facana.wantsWorkshop);
        QCOMPARE(facana.nextFollowUp, QDate(2019, 12, 3));
    }

    void duplicates_data()
    {
        QTest::addColumn<DuplicatePolicy>("policy");
        QTest::addColumn<int>("orgsAdded");
        QTest::addColumn<int>("orgsUpdated");
        QTest::addColumn<int>("peopleAdded");
        QTest::addColumn<int>("peopleUpdated");
        QTest::newRow("skip") << DuplicatePolicy::Skip << 1 << 0 << 3 << 0;
        QTest::newRow("update") << DuplicatePolicy::Update << 1 << 1 << 3 << 1;
        QTest::newRow("add anyway") << DuplicatePolicy::AddAnyway << 2 << 0 << 5 << 0;
    }

    void duplicates()
    {
        QFETCH(DuplicatePolicy, policy);
        QFETCH(int, orgsAdded);
        QFETCH(int, orgsUpdated);
        QFETCH(int, peopleAdded);
        QFETCH(int, peopleUpdated);
        auto store = newStore();
        addGirona(*store);
        ContactImporter importer(*store);
        importer.setRecords(parse(
            "Organisation,City,Website,Name,Email,Role\n"
            "Ajuntament de Girona,Girona,https://girona.example.cat,Anna Ferrer,ANNA.FERRER@example.org,Alcaldessa\n"
            "Ajuntament  de GIRONA,girona,,Pau Roca,pau@example.org,Tècnic\n"
            "Cooperativa Làctia,Vic,https://lactia.example.coop,Jordi Puig,jordi@example.coop,\n"
            "Cooperativa Lactia,VIC,,jordi  puig,,Soci\n"
            "Lactia SCCL,Manresa,http://www.lactia.example.coop/about,Laia Serra,laia@example.coop,\n"));
        importer.setPolicy(policy);
        const ContactImportReport preview = importer.preview();
        QVERIFY2(preview.ok(), qPrintable(preview.summary()));
        QCOMPARE(preview.organisationsToAdd, orgsAdded);
        QCOMPARE(preview.organisationsToUpdate, orgsUpdated);
        QCOMPARE(preview.peopleToAdd, peopleAdded);
        QCOMPARE(preview.peopleToUpdate, peopleUpdated);

        // Girona (stored), Anna (stored, same email) and Jordi (line 4 repeats line 5's person).
        QCOMPARE(preview.duplicates.size(), 3);
        QCOMPARE(preview.duplicates.at(0).kind, ImportDuplicate::Organisation);
        QVERIFY(!preview.duplicates.at(0).existingId.isEmpty());
        QCOMPARE(preview.duplicates.at(1).name, QStringLiteral("Anna Ferrer"));
        QVERIFY(!preview.duplicates.at(1).existingId.isEmpty());
        QCOMPARE(preview.duplicates.at(2).line, 5);
        QCOMPARE(preview.duplicates.at(2).earlierLine, 4);
        QVERIFY(preview.duplicates.at(2).existingId.isEmpty());

        const ContactImportReport applied = importer.apply();
        QVERIFY2(applied.applied, qPrintable(applied.summary()));
        QCOMPARE(store->count(QStringLiteral("organisations")), 1 + orgsAdded);
        QCOMPARE(store->count(QStringLiteral("people")), 1 + peopleAdded);
        const Person anna = Repository<Person>(*store).where(QStringLiteral("email = ?"),
                                                              {QStringLiteral("anna.ferrer@example.org")}).value(0);
        QCOMPARE(anna.roleTitle, policy == DuplicatePolicy::Update ? QStringLiteral("Alcaldessa") : QString());
        // Laia's organisation is Làctia, found by its website's domain.
        const Person laia = Repository<Person>(*store).where(QStringLiteral("name = ?"), {QStringLiteral("Laia Serra")}).value(0);
        const auto lactia = Repository<Organisation>(*store).find(laia.organisationId);
        QVERIFY(lactia);
        QCOMPARE(lactia->name, QStringLiteral("Cooperativa Làctia"));
    }

    void brokenRowRejectedWithItsLine()
    {
        auto store = newStore();
        ContactImporter importer(*store);
        importer.setRecords(parse("Organisation,Notes,Next follow-up,Wants to speak\r\n"
                                  "Ajuntament de Reus,\"two\r\nlines\",19/11/2019,sí\r\n"
                                  "Ajuntament de Vic,,31/02/2019,no\r\n"
                                  "Ajuntament de Lleida,,2019-11-20,perhaps\r\n"));
        const ContactImportReport report = importer.preview();
        QCOMPARE(report.rejected.size(), 2);
        QCOMPARE(report.rejected.at(0).line, 4);
        QVERIFY2(report.rejected.at(0).reason.contains(QStringLiteral("Line 4: the date ‘31/02/2019’ is not a date")),
                 qPrintable(report.rejected.at(0).reason));
        QCOMPARE(report.rejected.at(1).line, 5);
        QVERIFY(report.rejected.at(1).reason.contains(QLatin1String("perhaps")));

        const ContactImportReport applied = importer.apply();
        QVERIFY(!applied.applied);
        QVERIFY(!applied.error.isEmpty());
        QCOMPARE(store->count(QStringLiteral("organisations")), 0);
    }

    void wrongColumnCountRejected()
    {
        auto store = newStore();
        ContactImporter importer(*store);
        importer.setRecords(parse("Organisation,City,Name\nA,B,C\nD,E,F,G\nH,I,J,\n"));
        const ContactImportReport report = importer.preview();
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().line, 3);
    }

    void unknownWorkingLineRejected()
    {
        auto store = newStore();
        ContactImporter importer(*store);
        importer.setRecords(parse("Organisation;Línea de trabajo\nAjuntament de Reus;Turismo\nAjuntament de Vic;data\n"));
        const ContactImportReport report = importer.preview();
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY(report.rejected.first().reason.contains(QLatin1String("Turismo")));
    }

    void failureMidwayLeavesStoreUnchanged()
    {
        auto store = newStore();
        addGirona(*store);
        const QVector<Row> before = snapshot(*store);
        // Organisations and people are written before engagements; make the engagements fail.
        QVERIFY(store->database().exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_engagements BEFORE INSERT ON engagements "
            "BEGIN SELECT RAISE(ABORT, 'forced failure'); END")));
        ContactImporter importer(*store);
        QString error;
        QVERIFY(importer.loadFile(fixture(QStringLiteral("contacts-ca.csv")), &error));
        const ContactImportReport report = importer.apply();
        QVERIFY(!report.applied);
        QVERIFY2(report.error.contains(QLatin1String("forced failure")), qPrintable(report.error));
        QCOMPARE(snapshot(*store), before);

        QVERIFY(store->database().exec(QStringLiteral("DROP TRIGGER refuse_engagements")));
        QVERIFY(importer.apply().applied);
        QCOMPARE(store->count(QStringLiteral("organisations")), 3);
    }

    void readOnlyStoreRefused()
    {
        QString path;
        {
            auto store = newStore();
            addGirona(*store);
            path = store->path();
        }
        OpenOptions options = OpenOptions::forLaptop(QStringLiteral("laptop-a"));
        options.readOnly = true;
        QString error;
        auto store = Store::open(path, options, &error);
        QVERIFY2(store, qPrintable(error));
        const QVector<Row> before = snapshot(*store);
        ContactImporter importer(*store);
        QVERIFY(importer.loadFile(fixture(QStringLiteral("contacts-ca.csv")), &error));
        const ContactImportReport report = importer.apply();
        QVERIFY(!report.applied);
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(snapshot(*store), before);
    }

    void truncatedFileExplained()
    {
        auto store = newStore();
        ContactImporter importer(*store);
        QString error;
        QVERIFY(importer.loadFile(fixture(QStringLiteral("truncated.csv")), &error));
        const ContactImportReport report = importer.preview();
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().line, 4);
        QVERIFY2(report.rejected.first().reason.contains(QLatin1String("cut short")),
                 qPrintable(report.rejected.first().reason));
        QVERIFY(!importer.apply().applied);
        QCOMPARE(store->count(QStringLiteral("organisations")), 0);

        // Cut inside a quoted field, the reader itself names the line.
        QVERIFY(!importer.loadFile(fixture(QStringLiteral("unterminated.csv")), &error));
        QVERIFY2(error.contains(QLatin1String("Line 4")), qPrintable(error));
    }

    void emptyAndHeaderOnlyFiles()
    {
        auto store = newStore();
        ContactImporter importer(*store);
        importer.setRecords({});
        QVERIFY(!importer.preview().error.isEmpty());
        importer.setRecords(parse("Organisation,City\n"));
        QVERIFY(!importer.apply().error.isEmpty());
        importer.setRecords(parse("Favourite colour,Shoe size\nblue,42\n"));
        QVERIFY(importer.preview().error.contains(QLatin1String("No column")));
    }

    void exportThenImport()
    {
        auto source = newStore();
        ContactImporter importer(*source);
        QString error;
        QVERIFY(importer.loadFile(fixture(QStringLiteral("contacts-ca.csv")), &error));
        QVERIFY(importer.apply().applied);

        const QString path = m_dir.filePath(QStringLiteral("organisations.csv"));
        QVERIFY2(ContactsExporter(*source).writeOrganisationsCsv(path, {}, &error), qPrintable(error));
        auto target = newStore();
        ContactImporter again(*target);
        QVERIFY2(again.loadFile(path, &error), qPrintable(error));
        const ContactImportReport report = again.apply();
        QVERIFY2(report.applied, qPrintable(report.summary()));
        QCOMPARE(target->count(QStringLiteral("organisations")), 2);
        const Engagement e = Repository<Engagement>(*target).all().value(0);
        QVERIFY(!e.organisationId.isEmpty());
        const QVector<Organisation> orgs = Repository<Organisation>(*target).all(QStringLiteral("name"));
        QCOMPARE(orgs.at(0).name, QStringLiteral("Ajuntament de Mataró"));
        QCOMPARE(orgs.at(0).website, QStringLiteral("https://www.example-mataro.cat"));
    }

    void exportNeutralisesFormulas()
    {
        auto store = newStore();
        Organisation org;
        org.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
        Repository<Organisation>(*store).add(org);
        const QByteArray csv = ContactsExporter(*store).organisationsCsv();
        QVERIFY(csv.contains("'=HYPERLINK"));
        QVERIFY(!csv.contains("\r\n=") && !csv.contains(",="));
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "test_contactimport.moc"
