// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "tools/version.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace standlab::cli {
namespace {

const QString program = QStringLiteral("standlab-cli");

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show help for this subcommand."));
}

} // namespace

CommandLine::CommandLine() = default;
CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command* CommandLine::find(const QString& name) const
{
    for (const auto& command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

int CommandLine::fail(QTextStream& err, int code, const QString& reason) const
{
    // One line, always: scripts read the first line of stderr as the reason.
    QString line = reason.simplified();
    err << program << QStringLiteral(": ") << line << Qt::endl;
    return code;
}

QString CommandLine::overview() const
{
    QString text = tr("Usage: %1 SUBCOMMAND [OPTIONS] [ARGUMENTS]").arg(program) + QStringLiteral("\n\n")
        + tr("The Stand Lab command line: works on .standlab event files without a display.") + QStringLiteral("\n\n")
        + tr("Subcommands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto& command : m_commands)
        width = qMax(width, int(command->name().size()));
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + QStringLiteral("  -h, --help     ")
        + tr("Show this help.") + QLatin1Char('\n') + QStringLiteral("  -v, --version  ")
        + tr("Show the version.") + QStringLiteral("\n\n")
        + tr("Run “%1 SUBCOMMAND --help” for the options of one subcommand.").arg(program) + QLatin1Char('\n');
    return text;
}

QString CommandLine::helpFor(const Command& command) const
{
    QCommandLineParser parser;
    parser.addOption(helpOption());
    command.addOptions(parser);
    // Qt's help starts with its own usage line, which does not know about subcommands: replace it.
    QString options = parser.helpText();
    const int start = options.indexOf(QLatin1String("Options:"));
    options = start >= 0 ? options.mid(start) : QString();
    options.replace(QLatin1String("Options:"), tr("Options:"));
    return tr("Usage: %1 %2").arg(program, command.synopsis()) + QStringLiteral("\n\n") + command.summary()
        + QStringLiteral("\n\n") + options;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty())
        return fail(err, UsageError, tr("no subcommand given; run “%1 --help” for the list.").arg(program));
    const QString first = rest.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << overview();
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << program << QLatin1Char(' ') << Version::text() << Qt::endl;
        return Success;
    }
    if (first == QLatin1String("help")) {
        if (rest.size() < 2) {
            out << overview();
            return Success;
        }
        const Command* command = find(rest.at(1));
        if (!command)
            return fail(err, UsageError, tr("unknown subcommand “%1”; run “%2 --help” for the list.")
                                             .arg(rest.at(1), program));
        out << helpFor(*command);
        return Success;
    }
    Command* command = find(first);
    if (!command)
        return fail(err, UsageError,
                    tr("unknown subcommand “%1”; run “%2 --help” for the list.").arg(first, program));

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(helpOption());
    command->addOptions(parser);
    if (!parser.parse(QStringList{program} + rest.mid(1)))
        return fail(err, UsageError, command->name() + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpFor(*command);
        return Success;
    }
    const QStringList names = command->argumentNames();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < names.size())
        return fail(err, UsageError,
                    tr("%1: missing argument %2; usage: %3 %4")
                        .arg(command->name(), names.at(positional.size()), program, command->synopsis()));
    if (positional.size() > names.size() && !command->lastArgumentRepeats())
        return fail(err, UsageError,
                    tr("%1: unexpected argument “%2”; usage: %3 %4")
                        .arg(command->name(), positional.at(names.size()), program, command->synopsis()));

    QString error;
    const Command::Outcome outcome = command->run(parser, out, &error);
    out.flush();
    switch (outcome) {
    case Command::Outcome::Success:
        return Success;
    case Command::Outcome::UsageError:
        return fail(err, UsageError, command->name() + QStringLiteral(": ") + error);
    case Command::Outcome::Failed:
        break;
    }
    return fail(err, Failure, error);
}

} // namespace standlab::cli
