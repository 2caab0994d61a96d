// SPDX-License-Identifier: GPL-3.0-or-later
// The standlab executable: arguments, translators, and the first window. The work is in ui/.
#include "mainwindow/appcontroller.h"
#include "mainwindow/eventopener.h"
#include "mainwindow/screenshotter.h"
#include "settings/appearance.h"
#include "settings/appsettings.h"
#include "settings/languagesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StandLab"));
    QApplication::setApplicationName(QStringLiteral("Stand Lab"));
    QApplication::setApplicationVersion(standlab::AppSettings::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.sharingcities.StandLab"));

    // The language must be known before any text is made, so --language is looked at first.
    QString language;
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--language=")))
            language = arguments.at(i).section(QLatin1Char('='), 1);
    }
    standlab::LanguageSetup::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan and run the Sharing Cities Action Stand Lab."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The event file to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open a new copy of the demo event."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Use this language (en, es, ca, fr)."),
                                            QStringLiteral("code"));
    QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
                                   QStringLiteral("Write screenshots of every page and dialog to this folder, then quit."),
                                   QStringLiteral("dir"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption appearance(QStringLiteral("appearance"),
                                        QApplication::translate("main", "Use light or dark colours (light, dark)."),
                                        QStringLiteral("look"));
    parser.addOptions({demo, languageOption, appearance, screenshots});
    parser.process(app);
    standlab::Appearance::apply(parser.isSet(appearance) ? parser.value(appearance) : standlab::Appearance::saved());

    standlab::AppController controller;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(screenshots)) {
        if (files.isEmpty()) {
            QTextStream(stderr) << "--screenshot-dir needs an event file\n";
            return 2;
        }
        QString error;
        const int written = standlab::Screenshotter::run(controller, files.constFirst(), parser.value(screenshots), &error);
        QTextStream(stdout) << written << " screenshots written to " << parser.value(screenshots) << '\n';
        if (!error.isEmpty())
            QTextStream(stderr) << error << '\n';
        return error.isEmpty() && written > 0 ? 0 : 1;
    }
    if (parser.isSet(demo))
        controller.openDemo();
    else if (!files.isEmpty())
        controller.openFile(files.constFirst()); // on failure it reports and shows the welcome window
    else
        controller.showWelcome();
    return QApplication::exec();
}
