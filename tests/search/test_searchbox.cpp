// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/eventdocument.h"
#include "pages/programmepage.h"
#include "search/searchbox.h"
#include "search/searchnavigator.h"
#include "search/searchresultsmodel.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QStringListModel>
#include <QListView>
#include <QVBoxLayout>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace standlab;

Q_DECLARE_METATYPE(standlab::SearchHit)

// A page that selects its items itself, the way SearchNavigator prefers.
class SelectingPage : public QWidget
{
    Q_OBJECT

public:
    QString selected;

public slots:
    void selectItem(const QString& id) { selected = id; }
};

// A page with nothing but a list and its search field, like SearchableTable.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    ListPage()
    {
        auto* layout = new QVBoxLayout(this);
        field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("listSearch"));
        view = new QListView(this);
        view->setModel(&model);
        layout->addWidget(field);
        layout->addWidget(view);
        connect(field, &QLineEdit::textChanged, this, [this](const QString& text) {
            model.setStringList(text.isEmpty() ? all : all.filter(text));
        });
        model.setStringList(all);
    }
    QStringList all{QStringLiteral("Another cooperative"), QStringLiteral("Zyxwv Cooperative")};
    QStringListModel model;
    QLineEdit* field = nullptr;
    QListView* view = nullptr;
};

// The global search box as a user meets it: typing, the grouped list, the keys, and the page it opens.
class TestSearchBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTester();
    void typingShowsGroupedHits();
    void keysChooseAndEnterOpens();
    void escapeClosesThenClears();
    void listFollowsEdits();
    void focusActionFocusesTheBox();
    void navigatorSelectsOnEachKindOfPage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<QWidget> m_host;
    SearchBox* m_box = nullptr;
    QString m_sessionId;
};

void TestSearchBox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SearchHit>();
}

void TestSearchBox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    auto store = Store::create(m_dir->filePath(QStringLiteral("search.standlab")),
                               OpenOptions::forLaptop(QStringLiteral("search-test")), &error);
    QVERIFY2(store, qPrintable(error));
    Row session{{QStringLiteral("title"), QStringLiteral("Àlex's Sabadell walkthrough")},
                {QStringLiteral("abstract"), QStringLiteral("Zyxwv quarters")}};
    m_sessionId = store->insert(QStringLiteral("sessions"), session, &error);
    QVERIFY2(!m_sessionId.isEmpty(), qPrintable(error));
    store->insert(QStringLiteral("people"), Row{{QStringLiteral("name"), QStringLiteral("Zyxwv Àlvarez")}});
    store->insert(QStringLiteral("organisations"), Row{{QStringLiteral("name"), QStringLiteral("Zyxwv Cooperative")}});
    m_document = std::make_unique<EventDocument>(std::move(store));
    m_host = std::make_unique<QWidget>();
    m_host->resize(900, 600);
    m_box = new SearchBox(*m_document, m_host.get());
    m_box->move(560, 10);
    m_host->addAction(m_box->focusAction());
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_box->setFocus();
}

void TestSearchBox::cleanup()
{
    m_host.reset();
    m_document.reset();
    m_dir.reset();
}

void TestSearchBox::modelPassesTester()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchHit a{SearchHit::Kind::Session, QStringLiteral("s1"), QStringLiteral("One"), {}};
    SearchHit b{SearchHit::Kind::Session, QStringLiteral("s2"), QStringLiteral("Two"), QStringLiteral("detail")};
    SearchHit c{SearchHit::Kind::Dataset, QStringLiteral("d1"), QStringLiteral("Three"), {}};
    model.setHits({a, b, c});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Sessions (2)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Datasets (1)"));
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    QCOMPARE(model.hit(model.indexOfHit(2))->id, QStringLiteral("d1"));
    QCOMPARE(model.hitNumber(model.index(1, 0, model.index(0, 0))), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchBox::typingShowsGroupedHits()
{
    QTest::keyClicks(m_box, QStringLiteral("zyxw"));
    QVERIFY(m_box->resultsVisible());
    SearchResultsModel* model = m_box->results();
    QCOMPARE(model->hitCount(), 3);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Sessions (1)"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("People (1)"));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Organisations (1)"));
    // The list sits under the box and is wide enough to read.
    QTreeView* view = m_box->resultsView();
    QVERIFY(view->width() >= m_box->width());
    QCOMPARE(view->geometry().top(), m_box->mapToGlobal(QPoint(0, m_box->height())).y());
    // Accents and partial words.
    m_box->clear();
    QVERIFY(!m_box->resultsVisible());
    QTest::keyClicks(m_box, QStringLiteral("alex sabad"));
    QCOMPARE(model->hitCount(), 1);
    QCOMPARE(model->hit(model->indexOfHit(0))->id, m_sessionId);
    // Syntax characters are just typed text.
    m_box->clear();
    QTest::keyClicks(m_box, QStringLiteral("\"zyxwv* ( -:^"));
    QVERIFY(model->hitCount() >= 1);
}

void TestSearchBox::keysChooseAndEnterOpens()
{
    QSignalSpy chosen(m_box, &SearchBox::hitChosen);
    QTest::keyClicks(m_box, QStringLiteral("zyxwv"));
    QCOMPARE(m_box->results()->hitNumber(m_box->resultsView()->currentIndex()), 0);
    QTest::keyClick(m_box, Qt::Key_Down);
    QTest::keyClick(m_box, Qt::Key_Down);
    QCOMPARE(m_box->results()->hitNumber(m_box->resultsView()->currentIndex()), 2);
    QTest::keyClick(m_box, Qt::Key_Down); // wraps
    QCOMPARE(m_box->results()->hitNumber(m_box->resultsView()->currentIndex()), 0);
    QTest::keyClick(m_box, Qt::Key_Up);
    QTest::keyClick(m_box, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<SearchHit>().kind, SearchHit::Kind::Organisation);
    QCOMPARE(chosen.at(0).at(0).value<SearchHit>().title, QStringLiteral("Zyxwv Cooperative"));
    QVERIFY(!m_box->resultsVisible());
}

void TestSearchBox::escapeClosesThenClears()
{
    QTest::keyClicks(m_box, QStringLiteral("zyxwv"));
    QVERIFY(m_box->resultsVisible());
    QTest::keyClick(m_box, Qt::Key_Escape);
    QVERIFY(!m_box->resultsVisible());
    QCOMPARE(m_box->text(), QStringLiteral("zyxwv"));
    QTest::keyClick(m_box, Qt::Key_Escape);
    QVERIFY(m_box->text().isEmpty());
    // Nothing found: no list, and Enter does nothing.
    QSignalSpy chosen(m_box, &SearchBox::hitChosen);
    QTest::keyClicks(m_box, QStringLiteral("qqqqqq"));
    QVERIFY(!m_box->resultsVisible());
    QTest::keyClick(m_box, Qt::Key_Return);
    QCOMPARE(chosen.count(), 0);
}

void TestSearchBox::listFollowsEdits()
{
    QTest::keyClicks(m_box, QStringLiteral("zyxwv"));
    QCOMPARE(m_box->results()->hitCount(), 3);
    m_document->store().insert(QStringLiteral("datasets"),
                                        Row{{QStringLiteral("name"), QStringLiteral("Zyxwv counts")}});
    QTRY_COMPARE(m_box->results()->hitCount(), 4);
}

void TestSearchBox::focusActionFocusesTheBox()
{
    QCOMPARE(m_box->focusAction()->shortcuts(),
             (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(QKeySequence::Find)}));
    m_box->setText(QStringLiteral("zyxwv"));
    m_box->setCursorPosition(0);
    m_host->setFocus();
    QVERIFY(!m_box->hasFocus());
    m_box->focusAction()->trigger();
    QVERIFY(m_box->hasFocus());
    QCOMPARE(m_box->selectedText(), QStringLiteral("zyxwv")); // typing replaces the last search
    QVERIFY(m_box->resultsVisible());
}

void TestSearchBox::navigatorSelectsOnEachKindOfPage()
{
    ProgrammePage programme(*m_document);
    SelectingPage people;
    ListPage contacts;
    QStringList shown;
    SearchNavigator navigator([&](const QString& id) -> QWidget* {
        shown << id;
        if (id == QLatin1String("programme"))
            return &programme;
        if (id == QLatin1String("people"))
            return &people;
        if (id == QLatin1String("contacts"))
            return &contacts;
        return nullptr;
    });
    // Sessions: the Programme page selects by id, even behind a filter.
    QCOMPARE(navigator.open({SearchHit::Kind::Session, m_sessionId, QStringLiteral("x"), {}}), QStringLiteral("programme"));
    QCOMPARE(programme.currentSessionId(), m_sessionId);
    // A page with selectItem(QString) is asked directly.
    QCOMPARE(navigator.open({SearchHit::Kind::Person, QStringLiteral("p-1"), QStringLiteral("Zyxwv Àlvarez"), {}}),
             QStringLiteral("people"));
    QCOMPARE(people.selected, QStringLiteral("p-1"));
    // Any other list page is narrowed to the title, and the row selected.
    QCOMPARE(navigator.open({SearchHit::Kind::Organisation, QStringLiteral("o-1"), QStringLiteral("Zyxwv Cooperative"), {}}),
             QStringLiteral("contacts"));
    QCOMPARE(contacts.field->text(), QStringLiteral("Zyxwv Cooperative"));
    QCOMPARE(contacts.view->currentIndex().data().toString(), QStringLiteral("Zyxwv Cooperative"));
    // Datasets go to their own page first, and nowhere when no page takes them.
    shown.clear();
    QVERIFY(navigator.open({SearchHit::Kind::Dataset, QStringLiteral("d-1"), QStringLiteral("d"), {}}).isEmpty());
    QCOMPARE(shown, SearchNavigator::pagesFor(SearchHit::Kind::Dataset));
    QCOMPARE(shown.first(), QStringLiteral("datasets"));
}

QTEST_MAIN(TestSearchBox)
#include "test_searchbox.moc"
