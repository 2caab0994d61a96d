// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/eventdocument.h"
#include "mainwindow/mainwindow.h"
#include "pages/programmepage.h"
#include "search/searchbox.h"
#include "search/searchresultsmodel.h"
#include "store/store.h"

#include <QAbstractItemView>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// The search box in the main window: where it sits, its shortcuts, and the pages its hits open.
class TestSearchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void boxSitsInTheMenuBar();
    void shortcutsFocusTheBox_data();
    void shortcutsFocusTheBox();
    void hitsOpenTheirPage_data();
    void hitsOpenTheirPage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow* m_window = nullptr;
    SearchBox* m_box = nullptr;
};

void TestSearchWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    auto store = Store::create(m_dir->filePath(QStringLiteral("window.standlab")),
                               OpenOptions::forLaptop(QStringLiteral("search-test")), &error);
    QVERIFY2(store, qPrintable(error));
    store->insert(QStringLiteral("sessions"), Row{{QStringLiteral("title"), QStringLiteral("Sabadell walkthrough")}});
    store->insert(QStringLiteral("people"), Row{{QStringLiteral("name"), QStringLiteral("Àlex Zyxwv")}});
    store->insert(QStringLiteral("organisations"), Row{{QStringLiteral("name"), QStringLiteral("Zyxwv Cooperative")}});
    m_window = new MainWindow(std::make_unique<EventDocument>(std::move(store)));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_box = m_window->findChild<SearchBox*>(QStringLiteral("globalSearch"));
    QVERIFY(m_box);
}

void TestSearchWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dir.reset();
}

void TestSearchWindow::boxSitsInTheMenuBar()
{
    QCOMPARE(m_window->menuBar()->cornerWidget(Qt::TopRightCorner), m_box);
    QVERIFY(m_box->isVisible());
    // At the right end of the menu bar, after the menus.
    const QRect box(m_box->mapTo(m_window->menuBar(), QPoint(0, 0)), m_box->size());
    QVERIFY(box.left() > m_window->menuBar()->actionGeometry(m_window->menuBar()->actions().last()).right());
    QVERIFY(box.width() >= 200);
    // Whole, inside the menu bar (the menu bar places a corner widget by its size hint).
    QVERIFY(m_window->menuBar()->rect().contains(box));
}

void TestSearchWindow::shortcutsFocusTheBox_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Ctrl+K") << QKeySequence(Qt::CTRL | Qt::Key_K);
    QTest::newRow("Ctrl+F") << QKeySequence(Qt::CTRL | Qt::Key_F);
}

void TestSearchWindow::shortcutsFocusTheBox()
{
    QFETCH(QKeySequence, keys);
    m_window->showPage(1);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->sidebar()->setFocus();
    QVERIFY(!m_box->hasFocus());
    QTest::keySequence(m_window, keys);
    QTRY_VERIFY(m_box->hasFocus());
}

void TestSearchWindow::hitsOpenTheirPage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("page");
    QTest::newRow("session") << QStringLiteral("sabad walk") << QStringLiteral("programme");
    QTest::newRow("person") << QStringLiteral("alex zyx") << QStringLiteral("people");
    QTest::newRow("organisation") << QStringLiteral("zyxwv coop") << QStringLiteral("contacts");
}

void TestSearchWindow::hitsOpenTheirPage()
{
    QFETCH(QString, typed);
    QFETCH(QString, page);
    m_box->setFocus();
    QTest::keyClicks(m_box, typed);
    QCOMPARE(m_box->results()->hitCount(), 1);
    const SearchHit hit = *m_box->results()->hit(m_box->results()->indexOfHit(0));
    QTest::keyClick(m_box, Qt::Key_Enter);
    QCOMPARE(m_window->pageId(m_window->currentPage()), page);
    if (auto* programme = qobject_cast<ProgrammePage*>(m_window->page(page)))
        QCOMPARE(programme->currentSessionId(), hit.id);
}

QTEST_MAIN(TestSearchWindow)
#include "test_searchwindow.moc"
