// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "dialogs/eventsettingsdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "document/eventdocument.h"
#include "mainwindow/appcontroller.h"
#include "models/sessiontablemodel.h"
#include "mainwindow/autobackup.h"
#include "mainwindow/clockbanner.h"
#include "mainwindow/eventopener.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/prompts.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "pages/peoplepage.h"
#include "pages/programmepage.h"
#include "settings/appearance.h"
#include "settings/preferencesdialog.h"
#include "settings/recentfiles.h"
#include "shellmodels/peoplemodel.h"
#include "store/migrations.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "welcome/welcomewindow.h"

#include <QAction>
#include <cmath>
#include <QComboBox>
#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace standlab;

// The welcome and main windows driven like a user would; every question is answered in advance.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void clockBehindTheEventIsShown();
    void cleanup();
    void demoOpensWithEveryPage();
    void sidebarAndShortcutsSwitchPages();
    void peoplePageShowsTheStore();
    void recentListFollowsOpenedFiles();
    void openTheDemoTwiceMakesNumberedCopies();
    void saveACopyFromTheMenu();
    void badFileIsReportedAndWelcomeShown();
    void readOnlyFileShowsTheBanner();
    void editFailuresAreShown();
    void newEventAsksForItsSettings();
    void restoreBackupMakesANewFile();
    void undoRedoActions();
    void closingTheLastWindowShowsWelcome();
    void actionFromASessionOpensTheActionPlan();
    void everyPageFitsALaptopScreen();
    void darkAppearanceIsReadable();

private:
    QString demoFile(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    QStringList m_warnings;
    QStringList m_answers; // file names the file chooser gives, in order
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("StandLabTest"));
    QApplication::setApplicationName(QStringLiteral("Stand Lab Test"));
    QVERIFY(m_dir.isValid());
    Prompts::setWarningSink([this](const QString& title, const QString& text) { m_warnings << title + QLatin1Char('\n') + text; });
    Prompts::setFileChooser([this](const QString&, const QString&) {
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    });
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(EventOpener::demoFolder()).removeRecursively();
    m_warnings.clear();
    m_answers.clear();
    m_controller = std::make_unique<AppController>();
}

void TestMainWindow::cleanup()
{
    m_controller.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString TestMainWindow::demoFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto document = EventOpener::createDemo(path, &error);
    if (!document)
        qWarning() << error;
    return path;
}

void TestMainWindow::demoOpensWithEveryPage()
{
    MainWindow* window = m_controller->openDemo();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(!m_controller->welcome()->isVisible());
    QCOMPARE(window->pageCount(), 7);
    const QStringList expected = {QStringLiteral("programme"), QStringLiteral("schedule"), QStringLiteral("stand"), QStringLiteral("people"),
                                  QStringLiteral("contacts"),  QStringLiteral("actionplan"), QStringLiteral("exports")};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(window->pageId(i), expected.at(i));
        QVERIFY(window->findChild<QWidget*>(expected.at(i) + QStringLiteral("Page")));
    }
    QCOMPARE(window->findChild<QListWidget*>(QStringLiteral("sidebar"))->count(), 7);
    QVERIFY(window->windowTitle().contains(QStringLiteral("Stand Lab demo.standlab")));
    QVERIFY(window->windowTitle().endsWith(QStringLiteral("Stand Lab")));
    QCOMPARE(window->windowFilePath(), window->path());
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisibleTo(window));
    QVERIFY(m_warnings.isEmpty());
}

void TestMainWindow::sidebarAndShortcutsSwitchPages()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("pages.standlab")));
    QVERIFY(window);
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    sidebar->setCurrentRow(4);
    QCOMPARE(stack->currentWidget(), window->page(QStringLiteral("contacts")));
    for (int i = 0; i < window->pageCount(); ++i) {
        auto* go = window->findChild<QAction*>(QStringLiteral("actionGo_") + window->pageId(i));
        QVERIFY(go);
        QCOMPARE(go->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->trigger();
        QCOMPARE(stack->currentIndex(), i);
        QCOMPARE(sidebar->currentRow(), i);
    }
}

void TestMainWindow::peoplePageShowsTheStore()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("people.standlab")));
    QVERIFY(window);
    Store& store = window->document().store();
    auto* table = window->findChild<QTableView*>(QStringLiteral("peopleTable"));
    QVERIFY(table);
    const int people = int(Repository<Person>(store).count());
    QVERIFY(people > 0);
    QCOMPARE(table->model()->rowCount(), people);
    auto* contacts = window->findChild<QTableView*>(QStringLiteral("contactsTable"));
    QCOMPARE(contacts->model()->rowCount(), int(Repository<Organisation>(store).count()));

    // Searching narrows the table; a new person appears without reopening.
    const QString someone = Repository<Person>(store).all().first().name;
    window->findChild<QLineEdit*>(QStringLiteral("peopleSearch"))->setText(someone);
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < people);
    window->findChild<QLineEdit*>(QStringLiteral("peopleSearch"))->clear();
    auto* model = window->findChild<PeoplePage*>()->model();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    Person added;
    added.name = QStringLiteral("Zoe Testperson");
    QVERIFY(Repository<Person>(store).add(added));
    QVERIFY(reset.wait());
    QCOMPARE(table->model()->rowCount(), people + 1);
}

void TestMainWindow::recentListFollowsOpenedFiles()
{
    const QString first = demoFile(QStringLiteral("first.standlab"));
    const QString second = demoFile(QStringLiteral("second.standlab"));
    QSettings().remove(QStringLiteral("recent"));
    QVERIFY(m_controller->openFile(first));
    QVERIFY(m_controller->openFile(second));
    QCOMPARE(RecentFiles::all(), (QStringList{QFileInfo(second).canonicalFilePath(), QFileInfo(first).canonicalFilePath()}));

    for (MainWindow* window : m_controller->windows())
        delete window;
    QVERIFY(QFile::remove(first));
    WelcomeWindow* welcome = m_controller->welcome();
    welcome->refreshRecent();
    QListWidget* list = welcome->recentList();
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled)); // the missing one is greyed
    QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("pruneRecentButton")), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QCOMPARE(RecentFiles::all(), QStringList{QFileInfo(second).canonicalFilePath()});
}

void TestMainWindow::openTheDemoTwiceMakesNumberedCopies()
{
    const QByteArray resource = QCryptographicHash::hash(DemoEvent::bundleJson(), QCryptographicHash::Sha256);
    m_controller->showWelcome();
    QTest::mouseClick(m_controller->welcome()->findChild<QPushButton*>(QStringLiteral("demoButton")), Qt::LeftButton);
    QCOMPARE(m_controller->windows().size(), 1);
    MainWindow* first = m_controller->windows().first();
    first->findChild<QAction*>(QStringLiteral("actionDemo"))->trigger();
    QCOMPARE(m_controller->windows().size(), 2);
    MainWindow* second = m_controller->windows().last();
    QCOMPARE(QFileInfo(first->path()).fileName(), QStringLiteral("Stand Lab demo.standlab"));
    QCOMPARE(QFileInfo(second->path()).fileName(), QStringLiteral("Stand Lab demo (2).standlab"));
    QCOMPARE(QCryptographicHash::hash(DemoEvent::bundleJson(), QCryptographicHash::Sha256), resource);
}

void TestMainWindow::saveACopyFromTheMenu()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("tocopy.standlab")));
    QVERIFY(window);
    const QString copy = m_dir.filePath(QStringLiteral("the copy.standlab"));
    m_answers << copy;
    auto* action = window->findChild<QAction*>(QStringLiteral("actionSaveCopy"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action->trigger();
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
    QString error;
    auto reopened = Store::open(copy, EventOpener::options(), &error);
    QVERIFY2(reopened, qPrintable(error));
    for (const QString& table : Migrations::entityTables())
        QCOMPARE(reopened->count(table), window->document().store().count(table));
}

void TestMainWindow::badFileIsReportedAndWelcomeShown()
{
    const QString bad = m_dir.filePath(QStringLiteral("notes.standlab"));
    const QByteArray content("Shopping list: coffee, badges, gaffer tape\n");
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QVERIFY(!m_controller->openFile(bad));
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.first().contains(QStringLiteral("notes.standlab")), qPrintable(m_warnings.first()));
    QVERIFY(m_controller->welcome()->isVisible());
    QVERIFY(m_controller->windows().isEmpty());
    QFile file(bad);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);

    m_warnings.clear();
    QVERIFY(!m_controller->openFile(m_dir.filePath(QStringLiteral("nowhere/none.standlab"))));
    QCOMPARE(m_warnings.size(), 1);
}

void TestMainWindow::readOnlyFileShowsTheBanner()
{
    const QString path = demoFile(QStringLiteral("readonly.standlab"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    MainWindow* window = m_controller->openFile(path);
    QVERIFY(window);
    QVERIFY(window->document().isReadOnly());
    QVERIFY(window->windowTitle().contains(QStringLiteral("[read-only]")));
    auto* banner = window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisibleTo(window));
    QVERIFY(banner->text().contains(window->document().store().readOnlyReason()));
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("actionEventSettings"))->isEnabled());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestMainWindow::editFailuresAreShown()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("failing.standlab")));
    QVERIFY(window);
    window->document().reportError(QStringLiteral("disk full"));
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY(m_warnings.first().contains(QStringLiteral("disk full")));
    QVERIFY(m_warnings.first().contains(QStringLiteral("failing.standlab")));
}

void TestMainWindow::newEventAsksForItsSettings()
{
    m_answers << m_dir.filePath(QStringLiteral("brand new"));
    m_controller->showWelcome();
    QTest::mouseClick(m_controller->welcome()->findChild<QPushButton*>(QStringLiteral("newEventButton")), Qt::LeftButton);
    QCOMPARE(m_controller->windows().size(), 1);
    MainWindow* window = m_controller->windows().first();
    QVERIFY(window->path().endsWith(QStringLiteral("brand new.standlab")));
    QVERIFY(QFileInfo::exists(window->path()));
    auto* dialog = window->findChild<EventSettingsDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMainWindow::restoreBackupMakesANewFile()
{
    const QString path = demoFile(QStringLiteral("backed up.standlab"));
    MainWindow* window = m_controller->openFile(path);
    QVERIFY(window);
    QVERIFY(!window->autoBackup()->backupNow().isEmpty());
    RestoreBackupDialog* dialog = window->showRestoreBackups();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->backups().size(), 1);
    QString error;
    QVERIFY(!dialog->restoreTo(0, path, &error)); // never over the open file
    QVERIFY(!error.isEmpty());

    const QString restored = m_dir.filePath(QStringLiteral("restored.standlab"));
    m_answers << restored;
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QLatin1Char('\n'))));
    QVERIFY(QFileInfo::exists(restored));
    QCOMPARE(m_controller->windows().size(), 2);
    QCOMPARE(QFileInfo(m_controller->windows().last()->path()).canonicalFilePath(), QFileInfo(restored).canonicalFilePath());
}

void TestMainWindow::undoRedoActions()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("undo.standlab")));
    QVERIFY(window);
    auto* undo = window->findChild<QAction*>(QStringLiteral("actionUndo"));
    auto* redo = window->findChild<QAction*>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    window->document().undoStack().push(new QUndoCommand(QStringLiteral("nothing")));
    QVERIFY(undo->isEnabled());
    auto* history = window->findChild<QAction*>(QStringLiteral("actionUndoHistory"));
    QVERIFY(history);
    history->trigger();
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("undoDock"))->isVisibleTo(window));
}

void TestMainWindow::closingTheLastWindowShowsWelcome()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("closing.standlab")));
    QVERIFY(window);
    QVERIFY(!m_controller->welcome()->isVisible());
    window->findChild<QAction*>(QStringLiteral("actionClose"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(m_controller->windows().isEmpty());
    QVERIFY(m_controller->welcome()->isVisible());
    // The file is closed (its lock released), so it opens again.
    QVERIFY(m_controller->openFile(m_dir.filePath(QStringLiteral("closing.standlab"))));
}

void TestMainWindow::actionFromASessionOpensTheActionPlan()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("action.standlab")));
    QVERIFY(window);
    auto* programme = qobject_cast<ProgrammePage*>(window->page(QStringLiteral("programme")));
    QVERIFY(programme);
    const QString sessionId = programme->sessionModel()->index(0, 0).data(SessionTableModel::SessionIdRole).toString();
    QVERIFY(!sessionId.isEmpty());
    programme->selectSession(sessionId);
    Store& store = window->document().store();
    const qint64 links = store.rows(QStringLiteral("action_sessions"), QStringLiteral("session_id = ?"), {sessionId}).size();
    auto* add = programme->findChild<QAction*>(QStringLiteral("addActionFromSessionAction"));
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    add->trigger();
    QCOMPARE(window->pageId(window->currentPage()), QStringLiteral("actionplan"));
    QCOMPARE(store.rows(QStringLiteral("action_sessions"), QStringLiteral("session_id = ?"), {sessionId}).size(), links + 1);
    window->document().undoStack().undo();
    QCOMPARE(store.rows(QStringLiteral("action_sessions"), QStringLiteral("session_id = ?"), {sessionId}).size(), links);
}

void TestMainWindow::everyPageFitsALaptopScreen()
{
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("fits.standlab")));
    QVERIFY(window);
    // Visit every page so each is polished and laid out as a user would see it.
    for (int i = 0; i < window->pageCount(); ++i) {
        window->showPage(i);
        QCoreApplication::processEvents();
        QVERIFY2(window->minimumSizeHint().width() <= 1366,
                 qPrintable(QStringLiteral("%1 needs %2 px").arg(window->pageId(i)).arg(window->minimumSizeHint().width())));
        QVERIFY2(window->minimumSizeHint().height() <= 740, qPrintable(window->pageId(i)));
    }
}

namespace {
double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}
double contrast(const QColor& a, const QColor& b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
} // namespace

void TestMainWindow::darkAppearanceIsReadable()
{
    PreferencesDialog dialog;
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("appearance"));
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(QStringLiteral("dark")));
    dialog.apply();
    QCOMPARE(Appearance::saved(), QStringLiteral("dark"));

    const QPalette before = QApplication::palette();
    Appearance::apply(Appearance::saved());
    const QPalette dark = QApplication::palette();
    QVERIFY(dark.color(QPalette::Window).lightnessF() < 0.3);
    for (const auto& [text, background] : {std::pair{QPalette::WindowText, QPalette::Window}, std::pair{QPalette::Text, QPalette::Base},
                                           std::pair{QPalette::ButtonText, QPalette::Button},
                                           std::pair{QPalette::HighlightedText, QPalette::Highlight}})
        QVERIFY2(contrast(dark.color(text), dark.color(background)) >= 4.5, qPrintable(QString::number(int(text))));
    MainWindow* window = m_controller->openFile(demoFile(QStringLiteral("dark.standlab")));
    QVERIFY(window);
    QCOMPARE(window->palette().color(QPalette::Window), dark.color(QPalette::Window));
    // The sidebar's line icons follow the text colour: graphics need 3:1 against what is behind them.
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar && sidebar->count() > 0);
    for (int i = 0; i < sidebar->count(); ++i) {
        const QImage icon = sidebar->item(i)->icon().pixmap(QSize(22, 22)).toImage();
        double red = 0, green = 0, blue = 0, weight = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x) {
                const QColor pixel = icon.pixelColor(x, y);
                red += pixel.redF() * pixel.alphaF();
                green += pixel.greenF() * pixel.alphaF();
                blue += pixel.blueF() * pixel.alphaF();
                weight += pixel.alphaF();
            }
        QVERIFY(weight > 0);
        const QColor ink = QColor::fromRgbF(float(red / weight), float(green / weight), float(blue / weight));
        QVERIFY2(contrast(ink, dark.color(QPalette::Window)) >= 3.0, qPrintable(sidebar->item(i)->text()));
    }

    Appearance::save(QString());
    QCOMPARE(Appearance::saved(), QString());
    QApplication::setPalette(before);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::clockBehindTheEventIsShown()
{
    const QString path = m_dir.filePath(QStringLiteral("clock.standlab"));
    {
        QString made;
        auto document = Store::create(path, OpenOptions(), &made);
        QVERIFY2(document, qPrintable(made));
        QVERIFY(!document->insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("Now")}}).isEmpty());
        ClockBanner banner(*document, nullptr);
        QVERIFY(banner.isHidden()); // a right clock: nothing to say
    }
    OpenOptions wrong;
    const qint64 threeDays = qint64(3) * 24 * 60 * 60 * 1000;
    wrong.wallClock = [threeDays] { return QDateTime::currentMSecsSinceEpoch() - threeDays; };
    QString error;
    auto store = Store::open(path, wrong, &error);
    QVERIFY2(store, qPrintable(error));
    ClockBanner banner(*store, nullptr);
    QVERIFY(!banner.isHidden());
    // Without the English plural forms loaded, "%n day(s)" reads "3 day(s)".
    QVERIFY2(banner.text().contains(QStringLiteral("3 day")), qPrintable(banner.text()));
    QVERIFY(ClockBanner::duration(90 * 60 * 1000).startsWith(QStringLiteral("90 minute")));
    QVERIFY(ClockBanner::duration(5 * 60 * 60 * 1000).startsWith(QStringLiteral("5 hour")));
}

#include "test_mainwindow.moc"
