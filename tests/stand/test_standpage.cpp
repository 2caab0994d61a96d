// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "document/eventdocument.h"
#include "model/action.h"
#include "model/actionsession.h"
#include "model/participation.h"
#include "model/repository.h"
#include "model/section.h"
#include "model/session.h"
#include "model/sessionnote.h"
#include "stand/noteconversion.h"
#include "stand/notespanel.h"
#include "stand/rehearsedialog.h"
#include "stand/nowandnextview.h"
#include "stand/standclock.h"
#include "stand/standpage.h"
#include "stand/todaymodel.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace standlab;

// The Stand page on the demo event at a rehearsed time (Wednesday 20 November 2019, 11:10 in
// Barcelona), driven like a staff member at the stand would: mostly with the keyboard.
class TestStandPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<StandPage> m_page;
    QString m_negotiating; // the Main stage session on at 11:10

    Store& store() { return m_document->store(); }
    static QDateTime wall(const char* text)
    {
        QDateTime value = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
        value.setTimeSpec(Qt::UTC);
        return value;
    }
    QModelIndex firstSpeaker(const QString& sessionId)
    {
        const QModelIndex session = m_page->model()->sessionIndex(sessionId);
        return m_page->model()->index(0, 0, session);
    }
    bool arrived(const QModelIndex& speaker)
    {
        const QString id = speaker.data(TodayModel::ParticipationIdRole).toString();
        return Repository<Participation>(store()).find(id).value_or(Participation()).arrived;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        QString error;
        auto created = DemoEvent::create(m_dir.filePath(QStringLiteral("stand%1.standlab").arg(++n)), OpenOptions(),
                                         &error);
        QVERIFY2(created, qPrintable(error));
        m_document = std::make_unique<EventDocument>(std::move(created));
        m_page = std::make_unique<StandPage>(*m_document);
        // A fixed real time and a stopped rehearsal clock: nothing here depends on when the test runs.
        m_page->clock().setTimeSource([] { return QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC); });
        m_page->rehearseAt(wall("2019-11-20T11:10"), 0.0);
        m_page->resize(1366, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        for (const Session& s : Repository<Session>(store()).where(QStringLiteral("title LIKE 'Negotiating%'")))
            m_negotiating = s.id;
        QVERIFY(!m_negotiating.isEmpty());
    }

    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void todayModelIsSound()
    {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->setDay(QDate(2019, 11, 19));
        m_page->setDay(QDate(2019, 11, 20));
        QVERIFY(m_page->model()->rowCount() > 5);
        // A value change keeps the rows (and so the view's place); a new session resets.
        QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelReset);
        Repository<Session>(store()).setField(m_negotiating, QStringLiteral("headcount"), 12);
        QCOMPARE(reset.size(), 0);
        Session extra;
        extra.title = QStringLiteral("Late addition");
        extra.startsAt = wall("2019-11-20T18:00");
        extra.endsAt = wall("2019-11-20T18:20");
        extra.status = QStringLiteral("confirmed");
        QVERIFY(Repository<Session>(store()).add(extra));
        QCOMPARE(reset.size(), 1);
    }

    void fitsALaptopScreen()
    {
        // Beside the 180-pixel sidebar on a 1366×768 screen.
        QVERIFY(m_page->minimumSizeHint().width() <= 1366 - 200);
        QVERIFY(m_page->minimumSizeHint().height() <= 600);
    }

    void rehearsalShowsTheRightDayAndSessions()
    {
        QCOMPARE(m_page->day(), QDate(2019, 11, 20));
        QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("standDayCombo"))->currentData().toDate(),
                 QDate(2019, 11, 20));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("standClockLabel"))->text().contains(QStringLiteral("11:10")));
        const NowAndNextResult& shown = m_page->preview()->result();
        QCOMPARE(shown.dayNumber, 2);
        QCOMPARE(shown.spaces.first().current->id, m_negotiating);
        // A rehearsal on another day moves the list to that day.
        m_page->rehearseAt(wall("2019-11-21T09:00"), 0.0);
        QCOMPARE(m_page->day(), QDate(2019, 11, 21));
    }

    void rehearseDialogSetsTheClock()
    {
        RehearseDialog* dialog = m_page->showRehearseDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->wallStart(), wall("2019-11-20T11:10")); // it starts from the clock's time
        dialog->setWallStart(wall("2019-11-19T17:40"));
        dialog->setSpeed(60.0);
        dialog->accept();
        QVERIFY(m_page->clock().isSimulated());
        QCOMPARE(m_page->clock().speed(), 60.0);
        QCOMPARE(m_page->day(), QDate(2019, 11, 19));
        // 17:40 in Barcelona is 16:40 UTC.
        QCOMPARE(m_page->clock().now(), QDateTime(QDate(2019, 11, 19), QTime(16, 40), Qt::UTC));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("standClockLabel"))->text().contains(QStringLiteral("17:40")));
        m_page->useRealTime();
        QVERIFY(!m_page->clock().isSimulated());
        QCOMPARE(m_page->day(), QDate(2019, 11, 21)); // 2026: after the event, the last day
    }

    void nowAndNextFollowsTheClock()
    {
        QPointer<NowAndNextView> view = m_page->showNowAndNext(true);
        QVERIFY(view);
        QVERIFY(view->isFullScreen());
        QCOMPARE(view->clockText(), QStringLiteral("11:10"));
        QVERIFY(view->rowTexts().first().startsWith(QStringLiteral("Main stage | Negotiating with Platforms")));
        QSignalSpy ticks(&m_page->clock(), &StandClock::ticked);
        m_page->clock().advance(40 * 60); // 11:50: the Main stage is between sessions
        QCOMPARE(ticks.size(), 1);
        QCOMPARE(view->clockText(), QStringLiteral("11:50"));
        QCOMPARE(view->result().spaces.first().state, SpaceNowNext::State::BetweenSessions);
        QVERIFY(view->rowTexts().first().contains(QStringLiteral("Algorithmic Management")));
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("Between sessions")));
        m_page->clock().advance(15 * 60); // 12:05
        QCOMPARE(view->result().spaces.first().current->title, QStringLiteral("Algorithmic Management and Workers' Rights"));
        // Large type at a small window still draws (and paints without falling over).
        view->showNormal();
        view->resize(640, 360);
        QVERIFY(!view->grab().isNull());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!view || !view->isVisible());
    }

    void tickSpeakerArrivedWithSpaceAndUndo()
    {
        QTreeView* tree = m_page->tree();
        const QModelIndex speaker = firstSpeaker(m_negotiating);
        QVERIFY(speaker.isValid());
        // Start from "not arrived" whatever the demo says.
        Repository<Participation>(store()).setField(speaker.data(TodayModel::ParticipationIdRole).toString(),
                                                    QStringLiteral("arrived"), 0);
        QVERIFY(!arrived(speaker));
        QCOMPARE(speaker.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        tree->setFocus();
        tree->setCurrentIndex(speaker);
        const int before = m_document->undoStack().count();
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(arrived(speaker));
        QCOMPARE(speaker.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m_document->undoStack().count(), before + 1);
        QCOMPARE(tree->currentIndex(), speaker); // the list kept its place
        m_document->undoStack().undo();
        QVERIFY(!arrived(speaker));
        QCOMPARE(speaker.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        m_document->undoStack().redo();
        QVERIFY(arrived(speaker));
        QTest::keyClick(tree, Qt::Key_Space); // untick is its own step
        QVERIFY(!arrived(speaker));
        QCOMPARE(m_document->undoStack().count(), before + 2);
    }

    void headcountFromTheKeyboard()
    {
        m_page->selectSession(m_negotiating);
        auto* spin = m_page->findChild<QSpinBox*>(QStringLiteral("standHeadcountSpin"));
        QVERIFY(spin->isEnabled());
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("87"));
        const int before = Repository<Session>(store()).find(m_negotiating)->headcount;
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(Repository<Session>(store()).find(m_negotiating)->headcount, 87);
        QCOMPARE(m_page->model()->sessionIndex(m_negotiating, TodayModel::HeadcountColumn).data(Qt::EditRole).toInt(), 87);
        m_document->undoStack().undo();
        QCOMPARE(Repository<Session>(store()).find(m_negotiating)->headcount, before);
        QCOMPARE(spin->value(), before);
        // The table cell edits the same field.
        QVERIFY(m_page->model()->setData(m_page->model()->sessionIndex(m_negotiating, TodayModel::HeadcountColumn), 40));
        QCOMPARE(Repository<Session>(store()).find(m_negotiating)->headcount, 40);
    }

    void noteBecomesALinkedAction()
    {
        m_page->selectSession(m_negotiating);
        NotesPanel* notes = m_page->notes();
        QCOMPARE(notes->sessionId(), m_negotiating);
        QVERIFY(notes->addNote(QStringLiteral("Cities want a model clause for data access. Lisbon offered a draft.")));
        const QVector<SessionNote> written = Repository<SessionNote>(store()).where(
            QStringLiteral("session_id = ? AND body LIKE 'Cities want%'"), {m_negotiating});
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().writtenAt, QStringLiteral("2019-11-20T11:10")); // the event's time, not UTC
        const qint64 actionsBefore = Repository<Action>(store()).count();
        const qint64 linksBefore = Repository<ActionSession>(store()).count();
        QVERIFY(notes->convertToAction());
        const auto action = Repository<Action>(store()).find(notes->lastActionId());
        QVERIFY(action);
        QCOMPARE(action->title, QStringLiteral("Cities want a model clause for data access"));
        QVERIFY(action->description.contains(QStringLiteral("Lisbon offered a draft")));
        // It lands in the Action Plan section of the session's working line (Data).
        QCOMPARE(Repository<Section>(store()).find(action->sectionId)->title, QStringLiteral("Data"));
        const QVector<ActionSession> links = Repository<ActionSession>(store()).where(
            QStringLiteral("action_id = ?"), {action->id});
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().sessionId, m_negotiating);
        QCOMPARE(Repository<Action>(store()).count(), actionsBefore + 1);
        // One undo takes back the action and its link together.
        m_document->undoStack().undo();
        QCOMPARE(Repository<Action>(store()).count(), actionsBefore);
        QCOMPARE(Repository<ActionSession>(store()).count(), linksBefore);
        m_document->undoStack().redo();
        QCOMPARE(Repository<ActionSession>(store()).where(QStringLiteral("action_id = ?"), {action->id}).size(), 1);
    }

    void noteBecomesASectionParagraph()
    {
        m_page->selectSession(m_negotiating);
        NotesPanel* notes = m_page->notes();
        QVERIFY(notes->addNote(QStringLiteral("Platforms share data when <cities> agree on purpose & limits.")));
        const QString sectionId = m_page->findChild<QComboBox*>(QStringLiteral("standSectionCombo"))->currentData().toString();
        const QString before = Repository<Section>(store()).find(sectionId)->bodyHtml;
        QVERIFY(notes->convertToParagraph());
        const QString after = Repository<Section>(store()).find(sectionId)->bodyHtml;
        QVERIFY(after.startsWith(before.left(20)));
        QVERIFY(after.contains(QStringLiteral("when &lt;cities&gt; agree on purpose &amp; limits.")));
        QVERIFY(after.contains(QStringLiteral("Negotiating with Platforms")));
        m_document->undoStack().undo();
        QCOMPARE(Repository<Section>(store()).find(sectionId)->bodyHtml, before);
    }

    void actionTitles_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("title");
        QTest::newRow("first sentence") << "Pilot insurance for riders. Ask Porto." << "Pilot insurance for riders";
        QTest::newRow("short first sentence kept whole") << "Yes. Do it now" << "Yes. Do it now";
        QTest::newRow("spaces folded") << "  two\n lines  " << "two lines";
        QTest::newRow("long text cut at a word")
            << QStringLiteral("word ").repeated(30) << QStringLiteral("word ").repeated(18).trimmed() + QChar(0x2026);
    }

    void actionTitles()
    {
        QFETCH(QString, body);
        QFETCH(QString, title);
        QCOMPARE(NoteConversion::actionTitle(body), title);
    }

    void keyboardOnlyFlow()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTreeView* tree = m_page->tree();
        tree->setFocus();
        m_page->selectSession(m_negotiating);
        // Tab order: the list, then the headcount, then the notes.
        QTest::keyClick(tree, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_page->findChild<QSpinBox*>(QStringLiteral("standHeadcountSpin")));
        // Down into the speakers, Space ticks one.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(m_page->model()->isSpeaker(tree->currentIndex()));
        const bool wasArrived = arrived(tree->currentIndex());
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(arrived(tree->currentIndex()), !wasArrived);
        // Alt+N goes to the note, Ctrl+Return adds it, Alt+A turns it into an action.
        QTest::keyClick(tree, Qt::Key_N, Qt::AltModifier);
        auto* editor = m_page->findChild<QPlainTextEdit*>(QStringLiteral("standNoteEditor"));
        QCOMPARE(QApplication::focusWidget(), editor);
        QTest::keyClicks(editor, QStringLiteral("Follow up on shared procurement"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(editor->toPlainText().isEmpty());
        const qint64 links = Repository<ActionSession>(store()).count();
        QTest::keyClick(editor, Qt::Key_A, Qt::AltModifier);
        QCOMPARE(Repository<ActionSession>(store()).count(), links + 1);
        QCOMPARE(Repository<Action>(store()).find(m_page->notes()->lastActionId())->title,
                 QStringLiteral("Follow up on shared procurement"));
        // Ctrl+Shift+N opens Now & Next full screen; Escape leaves it.
        QTest::keyClick(editor, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<NowAndNextView> view = m_page->nowAndNextWindow();
        QVERIFY(view);
        QVERIFY(view->isFullScreen());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!view || !view->isVisible());
    }
};

QTEST_MAIN(TestStandPage)
#include "test_standpage.moc"
