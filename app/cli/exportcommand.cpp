// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "io/formatregistry.h"
#include "io/outputguard.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace standlab::cli {

namespace {

QStringList listOption(const QCommandLineParser& parser, const QString& name)
{
    QStringList values;
    for (const QString& value : parser.values(name))
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << part.trimmed();
    return values;
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Write the event, or part of it, in another format (PDF, calendar, schedule, spreadsheet…).");
}

QString ExportCommand::synopsis() const
{
    return tr("export FILE --format %1 --output PATH [--lang L] [--days D,…] [--lines L,…] [--paper a4|letter]")
        .arg(FormatRegistry::builtIn().exportNames().join(QLatin1Char('|')));
}

QStringList ExportCommand::argumentNames() const
{
    return {tr("FILE")};
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    const auto value = [&parser](const char* name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), help, valueName));
    };
    value("format", tr("The format: %1.").arg(FormatRegistry::builtIn().exportNames().join(QStringLiteral(", "))),
          tr("NAME"));
    value("output", tr("The file to write; an existing file is replaced in one step."), tr("PATH"));
    value("lang", tr("The language of printed labels: en, es, ca or fr."), tr("L"));
    value("days", tr("Only these days (ISO dates, comma-separated)."), tr("D,…"));
    value("lines", tr("Only these working lines (names or ids, comma-separated)."), tr("L,…"));
    value("spaces", tr("Only these spaces (names or ids, comma-separated)."), tr("S,…"));
    value("statuses", tr("Only sessions with these statuses (comma-separated)."), tr("S,…"));
    value("paper", tr("Paper size: a4 or letter."), tr("SIZE"));
    value("document", tr("The outcome document to export, by name."), tr("NAME"));
    value("revision", tr("A saved revision of that document, by name."), tr("NAME"));
    value("person", tr("Only this person's sessions (name or id)."), tr("NAME"));
    value("since", tr("The release to compare with (changes, changes-json)."), tr("NAME"));
    value("changed-since", tr("Only what changed since this release (signs, poster, letters, letters-pdf)."),
          tr("NAME"));
}

Command::Outcome ExportCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    const QString formatName = parser.value(QStringLiteral("format"));
    const FormatRegistry::ExportFormat* format = FormatRegistry::builtIn().exportFormat(formatName);
    if (!format) {
        *error = formatName.isEmpty()
            ? tr("--format is required (%1).").arg(FormatRegistry::builtIn().exportNames().join(QStringLiteral(", ")))
            : tr("unknown format “%1”; known formats: %2.")
                  .arg(formatName, FormatRegistry::builtIn().exportNames().join(QStringLiteral(", ")));
        return Outcome::UsageError;
    }
    ExportRequest request;
    request.output = parser.value(QStringLiteral("output"));
    if (request.output.isEmpty()) {
        *error = tr("--output is required.");
        return Outcome::UsageError;
    }
    request.language = parser.value(QStringLiteral("lang"));
    if (!request.language.isEmpty()
        && !QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ca"), QStringLiteral("fr")}.contains(request.language)) {
        *error = tr("unknown language “%1”; use en, es, ca or fr.").arg(request.language);
        return Outcome::UsageError;
    }
    request.paper = parser.value(QStringLiteral("paper")).toLower();
    if (!request.paper.isEmpty() && request.paper != QLatin1String("a4") && request.paper != QLatin1String("letter")) {
        *error = tr("unknown paper size “%1”; use a4 or letter.").arg(request.paper);
        return Outcome::UsageError;
    }
    request.days = listOption(parser, QStringLiteral("days"));
    request.lines = listOption(parser, QStringLiteral("lines"));
    request.spaces = listOption(parser, QStringLiteral("spaces"));
    request.statuses = listOption(parser, QStringLiteral("statuses"));
    request.document = parser.value(QStringLiteral("document"));
    request.revision = parser.value(QStringLiteral("revision"));
    request.person = parser.value(QStringLiteral("person"));
    request.since = parser.value(QStringLiteral("since"));
    request.changedSince = parser.value(QStringLiteral("changed-since"));
    const QStringList limitable = {QStringLiteral("signs"), QStringLiteral("poster"), QStringLiteral("letters"),
                                   QStringLiteral("letters-pdf")};
    if (!request.changedSince.isEmpty() && !limitable.contains(format->name)) {
        *error = tr("--changed-since applies to %1, not to %2.").arg(limitable.join(QStringLiteral(", ")), format->name);
        return Outcome::UsageError;
    }

    const QFileInfo target(request.output);
    if (!target.absoluteDir().exists()) {
        *error = tr("export: cannot write “%1”: the folder %2 does not exist.")
                     .arg(QDir::toNativeSeparators(request.output), QDir::toNativeSeparators(target.absolutePath()));
        return Outcome::Failed;
    }
    // Refused before the event is even opened, so it stays exactly as it was.
    const QString clash = OutputGuard::problem(request.output, parser.positionalArguments().at(0));
    if (!clash.isEmpty()) {
        *error = tr("export: %1").arg(clash);
        return Outcome::Failed;
    }
    OpenOptions options;
    // Exporting only reads the event, except for the formats that note in it what they wrote (letters).
    options.readOnly = !format->recordsInEvent;
    const std::unique_ptr<Store> store = Store::open(parser.positionalArguments().at(0), options, error);
    if (!store)
        return Outcome::Failed;
    if (format->recordsInEvent)
        request.record = store.get();
    QStringList notices;
    request.notice = [&notices](const QString& line) { notices << line; };
    if (!format->write(*store, request, error))
        return Outcome::Failed;
    out << tr("Wrote %1").arg(QDir::toNativeSeparators(request.output)) << Qt::endl;
    for (const QString& line : qAsConst(notices))
        out << line << Qt::endl;
    return Outcome::Success;
}

} // namespace standlab::cli
