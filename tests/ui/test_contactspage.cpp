// SPDX-License-Identifier: GPL-3.0-or-later
// The Contacts page driven like a user would, offscreen on the demo event: the lazy model, filters,
// engagement edits and their undo, the interaction log in two keystrokes, a session made from a
// request, initiatives, the import dialog and the export of a filtered list.
#include "contacts/contactfilterbar.h"
#include "contacts/contactimportdialog.h"
#include "contacts/contactoverview.h"
#include "contacts/engagementeditor.h"
#include "contacts/initiativesmodel.h"
#include "contacts/initiativesview.h"
#include "csv/csvreader.h"
#include "document/eventdocument.h"
#include "mainwindow/eventopener.h"
#include "model/engagement.h"
#include "model/repository.h"
#include "pages/contactspage.h"
#include "shellmodels/contactsmodel.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace standlab;

class TestContactsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelLoadsLazily();
    void filtersNarrowTheList();
    void engagementEditsUndo();
    void firstEditCreatesEngagement();
    void interactionInTwoKeystrokes();
    void sessionFromRequest();
    void initiativesAcceptAndClash();
    void importDialogPreviewsAndImports();
    void exportOfFilteredList();

private:
    template <class T> T* widget(const QString& name)
    {
        T* found = m_page->findChild<T*>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    Store& store() { return m_document->store(); }
    QString organisationWhere(const QString& condition);
    void choose(const QString& comboName, const QVariant& data);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<ContactsPage> m_page;
};

void TestContactsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StandLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("Contacts Page Test"));
    QVERIFY(m_dir.isValid());
}

void TestContactsPage::init()
{
    QSettings().clear();
    QString error;
    m_document = EventOpener::createDemo(m_dir.filePath(QStringLiteral("demo-%1.standlab").arg(++m_files)), &error);
    QVERIFY2(m_document, qPrintable(error));
    m_page = std::make_unique<ContactsPage>(*m_document);
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestContactsPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

QString TestContactsPage::organisationWhere(const QString& condition)
{
    const QVector<Row> rows = store().rows(QStringLiteral("engagements"), condition);
    return rows.isEmpty() ? QString() : rows.first().value(QStringLiteral("organisation_id")).toString();
}

void TestContactsPage::choose(const QString& comboName, const QVariant& data)
{
    auto* combo = widget<QComboBox>(comboName);
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void TestContactsPage::modelLoadsLazily()
{
    QVector<Row> rows;
    for (int i = 0; i < 1000; ++i)
        rows.push_back({{QStringLiteral("id"), Store::newId()}, {QStringLiteral("name"), QStringLiteral("Generated %1").arg(i)},
                        {QStringLiteral("country"), QStringLiteral("Testland")}});
    QVERIFY(store().insertMany(QStringLiteral("organisations"), rows, false));
    ContactsModel model(store());
    const int total = int(store().count(QStringLiteral("organisations")));
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), ContactsModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches a page or two itself while it checks.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() < total);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    model.sort(ContactsModel::Country, Qt::DescendingOrder);
    QVERIFY(model.rowCount() < total);
    QCOMPARE(model.index(0, ContactsModel::Country).data().toString(), ContactQuery(store()).countries().constLast());
    ContactFilter filter;
    filter.search = QStringLiteral("generated 99");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 11); // 99 and 990–999
}

void TestContactsPage::filtersNarrowTheList()
{
    ContactsModel* model = m_page->model();
    const int all = model->totalCount();
    QCOMPARE(all, int(store().count(QStringLiteral("organisations"))));
    int attending = 0;
    const ContactOverview overview = ContactOverview::of(store());
    for (const auto& bar : overview.attendance())
        if (bar.key == QLatin1String("attending"))
            attending = bar.count;
    choose(QStringLiteral("filterAttendance"), QStringLiteral("attending"));
    QCOMPARE(model->totalCount(), attending);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ContactsModel::Attendance).data().toString(), QStringLiteral("Attending"));
    choose(QStringLiteral("filterSpeak"), 1);
    QVERIFY(model->totalCount() <= attending);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ContactsModel::WantsToSpeak).data().toString(), QStringLiteral("Yes"));
    m_page->filterBar()->clear();
    choose(QStringLiteral("filterKind"), QStringLiteral("city_council"));
    QCOMPARE(model->totalCount(), int(store().rows(QStringLiteral("organisations"), QStringLiteral("kind = 'city_council'")).size()));
    choose(QStringLiteral("filterKind"), QString());
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("contactSearch")), QStringLiteral("zzzz-nothing"));
    QTRY_COMPARE(model->totalCount(), 0);
    widget<QLineEdit>(QStringLiteral("contactSearch"))->clear();
    QTRY_COMPARE(model->totalCount(), all);
}

void TestContactsPage::engagementEditsUndo()
{
    const QString org = organisationWhere(QStringLiteral("attendance = 'interested'"));
    QVERIFY(!org.isEmpty());
    m_page->selectOrganisation(org);
    QCOMPARE(m_page->editor()->organisationId(), org);
    auto engagement = [&] {
        return Repository<Engagement>(store()).where(QStringLiteral("organisation_id = ?"), {org}).value(0);
    };
    QUndoStack& undo = m_document->undoStack();
    const int before = undo.count();

    choose(QStringLiteral("attendance"), QStringLiteral("attending"));
    QCOMPARE(engagement().attendance, QStringLiteral("attending"));
    auto* delegation = widget<QSpinBox>(QStringLiteral("delegation"));
    delegation->setValue(7);
    emit delegation->editingFinished();
    QCOMPARE(engagement().delegationSize, 7);
    auto* owner = widget<QLineEdit>(QStringLiteral("owner"));
    owner->setText(QStringLiteral("Mireia"));
    emit owner->editingFinished();
    QCOMPARE(engagement().owner, QStringLiteral("Mireia"));
    widget<QDateEdit>(QStringLiteral("followUp"))->setDate(QDate(2019, 11, 25));
    QCOMPARE(engagement().nextFollowUp, QDate(2019, 11, 25));
    QCOMPARE(undo.count(), before + 4);

    // The list shows the edit once the store has told it.
    QTRY_COMPARE(m_page->model()->index(m_page->model()->rowOf(org), ContactsModel::Owner).data().toString(), QStringLiteral("Mireia"));

    undo.undo();
    QVERIFY(engagement().nextFollowUp != QDate(2019, 11, 25));
    undo.undo();
    undo.undo();
    QCOMPARE(engagement().delegationSize == 7, false);
    undo.undo();
    QCOMPARE(engagement().attendance, QStringLiteral("interested"));
    QTRY_COMPARE(widget<QComboBox>(QStringLiteral("attendance"))->currentData().toString(), QStringLiteral("interested"));
    undo.redo();
    QCOMPARE(engagement().attendance, QStringLiteral("attending"));
}

void TestContactsPage::firstEditCreatesEngagement()
{
    const QString org = store().insert(QStringLiteral("organisations"), {{QStringLiteral("name"), QStringLiteral("Aaa New Collective")}});
    QTRY_VERIFY(m_page->model()->rowOf(org) >= 0);
    m_page->selectOrganisation(org);
    QVERIFY(Repository<Engagement>(store()).where(QStringLiteral("organisation_id = ?"), {org}).isEmpty());
    widget<QCheckBox>(QStringLiteral("wantsWorkshop"))->click();
    const auto created = Repository<Engagement>(store()).where(QStringLiteral("organisation_id = ?"), {org});
    QCOMPARE(created.size(), 1);
    QVERIFY(created.first().wantsWorkshop);
    m_document->undoStack().undo();
    QVERIFY(Repository<Engagement>(store()).where(QStringLiteral("organisation_id = ?"), {org}).isEmpty());
}

void TestContactsPage::interactionInTwoKeystrokes()
{
    const QString org = organisationWhere(QStringLiteral("attendance = 'attending'"));
    m_page->selectOrganisation(org);
    const int before = int(store().rows(QStringLiteral("interactions"), QStringLiteral("organisation_id = ?"), {org}).size());
    m_page->activateWindow();
    widget<QTableView>(QStringLiteral("contactsTable"))->setFocus();
    QTest::keyClick(widget<QTableView>(QStringLiteral("contactsTable")), Qt::Key_L, Qt::ControlModifier); // 1
    auto* note = widget<QLineEdit>(QStringLiteral("interactionNote"));
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Phoned: they confirm three people"));
    QTest::keyClick(note, Qt::Key_Return); // 2
    const QVector<Row> after = store().rows(QStringLiteral("interactions"), QStringLiteral("organisation_id = ?"), {org});
    QCOMPARE(int(after.size()), before + 1);
    QVERIFY(note->text().isEmpty());
    bool found = false;
    for (const Row& row : after)
        found |= row.value(QStringLiteral("note")).toString() == QLatin1String("Phoned: they confirm three people")
                 && row.value(QStringLiteral("happened_on")).toString() == QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(found);
    QTRY_COMPARE(widget<QTreeWidget>(QStringLiteral("interactionList"))->topLevelItemCount(), before + 1);
    m_document->undoStack().undo();
    QCOMPARE(int(store().rows(QStringLiteral("interactions"), QStringLiteral("organisation_id = ?"), {org}).size()), before);
}

void TestContactsPage::sessionFromRequest()
{
    const QString org = organisationWhere(QStringLiteral("(wants_to_speak = 1 OR wants_workshop = 1) AND request_session_id IS NULL"));
    QVERIFY(!org.isEmpty());
    m_page->selectOrganisation(org);
    auto* button = widget<QPushButton>(QStringLiteral("makeSession"));
    QVERIFY(button->isEnabled());
    const qint64 sessions = store().count(QStringLiteral("sessions"));
    button->click();
    QCOMPARE(store().count(QStringLiteral("sessions")), sessions + 1);
    const Engagement e = Repository<Engagement>(store()).where(QStringLiteral("organisation_id = ?"), {org}).first();
    QVERIFY(!e.requestSessionId.isEmpty());
    const Row session = *store().row(QStringLiteral("sessions"), e.requestSessionId);
    QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("proposed"));
    QCOMPARE(session.value(QStringLiteral("working_line_id")).toString(), e.requestedLineId);
    if (!e.contactPersonId.isEmpty())
        QCOMPARE(store().rows(QStringLiteral("participations"), QStringLiteral("session_id = ? AND person_id = ?"),
                              {e.requestSessionId, e.contactPersonId}).size(), 1);
    QTRY_VERIFY(!button->isEnabled());
    QTRY_COMPARE(m_page->model()->index(m_page->model()->rowOf(org), ContactsModel::Request).data().toString(),
                 session.value(QStringLiteral("title")).toString());

    // One undo takes the session, its people and the link back.
    m_document->undoStack().undo();
    QCOMPARE(store().count(QStringLiteral("sessions")), sessions);
    QVERIFY(Repository<Engagement>(store()).where(QStringLiteral("organisation_id = ?"), {org}).first().requestSessionId.isEmpty());
    QTRY_VERIFY(button->isEnabled());
    QTRY_COMPARE(m_page->model()->index(m_page->model()->rowOf(org), ContactsModel::Request).data().toString(), QStringLiteral("Unanswered"));
}

void TestContactsPage::initiativesAcceptAndClash()
{
    InitiativesModel* model = m_page->initiatives()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() >= 2);
    auto* table = widget<QTableView>(QStringLiteral("initiativesTable"));
    table->selectRow(0);
    const QString id = model->index(0, 0).data(InitiativesModel::IdRole).toString();
    m_page->initiatives()->setSelectedStatus(QStringLiteral("declined"));
    QCOMPARE(store().row(QStringLiteral("initiatives"), id)->value(QStringLiteral("slot_status")).toString(), QStringLiteral("declined"));
    m_document->undoStack().undo();
    QVERIFY(store().row(QStringLiteral("initiatives"), id)->value(QStringLiteral("slot_status")).toString() != QLatin1String("declined"));

    // Put the second initiative at the first one's table and time: both are flagged.
    QTRY_COMPARE(model->index(0, 0).data(InitiativesModel::IdRole).toString(), id);
    const Row first = *store().row(QStringLiteral("initiatives"), id);
    const QString other = model->index(1, 0).data(InitiativesModel::IdRole).toString();
    store().update(QStringLiteral("initiatives"), id, {{QStringLiteral("slot_status"), QStringLiteral("accepted")},
                                                      {QStringLiteral("slot_day"), QStringLiteral("2019-11-19")},
                                                      {QStringLiteral("slot_table"), QStringLiteral("T9")},
                                                      {QStringLiteral("slot_start"), QStringLiteral("10:00")},
                                                      {QStringLiteral("slot_end"), QStringLiteral("12:00")}});
    for (const auto& [column, value] : {std::pair{InitiativesModel::Day, QVariant(QDate(2019, 11, 19))},
                                        std::pair{InitiativesModel::Table, QVariant(QStringLiteral("T9"))},
                                        std::pair{InitiativesModel::Start, QVariant(QTime(11, 0))},
                                        std::pair{InitiativesModel::End, QVariant(QTime(13, 0))},
                                        std::pair{InitiativesModel::Status, QVariant(QStringLiteral("accepted"))}}) {
        const int row = [&] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(InitiativesModel::IdRole).toString() == other)
                    return r;
            return -1;
        }();
        QVERIFY(model->setData(model->index(row, column), value));
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(model->plan().isClashing(id) && model->plan().isClashing(other));
    Q_UNUSED(first)
    // Undo of the table edits clears the clash again.
    for (int i = 0; i < 5; ++i)
        m_document->undoStack().undo();
    QTRY_VERIFY(!model->plan().isClashing(other));
}

void TestContactsPage::importDialogPreviewsAndImports()
{
    ContactImportDialog dialog(*m_document);
    QVERIFY(!dialog.loadFile(QStringLiteral(STANDLAB_TEST_DATA "/csv/unterminated.csv")));
    QVERIFY(dialog.loadFile(QStringLiteral(STANDLAB_TEST_DATA "/csv/windows1252-semicolon.csv")));
    QCOMPARE(dialog.mappingTable()->rowCount(), 6);
    const qint64 organisations = store().count(QStringLiteral("organisations"));
    QVERIFY(dialog.preview());
    QVERIFY2(dialog.reportText().contains(QStringLiteral("Organisations created: 2")), qPrintable(dialog.reportText()));
    QCOMPARE(store().count(QStringLiteral("organisations")), organisations);
    // Send "Notas" nowhere; the dialog remembers that for files with these headers.
    auto* notes = dialog.mappingTable()->findChild<QComboBox*>(QStringLiteral("mapping5"));
    QVERIFY(notes);
    notes->setCurrentIndex(notes->findData(QStringLiteral("ignore")));
    QVERIFY(dialog.runImport());
    QCOMPARE(store().count(QStringLiteral("organisations")), organisations + 2);

    ContactImportDialog again(*m_document);
    QVERIFY(again.loadFile(QStringLiteral(STANDLAB_TEST_DATA "/csv/windows1252-semicolon.csv")));
    auto* remembered = again.mappingTable()->findChild<QComboBox*>(QStringLiteral("mapping5"));
    QCOMPARE(remembered->currentData().toString(), QStringLiteral("ignore"));
    QVERIFY(again.preview());
    QVERIFY2(again.reportText().contains(QStringLiteral("Organisations created: 0")), qPrintable(again.reportText()));

    // A file with a bad row imports nothing and names the line.
    ContactImportDialog broken(*m_document);
    QVERIFY(broken.loadFile(QStringLiteral(STANDLAB_TEST_DATA "/csv/bad-date.csv")));
    QVERIFY(!broken.runImport());
    QVERIFY(broken.reportText().contains(QStringLiteral("Line 3")));
    QCOMPARE(store().count(QStringLiteral("organisations")), organisations + 2);
}

void TestContactsPage::exportOfFilteredList()
{
    choose(QStringLiteral("filterCountry"), QStringLiteral("Spain"));
    const int shown = m_page->model()->totalCount();
    QVERIFY(shown > 0 && shown < int(store().count(QStringLiteral("organisations"))));
    const QString path = m_dir.filePath(QStringLiteral("spain.csv"));
    QString error;
    QVERIFY2(m_page->exportFiltered(ContactsPage::ExportKind::Csv, path, &error), qPrintable(error));
    CsvReader reader;
    QVERIFY(reader.readFile(path));
    QCOMPARE(int(reader.records().size()), shown + 1);
    QVERIFY(m_page->exportFiltered(ContactsPage::ExportKind::Xlsx, m_dir.filePath(QStringLiteral("spain.xlsx")), &error));
    QVERIFY(m_page->exportFiltered(ContactsPage::ExportKind::VCard, m_dir.filePath(QStringLiteral("spain.vcf")), &error));
    QFile cards(m_dir.filePath(QStringLiteral("spain.vcf")));
    QVERIFY(cards.open(QIODevice::ReadOnly));
    const QByteArray vcf = cards.readAll();
    QVERIFY(vcf.count("BEGIN:VCARD") > 0);
}

QTEST_MAIN(TestContactsPage)
#include "test_contactspage.moc"
