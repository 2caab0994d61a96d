// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfixture.h"
#include "documents/documentcomparison.h"
#include "documents/documentsnapshot.h"
#include "documents/revisionrestorer.h"
#include "model/action.h"
#include "model/section.h"

#include <QtTest>

using namespace standlab;

// Revisions: snapshots that never change, comparisons of sections and actions, restore and its undo.
class TestRevisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentFixture> m_fixture;
    Store& store() { return *m_fixture->store; }

    QString firstSectionWithActions()
    {
        for (const Action& a : Repository<Action>(store()).all())
            return a.sectionId;
        return {};
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<DocumentFixture>();
        QVERIFY(m_fixture->create());
    }

    void demoRevisionsRead()
    {
        DocumentRevisions revisions(store());
        const QVector<Revision> list = revisions.list(m_fixture->planId);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().name, QStringLiteral("End of day 1"));
        const auto day1 = revisions.snapshot(list.at(0));
        const auto day2 = revisions.snapshot(list.at(1));
        QVERIFY(day1 && day2);
        QCOMPARE(day1->actions.size(), 10);
        QCOMPARE(day2->actions.size(), 19);
        // Old snapshots carry no names; they are looked up in the file.
        QVERIFY(!day1->nameOf(day1->actions.first().leadOrganisationId).isEmpty());
        const DocumentComparison comparison(*day1, *day2);
        int added = 0, changed = 0;
        for (const auto& a : comparison.changedActions()) {
            added += a.change == DocumentComparison::Change::Added;
            changed += a.change == DocumentComparison::Change::Changed;
        }
        QCOMPARE(added, 9);
        QVERIFY(changed > 0);
    }

    void snapshotRoundTrip()
    {
        const auto now = DocumentSnapshot::fromStore(store(), m_fixture->planId);
        QVERIFY(now);
        const auto back = DocumentSnapshot::fromJson(now->toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), now->toJson());
        QVERIFY(DocumentComparison(*now, *back).isEmpty());
        QVERIFY(!DocumentSnapshot::fromJson("{not json"));
    }

    void revisionsNeverChange()
    {
        DocumentRevisions revisions(store());
        QString error;
        const auto saved = revisions.save(m_fixture->planId, QStringLiteral("Before edits"), &error);
        QVERIFY2(saved, qPrintable(error));
        const Row before = *store().row(QStringLiteral("revisions"), saved->id);

        // Edit everything the snapshot holds: text, an action, a new section, a deletion.
        const QString sectionId = firstSectionWithActions();
        QVERIFY(store().update(QStringLiteral("sections"), sectionId, {{QStringLiteral("body_html"), QStringLiteral("<p>Rewritten</p>")}}));
        const Action action = Repository<Action>(store()).where(QStringLiteral("section_id = ?"), {sectionId}).first();
        QVERIFY(store().update(QStringLiteral("actions"), action.id, {{QStringLiteral("title"), QStringLiteral("Renamed")}}));
        QVERIFY(!store().insert(QStringLiteral("sections"), {{QStringLiteral("document_id"), m_fixture->planId},
                                                            {QStringLiteral("title"), QStringLiteral("Annex")}}).isEmpty());
        QVERIFY(store().remove(QStringLiteral("action_partners"), store().rows(QStringLiteral("action_partners")).first().value(QStringLiteral("id")).toString()));
        QVERIFY(revisions.save(m_fixture->planId, QStringLiteral("After edits"), &error));

        const auto snapshot = revisions.snapshot(*revisions.findByName(m_fixture->planId, QStringLiteral("Before edits")));
        RevisionRestorer::Journal journal;
        QVERIFY(RevisionRestorer(store()).apply(*snapshot, &journal, &error));
        QVERIFY(RevisionRestorer(store()).revert(journal, &error));

        const Row after = *store().row(QStringLiteral("revisions"), saved->id);
        QCOMPARE(after.value(QStringLiteral("snapshot")), before.value(QStringLiteral("snapshot")));
        QCOMPARE(after.value(QStringLiteral("updated_at")), before.value(QStringLiteral("updated_at")));
        QCOMPARE(revisions.list(m_fixture->planId).size(), 4);
        // The API has no way to change a revision: no update or delete is offered.
        QVERIFY(!revisions.save(m_fixture->planId, QStringLiteral("  "), &error));
    }

    void restoreAndRevert()
    {
        DocumentRevisions revisions(store());
        const auto original = DocumentSnapshot::fromStore(store(), m_fixture->planId);
        const auto day1 = revisions.snapshot(revisions.list(m_fixture->planId).first());
        QVERIFY(original && day1);
        const qsizetype revisionCount = store().count(QStringLiteral("revisions"));

        // Something added after the revision, which a restore removes.
        const QString extra = store().insert(QStringLiteral("sections"), {{QStringLiteral("document_id"), m_fixture->planId},
                                                                          {QStringLiteral("title"), QStringLiteral("Late section")}});
        const auto edited = DocumentSnapshot::fromStore(store(), m_fixture->planId);

        QString error;
        RevisionRestorer::Journal journal;
        QVERIFY2(RevisionRestorer(store()).apply(*day1, &journal, &error), qPrintable(error));
        const auto restored = DocumentSnapshot::fromStore(store(), m_fixture->planId);
        QVERIFY(DocumentComparison(*day1, *restored).isEmpty());
        QVERIFY(!store().row(QStringLiteral("sections"), extra));
        QCOMPARE(restored->actions.size(), 10);
        QCOMPARE(store().count(QStringLiteral("revisions")), revisionCount);

        QVERIFY2(RevisionRestorer(store()).revert(journal, &error), qPrintable(error));
        const auto reverted = DocumentSnapshot::fromStore(store(), m_fixture->planId);
        QVERIFY(DocumentComparison(*edited, *reverted).isEmpty());
        QCOMPARE(reverted->toJson(), edited->toJson());

        // And again: redo after undo gives the same result.
        QVERIFY(RevisionRestorer(store()).apply(*day1, &journal, &error));
        QVERIFY(DocumentComparison(*day1, *DocumentSnapshot::fromStore(store(), m_fixture->planId)).isEmpty());
    }

    void comparisonFindsSectionChanges()
    {
        auto before = *DocumentSnapshot::fromStore(store(), m_fixture->planId);
        DocumentSnapshot after = before;
        QVERIFY(after.sections.size() >= 3);
        // Move the first section to the end, rewrite one word of the second, drop the third, add one.
        after.sections[0].position = 100;
        after.sections[1].bodyHtml = QStringLiteral("<p>Entirely new words here.</p>");
        const QString droppedId = after.sections[2].id;
        after.sections.remove(2);
        Section added;
        added.id = QStringLiteral("new-section");
        added.documentId = m_fixture->planId;
        added.title = QStringLiteral("Annex");
        added.position = 50;
        after.sections << added;
        std::stable_sort(after.sections.begin(), after.sections.end(),
                         [](const Section& a, const Section& b) { return a.position < b.position; });
        const DocumentComparison comparison(before, after);
        QHash<QString, DocumentComparison::SectionDiff> byId;
        for (const auto& s : comparison.sections())
            byId.insert(s.id, s);
        QVERIFY(byId.value(before.sections.at(0).id).moved);
        QCOMPARE(byId.value(before.sections.at(1).id).change, DocumentComparison::Change::Changed);
        QCOMPARE(byId.value(droppedId).change, DocumentComparison::Change::Removed);
        QCOMPARE(byId.value(QStringLiteral("new-section")).change, DocumentComparison::Change::Added);
        QVERIFY(!byId.value(before.sections.at(1).id).moved);

        // A field-by-field action change.
        DocumentSnapshot renamed = before;
        renamed.actions[0].timeframe = QStringLiteral("2020-Q4");
        renamed.actions[0].status = QStringLiteral("done");
        const auto actions = DocumentComparison(before, renamed).changedActions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().fields.size(), 2);
        QCOMPARE(actions.first().fields.last().after, QStringLiteral("Done"));
    }
};

QTEST_MAIN(TestRevisions)
#include "test_revisions.moc"
