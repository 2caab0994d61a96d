// SPDX-License-Identifier: GPL-3.0-or-later
// standlab-cli: the headless command line. Subcommands live in their own classes; this only wires them.
#include "commandline.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "generatecommand.h"
#include "infocommand.h"
#include "tools/version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("standlab-cli"));
    QCoreApplication::setApplicationVersion(standlab::Version::text());

    standlab::cli::CommandLine commandLine;
    commandLine.add(std::make_unique<standlab::cli::DemoCommand>());
    commandLine.add(std::make_unique<standlab::cli::InfoCommand>());
    commandLine.add(std::make_unique<standlab::cli::GenerateCommand>());
    commandLine.add(std::make_unique<standlab::cli::ExportCommand>());
    commandLine.add(std::make_unique<standlab::cli::ImportCommand>());

    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
