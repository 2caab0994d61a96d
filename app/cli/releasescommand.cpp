// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasescommand.h"

#include "releases/releasebook.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace standlab::cli {

QString ReleasesCommand::summary() const
{
    return tr("List the releases of the programme: name, when, note, number of sessions.");
}

QString ReleasesCommand::synopsis() const
{
    return tr("releases FILE [--json]");
}

QStringList ReleasesCommand::argumentNames() const
{
    return {tr("FILE")};
}

void ReleasesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), tr("Print a JSON array of {\"name\", \"released_at\", \"note\", \"sessions\"}.")));
}

Command::Outcome ReleasesCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    OpenOptions options;
    options.readOnly = true; // listing only looks
    const std::unique_ptr<Store> store = Store::open(parser.positionalArguments().at(0), options, error);
    if (!store)
        return Outcome::Failed;
    const QVector<Release> releases = ReleaseBook(*store).list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Release& release : releases)
            list.append(QJsonObject{{QStringLiteral("name"), release.name},
                                    {QStringLiteral("released_at"), release.releasedAt},
                                    {QStringLiteral("note"), release.note},
                                    {QStringLiteral("sessions"), ReleaseBook::sessionCount(release)},
                                    {QStringLiteral("id"), release.id}});
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Outcome::Success;
    }
    if (releases.isEmpty())
        out << tr("No releases yet; make one with: standlab-cli release FILE --name v1") << Qt::endl;
    for (const Release& release : releases) {
        out << tr("%1\t%2\t%n session(s)", nullptr, ReleaseBook::sessionCount(release)).arg(release.name, release.releasedAt);
        if (!release.note.isEmpty())
            out << QLatin1Char('\t') << release.note;
        out << Qt::endl;
    }
    return Outcome::Success;
}

} // namespace standlab::cli
