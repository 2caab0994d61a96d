// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "io/formatregistry.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace standlab::cli {

QString ImportCommand::summary() const
{
    return tr("Bring data into an event (a new event is created when FILE does not exist).");
}

QString ImportCommand::synopsis() const
{
    return tr("import FILE --format %1 INPUT [--dry-run] [--mapping M.json] [--timezone ZONE]")
        .arg(FormatRegistry::builtIn().importNames().join(QLatin1Char('|')));
}

QStringList ImportCommand::argumentNames() const
{
    return {tr("FILE"), tr("INPUT")};
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        tr("The format: %1.").arg(FormatRegistry::builtIn().importNames().join(QStringLiteral(", "))), tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Report what would happen and change nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("mapping"), tr("A saved column mapping (JSON)."), tr("M.json")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("timezone"),
        tr("For frab-xml and frab-json: the time zone (an IANA name such as Europe/Brussels) of a schedule "
           "whose times carry neither a zone nor offsets. Without it they are read in the event's zone."),
        tr("ZONE")));
}

Command::Outcome ImportCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    const QString formatName = parser.value(QStringLiteral("format"));
    const FormatRegistry::ImportFormat* format = FormatRegistry::builtIn().importFormat(formatName);
    if (!format) {
        *error = formatName.isEmpty()
            ? tr("--format is required (%1).").arg(FormatRegistry::builtIn().importNames().join(QStringLiteral(", ")))
            : tr("unknown format “%1”; known formats: %2.")
                  .arg(formatName, FormatRegistry::builtIn().importNames().join(QStringLiteral(", ")));
        return Outcome::UsageError;
    }
    const QString path = parser.positionalArguments().at(0);
    ImportRequest request;
    request.input = parser.positionalArguments().at(1);
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.mapping = parser.value(QStringLiteral("mapping"));
    request.timeZone = parser.value(QStringLiteral("timezone"));
    if (!QFileInfo(request.input).isFile()) {
        *error = tr("import: cannot read “%1”: no such file.").arg(QDir::toNativeSeparators(request.input));
        return Outcome::Failed;
    }

    const bool creating = !QFileInfo::exists(path);
    // A dry run into a new file builds that event in a private folder of the system's temporary space,
    // never at FILE: whether the run ends, fails or is killed, FILE does not appear. (Declared before
    // the store, so the store is closed before the folder is removed.)
    std::unique_ptr<QTemporaryDir> scratch;
    QString target = path;
    if (creating && request.dryRun) {
        if (!QFileInfo(path).absoluteDir().exists()) {
            *error = tr("import: cannot create “%1”: the folder %2 does not exist.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            return Outcome::Failed;
        }
        scratch = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("standlab-dry-run-XXXXXX")));
        if (!scratch->isValid()) {
            *error = tr("import: the dry run needs a temporary folder and none could be made: %1").arg(scratch->errorString());
            return Outcome::Failed;
        }
        target = scratch->filePath(QFileInfo(path).fileName());
    }
    std::unique_ptr<Store> store = creating ? Store::create(target, OpenOptions(), error) : Store::open(path, OpenOptions(), error);
    if (!store)
        return Outcome::Failed;
    if (store->isReadOnly()) {
        *error = store->readOnlyReason();
        return Outcome::Failed;
    }
    const auto discardNewFile = [&store, &target, creating] {
        if (!creating)
            return;
        store.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
    };
    if (format->wholeEvent && !creating && store->count(QStringLiteral("event")) > 0) {
        *error = tr("import: “%1” already holds an event; a %2 import goes into a new file. Give a FILE that does not exist yet.")
                     .arg(QDir::toNativeSeparators(path), format->name);
        return Outcome::Failed;
    }
    ImportReport report;
    if (!format->read(*store, request, &report, error)) {
        discardNewFile();
        return Outcome::Failed;
    }
    if (request.dryRun)
        discardNewFile();
    for (const QString& line : std::as_const(report.lines))
        out << line << Qt::endl;
    // A large import is saved before it is indexed for search; a script expects a finished file.
    QString why;
    if (!request.dryRun && !store->catchUpSearchIndex(0, &why)) {
        *error = tr("import: the rows are saved in “%1”, but they could not be indexed for search yet: %2. "
                    "Stand Lab indexes them the next time it opens the event.")
                     .arg(QDir::toNativeSeparators(path), why);
        return Outcome::Failed;
    }
    return Outcome::Success;
}

} // namespace standlab::cli
