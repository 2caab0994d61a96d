// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasecommand.h"

#include "releases/releasebook.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace standlab::cli {

QString ReleaseCommand::summary() const
{
    return tr("Make a release: a named, frozen copy of the programme as it is now.");
}

QString ReleaseCommand::synopsis() const
{
    return tr("release FILE --name NAME [--note TEXT]");
}

QStringList ReleaseCommand::argumentNames() const
{
    return {tr("FILE")};
}

void ReleaseCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("The release's name (unique in the event), e.g. v1."),
                                        tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("A note kept with the release, e.g. “printed 12 Nov”."),
                                        tr("TEXT")));
}

Command::Outcome ReleaseCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        *error = tr("--name is required (for example --name v1).");
        return Outcome::UsageError;
    }
    const std::unique_ptr<Store> store = Store::open(parser.positionalArguments().at(0), OpenOptions(), error);
    if (!store)
        return Outcome::Failed;
    QString reason;
    const std::optional<Release> release = ReleaseBook::make(*store, name, parser.value(QStringLiteral("note")), &reason);
    if (!release) {
        *error = tr("release: %1").arg(reason);
        return Outcome::Failed;
    }
    out << tr("Released “%1”: %n session(s).", nullptr, ReleaseBook::sessionCount(*release)).arg(release->name)
        << Qt::endl;
    return Outcome::Success;
}

} // namespace standlab::cli
