// SPDX-License-Identifier: GPL-3.0-or-later
// standlab-cli: the headless command line. Subcommands live in their own classes; this only wires them.
#include "checkcommand.h"
#include "commandline.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "generatecommand.h"
#include "infocommand.h"
#include "releasecommand.h"
#include "releasescommand.h"
#include "synccommand.h"
#include "tools/version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// Qt Gui warns on stderr when XDG_RUNTIME_DIR is unset (cron, containers); the CLI never uses that
// folder, and its stderr is for our own messages.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char** argv)
{
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    // Printing the programme needs Qt Gui (fonts, painting) but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("standlab-cli"));
    QCoreApplication::setApplicationVersion(standlab::Version::text());

    standlab::cli::CommandLine commandLine;
    commandLine.add(std::make_unique<standlab::cli::DemoCommand>());
    commandLine.add(std::make_unique<standlab::cli::InfoCommand>());
    commandLine.add(std::make_unique<standlab::cli::CheckCommand>());
    commandLine.add(std::make_unique<standlab::cli::GenerateCommand>());
    commandLine.add(std::make_unique<standlab::cli::ExportCommand>());
    commandLine.add(std::make_unique<standlab::cli::ImportCommand>());
    commandLine.add(std::make_unique<standlab::cli::SyncCommand>());
    commandLine.add(std::make_unique<standlab::cli::ReleaseCommand>());
    commandLine.add(std::make_unique<standlab::cli::ReleasesCommand>());

    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
