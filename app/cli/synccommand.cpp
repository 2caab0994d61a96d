// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "io/outputguard.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "sync/eventfilepackage.h"
#include "sync/laptopidentity.h"
#include "sync/syncexporter.h"
#include "sync/syncfolder.h"
#include "sync/syncledger.h"
#include "sync/syncmerger.h"
#include "sync/syncpackagevalidator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace standlab::cli {

QString SyncCommand::summary() const
{
    return tr("Share changes with other laptops: write a sync package, merge packages, list conflicts.");
}

QString SyncCommand::synopsis() const
{
    return tr("sync export FILE --output PKG [--since-peer NAME] | sync import FILE PKG|OTHER.standlab… | "
              "sync import FILE --folder DIR | sync conflicts FILE");
}

QStringList SyncCommand::argumentNames() const
{
    return {tr("ACTION"), tr("FILE")};
}

void SyncCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("export: the package file to write."), tr("PKG")));
    parser.addOption(QCommandLineOption(QStringLiteral("since-peer"),
                                        tr("export: only what the laptop NAME is missing (by its name or id)."),
                                        tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("folder"),
                                        tr("import: every package in the sync folder DIR this file has not received "
                                           "yet; this laptop's own and unreadable ones are left out."),
                                        tr("DIR")));
}

Command::Outcome SyncCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.at(0);
    const QString path = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (action != QLatin1String("export") && action != QLatin1String("import") && action != QLatin1String("conflicts")) {
        *error = tr("unknown action “%1”; use export, import or conflicts.").arg(action);
        return Outcome::UsageError;
    }
    if (action == QLatin1String("export") && (!parser.isSet(QStringLiteral("output")) || !rest.isEmpty())) {
        *error = rest.isEmpty() ? tr("export needs --output PKG.") : tr("unexpected argument “%1”.").arg(rest.first());
        return Outcome::UsageError;
    }
    const bool fromFolder = parser.isSet(QStringLiteral("folder"));
    if (action == QLatin1String("import") && rest.isEmpty() && !fromFolder) {
        *error = tr("import needs at least one package: sync import FILE PKG…");
        return Outcome::UsageError;
    }
    if (fromFolder && action != QLatin1String("import")) {
        *error = tr("--folder belongs to sync import.");
        return Outcome::UsageError;
    }
    if (fromFolder && !rest.isEmpty()) {
        *error = tr("give either packages or --folder DIR, not both.");
        return Outcome::UsageError;
    }
    const QString folder = parser.value(QStringLiteral("folder"));
    if (fromFolder && !QFileInfo(folder).isDir()) {
        *error = tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(folder));
        return Outcome::Failed;
    }
    if (action == QLatin1String("conflicts") && !rest.isEmpty()) {
        *error = tr("unexpected argument “%1”.").arg(rest.first());
        return Outcome::UsageError;
    }
    if (action != QLatin1String("export") && (parser.isSet(QStringLiteral("output")) || parser.isSet(QStringLiteral("since-peer")))) {
        *error = tr("--output and --since-peer belong to sync export.");
        return Outcome::UsageError;
    }

    if (action == QLatin1String("export")) { // a package written over the event would replace it
        const QString clash = OutputGuard::problem(parser.value(QStringLiteral("output")), path);
        if (!clash.isEmpty()) {
            *error = clash;
            return Outcome::Failed;
        }
    }
    OpenOptions options; // this laptop's identity, the same one the GUI writes with
    options.readOnly = action == QLatin1String("conflicts");
    const std::unique_ptr<Store> store = Store::open(path, options, error);
    if (!store)
        return Outcome::Failed;
    if (const QString warning = SyncPackageValidator::wallClockWarning(*store); !warning.isEmpty())
        QTextStream(stderr) << warning << Qt::endl;
    if (action == QLatin1String("export"))
        return exportPackage(*store, parser, out, error);
    if (action == QLatin1String("import"))
        return fromFolder ? importFolder(*store, folder, out, error) : importPackages(*store, rest, out, error);
    return listConflicts(*store, out);
}

Command::Outcome SyncCommand::exportPackage(Store& store, const QCommandLineParser& parser, QTextStream& out,
                                            QString* error)
{
    const SyncExporter exporter(store, LaptopIdentity::name());
    const QString peer = parser.value(QStringLiteral("since-peer"));
    QString note;
    // Two laptops may share a name: then the id decides, and the CLI says which ids there are.
    const std::optional<SyncPackage> built = peer.isEmpty() ? exporter.build() : exporter.buildFor(peer, &note, error);
    if (!built)
        return Outcome::Failed;
    const SyncPackage& package = *built;
    const QString output = parser.value(QStringLiteral("output"));
    if (!exporter.write(package, output, peer, error))
        return Outcome::Failed;
    if (!note.isEmpty())
        out << note << Qt::endl;
    out << tr("Wrote %1: %n change(s) from %2.", nullptr, package.rowCount())
               .arg(QDir::toNativeSeparators(output), package.laptopName)
        << Qt::endl;
    return Outcome::Success;
}

Command::Outcome SyncCommand::importPackages(Store& store, const QStringList& paths, QTextStream& out, QString* error)
{
    // Every package is read and checked before anything is merged: one bad file, nothing applied.
    QVector<SyncPackage> packages;
    QStringList names;
    for (const QString& path : paths) {
        // Another copy of the event, e-mailed whole, is read as a package of everything it holds.
        std::optional<SyncPackage> package = EventFilePackage::looksLikeEventFile(path)
                                                 ? EventFilePackage::read(path, store, error)
                                                 : SyncPackage::read(path, error);
        if (!package)
            return Outcome::Failed;
        packages << *package;
        names << QFileInfo(path).fileName();
    }
    SyncMerger merger(store);
    SyncSummary summary;
    if (!merger.merge(packages, names, &summary, error))
        return Outcome::Failed;
    out << summary.toText() << Qt::endl;
    return Outcome::Success;
}

Command::Outcome SyncCommand::importFolder(Store& store, const QString& folder, QTextStream& out, QString* error)
{
    SyncFolder syncFolder(store, folder);
    SyncFolder::Result result;
    if (!syncFolder.receive(&result, error))
        return Outcome::Failed;
    if (result.received.isEmpty() && result.problems() == 0)
        out << tr("Nothing new in %1.").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
    else
        out << result.summary.toText() << Qt::endl;
    if (!result.note().isEmpty())
        out << result.note() << Qt::endl;
    // The readable packages are merged all the same; the exit status tells a script that some were not.
    if (result.problems() > 0) {
        *error = tr("%n package(s) in %1 could not be received; the others were merged.", nullptr, result.problems())
                     .arg(QDir::toNativeSeparators(folder));
        return Outcome::Failed;
    }
    return Outcome::Success;
}

Command::Outcome SyncCommand::listConflicts(Store& store, QTextStream& out)
{
    const SyncLedger ledger(store);
    const QVector<SyncLedger::Conflict> conflicts = ledger.conflicts();
    if (conflicts.isEmpty()) {
        out << tr("No conflicts: no field was changed on two laptops before they met.") << Qt::endl;
        return Outcome::Success;
    }
    for (const SyncLedger::Conflict& conflict : conflicts) {
        const QString state = conflict.resolution == QLatin1String("open") ? tr("open")
            : conflict.resolution == QLatin1String("picked_other") ? tr("other value picked")
                                                                   : tr("kept");
        out << tr("%1 “%2”, %3: kept “%4” (%5), other “%6” (%7) [%8]")
                   .arg(SyncSummary::tableLabel(conflict.table), ledger.describeRow(conflict.table, conflict.rowId),
                        conflict.column, conflict.keptValue.toString(), ledger.nameOf(conflict.keptLaptop),
                        conflict.otherValue.toString(), ledger.nameOf(conflict.otherLaptop), state)
            << Qt::endl;
    }
    return Outcome::Success;
}

} // namespace standlab::cli
