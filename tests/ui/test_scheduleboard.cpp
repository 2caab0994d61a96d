// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "document/eventdocument.h"
#include "model/eventday.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"
#include "schedule/scheduleboard.h"
#include "schedule/scheduleboardpage.h"
#include "schedule/scheduledata.h"
#include "schedule/sessionmime.h"
#include "schedule/unscheduledlist.h"
#include "schedule/unscheduledmodel.h"
#include "store/store.h"

#include <QListWidget>
#include <QTabBar>
#include <QtTest>
#include <memory>

using namespace standlab;

namespace {

const QDate Tuesday(2019, 11, 19);
const QDate Wednesday(2019, 11, 20);

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

// What a drag and drop delivers to a target: enter, a move, the drop. Returns whether it was accepted.
bool dropOn(QWidget* target, const QPoint& position, const QMimeData* mime, Qt::DropAction action)
{
    QDragEnterEvent enter(position, action, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(position, action, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(position), action, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

// The schedule board and its page, driven through keys, the mouse and drops, checked in the store.
class TestScheduleBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void keyboardMovePushesOneCommand();
    void keyboardMovesToNeighbourSpace();
    void keyboardResizesWithoutMerging();
    void keyboardUnschedules();
    void keyboardSendsToNextDay();
    void tabCyclesBlocksAndEnterActivates();
    void schedulingFromTheSideList();
    void droppingOnTheSideListUnschedules();
    void droppingOnTheBoardSchedules();
    void firstFreeSlotAvoidsBusySpaces();
    void movingToAnotherDay();
    void conflictBadgeCountsDoubleBooking();
    void mouseMovesBlockAcrossSpacesAndUndoes();
    void mouseResizesBlockAndUndoes();
    void pageShowsDaysOverviewAndConflicts();
    void pageBuildsWithDemo();

private:
    Session stored(const QString& id) { return *Repository<Session>(m_document->store()).find(id); }
    QString addSession(const QString& title, const QString& spaceId, const QDateTime& start, const QDateTime& end);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<ScheduleData> m_data;
    std::unique_ptr<ScheduleBoard> m_board;
    QString m_stage;
    QString m_corner;
    QString m_talk;     // Tuesday 10:00–11:00 on the stage
    QString m_waiting;  // not scheduled
};

QString TestScheduleBoard::addSession(const QString& title, const QString& spaceId, const QDateTime& start,
                                      const QDateTime& end)
{
    Session session;
    session.title = title;
    session.spaceId = spaceId;
    session.startsAt = start;
    session.endsAt = end;
    session.status = QStringLiteral("proposed");
    Repository<Session>(m_document->store()).add(session);
    return session.id;
}

void TestScheduleBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    auto store = Store::create(m_dir->filePath(QStringLiteral("board.standlab")),
                               OpenOptions::forLaptop(QStringLiteral("board-test")), &error);
    QVERIFY2(store, qPrintable(error));
    m_document = std::make_unique<EventDocument>(std::move(store));
    Store& s = m_document->store();
    for (const QDate& date : {Tuesday, Wednesday}) {
        EventDay day;
        day.day = date;
        QVERIFY(Repository<EventDay>(s).add(day));
    }
    Space stage;
    stage.name = QStringLiteral("Main stage");
    stage.capacity = 80;
    stage.position = 1;
    QVERIFY(Repository<Space>(s).add(stage));
    Space corner;
    corner.name = QStringLiteral("Meeting corner");
    corner.capacity = 12;
    corner.position = 2;
    QVERIFY(Repository<Space>(s).add(corner));
    m_stage = stage.id;
    m_corner = corner.id;
    WorkingLine data;
    data.name = QStringLiteral("Data");
    data.colour = QStringLiteral("#1565c0");
    QVERIFY(Repository<WorkingLine>(s).add(data));
    m_talk = addSession(QStringLiteral("Data commons for cities"), m_stage, at(Tuesday, 10), at(Tuesday, 11));
    m_waiting = addSession(QStringLiteral("Platform workers meetup"), QString(), {}, {});

    m_data = std::make_unique<ScheduleData>(s);
    m_board = std::make_unique<ScheduleBoard>(*m_document, *m_data);
    m_board->resize(900, 700);
    m_board->setPixelsPerHour(60);
    m_board->setSnapMinutes(15);
    m_board->setDay(Tuesday);
    m_board->selectSession(m_talk);
    QCOMPARE(m_document->undoStack().count(), 0);
}

void TestScheduleBoard::cleanup()
{
    m_board.reset();
    m_data.reset();
    m_document.reset();
    m_dir.reset();
}

void TestScheduleBoard::keyboardMovePushesOneCommand()
{
    QTest::keyClick(m_board.get(), Qt::Key_Down);
    QCOMPARE(m_document->undoStack().count(), 1);
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10, 15));
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 11, 15));
    QCOMPARE(stored(m_talk).spaceId, m_stage);

    m_data->flush();
    QCOMPARE(m_board->layout().blocks().at(m_board->layout().indexOfSession(m_talk)).startMinute, 10 * 60 + 15);

    m_document->undoStack().undo();
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10));
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 11));

    m_board->setSnapMinutes(30);
    QTest::keyClick(m_board.get(), Qt::Key_Up);
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 9, 30));
}

void TestScheduleBoard::keyboardMovesToNeighbourSpace()
{
    QTest::keyClick(m_board.get(), Qt::Key_Right);
    QCOMPARE(stored(m_talk).spaceId, m_corner);
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10));
    QTest::keyClick(m_board.get(), Qt::Key_Right); // no space further right: nothing happens
    QCOMPARE(m_document->undoStack().count(), 1);
    QTest::keyClick(m_board.get(), Qt::Key_Left);
    QCOMPARE(stored(m_talk).spaceId, m_stage);
    QCOMPARE(m_document->undoStack().count(), 2);
}

void TestScheduleBoard::keyboardResizesWithoutMerging()
{
    QTest::keyClick(m_board.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 11, 15));
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10));
    QTest::keyClick(m_board.get(), Qt::Key_Up, Qt::ShiftModifier);
    QTest::keyClick(m_board.get(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 10, 45));
    QCOMPARE(m_document->undoStack().count(), 3); // each press its own step, even in quick succession
    m_document->undoStack().undo();
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 11));
}

void TestScheduleBoard::keyboardUnschedules()
{
    QTest::keyClick(m_board.get(), Qt::Key_U, Qt::ControlModifier);
    QCOMPARE(m_document->undoStack().count(), 1);
    QVERIFY(!stored(m_talk).startsAt.isValid());
    QVERIFY(!stored(m_talk).endsAt.isValid());
    QVERIFY(stored(m_talk).spaceId.isEmpty());
    m_data->flush();
    QCOMPARE(m_board->layout().indexOfSession(m_talk), -1);
    m_document->undoStack().undo();
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10));
    QCOMPARE(stored(m_talk).spaceId, m_stage);
}

void TestScheduleBoard::keyboardSendsToNextDay()
{
    QSignalSpy dayRequested(m_board.get(), &ScheduleBoard::dayRequested);
    QTest::keyClick(m_board.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(stored(m_talk).startsAt, at(Wednesday, 10));
    QCOMPARE(dayRequested.count(), 1);
    QCOMPARE(dayRequested.at(0).at(0).toDate(), Wednesday);
    QTest::keyClick(m_board.get(), Qt::Key_Right, Qt::AltModifier); // no day after Wednesday
    QCOMPARE(m_document->undoStack().count(), 1);
}

void TestScheduleBoard::tabCyclesBlocksAndEnterActivates()
{
    const QString second = addSession(QStringLiteral("Gender plan roundtable"), m_corner, at(Tuesday, 9), at(Tuesday, 10));
    m_data->flush();
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    m_board->setFocus();
    m_board->selectSession(QString());
    QTest::keyClick(m_board.get(), Qt::Key_Tab);
    QCOMPARE(m_board->selectedSessionId(), m_talk); // stage column comes first
    QTest::keyClick(m_board.get(), Qt::Key_Tab);
    QCOMPARE(m_board->selectedSessionId(), second);
    QTest::keyClick(m_board.get(), Qt::Key_Backtab);
    QCOMPARE(m_board->selectedSessionId(), m_talk);
    QSignalSpy activated(m_board.get(), &ScheduleBoard::sessionActivated);
    QTest::keyClick(m_board.get(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), m_talk);
    QVERIFY(!m_board->accessibleDescription().isEmpty());
    QCOMPARE(m_document->undoStack().count(), 0);
}

void TestScheduleBoard::schedulingFromTheSideList()
{
    UnscheduledModel model(*m_data);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.sessionId(0), m_waiting);
    const std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0)}));
    QCOMPARE(sessionmime::sessionId(mime.get()), m_waiting);

    QVERIFY(m_board->scheduleSession(m_waiting, m_corner, at(Tuesday, 14)));
    QCOMPARE(m_document->undoStack().count(), 1);
    QCOMPARE(stored(m_waiting).startsAt, at(Tuesday, 14));
    QCOMPARE(stored(m_waiting).endsAt, at(Tuesday, 15)); // the default length
    QCOMPARE(stored(m_waiting).spaceId, m_corner);
    m_data->flush();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_board->layout().indexOfSession(m_waiting) >= 0);
    m_document->undoStack().undo();
    m_data->flush();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!stored(m_waiting).startsAt.isValid());
}

void TestScheduleBoard::droppingOnTheSideListUnschedules()
{
    UnscheduledModel model(*m_data);
    UnscheduledList list;
    list.setModel(&model);
    QSignalSpy requested(&list, &UnscheduledList::unscheduleRequested);
    connect(&list, &UnscheduledList::unscheduleRequested, m_board.get(), &ScheduleBoard::unscheduleSession);
    const std::unique_ptr<QMimeData> mime(sessionmime::create(m_talk));
    QVERIFY(dropOn(list.viewport(), QPoint(10, 10), mime.get(), Qt::MoveAction));
    QCOMPARE(requested.count(), 1);
    QVERIFY(!stored(m_talk).startsAt.isValid());
    QCOMPARE(m_document->undoStack().count(), 1);
    m_data->flush();
    QCOMPARE(model.rowCount(), 2);

    // A row of the list dropped back on the list means nothing.
    QVERIFY(!dropOn(list.viewport(), QPoint(10, 10), mime.get(), Qt::MoveAction));
    QCOMPARE(requested.count(), 1);
}

void TestScheduleBoard::droppingOnTheBoardSchedules()
{
    const std::unique_ptr<QMimeData> mime(sessionmime::create(m_waiting));
    const QPoint target = m_board->pointAt(Tuesday, m_corner, 15 * 60 + 5);
    QVERIFY(m_board->viewport()->rect().contains(target));
    QVERIFY(dropOn(m_board->viewport(), target, mime.get(), Qt::CopyAction));
    QCOMPARE(stored(m_waiting).startsAt, at(Tuesday, 15)); // snapped to the quarter hour
    QCOMPARE(stored(m_waiting).spaceId, m_corner);
    QCOMPARE(m_document->undoStack().count(), 1);
}

void TestScheduleBoard::firstFreeSlotAvoidsBusySpaces()
{
    addSession(QStringLiteral("Opening"), m_stage, at(Tuesday, 9), at(Tuesday, 10));
    addSession(QStringLiteral("Breakfast"), m_corner, at(Tuesday, 9), at(Tuesday, 10, 30));
    m_data->flush();
    QVERIFY(m_board->scheduleAtFirstFreeSlot(m_waiting));
    // The stage is busy 09:00–11:00 and the corner until 10:30: the corner at 10:30 is first free.
    QCOMPARE(stored(m_waiting).startsAt, at(Tuesday, 10, 30));
    QCOMPARE(stored(m_waiting).spaceId, m_corner);
}

void TestScheduleBoard::movingToAnotherDay()
{
    QVERIFY(m_board->moveSessionToDay(m_talk, Wednesday));
    QCOMPARE(stored(m_talk).startsAt, at(Wednesday, 10));
    QCOMPARE(stored(m_talk).endsAt, at(Wednesday, 11));
    QCOMPARE(stored(m_talk).spaceId, m_stage);
    m_data->flush();
    QCOMPARE(m_board->layout().indexOfSession(m_talk), -1); // Tuesday is shown
    m_board->setDay(QDate());                                // the overview shows both days
    QVERIFY(m_board->layout().indexOfSession(m_talk) >= 0);
    QCOMPARE(m_board->layout().columns().size(), 4);
    m_document->undoStack().undo();
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10));
}

void TestScheduleBoard::conflictBadgeCountsDoubleBooking()
{
    QCOMPARE(m_board->conflictCount(m_talk), 0);
    const QString clash = addSession(QStringLiteral("Mobility pitch"), m_stage, at(Tuesday, 10, 30), at(Tuesday, 11, 30));
    m_data->flush();
    QCOMPARE(m_board->conflictCount(m_talk), 1);
    QCOMPARE(m_board->conflictCount(clash), 1);
    QVERIFY(m_board->describeSession(m_talk).contains(QStringLiteral("Main stage")));
    QVERIFY(m_board->moveSession(clash, m_corner, at(Tuesday, 10, 30)));
    m_data->flush();
    QCOMPARE(m_board->conflictCount(m_talk), 0);
    QCOMPARE(m_board->conflictCount(clash), 0);
}

void TestScheduleBoard::mouseMovesBlockAcrossSpacesAndUndoes()
{
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    const QRect block = m_board->blockRect(m_talk);
    QVERIFY(block.isValid());
    const QPoint grab = block.center();
    const QPoint target = m_board->pointAt(Tuesday, m_corner, 14 * 60) + QPoint(0, grab.y() - block.top());
    QWidget* viewport = m_board->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(viewport, grab + QPoint(0, 20));
    QTest::mouseMove(viewport, target);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, target);
    QCOMPARE(m_document->undoStack().count(), 1);
    QCOMPARE(stored(m_talk).spaceId, m_corner);
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 14));
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 15));
    m_document->undoStack().undo();
    QCOMPARE(stored(m_talk).spaceId, m_stage);
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10));
}

void TestScheduleBoard::mouseResizesBlockAndUndoes()
{
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    const QRect block = m_board->blockRect(m_talk);
    const QPoint edge(block.center().x(), block.bottom() - 2);
    const QPoint target = m_board->pointAt(Tuesday, m_stage, 11 * 60 + 33);
    QWidget* viewport = m_board->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, edge);
    QTest::mouseMove(viewport, edge + QPoint(0, 10));
    QTest::mouseMove(viewport, target);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, target);
    QCOMPARE(m_document->undoStack().count(), 1);
    QCOMPARE(stored(m_talk).startsAt, at(Tuesday, 10));
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 11, 30));
    m_document->undoStack().undo();
    QCOMPARE(stored(m_talk).endsAt, at(Tuesday, 11));
}

void TestScheduleBoard::pageShowsDaysOverviewAndConflicts()
{
    addSession(QStringLiteral("Clash"), m_stage, at(Wednesday, 12), at(Wednesday, 13));
    addSession(QStringLiteral("Clash again"), m_stage, at(Wednesday, 12, 30), at(Wednesday, 13));
    ScheduleBoardPage page(*m_document);
    page.resize(1200, 700);
    auto* tabs = page.findChild<QTabBar*>(QStringLiteral("scheduleDayTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(2), QStringLiteral("All days"));
    QCOMPARE(page.board()->day(), Tuesday);
    auto* conflicts = page.findChild<QListWidget*>(QStringLiteral("scheduleConflicts"));
    QVERIFY(conflicts);
    QCOMPARE(conflicts->count(), 1);
    emit conflicts->itemClicked(conflicts->item(0));
    QCOMPARE(page.board()->day(), Wednesday);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(!page.board()->selectedSessionId().isEmpty());
    QCOMPARE(page.board()->conflictCount(page.board()->selectedSessionId()), 1);
    tabs->setCurrentIndex(2);
    QVERIFY(page.board()->isOverview());

    // Editing refreshes the page through the store, coalesced.
    QVERIFY(page.board()->unscheduleSession(page.board()->selectedSessionId()));
    page.data()->flush();
    QCOMPARE(conflicts->count(), 0);
}

void TestScheduleBoard::pageBuildsWithDemo()
{
    QString error;
    auto store = DemoEvent::create(m_dir->filePath(QStringLiteral("demo.standlab")),
                                   OpenOptions::forLaptop(QStringLiteral("board-test")), &error);
    QVERIFY2(store, qPrintable(error));
    const qint64 days = Repository<EventDay>(*store).count();
    EventDocument demo(std::move(store));
    ScheduleBoardPage page(demo);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tabs = page.findChild<QTabBar*>(QStringLiteral("scheduleDayTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), int(page.data()->days().size()) + 1);
    QVERIFY(tabs->count() >= int(days) + 1);
    QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("All days"));
    QVERIFY(page.findChild<ScheduleBoard*>(QStringLiteral("scheduleBoard")));
    QVERIFY(!page.board()->grab().isNull());
    // Fits beside the window's sidebar (180 px) on a 1366 px screen, however long the day labels.
    QVERIFY2(page.minimumSizeHint().width() <= 1366 - 180, qPrintable(QString::number(page.minimumSizeHint().width())));
    QCOMPARE(demo.undoStack().count(), 0);
}

QTEST_MAIN(TestScheduleBoard)
#include "test_scheduleboard.moc"
