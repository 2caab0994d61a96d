// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

class QTextStream;

namespace standlab::cli {

// The dispatcher: picks the subcommand, parses its options, prints help and version, and turns any
// failure into one line on stderr and a non-zero exit code.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::CommandLine)

public:
    // Exit codes scripts can rely on.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CommandLine();
    ~CommandLine();

    void add(std::unique_ptr<Command> command);
    // `arguments` as from QCoreApplication::arguments(): the program first.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    Command* find(const QString& name) const;
    QString overview() const;
    QString helpFor(const Command& command) const;
    int fail(QTextStream& err, int code, const QString& reason) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace standlab::cli
