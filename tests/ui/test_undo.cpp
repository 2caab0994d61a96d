// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessiontablemodel.h"
#include "pages/programmepage.h"
#include "programmefixture.h"
#include "widgets/sessioneditor.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QtTest>

using namespace standlab;

// Undo and redo of session edits made through the Programme page's editor widgets.
class TestUndo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProgrammeFixture> m_fixture;
    std::unique_ptr<ProgrammePage> m_page;

    QUndoStack& stack() { return m_fixture->document->undoStack(); }
    template <class T> T* widget(const char* name)
    {
        T* found = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    Row sessionRow(const char* key)
    {
        return m_fixture->store().row(QStringLiteral("sessions"), m_fixture->ids.value(QString::fromLatin1(key))).value_or(Row());
    }
    int count(const QString& table, const QString& sessionKey)
    {
        return int(m_fixture->store().rows(table, QStringLiteral("session_id = ?"), {m_fixture->ids.value(sessionKey)}).size());
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<ProgrammeFixture>();
        QVERIFY(m_fixture->create());
        m_page = std::make_unique<ProgrammePage>(*m_fixture->document);
        m_page->setConfirmDeletion(false);
        m_page->resize(1200, 700);
        m_page->show();
        m_page->selectSession(m_fixture->ids.value(QStringLiteral("platforms")));
        QCOMPARE(m_page->currentSessionId(), m_fixture->ids.value(QStringLiteral("platforms")));
    }

    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void editThroughWidget_data()
    {
        QTest::addColumn<QString>("widgetName");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QVariantList>("expected");
        const auto id = [](const char* key) { return QVariant(QString::fromLatin1(key)); };
        QTest::newRow("kind") << "kindCombo" << id("workshop") << QStringList{QStringLiteral("kind")} << QVariantList{id("workshop")};
        QTest::newRow("status") << "statusCombo" << id("cancelled") << QStringList{QStringLiteral("status")} << QVariantList{id("cancelled")};
        QTest::newRow("language") << "languageCombo" << id("es") << QStringList{QStringLiteral("language")} << QVariantList{id("es")};
        QTest::newRow("working line") << "workingLineCombo" << QVariant(QStringLiteral("@data"))
                                      << QStringList{QStringLiteral("working_line_id")} << QVariantList{QStringLiteral("@data")};
        QTest::newRow("no working line") << "workingLineCombo" << QVariant(QString())
                                         << QStringList{QStringLiteral("working_line_id")} << QVariantList{QVariant()};
        QTest::newRow("space") << "spaceCombo" << QVariant(QStringLiteral("@corner"))
                               << QStringList{QStringLiteral("space_id")} << QVariantList{QStringLiteral("@corner")};
        QTest::newRow("day keeps the times") << "dayCombo" << QVariant(QDate(2019, 11, 21))
                                             << QStringList{QStringLiteral("starts_at"), QStringLiteral("ends_at")}
                                             << QVariantList{id("2019-11-21T11:00"), id("2019-11-21T12:00")};
        QTest::newRow("unscheduled") << "dayCombo" << QVariant(QDate())
                                     << QStringList{QStringLiteral("starts_at"), QStringLiteral("ends_at")}
                                     << QVariantList{QVariant(), QVariant()};
        QTest::newRow("start keeps the length") << "startEdit" << QVariant(QTime(14, 30))
                                                << QStringList{QStringLiteral("starts_at"), QStringLiteral("ends_at")}
                                                << QVariantList{id("2019-11-19T14:30"), id("2019-11-19T15:30")};
        QTest::newRow("end") << "endEdit" << QVariant(QTime(12, 45)) << QStringList{QStringLiteral("ends_at")}
                             << QVariantList{id("2019-11-19T12:45")};
        QTest::newRow("capacity") << "capacitySpin" << QVariant(40) << QStringList{QStringLiteral("capacity")} << QVariantList{40};
        QTest::newRow("headcount") << "headcountSpin" << QVariant(31) << QStringList{QStringLiteral("headcount")} << QVariantList{31};
        QTest::newRow("abstract") << "abstractEdit" << QVariant(QStringLiteral("Who owns the platform?"))
                                  << QStringList{QStringLiteral("abstract")} << QVariantList{QStringLiteral("Who owns the platform?")};
        QTest::newRow("internal notes") << "internalNotesEdit" << QVariant(QStringLiteral("Check the microphones"))
                                        << QStringList{QStringLiteral("internal_notes")} << QVariantList{QStringLiteral("Check the microphones")};
    }

    void editThroughWidget()
    {
        QFETCH(QString, widgetName);
        QFETCH(QVariant, input);
        QFETCH(QStringList, columns);
        QFETCH(QVariantList, expected);
        // "@name" stands for the id of a fixture row.
        const auto resolve = [this](const QVariant& value) {
            const QString text = value.toString();
            return text.startsWith(QLatin1Char('@')) ? QVariant(m_fixture->ids.value(text.mid(1))) : value;
        };
        input = resolve(input);
        const Row before = sessionRow("platforms");
        QWidget* target = m_page->findChild<QWidget*>(widgetName);
        QVERIFY2(target, qPrintable(widgetName));
        if (auto* combo = qobject_cast<QComboBox*>(target)) {
            const int index = combo->findData(input);
            QVERIFY2(index >= 0, qPrintable(input.toString()));
            combo->setCurrentIndex(index);
        } else if (auto* time = qobject_cast<QTimeEdit*>(target)) {
            time->setTime(input.toTime());
        } else if (auto* spin = qobject_cast<QSpinBox*>(target)) {
            spin->setValue(input.toInt());
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(target)) {
            text->setPlainText(input.toString());
        }
        QCOMPARE(stack().count(), 1);
        const Row after = sessionRow("platforms");
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant want = resolve(expected.at(i));
            QCOMPARE(after.value(columns.at(i)).isNull(), want.isNull());
            QCOMPARE(after.value(columns.at(i)).toString(), want.toString());
        }
        stack().undo();
        QCOMPARE(sessionRow("platforms").value(columns.first()), before.value(columns.first()));
        for (const QString& column : columns)
            QCOMPARE(sessionRow("platforms").value(column), before.value(column));
        // The editor follows the undo without pushing anything of its own.
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().index(), 0);
        stack().redo();
        for (int i = 0; i < columns.size(); ++i)
            QCOMPARE(sessionRow("platforms").value(columns.at(i)).toString(), resolve(expected.at(i)).toString());
    }

    void typingTitleIsOneStep()
    {
        auto* title = widget<QLineEdit>("titleEdit");
        QVERIFY(title);
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" now"));
        QCOMPARE(sessionRow("platforms").value(QStringLiteral("title")).toString(),
                 QStringLiteral("Platform work and the right to the city now"));
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(sessionRow("platforms").value(QStringLiteral("title")).toString(),
                 QStringLiteral("Platform work and the right to the city"));
        QCOMPARE(title->text(), QStringLiteral("Platform work and the right to the city"));
        stack().redo();
        QCOMPARE(title->text(), QStringLiteral("Platform work and the right to the city now"));
        // The table shows the change too, refreshed from the store.
        const QModelIndex cell = m_page->sessionModel()->index(
            m_page->sessionModel()->rowOf(m_fixture->ids.value(QStringLiteral("platforms"))), SessionTableModel::TitleColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Platform work and the right to the city now"));
    }

    void typingAndErasingLeavesNoStep()
    {
        auto* title = widget<QLineEdit>("titleEdit");
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral("xy"));
        QTest::keyClick(title, Qt::Key_Backspace);
        QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(stack().count(), 0);
    }

    void noOpEditPushesNothing()
    {
        auto* title = widget<QLineEdit>("titleEdit");
        emit title->textEdited(title->text());
        auto* kind = widget<QComboBox>("kindCombo");
        emit kind->currentIndexChanged(kind->currentIndex());
        auto* start = widget<QTimeEdit>("startEdit");
        emit start->timeChanged(start->time());
        QCOMPARE(stack().count(), 0);
    }

    void tagsAreUndoable()
    {
        auto* tags = widget<QListWidget>("tagsList");
        QVERIFY(tags);
        QCOMPARE(tags->count(), 1); // only cross-cutting lines can be tags
        QCOMPARE(tags->item(0)->checkState(), Qt::Checked);
        tags->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(count(QStringLiteral("session_tags"), QStringLiteral("platforms")), 0);
        stack().undo();
        QCOMPARE(count(QStringLiteral("session_tags"), QStringLiteral("platforms")), 1);
        QCOMPARE(tags->item(0)->checkState(), Qt::Checked);
        stack().redo();
        QCOMPARE(count(QStringLiteral("session_tags"), QStringLiteral("platforms")), 0);
        QCOMPARE(tags->item(0)->checkState(), Qt::Unchecked);
        tags->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(count(QStringLiteral("session_tags"), QStringLiteral("platforms")), 1);
        QCOMPARE(stack().count(), 2);
    }

    void speakersShownReadOnly()
    {
        auto* speakers = widget<QListWidget>("speakersList");
        QVERIFY(speakers);
        QCOMPARE(speakers->count(), 2);
        QVERIFY(speakers->item(0)->text().contains(QStringLiteral("Ben Okonkwo-Hale")));
        QVERIFY(speakers->item(0)->text().contains(QStringLiteral("Moderator")));
    }

    void deleteRestoresParticipations()
    {
        QAction* remove = widget<QAction>("deleteSessionAction");
        QVERIFY(remove);
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QVERIFY(sessionRow("platforms").isEmpty());
        QCOMPARE(count(QStringLiteral("participations"), QStringLiteral("platforms")), 0);
        QCOMPARE(count(QStringLiteral("session_tags"), QStringLiteral("platforms")), 0);
        QCOMPARE(m_page->sessionModel()->rowCount(), 5);
        // The list moves on to a neighbour, like a mail client; never to the deleted session.
        QVERIFY(m_page->currentSessionId() != m_fixture->ids.value(QStringLiteral("platforms")));
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(sessionRow("platforms").value(QStringLiteral("title")).toString(),
                 QStringLiteral("Platform work and the right to the city"));
        QCOMPARE(count(QStringLiteral("participations"), QStringLiteral("platforms")), 2);
        QCOMPARE(count(QStringLiteral("session_tags"), QStringLiteral("platforms")), 1);
        QCOMPARE(m_page->sessionModel()->rowCount(), 6);
        stack().redo();
        QCOMPARE(count(QStringLiteral("participations"), QStringLiteral("platforms")), 0);
    }

    void deleteKeyInTheList()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QVERIFY(sessionRow("platforms").isEmpty());
        stack().undo();
        QVERIFY(!sessionRow("platforms").isEmpty());
    }

    void newSessionWithDefaults()
    {
        QAction* add = widget<QAction>("newSessionAction");
        QVERIFY(add);
        add->trigger();
        QCOMPARE(m_fixture->store().count(QStringLiteral("sessions")), 7);
        const QString id = m_page->currentSessionId();
        const Row row = m_fixture->store().row(QStringLiteral("sessions"), id).value_or(Row());
        QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("New session"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("idea"));
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("talk"));
        QCOMPARE(row.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        auto* title = widget<QLineEdit>("titleEdit");
        QCOMPARE(title->selectedText(), QStringLiteral("New session"));
        stack().undo();
        QCOMPARE(m_fixture->store().count(QStringLiteral("sessions")), 6);
        QVERIFY(m_page->currentSessionId() != id);
    }

    void duplicateIsOneStep()
    {
        QAction* duplicate = widget<QAction>("duplicateSessionAction");
        QVERIFY(duplicate);
        duplicate->trigger();
        QCOMPARE(m_fixture->store().count(QStringLiteral("sessions")), 7);
        const QString copy = m_page->currentSessionId();
        QVERIFY(copy != m_fixture->ids.value(QStringLiteral("platforms")));
        const Row row = m_fixture->store().row(QStringLiteral("sessions"), copy).value_or(Row());
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("roundtable"));
        QVERIFY(row.value(QStringLiteral("starts_at")).isNull());
        QCOMPARE(m_fixture->store().rows(QStringLiteral("session_tags"), QStringLiteral("session_id = ?"), {copy}).size(), 1);
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(m_fixture->store().count(QStringLiteral("sessions")), 6);
        QCOMPARE(m_fixture->store().count(QStringLiteral("session_tags")), 1);
    }
};

QTEST_MAIN(TestUndo)
#include "test_undo.moc"
