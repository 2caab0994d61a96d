// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/action.h"
#include "model/actionpartner.h"
#include "model/actionsession.h"
#include "model/availability.h"
#include "model/dataset.h"
#include "model/document.h"
#include "model/engagement.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/initiative.h"
#include "model/interaction.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/revision.h"
#include "model/section.h"
#include "model/session.h"
#include "model/sessionnote.h"
#include "model/sessiontag.h"
#include "model/space.h"
#include "model/workingline.h"
#include "model/workshopdetails.h"
#include "letters/lettertemplate.h"
#include "letters/personinteraction.h"
#include "releases/release.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace standlab;

namespace {

// Text that trips naive storage: quotes, SQL, newlines, tabs, accents, other scripts and emoji.
QString tricky(const QString& what)
{
    return what + QStringLiteral(" — “Ciutat” l'Hospitalet \"dobles\" Robert'); DROP TABLE sessions;--\n"
                                 "segona línia\tñ ç € Ελληνικά 日本語 🚲");
}

const QDate day1(2019, 11, 19);

} // namespace

// Every value type survives add → close → reopen → find with every field as it was written.
class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("roundtrip-%1.standlab").arg(++m_counter));
        QString error;
        m_store = Store::create(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-rt")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_checks.clear();
        m_tables.clear();
    }

    void cleanup() { m_store.reset(); }

    void everyTypeEveryField()
    {
        fillEverything(false);
        if (QTest::currentTestFailed())
            return;
        // Every entity table of the schema was covered.
        QStringList missing = Migrations::entityTables();
        for (const QString& table : qAsConst(m_tables))
            missing.removeAll(table);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        reopenAndCompare();
    }

    void emptyReferencesStayNull()
    {
        fillEverything(true);
        if (QTest::currentTestFailed())
            return;
        reopenAndCompare();
        // Empty optional references are NULL in the file, not empty strings the foreign keys would reject.
        QCOMPARE(m_store->database().scalar(QStringLiteral("SELECT count(*) FROM people WHERE organisation_id IS NULL")).toInt(), 1);
        QCOMPARE(m_store->database().scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE space_id IS NULL AND starts_at IS NULL")).toInt(), 1);
    }

    void saveAndRemoveSurviveReopen()
    {
        QString error;
        Repository<Organisation> organisations(*m_store);
        Repository<Person> people(*m_store);
        Organisation organisation;
        organisation.name = tricky(QStringLiteral("Coop"));
        QVERIFY2(organisations.add(organisation, &error), qPrintable(error));
        Person person;
        person.name = QStringLiteral("Aina Fictícia");
        person.organisationId = organisation.id;
        QVERIFY2(people.add(person, &error), qPrintable(error));
        Person other;
        other.name = QStringLiteral("Joan Inventat");
        QVERIFY2(people.add(other, &error), qPrintable(error));

        person.email = QStringLiteral("aina@example.org");
        person.languages = {QStringLiteral("ca"), QStringLiteral("es")};
        person.bio = tricky(QStringLiteral("bio"));
        QVERIFY2(people.save(person, &error), qPrintable(error));
        QVERIFY2(people.remove(other.id, &error), qPrintable(error));
        // Removing the organisation clears the person's reference and leaves a tombstone.
        QVERIFY2(organisations.remove(organisation.id, &error), qPrintable(error));
        const qint64 updatedBeforeReopen = people.find(person.id)->updatedAt;

        m_store.reset();
        m_store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-rt")), &error);
        QVERIFY2(m_store, qPrintable(error));
        Repository<Person> reopened(*m_store);
        const std::optional<Person> found = reopened.find(person.id);
        QVERIFY(found);
        QCOMPARE(found->email, person.email);
        QCOMPARE(found->languages, person.languages);
        QCOMPARE(found->bio, person.bio);
        QVERIFY(found->organisationId.isEmpty());
        QCOMPARE(found->updatedAt, updatedBeforeReopen);
        QVERIFY(!reopened.find(other.id));
        QCOMPARE(m_store->rows(QStringLiteral("tombstones"), QStringLiteral("id IN (?, ?)"), {other.id, organisation.id}).size(), 2);
        // The clock continues after the stamps in the file.
        QVERIFY2(reopened.setField(person.id, QStringLiteral("phone"), QStringLiteral("+34 600 000 000"), &error), qPrintable(error));
        QVERIFY(reopened.find(person.id)->updatedAt > updatedBeforeReopen);
    }

private:
    // Adds `item` and remembers how to check it after reopening.
    template <class T> QString add(T item)
    {
        using R = Repository<T>;
        const Row wanted = R::toRow(item);
        if (!m_emptyReferences) {
            // Proves the filler set every field: nothing may still hold the type's default.
            const Row defaults = R::toRow(T());
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
                if (it.key() != QLatin1String("id") && defaults.value(it.key()) == it.value())
                    QTest::qFail(qPrintable(QStringLiteral("%1.%2 is left at its default").arg(R::table(), it.key())),
                                 __FILE__, __LINE__);
        }
        QString error;
        R repository(*m_store);
        if (!repository.add(item, &error)) {
            QTest::qFail(qPrintable(R::table() + QStringLiteral(": ") + error), __FILE__, __LINE__);
            return {};
        }
        Row expected = wanted;
        expected.insert(QStringLiteral("id"), item.id);
        const Entity stamps = item;
        m_tables << R::table();
        m_checks.push_back([expected, stamps](Store& store) {
            const std::optional<T> found = R(store).find(stamps.id);
            QVERIFY2(found, qPrintable(R::table()));
            const Row actual = R::toRow(*found);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QVERIFY2(actual.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("%1.%2: %3 != %4")
                                        .arg(R::table(), it.key(), actual.value(it.key()).toString(), it.value().toString())));
            QCOMPARE(actual.keys(), expected.keys());
            QCOMPARE(found->createdAt, stamps.createdAt);
            QCOMPARE(found->updatedAt, stamps.updatedAt);
            QCOMPARE(found->laptopId, stamps.laptopId);
        });
        return item.id;
    }

    void reopenAndCompare()
    {
        m_store.reset();
        QString error;
        m_store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-rt")), &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(m_store->checkIntegrity(&error), qPrintable(error));
        for (const auto& check : qAsConst(m_checks)) {
            check(*m_store);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // With `emptyReferences`, optional references are left empty (and the default check is skipped).
    void fillEverything(bool emptyReferences);

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    bool m_emptyReferences = false;
    std::unique_ptr<Store> m_store;
    QVector<std::function<void(Store&)>> m_checks;
    QStringList m_tables;
};

void TestRoundTrip::fillEverything(bool emptyReferences)
{
    m_emptyReferences = emptyReferences;
    // An optional reference: the given id, or none.
    const auto optional = [emptyReferences](const QString& id) { return emptyReferences ? QString() : id; };

    Event event;
    event.name = tricky(QStringLiteral("Sharing Cities Action Stand Lab"));
    event.venue = QStringLiteral("Fira Gran Via");
    event.city = QStringLiteral("Barcelona");
    event.timeZone = QStringLiteral("Europe/Lisbon");
    event.languages = {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("\"es\"")};
    event.description = tricky(QStringLiteral("description"));
    event.sourceIds = QStringLiteral("{\"acronym\":\"rtc_2019\"}");
    add(event);

    EventDay day;
    day.day = day1;
    day.opens = QTime(8, 30);
    day.closes = QTime(20, 15);
    day.label = tricky(QStringLiteral("Day one"));
    add(day);

    Space space;
    space.name = tricky(QStringLiteral("Main stage"));
    space.kind = QStringLiteral("workshop_area");
    space.capacity = 120;
    space.colour = QStringLiteral("#ff5722");
    space.position = 3;
    const QString spaceId = add(space);

    WorkingLine line;
    line.name = tricky(QStringLiteral("Data"));
    line.shortName = QStringLiteral("DAT");
    line.colour = QStringLiteral("#3f51b5");
    line.crossCutting = true;
    line.description = tricky(QStringLiteral("data commons"));
    line.position = 2;
    const QString lineId = add(line);
    WorkingLine second = line;
    second.name = QStringLiteral("Ecological Sustainability");
    const QString secondLineId = add(second);

    Organisation organisation;
    organisation.name = tricky(QStringLiteral("Cooperativa Fictícia"));
    organisation.kind = QStringLiteral("cooperative");
    organisation.city = QStringLiteral("Girona");
    organisation.country = QStringLiteral("ES");
    organisation.website = QStringLiteral("https://example.org/?a=1&b='2'");
    organisation.declarationSignatory = true;
    organisation.notes = tricky(QStringLiteral("notes"));
    const QString organisationId = add(organisation);

    Person person;
    person.name = QStringLiteral("Núria Inventada-O'Neill");
    person.organisationId = optional(organisationId);
    person.roleTitle = tricky(QStringLiteral("Policy officer"));
    person.email = QStringLiteral("nuria@example.org");
    person.phone = QStringLiteral("+34 600 123 456");
    person.languages = {QStringLiteral("ca"), QStringLiteral("fr")};
    person.bio = tricky(QStringLiteral("bio"));
    person.notes = tricky(QStringLiteral("person notes"));
    person.sourceIds = QStringLiteral("{\"guid\":\"bbbbbbbb-0000-4000-8000-000000000001\",\"id\":\"7\"}");
    const QString personId = add(person);

    Availability availability;
    availability.personId = personId;
    availability.day = day1.addDays(1);
    availability.availableFrom = QTime(10, 5);
    availability.availableTo = QTime(13, 45);
    add(availability);

    Session session;
    session.title = tricky(QStringLiteral("Negotiating data with platforms"));
    session.kind = QStringLiteral("roundtable");
    session.workingLineId = optional(lineId);
    session.abstract = tricky(QStringLiteral("abstract"));
    session.language = QStringLiteral("es");
    session.spaceId = optional(spaceId);
    if (!emptyReferences) {
        session.startsAt = QDateTime(day1, QTime(11, 30), Qt::UTC);
        session.endsAt = QDateTime(day1, QTime(12, 45), Qt::UTC);
    }
    session.status = QStringLiteral("confirmed");
    session.capacity = 80;
    session.expectedHeadcount = 65;
    session.headcount = 71;
    session.recordingUrl = QStringLiteral("https://example.org/rec");
    session.notesUrl = QStringLiteral("https://example.org/notes");
    session.slidesUrl = QStringLiteral("https://example.org/slides");
    session.internalNotes = tricky(QStringLiteral("internal"));
    session.subtitle = tricky(QStringLiteral("subtitle"));
    session.description = tricky(QStringLiteral("session description"));
    session.links = QStringLiteral("[{\"title\":\"Video\",\"url\":\"https://example.org/v\",\"kind\":\"recording\"}]");
    session.attachments = QStringLiteral("[{\"title\":\"Paper\",\"url\":\"https://example.org/p.pdf\",\"kind\":\"other\"}]");
    session.recordingLicence = QStringLiteral("CC BY 4.0");
    session.recordingOptOut = true;
    session.sourceIds = QStringLiteral("{\"id\":\"101\",\"slug\":\"rtc-101-data\"}");
    const QString sessionId = add(session);

    SessionTag tag;
    tag.sessionId = sessionId;
    tag.workingLineId = secondLineId;
    add(tag);

    Participation participation;
    participation.personId = personId;
    participation.sessionId = sessionId;
    participation.role = QStringLiteral("moderator");
    participation.confirmed = true;
    participation.arrived = true;
    participation.position = 4;
    add(participation);

    Document document;
    document.title = tricky(QStringLiteral("2020 Action Plan"));
    document.kind = QStringLiteral("manifesto");
    document.status = QStringLiteral("final");
    document.position = 1;
    const QString documentId = add(document);

    Section parent;
    parent.documentId = documentId;
    parent.title = QStringLiteral("Parent");
    parent.position = 1;
    parent.bodyHtml = QStringLiteral("<p>parent</p>");
    parent.status = QStringLiteral("review");
    parent.workingLineId = lineId;
    parent.lastEditor = QStringLiteral("Marta");
    parent.parentId = QString();
    const QString parentId = Repository<Section>(*m_store).add(parent) ? parent.id : QString();
    QVERIFY(!parentId.isEmpty());

    Section section;
    section.documentId = documentId;
    section.parentId = optional(parentId);
    section.position = 7;
    section.title = tricky(QStringLiteral("Labour"));
    section.bodyHtml = QStringLiteral("<h2>Ús</h2><p class=\"x\">a &amp; b</p>\n<ul><li>‘one’</li></ul>");
    section.status = QStringLiteral("agreed");
    section.workingLineId = optional(lineId);
    section.lastEditor = QStringLiteral("Pau Fictici");
    const QString sectionId = add(section);

    WorkshopDetails workshop;
    workshop.sessionId = sessionId;
    workshop.organiserId = optional(organisationId);
    workshop.materials = tricky(QStringLiteral("post-its"));
    workshop.maxParticipants = 25;
    workshop.registrations = 19;
    workshop.feedsSectionId = optional(sectionId);
    workshop.outcomeNotes = tricky(QStringLiteral("outcome"));
    add(workshop);

    Engagement engagement;
    engagement.organisationId = organisationId;
    engagement.attendance = QStringLiteral("attending");
    engagement.days = {day1.toString(Qt::ISODate), day1.addDays(2).toString(Qt::ISODate)};
    engagement.delegationSize = 4;
    engagement.topics = tricky(QStringLiteral("topics"));
    engagement.requestedLineId = optional(lineId);
    engagement.wantsToSpeak = true;
    engagement.wantsWorkshop = true;
    engagement.owner = QStringLiteral("Laia");
    if (!emptyReferences)
        engagement.nextFollowUp = QDate(2019, 10, 31);
    engagement.contactPersonId = optional(personId);
    engagement.requestSessionId = optional(sessionId);
    add(engagement);

    Interaction interaction;
    interaction.organisationId = organisationId;
    interaction.happenedOn = QDate(2019, 9, 12);
    interaction.channel = QStringLiteral("phone");
    interaction.note = tricky(QStringLiteral("call"));
    add(interaction);

    Initiative initiative;
    initiative.name = tricky(QStringLiteral("Bike sharing coop"));
    initiative.organisationId = optional(organisationId);
    initiative.workingLineId = optional(lineId);
    initiative.description = tricky(QStringLiteral("initiative"));
    initiative.contactPersonId = optional(personId);
    if (!emptyReferences) {
        initiative.slotDay = day1;
        initiative.slotStart = QTime(15, 0);
        initiative.slotEnd = QTime(16, 30);
    }
    initiative.slotTable = QStringLiteral("T-3");
    initiative.slotStatus = QStringLiteral("confirmed");
    add(initiative);

    Dataset dataset;
    dataset.name = tricky(QStringLiteral("Tourist flats"));
    dataset.publisher = QStringLiteral("Ajuntament");
    dataset.city = QStringLiteral("Amsterdam");
    dataset.licence = QStringLiteral("CC-BY 4.0");
    dataset.format = QStringLiteral("CSV");
    dataset.access = QStringLiteral("negotiated");
    dataset.link = QStringLiteral("https://example.org/data.csv");
    dataset.workingLineId = optional(lineId);
    dataset.notes = tricky(QStringLiteral("dataset"));
    add(dataset);

    Action action;
    action.sectionId = sectionId;
    action.title = tricky(QStringLiteral("Data access clause"));
    action.description = tricky(QStringLiteral("action"));
    action.workingLineId = optional(lineId);
    action.leadOrganisationId = optional(organisationId);
    action.timeframe = QStringLiteral("2020-Q2");
    action.indicators = tricky(QStringLiteral("indicators"));
    action.status = QStringLiteral("agreed");
    action.position = 9;
    const QString actionId = add(action);

    ActionPartner partner;
    partner.actionId = actionId;
    partner.organisationId = organisationId;
    add(partner);

    ActionSession source;
    source.actionId = actionId;
    source.sessionId = sessionId;
    add(source);

    Revision revision;
    revision.documentId = documentId;
    revision.name = tricky(QStringLiteral("After day one"));
    revision.takenAt = QStringLiteral("2019-11-19T19:02:03.456Z");
    revision.snapshot = QStringLiteral("{\"sections\":[{\"title\":\"Ús \\\"quoted\\\"\"}]}");
    add(revision);

    SessionNote note;
    note.sessionId = sessionId;
    note.writtenAt = QStringLiteral("2019-11-19T11:42:00");
    note.author = QStringLiteral("Rapporteur Ficticia");
    note.body = tricky(QStringLiteral("note"));
    add(note);

    Release release;
    release.name = tricky(QStringLiteral("v1"));
    release.note = tricky(QStringLiteral("printed"));
    release.releasedAt = QStringLiteral("2019-11-12T10:00:00+01:00");
    release.snapshot = QStringLiteral("{\"format\":1,\"sessions\":[]}");
    add(release);

    LetterTemplate letter;
    letter.kind = QStringLiteral("reminder");
    letter.language = QStringLiteral("ca");
    letter.subject = tricky(QStringLiteral("subject"));
    letter.body = tricky(QStringLiteral("body {name}"));
    add(letter);

    PersonInteraction written;
    written.personId = personId;
    written.happenedOn = day1;
    written.channel = QStringLiteral("phone");
    written.note = tricky(QStringLiteral("Letter written"));
    add(written);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "test_roundtrip.moc"
