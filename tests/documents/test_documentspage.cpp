// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfixture.h"
#include "document/eventdocument.h"
#include "documents/actioneditor.h"
#include "documents/actiontablemodel.h"
#include "documents/datasetsmodel.h"
#include "documents/datasetspage.h"
#include "documents/documentoutline.h"
#include "documents/revisionspanel.h"
#include "documents/richtexteditor.h"
#include "documents/sectioneditor.h"
#include "pages/actionplanpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace standlab;

// The Action Plan page driven like a user: typing, structure edits, actions, revisions and datasets,
// each undone and redone.
class TestDocumentsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentFixture> m_fixture;
    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<ActionPlanPage> m_page;

    Store& store() { return m_document->store(); }
    QUndoStack& stack() { return m_document->undoStack(); }
    QString body(const QString& sectionId)
    {
        return store().row(QStringLiteral("sections"), sectionId)->value(QStringLiteral("body_html")).toString();
    }
    void settle() { QCoreApplication::processEvents(); QCoreApplication::processEvents(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<DocumentFixture>();
        QVERIFY(m_fixture->create());
        m_document = std::make_unique<EventDocument>(std::move(m_fixture->store));
        m_page = std::make_unique<ActionPlanPage>(*m_document);
        m_page->resize(1300, 800);
        m_page->show();
        m_page->revisions()->setConfirm([](const QString&) { return true; });
        m_page->outline()->setConfirm([](const QString&) { return true; });
        settle();
    }

    void cleanup()
    {
        m_page.reset();
        m_document.reset();
        m_fixture.reset();
    }

    void models()
    {
        QAbstractItemModelTester all(m_page->allActions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester datasets(m_page->datasets()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->allActions()->rowCount(), 23);
        QCOMPARE(m_page->datasets()->model()->rowCount(), 23);
        // Filtering by quarter and status narrows the table; clearing brings every action back.
        ActionFilterProxy* filter = m_page->actionFilter();
        m_page->findChild<QComboBox*>(QStringLiteral("filterQuarter"))->setCurrentIndex(1); // Q1 2020
        const int q1 = filter->rowCount();
        QVERIFY(q1 > 0 && q1 < 23);
        for (int r = 0; r < q1; ++r)
            QCOMPARE(filter->index(r, ActionTableModel::Quarter).data(ActionTableModel::KeyRole).toString(), QStringLiteral("2020-Q1"));
        m_page->findChild<QComboBox*>(QStringLiteral("filterStatus"))->setCurrentIndex(2); // Agreed
        QVERIFY(filter->rowCount() <= q1);
        m_page->findChild<QComboBox*>(QStringLiteral("filterQuarter"))->setCurrentIndex(0);
        m_page->findChild<QComboBox*>(QStringLiteral("filterStatus"))->setCurrentIndex(0);
        QCOMPARE(filter->rowCount(), 23);
    }

    void typingIsOneUndoStep()
    {
        const QString section = m_page->outline()->currentSectionId();
        QVERIFY(!section.isEmpty());
        const QString before = body(section);
        RichTextEditor* editor = m_page->sectionEditor()->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        const int steps = stack().count();
        QTest::keyClicks(editor, QStringLiteral(" Agreed."));
        settle();
        QCOMPARE(stack().count(), steps + 1);
        QVERIFY(body(section).contains(QStringLiteral("Agreed.")));
        QVERIFY(!store().row(QStringLiteral("sections"), section)->value(QStringLiteral("last_editor")).toString().isEmpty());
        stack().undo();
        settle();
        QCOMPARE(body(section), before);
        QVERIFY(!editor->toPlainText().contains(QStringLiteral("Agreed.")));
        stack().redo();
        settle();
        QVERIFY(editor->toPlainText().contains(QStringLiteral("Agreed.")));
    }

    void pasteKeepsOnlyTheDialect()
    {
        RichTextEditor* editor = m_page->sectionEditor()->editor();
        editor->selectAll();
        auto* mime = new QMimeData;
        mime->setHtml(QStringLiteral("<html><body><p style=\"font-family:Calibri;color:#ff0000\"><b>Key</b> "
                                    "<span style=\"font-size:40pt\">point</span></p><img src=\"x.png\"></body></html>"));
        QApplication::clipboard()->setMimeData(mime);
        editor->paste();
        settle();
        QCOMPARE(body(m_page->outline()->currentSectionId()), QStringLiteral("<p><b>Key</b> point</p>"));
    }

    void sectionsNewMoveDelete()
    {
        DocumentOutline* outline = m_page->outline();
        const QString first = outline->currentSectionId();
        const qint64 sections = store().count(QStringLiteral("sections"));
        const QString added = outline->newSection(false);
        QCOMPARE(store().count(QStringLiteral("sections")), sections + 1);
        QCOMPARE(outline->currentSectionId(), added);
        outline->moveSection(-1);
        const int position = store().row(QStringLiteral("sections"), added)->value(QStringLiteral("position")).toInt();
        stack().undo(); // the move
        QVERIFY(store().row(QStringLiteral("sections"), added)->value(QStringLiteral("position")).toInt() > position);
        outline->select(first);
        const qint64 actions = store().count(QStringLiteral("actions"));
        outline->select(added);
        outline->deleteSection();
        QVERIFY(!store().row(QStringLiteral("sections"), added));
        stack().undo();
        QVERIFY(store().row(QStringLiteral("sections"), added));
        QCOMPARE(store().count(QStringLiteral("actions")), actions);
        stack().undo(); // the new section
        QCOMPARE(store().count(QStringLiteral("sections")), sections);
    }

    void actionFromSession()
    {
        const Row session = store().rows(QStringLiteral("sessions"), QStringLiteral("working_line_id IS NOT NULL")).first();
        const QString sessionId = session.value(QStringLiteral("id")).toString();
        const QString actionId = m_page->addActionFromSession(sessionId);
        QVERIFY(!actionId.isEmpty());
        const Row action = *store().row(QStringLiteral("actions"), actionId);
        QCOMPARE(action.value(QStringLiteral("working_line_id")), session.value(QStringLiteral("working_line_id")));
        QCOMPARE(store().rows(QStringLiteral("action_sessions"), QStringLiteral("action_id = ?"), {actionId}).size(), 1);
        QCOMPARE(m_page->currentActionId(), actionId);
        settle();
        QSignalSpy jump(m_page.get(), &ActionPlanPage::showSessionRequested);
        auto* sessions = m_page->actionEditor()->findChild<QListWidget*>(QStringLiteral("actionSessions"));
        QCOMPARE(sessions->count(), 1);
        sessions->setCurrentRow(0);
        QTest::mouseClick(m_page->actionEditor()->findChild<QWidget*>(QStringLiteral("showSession")), Qt::LeftButton);
        QCOMPARE(jump.count(), 1);
        QCOMPARE(jump.first().first().toString(), sessionId);
        // Editing the title merges keystrokes; one undo removes the whole action with its link.
        auto* title = m_page->actionEditor()->findChild<QLineEdit*>(QStringLiteral("actionTitle"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Joint pilot"));
        QCOMPARE(store().row(QStringLiteral("actions"), actionId)->value(QStringLiteral("title")).toString(), QStringLiteral("Joint pilot"));
        stack().undo();
        QVERIFY(store().row(QStringLiteral("actions"), actionId)->value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Action from")));
        stack().undo();
        QVERIFY(!store().row(QStringLiteral("actions"), actionId));
        QVERIFY(store().rows(QStringLiteral("action_sessions"), QStringLiteral("action_id = ?"), {actionId}).isEmpty());
    }

    void revisionsSaveCompareRestore()
    {
        RevisionsPanel* panel = m_page->revisions();
        m_page->outline()->select(m_fixture->planId);
        settle();
        QCOMPARE(panel->documentId(), m_fixture->planId);
        QCOMPARE(panel->list()->count(), 2);
        QVERIFY(panel->saveRevision(QStringLiteral("Before lunch")));
        settle();
        QCOMPARE(panel->list()->count(), 3);
        const QString day1 = panel->list()->item(2)->data(Qt::UserRole).toString();
        const QString html = panel->comparisonHtml(day1, QString());
        QVERIFY(html.contains(QStringLiteral("#c9f0cf"))); // added words highlighted
        QVERIFY(html.contains(QStringLiteral("Added")));
        const qint64 actions = store().count(QStringLiteral("actions"));
        QVERIFY(panel->restoreRevision(day1));
        QCOMPARE(store().count(QStringLiteral("actions")), qint64(10));
        QCOMPARE(store().count(QStringLiteral("revisions")), qint64(3));
        stack().undo();
        QCOMPARE(store().count(QStringLiteral("actions")), actions);
        QVERIFY(panel->exportTo(m_fixture->path(QStringLiteral("day1.md")), QStringLiteral("plan-md"), day1));
        QVERIFY(QFile::exists(m_fixture->path(QStringLiteral("day1.md"))));
    }

    void datasetsEditAndUndo()
    {
        DatasetsPage* page = m_page->datasets();
        DatasetsModel* model = page->model();
        const QString id = page->addDataset(QStringLiteral("Bicycle counters"));
        const int row = model->rowOf(id);
        QVERIFY(row >= 0);
        QVERIFY(model->setData(model->index(row, DatasetsModel::Access), QStringLiteral("negotiated")));
        QVERIFY(!model->setData(model->index(model->rowOf(id), DatasetsModel::Access), QStringLiteral("sometimes")));
        QCOMPARE(store().row(QStringLiteral("datasets"), id)->value(QStringLiteral("access")).toString(), QStringLiteral("negotiated"));
        stack().undo();
        QCOMPARE(store().row(QStringLiteral("datasets"), id)->value(QStringLiteral("access")).toString(), QStringLiteral("open"));
        stack().undo();
        QVERIFY(!store().row(QStringLiteral("datasets"), id));
        QString error;
        QVERIFY(page->exportCsv(m_fixture->path(QStringLiteral("d.csv")), &error));
    }
};

QTEST_MAIN(TestDocumentsPage)
#include "test_documentspage.moc"
