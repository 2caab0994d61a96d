// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"

#include "store/openoptions.h"
#include "store/store.h"
#include "tools/eventgenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

namespace standlab::cli {
namespace {

QCommandLineOption numberOption(const QString& name, const QString& description, int defaultValue)
{
    QCommandLineOption option(name, description, QStringLiteral("N"));
    option.setDefaultValue(QString::number(defaultValue));
    return option;
}

} // namespace

QString GenerateCommand::summary() const
{
    return tr("Write a large synthetic event to a new file, the same for the same seed.");
}

QString GenerateCommand::synopsis() const
{
    return tr("generate OUT.standlab --sessions N --people N --organisations N [--seed S] [--days D] [--spaces N]");
}

QStringList GenerateCommand::argumentNames() const
{
    return {tr("OUT.standlab")};
}

void GenerateCommand::addOptions(QCommandLineParser& parser) const
{
    const EventGenerator::Options defaults;
    parser.addOption(numberOption(QStringLiteral("sessions"), tr("How many sessions."), defaults.sessions));
    parser.addOption(numberOption(QStringLiteral("people"), tr("How many people."), defaults.people));
    parser.addOption(numberOption(QStringLiteral("organisations"),
                                  tr("How many organisations (each with an engagement and 0–2 interactions)."),
                                  defaults.organisations));
    parser.addOption(numberOption(QStringLiteral("seed"), tr("The seed: the same seed gives the same event."),
                                  int(defaults.seed)));
    parser.addOption(numberOption(QStringLiteral("days"), tr("How many days, from 19 November 2019."), defaults.days));
    parser.addOption(numberOption(QStringLiteral("spaces"), tr("How many spaces."), defaults.spaces));
}

Command::Outcome GenerateCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    EventGenerator::Options options;
    qint64 sessions = options.sessions, people = options.people, organisations = options.organisations;
    qint64 seed = options.seed, days = options.days, spaces = options.spaces;
    constexpr qint64 many = 10000000;
    if (!intOption(parser, QStringLiteral("sessions"), 0, many, &sessions, error)
        || !intOption(parser, QStringLiteral("people"), 0, many, &people, error)
        || !intOption(parser, QStringLiteral("organisations"), 0, many, &organisations, error)
        || !intOption(parser, QStringLiteral("seed"), 0, 4294967295LL, &seed, error)
        || !intOption(parser, QStringLiteral("days"), 1, 31, &days, error)
        || !intOption(parser, QStringLiteral("spaces"), 1, 100, &spaces, error))
        return Outcome::UsageError;
    options.sessions = int(sessions);
    options.people = int(people);
    options.organisations = int(organisations);
    options.seed = quint32(seed);
    options.days = int(days);
    options.spaces = int(spaces);

    const QString path = parser.positionalArguments().at(0);
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Store> store = EventGenerator::create(path, options, OpenOptions(), error);
    if (!store)
        return Outcome::Failed;
    out << tr("Wrote %1: %2 sessions, %3 people, %4 organisations (seed %5) in %6 ms.")
               .arg(QDir::toNativeSeparators(path))
               .arg(options.sessions)
               .arg(options.people)
               .arg(options.organisations)
               .arg(options.seed)
               .arg(timer.elapsed())
        << Qt::endl;
    return Outcome::Success;
}

} // namespace standlab::cli
