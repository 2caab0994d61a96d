// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplefixture.h"
#include "widgets/participantseditor.h"
#include "widgets/personpicker.h"
#include "widgets/sessioneditor.h"
#include "widgets/workshopdetailseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace standlab;

// The session editor's people (picker, roles, order) and workshop details, each change one undo step.
class TestParticipants : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PeopleFixture> m_fixture;
    std::unique_ptr<SessionEditor> m_editor;

    QUndoStack& stack() { return m_fixture->document->undoStack(); }
    QString id(const char* key) { return m_fixture->ids.value(QString::fromLatin1(key)); }
    template <class T> T* widget(const char* name)
    {
        T* found = m_editor->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QStringList lines()
    {
        QStringList out;
        auto* list = widget<QListWidget>("speakersList");
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text().section(QStringLiteral(" — "), 0, 0);
        return out;
    }
    QVector<Row> participations(const char* session)
    {
        return m_fixture->store().rows(QStringLiteral("participations"), QStringLiteral("session_id = ?"), {id(session)},
                                       QStringLiteral("position"));
    }
    void pick(const QString& text, const char* role = "speaker")
    {
        auto* roles = widget<QComboBox>("newParticipantRoleCombo");
        roles->setCurrentIndex(roles->findData(QString::fromLatin1(role)));
        widget<QLineEdit>("personPickerEdit")->setText(text);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<PeopleFixture>();
        QVERIFY(m_fixture->create());
        m_editor = std::make_unique<SessionEditor>(*m_fixture->document);
        m_editor->resize(560, 900);
        m_editor->show();
        m_editor->setSessionId(id("platforms"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_fixture.reset();
    }

    void listsInOrder()
    {
        QCOMPARE(lines(), (QStringList{QStringLiteral("Ben Okonkwo-Hale"), QStringLiteral("Ana Ferrer Quintana")}));
        QVERIFY(widget<QListWidget>("speakersList")->item(0)->text().contains(QStringLiteral("Moderator")));
        QVERIFY(widget<QListWidget>("speakersList")->item(0)->text().contains(QStringLiteral("not confirmed")));
    }

    void pickerFindsPartsOfNames()
    {
        PersonPicker* picker = m_editor->participants()->picker();
        picker->completer()->setCompletionPrefix(QStringLiteral("vidal"));
        QCOMPARE(picker->completer()->completionCount(), 1);
        QCOMPARE(picker->completer()->currentCompletion(), QStringLiteral("Clara Vidal Soto"));
        picker->completer()->setCompletionPrefix(QStringLiteral("barcelona")); // by organisation
        QCOMPARE(picker->completer()->completionCount(), 2);
        pick(QStringLiteral("clara vidal soto"));
        QCOMPARE(picker->choice().personId, id("clara"));
        pick(QStringLiteral("Ana Ferrer Quintana — Ajuntament de Barcelona"));
        QCOMPARE(picker->choice().personId, id("ana"));
        pick(QStringLiteral("Nadia Benali"));
        QCOMPARE(picker->choice().newName, QStringLiteral("Nadia Benali"));
        QCOMPARE(widget<QPushButton>("addParticipantButton")->text(), QStringLiteral("Create and add"));
        pick(QString());
        QVERIFY(!widget<QPushButton>("addParticipantButton")->isEnabled());
    }

    void addExistingPerson()
    {
        pick(QStringLiteral("Clara Vidal Soto"), "rapporteur");
        QTest::mouseClick(widget<QPushButton>("addParticipantButton"), Qt::LeftButton);
        QCOMPARE(participations("platforms").size(), 3);
        const Row added = participations("platforms").last();
        QCOMPARE(added.value(QStringLiteral("person_id")).toString(), id("clara"));
        QCOMPARE(added.value(QStringLiteral("role")).toString(), QStringLiteral("rapporteur"));
        QCOMPARE(added.value(QStringLiteral("position")).toInt(), 2);
        QCOMPARE(lines().last(), QStringLiteral("Clara Vidal Soto"));
        QVERIFY(widget<QLineEdit>("personPickerEdit")->text().isEmpty());
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(participations("platforms").size(), 2);
        stack().redo();
        QCOMPARE(lines().size(), 3);

        // The same person in the same role twice is refused with a word, and no step.
        pick(QStringLiteral("Ben Okonkwo-Hale"), "moderator");
        QTest::keyClick(widget<QLineEdit>("personPickerEdit"), Qt::Key_Return);
        QCOMPARE(participations("platforms").size(), 3);
        QVERIFY(widget<QLabel>("participantMessage")->text().contains(QStringLiteral("already")));
        QCOMPARE(stack().count(), 1);
    }

    void createPersonFromThePicker()
    {
        const qint64 people = m_fixture->store().count(QStringLiteral("people"));
        pick(QStringLiteral("Nadia Benali"), "speaker");
        QTest::keyClick(widget<QLineEdit>("personPickerEdit"), Qt::Key_Return);
        QCOMPARE(m_fixture->store().count(QStringLiteral("people")), people + 1);
        const Row added = participations("platforms").last();
        const QString personId = added.value(QStringLiteral("person_id")).toString();
        QCOMPARE(m_fixture->store().row(QStringLiteral("people"), personId)->value(QStringLiteral("name")).toString(),
                 QStringLiteral("Nadia Benali"));
        QCOMPARE(lines().last(), QStringLiteral("Nadia Benali"));
        QCOMPARE(stack().count(), 1); // person and participation in one step
        stack().undo();
        QCOMPARE(m_fixture->store().count(QStringLiteral("people")), people);
        QCOMPARE(participations("platforms").size(), 2);
        stack().redo();
        QVERIFY(m_fixture->store().row(QStringLiteral("people"), personId).has_value());
        QCOMPARE(participations("platforms").size(), 3);
        // The new person is now offered by the picker.
        QTRY_COMPARE(m_editor->participants()->picker()->completer()->model()->rowCount(), int(people) + 1);
    }

    void removeAndUndo()
    {
        m_editor->participants()->selectParticipation(id("p1"));
        QTest::mouseClick(widget<QToolButton>("participantRemoveButton"), Qt::LeftButton);
        QCOMPARE(lines(), QStringList{QStringLiteral("Ben Okonkwo-Hale")});
        QVERIFY(!m_fixture->store().row(QStringLiteral("participations"), id("p1")).has_value());
        stack().undo();
        QCOMPARE(lines(), (QStringList{QStringLiteral("Ben Okonkwo-Hale"), QStringLiteral("Ana Ferrer Quintana")}));
        QVERIFY(m_fixture->store().row(QStringLiteral("participations"), id("p1")).has_value());
    }

    void reorderIsOneStep()
    {
        m_editor->participants()->selectParticipation(id("p1"));
        auto* up = widget<QToolButton>("participantUpButton");
        auto* down = widget<QToolButton>("participantDownButton");
        QVERIFY(up->isEnabled());
        QVERIFY(!down->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(lines(), (QStringList{QStringLiteral("Ana Ferrer Quintana"), QStringLiteral("Ben Okonkwo-Hale")}));
        QCOMPARE(m_editor->participants()->selectedParticipationId(), id("p1")); // the moved one stays selected
        QCOMPARE(participations("platforms").first().value(QStringLiteral("id")).toString(), id("p1"));
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(lines(), (QStringList{QStringLiteral("Ben Okonkwo-Hale"), QStringLiteral("Ana Ferrer Quintana")}));
        stack().redo();
        QCOMPARE(lines().first(), QStringLiteral("Ana Ferrer Quintana"));
    }

    void changeRoleAndConfirm()
    {
        m_editor->participants()->selectParticipation(id("p1"));
        auto* role = widget<QComboBox>("participantRoleCombo");
        auto* confirmed = widget<QCheckBox>("participantConfirmedCheck");
        QCOMPARE(role->currentData().toString(), QStringLiteral("speaker"));
        role->setCurrentIndex(role->findData(QStringLiteral("facilitator")));
        QCOMPARE(m_fixture->store().row(QStringLiteral("participations"), id("p1"))->value(QStringLiteral("role")).toString(),
                 QStringLiteral("facilitator"));
        confirmed->setChecked(true);
        QCOMPARE(m_fixture->store().row(QStringLiteral("participations"), id("p1"))->value(QStringLiteral("confirmed")).toInt(), 1);
        QVERIFY(!widget<QListWidget>("speakersList")->currentItem()->text().contains(QStringLiteral("not confirmed")));
        QCOMPARE(stack().count(), 2);
        stack().undo();
        QVERIFY(!confirmed->isChecked());
        stack().undo();
        QCOMPARE(role->currentData().toString(), QStringLiteral("speaker"));
    }

    void workshopDetailsOnlyForWorkshops()
    {
        auto* group = widget<QWidget>("workshopGroup");
        QVERIFY(group);
        QVERIFY(!group->isVisible());
        m_editor->setSessionId(id("gender"));
        QVERIFY(group->isVisible());
        // Changing the kind shows or hides the details at once.
        auto* kind = widget<QComboBox>("kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("talk")));
        QVERIFY(!group->isVisible());
        stack().undo();
        QVERIFY(group->isVisible());
    }

    void workshopDetailsEdits()
    {
        m_editor->setSessionId(id("gender"));
        WorkshopDetailsEditor* details = m_editor->workshopDetails();
        QVERIFY(details->detailsId().isEmpty());
        auto* materials = widget<QPlainTextEdit>("workshopMaterialsEdit");
        auto* max = widget<QSpinBox>("workshopMaxParticipantsSpin");
        auto* registrations = widget<QSpinBox>("workshopRegistrationsSpin");
        auto* full = widget<QLabel>("workshopFullLabel");
        auto* organiser = widget<QComboBox>("workshopOrganiserCombo");
        auto* feeds = widget<QComboBox>("workshopFeedsSectionCombo");
        auto* outcome = widget<QPlainTextEdit>("workshopOutcomeEdit");
        QVERIFY(materials && max && registrations && full && organiser && feeds && outcome);

        // The first edit makes the details row, in that same undo step.
        materials->setPlainText(QStringLiteral("Flip charts, sticky notes"));
        const QString detailsId = details->detailsId();
        QVERIFY(!detailsId.isEmpty());
        const auto value = [&](const char* column) {
            return m_fixture->store().row(QStringLiteral("workshop_details"), detailsId).value_or(Row()).value(QString::fromLatin1(column));
        };
        QCOMPARE(value("materials").toString(), QStringLiteral("Flip charts, sticky notes"));
        stack().undo();
        QVERIFY(details->detailsId().isEmpty());
        QCOMPARE(materials->toPlainText(), QString());
        stack().redo();
        QCOMPARE(details->detailsId(), detailsId);

        max->setValue(20);
        registrations->setValue(25);
        QCOMPARE(value("max_participants").toInt(), 20);
        QCOMPARE(value("registrations").toInt(), 25);
        QVERIFY(full->isVisible());
        QCOMPARE(full->text(), QStringLiteral("5 registrations over the limit."));
        QCOMPARE(feeds->count(), 3);
        QCOMPARE(feeds->itemText(1), QStringLiteral("Fair platform work"));
        organiser->setCurrentIndex(organiser->findData(id("coop")));
        feeds->setCurrentIndex(feeds->findData(id("sec2")));
        outcome->setPlainText(QStringLiteral("Three measures for the gender plan"));
        QCOMPARE(value("organiser_id").toString(), id("coop"));
        QCOMPARE(value("feeds_section_id").toString(), id("sec2"));
        QCOMPARE(value("outcome_notes").toString(), QStringLiteral("Three measures for the gender plan"));
        QCOMPARE(stack().count(), 6);
        for (int i = 0; i < 5; ++i)
            stack().undo();
        QCOMPARE(value("max_participants").toInt(), 0);
        QVERIFY(value("organiser_id").isNull());
        QVERIFY(value("feeds_section_id").isNull());
        QCOMPARE(organiser->currentIndex(), 0);
        QVERIFY(!full->isVisible());
        for (int i = 0; i < 5; ++i)
            stack().redo();
        QCOMPARE(feeds->currentData().toString(), id("sec2"));
        QCOMPARE(outcome->toPlainText(), QStringLiteral("Three measures for the gender plan"));

        // Facilitators are the session's people with that role.
        auto* facilitators = widget<QLabel>("workshopFacilitatorsLabel");
        QVERIFY(facilitators->text().startsWith(QStringLiteral("None")));
        pick(QStringLiteral("Clara Vidal Soto"), "facilitator");
        QTest::mouseClick(widget<QPushButton>("addParticipantButton"), Qt::LeftButton);
        QCOMPARE(facilitators->text(), QStringLiteral("Clara Vidal Soto"));
    }
};

QTEST_MAIN(TestParticipants)
#include "test_participants.moc"
