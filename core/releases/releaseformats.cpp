// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaseformats.h"

#include "changereport.h"
#include "csv/csvwriter.h"
#include "io/formatregistry.h"
#include "releasebook.h"

namespace standlab {

namespace {

FormatRegistry::Writer changes(bool json)
{
    return [json](const Store& store, const ExportRequest& request, QString* error) {
        if (request.since.isEmpty()) {
            if (error)
                *error = ReleaseFormats::tr("This export needs --since NAME, the release to compare with.");
            return false;
        }
        const std::optional<ChangeReport> report = ChangeReport::sinceRelease(store, request.since, error);
        if (!report)
            return false;
        return CsvWriter::writeFileAtomically(request.output, json ? report->json() : report->markdown(), error);
    };
}

// The words of the HTML programme's list of changes, in the four print languages (the interface's
// translation does not apply: an organiser may print in another language than the app's).
QString printed(const QString& language, int index)
{
    static const char* const words[][8] = {
        {"Changes since %1", "Changes in %1 since %2", "Added", "Cancelled", "Removed", "Moved", "Renamed",
         "Speakers changed"},
        {"Cambios desde %1", "Cambios en %1 desde %2", "Añadidas", "Canceladas", "Retiradas", "Movidas",
         "Con nuevo título", "Cambios de ponentes"},
        {"Canvis des de %1", "Canvis a %1 des de %2", "Afegides", "Cancel·lades", "Retirades", "Mogudes",
         "Amb títol nou", "Canvis de ponents"},
        {"Changements depuis %1", "Changements dans %1 depuis %2", "Ajoutées", "Annulées", "Retirées",
         "Déplacées", "Renommées", "Intervenants modifiés"},
    };
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ca"),
                                   QStringLiteral("fr")};
    const int row = qMax(0, int(languages.indexOf(language)));
    return QString::fromUtf8(words[row][index]);
}

} // namespace

void ReleaseFormats::registerIn(FormatRegistry& registry)
{
    registry.addExport({QStringLiteral("changes"),
                        tr("What changed in the programme since a release (--since NAME), as Markdown."),
                        changes(false)});
    registry.addExport({QStringLiteral("changes-json"),
                        tr("What changed in the programme since a release (--since NAME), as JSON."),
                        changes(true)});
}

bool ReleaseFormats::limitToChanges(const Store& store, const QString& name, ProgrammeFormat format,
                                    ProgrammeOptions* options, QString* error)
{
    const std::optional<ChangeReport> report = ChangeReport::sinceRelease(store, name, error);
    if (!report)
        return false;
    const QSet<QString> pages = ProgrammeChanges::pages(report->changes);
    if (pages.isEmpty()) {
        if (error)
            *error = tr("Nothing printed has changed since release “%1”: there are no pages to print again.")
                         .arg(report->since.name);
        return false;
    }
    QList<QDate> days;
    for (const QDate& day : ProgrammeChanges::days(report->changes))
        if (options->includesDay(day))
            days << day;
    std::sort(days.begin(), days.end());
    if (days.isEmpty()) {
        if (error)
            *error = tr("The days chosen hold none of the changes since release “%1”.").arg(report->since.name);
        return false;
    }
    options->days = days;
    if (format == ProgrammeFormat::DoorSigns) {
        QStringList spaces;
        for (const QString& page : pages) {
            const QString space = page.section(QLatin1Char('|'), 1);
            if (!space.isEmpty() && options->includesSpace(space) && !spaces.contains(space))
                spaces << space;
        }
        options->spaceIds = spaces;
        options->onlySigns = QStringList(pages.cbegin(), pages.cend());
    }
    return true;
}

QString ReleaseFormats::scheduleVersion(const Store& store, const QString& fingerprint)
{
    const std::optional<Release> latest = ReleaseBook(store).latest();
    if (!latest)
        return fingerprint;
    const std::optional<ChangeReport> report = ChangeReport::sinceRelease(store, latest->id, nullptr);
    if (report && report->changes.isEmpty())
        return latest->name;
    return latest->name + QLatin1Char('+') + fingerprint;
}

QString ReleaseFormats::printedKind(const QString& language, int kind)
{
    return printed(language, 2 + qBound(0, kind, int(ProgrammeChange::Speakers)));
}

QString ReleaseFormats::htmlChanges(const Store& store, const QString& language)
{
    const std::optional<ChangeReport> report = ChangeReport::forPublication(store);
    if (!report)
        return {};
    const QString title = report->untilName.isEmpty()
        ? printed(language, 0).arg(report->since.name)
        : printed(language, 1).arg(report->untilName, report->since.name);
    QString html = QStringLiteral("<aside class=\"changes\"><h2>%1</h2>").arg(title.toHtmlEscaped());
    for (int kind = ProgrammeChange::Added; kind <= ProgrammeChange::Speakers; ++kind) {
        QString items;
        for (const ProgrammeChange& change : report->changes) {
            if (change.kind != kind)
                continue;
            QString detail = change.before;
            if (!change.after.isEmpty())
                detail = detail.isEmpty() ? change.after : detail + QStringLiteral(" \u2192 ") + change.after;
            items += QStringLiteral("<li><b>%1</b>: %2</li>").arg(change.title.toHtmlEscaped(), detail.toHtmlEscaped());
        }
        if (!items.isEmpty())
            html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(printed(language, 2 + kind).toHtmlEscaped(), items);
    }
    return html + QStringLiteral("</aside>\n");
}

} // namespace standlab
