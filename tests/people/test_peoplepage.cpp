// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"
#include "pages/peoplepage.h"
#include "pages/programmepage.h"
#include "people/peoplefilterproxy.h"
#include "people/personeditor.h"
#include "people/personsessionslist.h"
#include "peoplefixture.h"
#include "shellmodels/peoplemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeEdit>
#include "mainwindow/prompts.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// The People page driven through its widgets: every field, availability, new and delete, sessions.
class TestPeoplePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PeopleFixture> m_fixture;
    std::unique_ptr<PeoplePage> m_page;
    QStringList m_warnings;
    bool m_answer = true;

    QUndoStack& stack() { return m_fixture->document->undoStack(); }
    QString id(const char* key) { return m_fixture->ids.value(QString::fromLatin1(key)); }
    template <class T> T* widget(const QString& name)
    {
        T* found = m_page->findChild<T*>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    QVariant stored(const QString& table, const QString& rowId, const QString& column)
    {
        return m_fixture->store().row(table, rowId).value_or(Row()).value(column);
    }
    int count(const QString& table, const QString& where, const QVariantList& args)
    {
        return int(m_fixture->store().rows(table, where, args).size());
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<PeopleFixture>();
        QVERIFY(m_fixture->create());
        m_page = std::make_unique<PeoplePage>(*m_fixture->document);
        m_warnings.clear();
        m_answer = true;
        m_page->setDeletionConfirmation([this](const QString& warning) {
            m_warnings << warning;
            return m_answer;
        });
        m_page->resize(1200, 760);
        m_page->show();
        m_page->selectPerson(id("ana"));
        QCOMPARE(m_page->currentPersonId(), id("ana"));
        QCOMPARE(m_page->editor()->personId(), id("ana"));
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void fitsALaptopScreen()
    {
        // The page shares a 1366-pixel-wide window with the sidebar.
        qInfo() << "people page minimum" << m_page->minimumSizeHint() << "editor" << m_page->editor()->minimumSizeHint();
        QVERIFY(m_page->minimumSizeHint().width() <= 1100);
        QVERIFY(m_page->minimumSizeHint().height() <= 600);
    }

    void typedFields_data()
    {
        QTest::addColumn<QString>("widgetName");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("typed");
        QTest::newRow("name") << "personNameEdit" << "name" << "Ana Ferrer i Quintana";
        QTest::newRow("role") << "personRoleEdit" << "role_title" << "Councillor for housing";
        QTest::newRow("email") << "personEmailEdit" << "email" << "ana@example.org";
        QTest::newRow("phone") << "personPhoneEdit" << "phone" << "+34 600 000 000";
    }

    void typedFields()
    {
        QFETCH(QString, widgetName);
        QFETCH(QString, column);
        QFETCH(QString, typed);
        auto* edit = widget<QLineEdit>(widgetName);
        QVERIFY(edit);
        const QVariant before = stored(QStringLiteral("people"), id("ana"), column);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, typed);
        QCOMPARE(stored(QStringLiteral("people"), id("ana"), column).toString(), typed);
        QCOMPARE(stack().count(), 1); // typing merges into one step
        stack().undo();
        QCOMPARE(stored(QStringLiteral("people"), id("ana"), column).toString(), before.toString());
        QCOMPARE(edit->text(), before.toString());
        stack().redo();
        QCOMPARE(edit->text(), typed);
        // The list keeps the person selected while their row changes.
        QTRY_COMPARE(m_page->view()->model()->index(m_page->view()->currentIndex().row(), PeopleModel::Name)
                         .data(PeopleModel::IdRole).toString(), id("ana"));
    }

    void textsAndChoices()
    {
        auto* bio = widget<QPlainTextEdit>(QStringLiteral("personBioEdit"));
        auto* notes = widget<QPlainTextEdit>(QStringLiteral("personNotesEdit"));
        auto* organisation = widget<QComboBox>(QStringLiteral("personOrganisationCombo"));
        auto* languages = widget<QListWidget>(QStringLiteral("personLanguagesList"));
        QVERIFY(bio && notes && organisation && languages);
        bio->setPlainText(QStringLiteral("Urbanist working on platform regulation."));
        notes->setPlainText(QStringLiteral("Arrives on the second day."));
        QCOMPARE(organisation->currentData().toString(), id("bcn"));
        organisation->setCurrentIndex(organisation->findData(id("coop")));
        QCOMPARE(organisation->currentText(), QStringLiteral("Cooperativa Teixit (Girona)"));
        languages->item(1)->setCheckState(Qt::Checked); // Spanish
        languages->item(2)->setCheckState(Qt::Checked); // Catalan
        const QString ana = id("ana");
        QCOMPARE(stored(QStringLiteral("people"), ana, QStringLiteral("bio")).toString(), QStringLiteral("Urbanist working on platform regulation."));
        QCOMPARE(stored(QStringLiteral("people"), ana, QStringLiteral("notes")).toString(), QStringLiteral("Arrives on the second day."));
        QCOMPARE(stored(QStringLiteral("people"), ana, QStringLiteral("organisation_id")).toString(), id("coop"));
        QCOMPARE(stored(QStringLiteral("people"), ana, QStringLiteral("languages")).toString(), QStringLiteral("[\"es\",\"ca\"]"));
        QCOMPARE(stack().count(), 5);
        stack().undo();
        QCOMPARE(languages->item(2)->checkState(), Qt::Unchecked);
        QCOMPARE(stored(QStringLiteral("people"), ana, QStringLiteral("languages")).toString(), QStringLiteral("[\"es\"]"));
        stack().undo();
        stack().undo();
        QCOMPARE(organisation->currentData().toString(), id("bcn"));
        stack().undo();
        stack().undo();
        QCOMPARE(bio->toPlainText(), QString());
        for (int i = 0; i < 5; ++i)
            stack().redo();
        QCOMPARE(bio->toPlainText(), QStringLiteral("Urbanist working on platform regulation."));
        QCOMPARE(languages->item(2)->checkState(), Qt::Checked);
        // "No organisation" is a NULL reference.
        organisation->setCurrentIndex(0);
        QVERIFY(stored(QStringLiteral("people"), ana, QStringLiteral("organisation_id")).isNull());
        stack().undo();
        QCOMPARE(organisation->currentData().toString(), id("coop"));
    }

    void availabilityPerDay()
    {
        auto* day2 = widget<QCheckBox>(QStringLiteral("availableCheck_20191120"));
        auto* from2 = widget<QTimeEdit>(QStringLiteral("availableFrom_20191120"));
        auto* to2 = widget<QTimeEdit>(QStringLiteral("availableTo_20191120"));
        auto* summary = widget<QLabel>(QStringLiteral("availabilitySummary"));
        QVERIFY(day2 && from2 && to2 && summary);
        QVERIFY(widget<QCheckBox>(QStringLiteral("availableCheck_20191119")));
        QVERIFY(widget<QCheckBox>(QStringLiteral("availableCheck_20191121")));
        QVERIFY(!from2->isEnabled());
        QVERIFY(summary->text().contains(QStringLiteral("throughout")));
        const QString where = QStringLiteral("person_id = ?");
        const QVariantList ana{id("ana")};

        day2->setChecked(true);
        QCOMPARE(count(QStringLiteral("person_availability"), where, ana), 1);
        const Row window = m_fixture->store().rows(QStringLiteral("person_availability"), where, ana).first();
        QCOMPARE(window.value(QStringLiteral("day")).toString(), QStringLiteral("2019-11-20"));
        QCOMPARE(window.value(QStringLiteral("available_from")).toString(), QStringLiteral("10:00")); // the day's opening
        QCOMPARE(window.value(QStringLiteral("available_to")).toString(), QStringLiteral("19:00"));
        QVERIFY(from2->isEnabled());
        QVERIFY(summary->text().contains(QStringLiteral("only")));

        from2->setTime(QTime(14, 0));
        to2->setTime(QTime(18, 30));
        const QString windowId = window.value(QStringLiteral("id")).toString();
        QCOMPARE(stored(QStringLiteral("person_availability"), windowId, QStringLiteral("available_from")).toString(), QStringLiteral("14:00"));
        QCOMPARE(stored(QStringLiteral("person_availability"), windowId, QStringLiteral("available_to")).toString(), QStringLiteral("18:30"));
        QCOMPARE(stack().count(), 3);
        stack().undo();
        QCOMPARE(to2->time(), QTime(19, 0));
        stack().redo();

        day2->setChecked(false);
        QCOMPARE(count(QStringLiteral("person_availability"), where, ana), 0);
        QVERIFY(!from2->isEnabled());
        stack().undo();
        QCOMPARE(count(QStringLiteral("person_availability"), where, ana), 1);
        QVERIFY(day2->isChecked());
        QCOMPARE(from2->time(), QTime(14, 0));

        // Another person has their own days.
        m_page->selectPerson(id("ben"));
        QVERIFY(!day2->isChecked());
        m_page->selectPerson(id("ana"));
        QVERIFY(day2->isChecked());
    }

    void newPersonIsOneUndoStep()
    {
        widget<QLineEdit>(QStringLiteral("peopleSearch"))->setText(QStringLiteral("dmitri"));
        QCOMPARE(m_page->view()->model()->rowCount(), 1);
        auto* create = widget<QAction>(QStringLiteral("newPersonAction"));
        QVERIFY(create);
        create->trigger();
        QCOMPARE(m_fixture->store().count(QStringLiteral("people")), 6);
        const QString created = m_page->currentPersonId();
        QVERIFY(!created.isEmpty());
        QCOMPARE(m_page->editor()->personId(), created);
        QCOMPARE(stored(QStringLiteral("people"), created, QStringLiteral("name")).toString(), QStringLiteral("New person"));
        QCOMPARE(m_page->view()->model()->rowCount(), 6); // the search was cleared to show them
        auto* name = widget<QLineEdit>(QStringLiteral("personNameEdit"));
        QVERIFY(name->hasFocus() || !QApplication::focusWidget()); // offscreen windows may have no focus
        QCOMPARE(name->selectedText(), QStringLiteral("New person"));
        stack().undo();
        QCOMPARE(m_fixture->store().count(QStringLiteral("people")), 5);
        QTRY_COMPARE(m_page->model()->rowCount(), 5);
        QVERIFY(m_page->editor()->personId().isEmpty());
        stack().redo();
        QVERIFY(m_fixture->store().row(QStringLiteral("people"), created).has_value());
    }

    void deleteWarnsAndUndoes()
    {
        auto* remove = widget<QAction>(QStringLiteral("deletePersonAction"));
        QVERIFY(remove && remove->isEnabled());
        m_answer = false;
        remove->trigger();
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.first().contains(QStringLiteral("in 1 session,")), qPrintable(m_warnings.first()));
        QVERIFY(m_warnings.first().contains(QStringLiteral("Ana Ferrer Quintana")));
        QCOMPARE(stack().count(), 0);
        QVERIFY(m_fixture->store().row(QStringLiteral("people"), id("ana")).has_value());

        m_answer = true;
        remove->trigger();
        QVERIFY(!m_fixture->store().row(QStringLiteral("people"), id("ana")).has_value());
        QCOMPARE(count(QStringLiteral("participations"), QStringLiteral("person_id = ?"), {id("ana")}), 0);
        QCOMPARE(m_page->model()->rowCount(), 4);
        QVERIFY(m_page->currentPersonId() != id("ana"));
        QVERIFY(!m_page->currentPersonId().isEmpty()); // a neighbour takes over
        stack().undo();
        QVERIFY(m_fixture->store().row(QStringLiteral("people"), id("ana")).has_value());
        QCOMPARE(count(QStringLiteral("participations"), QStringLiteral("person_id = ?"), {id("ana")}), 1);
        QTRY_COMPARE(m_page->model()->rowCount(), 5);

        QVERIFY(m_page->deletionWarning(id("alex")).contains(QStringLiteral("no session")));
    }

    void sessionsAtAGlance()
    {
        PersonSessionsList* list = m_page->sessionsList();
        QCOMPARE(list->sessionIds(), QStringList{id("platforms")});
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("Speaker")));
        QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("11:00")));
        QSignalSpy activated(m_page.get(), &PeoplePage::sessionActivated);
        emit list->itemActivated(list->topLevelItem(0), 1);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), id("platforms"));
        // Joining another session shows up at once, in programme order.
        m_fixture->store().insert(QStringLiteral("participations"), {{QStringLiteral("person_id"), id("ana")},
                                                                     {QStringLiteral("session_id"), id("opening")},
                                                                     {QStringLiteral("role"), QStringLiteral("moderator")}});
        QTRY_COMPARE(list->sessionIds(), (QStringList{id("opening"), id("platforms")}));
        m_page->selectPerson(id("alex"));
        QCOMPARE(list->sessionIds(), QStringList{});
    }

    void calendarOfOnePerson()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("ana.ics"));
        Prompts::setFileChooser([path](const QString&, const QString&) { return path; });
        auto* action = widget<QAction>(QStringLiteral("personCalendarAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        Prompts::setFileChooser({});
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(calendar.count("BEGIN:VEVENT"), 1);
        QVERIFY(calendar.contains(QByteArray(QByteArray("UID:") + id("platforms").toUtf8())));
    }

    void sessionOpensOnTheProgrammePage()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_page.reset();
        auto window = std::make_unique<MainWindow>(std::move(m_fixture->document));
        window->show();
        auto* people = qobject_cast<PeoplePage*>(window->page(QStringLiteral("people")));
        auto* programme = qobject_cast<ProgrammePage*>(window->page(QStringLiteral("programme")));
        QVERIFY(people && programme);
        window->showPage(int(window->pageCount()) - 1);
        people->selectPerson(id("ana"));
        QTreeWidget* sessions = people->sessionsList();
        QCOMPARE(sessions->topLevelItemCount(), 1);
        emit sessions->itemActivated(sessions->topLevelItem(0), 1);
        QCOMPARE(window->pageId(window->currentPage()), QStringLiteral("programme"));
        QCOMPARE(programme->currentSessionId(), id("platforms"));
    }

    void filtersOnThePage()
    {
        auto* involvement = widget<QComboBox>(QStringLiteral("peopleFilterCombo"));
        auto* organisation = widget<QComboBox>(QStringLiteral("peopleOrganisationCombo"));
        auto* count = widget<QLabel>(QStringLiteral("peopleCount"));
        QVERIFY(involvement && organisation && count);
        QCOMPARE(count->text(), QStringLiteral("People: 5"));
        involvement->setCurrentIndex(involvement->findData(int(PeopleFilterProxy::Involvement::Moderators)));
        QCOMPARE(m_page->view()->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("People: 1 of 5"));
        involvement->setCurrentIndex(0);
        // Only organisations with people are offered, plus "all" and "none".
        QCOMPARE(organisation->count(), 4);
        organisation->setCurrentIndex(organisation->findData(id("bcn")));
        QCOMPARE(m_page->view()->model()->rowCount(), 2);
        // A filter that hides the person being edited leaves them in the editor, with no other row
        // selected; clearing it selects them again.
        organisation->setCurrentIndex(organisation->findData(id("coop")));
        QCOMPARE(m_page->view()->model()->rowCount(), 1);
        QCOMPARE(m_page->editor()->personId(), id("ana"));
        QVERIFY(m_page->currentPersonId().isEmpty());
        organisation->setCurrentIndex(0);
        QCOMPARE(m_page->currentPersonId(), id("ana"));
        // Global search opens a person through selectItem(), clearing filters that would hide them.
        involvement->setCurrentIndex(involvement->findData(int(PeopleFilterProxy::Involvement::Speakers)));
        QVERIFY(QMetaObject::invokeMethod(m_page.get(), "selectItem", Q_ARG(QString, id("ben"))));
        QCOMPARE(involvement->currentIndex(), 0);
        QCOMPARE(m_page->currentPersonId(), id("ben"));
        QCOMPARE(m_page->editor()->personId(), id("ben"));
    }

    void renamingOutOfTheSearchKeepsEditing()
    {
        widget<QLineEdit>(QStringLiteral("peopleSearch"))->setText(QStringLiteral("ana"));
        QCOMPARE(m_page->currentPersonId(), id("ana"));
        auto* name = widget<QLineEdit>(QStringLiteral("personNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Bea Roig"));
        QTRY_COMPARE(m_page->model()->index(m_page->model()->rowOf(id("ana")), PeopleModel::Name).data().toString(),
                     QStringLiteral("Bea Roig"));
        QCOMPARE(m_page->editor()->personId(), id("ana"));
        QCOMPARE(name->text(), QStringLiteral("Bea Roig"));
    }
};

QTEST_MAIN(TestPeoplePage)
#include "test_peoplepage.moc"
