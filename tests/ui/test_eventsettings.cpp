// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/eventsettingsdialog.h"
#include "dialogs/eventsettingstable.h"
#include "programmefixture.h"
#include "widgets/colourbutton.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace standlab;

// The Event settings dialog writes through undo commands: every edit reaches the store and undo reverts it.
class TestEventSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProgrammeFixture> m_fixture;
    std::unique_ptr<EventSettingsDialog> m_dialog;

    QUndoStack& stack() { return m_fixture->document->undoStack(); }
    template <class T> T* widget(const char* name) { return m_dialog->findChild<T*>(QString::fromLatin1(name)); }
    Row row(const char* table, const char* key)
    {
        return m_fixture->store().row(QString::fromLatin1(table), m_fixture->ids.value(QString::fromLatin1(key))).value_or(Row());
    }
    QString eventValue(const char* column)
    {
        const QVector<Row> rows = m_fixture->store().rows(QStringLiteral("event"));
        return rows.isEmpty() ? QString() : rows.first().value(QString::fromLatin1(column)).toString();
    }
    void open(bool empty = false)
    {
        m_fixture = std::make_unique<ProgrammeFixture>();
        QVERIFY(m_fixture->create(empty));
        m_dialog = std::make_unique<EventSettingsDialog>(*m_fixture->document);
        m_dialog->show(); // not exec(): the test must never block on a modal dialog
    }

private slots:
    void cleanup()
    {
        m_dialog.reset();
        m_fixture.reset();
    }

    void generalText_data()
    {
        QTest::addColumn<QString>("widgetName");
        QTest::addColumn<QString>("column");
        QTest::newRow("name") << "eventNameEdit" << "name";
        QTest::newRow("venue") << "venueEdit" << "venue";
        QTest::newRow("city") << "cityEdit" << "city";
    }

    void generalText()
    {
        QFETCH(QString, widgetName);
        QFETCH(QString, column);
        open();
        auto* edit = m_dialog->findChild<QLineEdit*>(widgetName);
        QVERIFY(edit);
        const QString before = eventValue(column.toLatin1().constData());
        QCOMPARE(edit->text(), before);
        edit->setFocus();
        edit->end(false);
        QTest::keyClicks(edit, QStringLiteral(" 2020"));
        QCOMPARE(eventValue(column.toLatin1().constData()), before + QStringLiteral(" 2020"));
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(eventValue(column.toLatin1().constData()), before);
        QCOMPARE(edit->text(), before);
    }

    void timeZoneAndLanguages()
    {
        open();
        auto* zone = widget<QComboBox>("timeZoneCombo");
        QVERIFY(zone);
        QCOMPARE(zone->currentData().toString(), QStringLiteral("Europe/Madrid"));
        zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Lisbon")));
        QCOMPARE(eventValue("time_zone"), QStringLiteral("Europe/Lisbon"));
        auto* languages = widget<QListWidget>("languagesList");
        QVERIFY(languages);
        for (int i = 0; i < languages->count(); ++i)
            if (languages->item(i)->data(Qt::UserRole).toString() == QLatin1String("ca"))
                languages->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(eventValue("languages"), QStringLiteral("[\"en\",\"es\",\"ca\"]"));
        stack().undo();
        stack().undo();
        QCOMPARE(eventValue("time_zone"), QStringLiteral("Europe/Madrid"));
        QCOMPARE(eventValue("languages"), QStringLiteral("[\"en\",\"es\"]"));
        QCOMPARE(zone->currentData().toString(), QStringLiteral("Europe/Madrid"));
    }

    void newFileGetsAnEventRow()
    {
        open(true);
        QCOMPARE(m_fixture->store().count(QStringLiteral("event")), 0);
        QCOMPARE(stack().count(), 0); // opening the dialog changes nothing
        auto* name = widget<QLineEdit>("eventNameEdit");
        QTest::keyClicks(name, QStringLiteral("My lab"));
        QCOMPARE(m_fixture->store().count(QStringLiteral("event")), 1);
        QCOMPARE(eventValue("name"), QStringLiteral("My lab"));
        while (stack().canUndo())
            stack().undo();
        QCOMPARE(m_fixture->store().count(QStringLiteral("event")), 0);
    }

    void days()
    {
        open();
        auto* table = widget<QTableWidget>("daysTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 1)->data(Qt::EditRole).toTime(), QTime(10, 0));
        table->item(1, 1)->setData(Qt::EditRole, QTime(9, 30));
        QCOMPARE(row("event_days", "day2").value(QStringLiteral("opens")).toString(), QStringLiteral("09:30"));
        // A date that already exists is refused by the store and the table shows the stored date again.
        table->item(1, 0)->setData(Qt::EditRole, QDate(2019, 11, 19));
        QCOMPARE(row("event_days", "day2").value(QStringLiteral("day")).toString(), QStringLiteral("2019-11-20"));
        QCOMPARE(table->item(1, 0)->data(Qt::EditRole).toDate(), QDate(2019, 11, 20));
        widget<QPushButton>("daysAddButton")->click();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(m_fixture->store().rows(QStringLiteral("event_days"), {}, {}, QStringLiteral("day")).last().value(QStringLiteral("day")).toString(),
                 QStringLiteral("2019-11-22"));
        table->selectRow(0);
        widget<QPushButton>("daysRemoveButton")->click();
        QCOMPARE(m_fixture->store().count(QStringLiteral("event_days")), 3);
        QCOMPARE(stack().count(), 3);
        while (stack().canUndo())
            stack().undo();
        QCOMPARE(m_fixture->store().count(QStringLiteral("event_days")), 3);
        QCOMPARE(row("event_days", "day1").value(QStringLiteral("day")).toString(), QStringLiteral("2019-11-19"));
        QCOMPARE(row("event_days", "day2").value(QStringLiteral("opens")).toString(), QStringLiteral("10:00"));
        QCOMPARE(table->rowCount(), 3);
    }

    void spaces()
    {
        open();
        auto* table = widget<QTableWidget>("spacesTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Agora"));
        table->item(0, 0)->setText(QStringLiteral("Main stage"));
        QCOMPARE(row("spaces", "agora").value(QStringLiteral("name")).toString(), QStringLiteral("Main stage"));
        table->item(0, 0)->setText(QStringLiteral("  ")); // a name is required
        QCOMPARE(row("spaces", "agora").value(QStringLiteral("name")).toString(), QStringLiteral("Main stage"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Main stage"));
        table->item(0, 2)->setData(Qt::EditRole, 80);
        QCOMPARE(row("spaces", "agora").value(QStringLiteral("capacity")).toInt(), 80);
        auto* kind = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("workshop_area")));
        QCOMPARE(row("spaces", "agora").value(QStringLiteral("kind")).toString(), QStringLiteral("workshop_area"));
        auto* colour = qobject_cast<ColourButton*>(table->cellWidget(0, 3));
        QVERIFY(colour);
        colour->chooseColour(QColor(QStringLiteral("#123456")));
        QCOMPARE(row("spaces", "agora").value(QStringLiteral("colour")).toString(), QStringLiteral("#123456"));
        QCOMPARE(stack().count(), 4);
        // Reorder: Corner moves above Agora.
        table->selectRow(1);
        widget<QPushButton>("spacesUpButton")->click();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Corner"));
        QCOMPARE(row("spaces", "corner").value(QStringLiteral("position")).toInt(), 0);
        QCOMPARE(row("spaces", "agora").value(QStringLiteral("position")).toInt(), 1);
        stack().undo();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Main stage"));
        while (stack().canUndo())
            stack().undo();
        const Row agora = row("spaces", "agora");
        QCOMPARE(agora.value(QStringLiteral("name")).toString(), QStringLiteral("Agora"));
        QCOMPARE(agora.value(QStringLiteral("capacity")).toInt(), 0);
        QCOMPARE(agora.value(QStringLiteral("kind")).toString(), QStringLiteral("stage"));
        QCOMPARE(agora.value(QStringLiteral("colour")).toString(), QStringLiteral("#aa0000"));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("stage"));
    }

    void removingASpaceIsUndoneWithItsSessions()
    {
        open();
        auto* table = widget<QTableWidget>("spacesTable");
        table->selectRow(0);
        widget<QPushButton>("spacesRemoveButton")->click();
        QCOMPARE(m_fixture->store().count(QStringLiteral("spaces")), 1);
        QVERIFY(m_fixture->session(QStringLiteral("opening"))->spaceId.isEmpty());
        stack().undo();
        QCOMPARE(m_fixture->session(QStringLiteral("opening"))->spaceId, m_fixture->ids.value(QStringLiteral("agora")));
    }

    void workingLines()
    {
        open();
        auto* table = widget<QTableWidget>("linesTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Data"));
        table->item(1, 1)->setText(QStringLiteral("DATA"));
        QCOMPARE(row("working_lines", "data").value(QStringLiteral("short_name")).toString(), QStringLiteral("DATA"));
        table->item(1, 3)->setCheckState(Qt::Checked);
        QCOMPARE(row("working_lines", "data").value(QStringLiteral("cross_cutting")).toInt(), 1);
        qobject_cast<ColourButton*>(table->cellWidget(1, 2))->chooseColour(QColor(QStringLiteral("#00ff00")));
        QCOMPARE(row("working_lines", "data").value(QStringLiteral("colour")).toString(), QStringLiteral("#00ff00"));
        widget<QPushButton>("linesAddButton")->click();
        QCOMPARE(m_fixture->store().count(QStringLiteral("working_lines")), 4);
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("New working line"));
        while (stack().canUndo())
            stack().undo();
        QCOMPARE(m_fixture->store().count(QStringLiteral("working_lines")), 3);
        const Row data = row("working_lines", "data");
        QCOMPARE(data.value(QStringLiteral("short_name")).toString(), QString());
        QCOMPARE(data.value(QStringLiteral("cross_cutting")).toInt(), 0);
        QCOMPARE(data.value(QStringLiteral("colour")).toString(), QStringLiteral("#1e88e5"));
        QCOMPARE(table->item(1, 3)->checkState(), Qt::Unchecked);
    }

    void closeKeepsTheChanges()
    {
        open();
        QTest::keyClicks(widget<QLineEdit>("venueEdit"), QStringLiteral("!"));
        m_dialog->close();
        QCOMPARE(eventValue("venue"), QStringLiteral("Fira Gran Via!"));
        QVERIFY(stack().canUndo());
    }
};

QTEST_MAIN(TestEventSettings)
#include "test_eventsettings.moc"
