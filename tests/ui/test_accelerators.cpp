// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/eventdocument.h"
#include "mainwindow/eventopener.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace standlab;

namespace {

// The letter after the '&' that marks a menu's keyboard accelerator ("Rep els canv&is" → 'I'); none for "&&".
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// "Menu › Action" pairs that share an accelerator within one menu (or the menu bar), recursively.
QStringList clashesIn(const QList<QAction*>& actions, const QString& where)
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonic(action->text());
        if (!letter.isNull()) {
            if (taken.contains(letter))
                clashes << QStringLiteral("%1: Alt+%2 for “%3” and “%4”").arg(where, letter, taken.value(letter), action->text());
            else
                taken.insert(letter, action->text());
        }
        if (QMenu* menu = action->menu())
            clashes << clashesIn(menu->actions(), where + QStringLiteral(" › ") + action->text());
    }
    return clashes;
}

} // namespace

// In every language, no two entries of one menu share the letter that Alt reaches them with: a clash
// makes Alt+letter cycle between them instead of choosing one.
class TestAccelerators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusHaveDistinctAccelerators_data();
    void menusHaveDistinctAccelerators();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestAccelerators::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.standlab"));
    QString error;
    QVERIFY2(EventOpener::createDemo(m_demo, &error), qPrintable(error));
}

void TestAccelerators::menusHaveDistinctAccelerators_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "es", "ca", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestAccelerators::menusHaveDistinctAccelerators()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("standlab_") + language, QStringLiteral(STANDLAB_QM_DIR)),
             qPrintable(QStringLiteral("no standlab_%1.qm in %2").arg(language, QStringLiteral(STANDLAB_QM_DIR))));
    QCoreApplication::installTranslator(&translator);
    {
        QString error;
        std::unique_ptr<EventDocument> document = EventOpener::open(m_demo, &error);
        QVERIFY2(document, qPrintable(error));
        MainWindow window(std::move(document));
        const QStringList clashes = clashesIn(window.menuBar()->actions(), QStringLiteral("menu bar"));
        if (qEnvironmentVariableIsSet("STANDLAB_DUMP_MENUS"))
            for (QAction* top : window.menuBar()->actions())
                if (top->menu())
                    for (QAction* a : top->menu()->actions())
                        if (!a->isSeparator())
                            qInfo("%s | %s", qPrintable(top->text()), qPrintable(a->text()));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestAccelerators)
#include "test_accelerators.moc"
