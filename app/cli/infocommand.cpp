// SPDX-License-Identifier: GPL-3.0-or-later
#include "infocommand.h"

#include "store/openoptions.h"
#include "store/store.h"
#include "tools/eventstatistics.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace standlab::cli {

QString InfoCommand::summary() const
{
    return tr("Show the schema version and how many of each entity a file holds.");
}

QString InfoCommand::synopsis() const
{
    return tr("info FILE [--json] [--contacts]");
}

QStringList InfoCommand::argumentNames() const
{
    return {tr("FILE")};
}

void InfoCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                        tr("Print one JSON object: {\"schema_version\": N, \"counts\": {…}}.")));
    parser.addOption(QCommandLineOption(QStringLiteral("contacts"),
                                        tr("Also print the contact figures: attendance, countries, kinds, requests by working line, follow-ups per week.")));
}

Command::Outcome InfoCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    OpenOptions options;
    options.readOnly = true; // info only looks: no lock, no migration, no write
    const std::unique_ptr<Store> store = Store::open(parser.positionalArguments().at(0), options, error);
    if (!store)
        return Outcome::Failed;
    const EventStatistics statistics = EventStatistics::of(*store);
    if (parser.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(QJsonDocument(statistics.toJson()).toJson(QJsonDocument::Indented));
    else
        out << statistics.toText();
    if (!parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("contacts")))
        out << QLatin1Char('\n') << statistics.contacts().toText();
    return Outcome::Success;
}

} // namespace standlab::cli
