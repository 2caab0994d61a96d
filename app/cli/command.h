// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace standlab::cli {

// One subcommand of standlab-cli: what it is called, what it accepts, and what it does.
// Adding a subcommand means writing one subclass and registering it in CommandLine.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::Command)

public:
    // What went wrong, so the dispatcher can choose the exit code.
    enum class Outcome { Success, Failed, UsageError };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for the list of subcommands.
    virtual QString summary() const = 0;
    // The usage line after "standlab-cli", e.g. "info FILE [--json]".
    virtual QString synopsis() const = 0;
    // Names of the required positional arguments, shown in messages ("FILE").
    virtual QStringList argumentNames() const = 0;
    // True when the last positional argument may be given more than once ("PKG…").
    virtual bool lastArgumentRepeats() const { return false; }
    // Declares the subcommand's own options (--help is added by the dispatcher).
    virtual void addOptions(QCommandLineParser& parser) const;
    // Runs with the parsed, counted arguments; on failure fills `error` with one line.
    virtual Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) = 0;

protected:
    // Reads an integer option within [minimum, maximum]; keeps `value` when the option is absent.
    static bool intOption(const QCommandLineParser& parser, const QString& option, qint64 minimum, qint64 maximum,
                          qint64* value, QString* error);
};

} // namespace standlab::cli
