// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeformats.h"

#include "csv/csvwriter.h"
#include "htmlprogramme.h"
#include "io/formatregistry.h"
#include "model/repository.h"
#include "model/space.h"
#include "model/vocabulary.h"
#include "model/workingline.h"
#include "printlabels.h"
#include "programmedata.h"
#include "programmeexporter.h"
#include "programmetable.h"
#include "programmexlsx.h"
#include "releases/releaseformats.h"
#include "store/store.h"

namespace standlab {

namespace {

// Names or ids to ids; the first unknown value is reported.
template <class T>
bool resolve(const Store& store, const QStringList& wanted, QStringList* ids, QString* unknown)
{
    const QVector<Row> rows = store.rows(EntityTraits<T>::table(), {}, {}, {});
    for (const QString& value : wanted) {
        bool found = false;
        for (const Row& row : rows) {
            const T item = Repository<T>::fromRow(row);
            if (item.id == value || item.name.compare(value, Qt::CaseInsensitive) == 0) {
                ids->append(item.id);
                found = true;
            }
        }
        if (!found) {
            *unknown = value;
            return false;
        }
    }
    return true;
}

using PdfWriter = std::function<bool(const Store&, const ProgrammeOptions&, const QString&, QString*)>;

FormatRegistry::Writer through(const PdfWriter& write)
{
    return [write](const Store& store, const ExportRequest& request, QString* error) {
        ProgrammeOptions options;
        if (!ProgrammeFormats::optionsFor(store, request, &options, error))
            return false;
        return write(store, options, request.output, error);
    };
}

PdfWriter pdf(ProgrammeFormat format)
{
    return [format](const Store& store, const ProgrammeOptions& options, const QString& path, QString* error) {
        return ProgrammeExporter::exportPdf(store, format, options, path, error);
    };
}

// The poster and the door signs can be limited to the pages that changed since a release, to reprint only those.
FormatRegistry::Writer printed(ProgrammeFormat format)
{
    return [format](const Store& store, const ExportRequest& request, QString* error) {
        ProgrammeOptions options;
        if (!ProgrammeFormats::optionsFor(store, request, &options, error))
            return false;
        if (!request.changedSince.isEmpty()
            && !ReleaseFormats::limitToChanges(store, request.changedSince, format, &options, error))
            return false;
        return ProgrammeExporter::exportPdf(store, format, options, request.output, error);
    };
}

} // namespace

bool ProgrammeFormats::optionsFor(const Store& store, const ExportRequest& request, ProgrammeOptions* options,
                                  QString* error)
{
    ProgrammeOptions made;
    for (const QString& text : request.days) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid()) {
            if (error)
                *error = tr("“%1” is not a date; give days as YYYY-MM-DD.").arg(text);
            return false;
        }
        made.days << day;
    }
    QString unknown;
    if (!resolve<WorkingLine>(store, request.lines, &made.workingLineIds, &unknown)) {
        if (error)
            *error = tr("There is no working line “%1” in this event.").arg(unknown);
        return false;
    }
    if (!resolve<Space>(store, request.spaces, &made.spaceIds, &unknown)) {
        if (error)
            *error = tr("There is no space “%1” in this event.").arg(unknown);
        return false;
    }
    QStringList statuses;
    for (const Term& term : Vocabulary::sessionStatuses())
        statuses << term.key;
    for (const QString& status : request.statuses) {
        if (!statuses.contains(status)) {
            if (error)
                *error = tr("Unknown status “%1”; use %2.").arg(status, statuses.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (!request.statuses.isEmpty())
        made.statuses = request.statuses;
    const QString paper = request.paper.toLower();
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
        if (error)
            *error = tr("Unknown paper size “%1”; use a4 or letter.").arg(request.paper);
        return false;
    }
    made.paper = paper == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4;
    if (!request.language.isEmpty() && !PrintLabels::languages().contains(request.language)) {
        if (error)
            *error = tr("Unknown label language “%1”; use %2.")
                         .arg(request.language, PrintLabels::languages().join(QStringLiteral(", ")));
        return false;
    }
    made.language = request.language.isEmpty() ? QStringLiteral("en") : request.language;
    *options = made;
    return true;
}

bool ProgrammeFormats::writeHtml(const Store& store, const ProgrammeOptions& options, const QString& path,
                                 QString* error)
{
    const ProgrammeData data = ProgrammeData::load(store, options);
    HtmlProgramme page(data, PrintLabels(options.language));
    page.setChanges(ReleaseFormats::htmlChanges(store, options.language));
    return page.write(path, error);
}

bool ProgrammeFormats::writeCsv(const Store& store, const ProgrammeOptions& options, const QString& path,
                                QString* error)
{
    const PrintLabels labels(options.language);
    const ProgrammeTable table(ProgrammeData::load(store, options), labels);
    CsvWriter writer;
    writer.addRow(table.header());
    for (const QStringList& row : table.rows())
        writer.addRow(row);
    return writer.save(path, error);
}

bool ProgrammeFormats::writeXlsx(const Store& store, const ProgrammeOptions& options, const QString& path,
                                 QString* error)
{
    const PrintLabels labels(options.language);
    const ProgrammeTable table(ProgrammeData::load(store, options), labels);
    return ProgrammeXlsx::write(table, labels.text(PrintLabels::Programme), path, error);
}

void ProgrammeFormats::registerIn(FormatRegistry& registry)
{
    registry.addExport({QStringLiteral("booklet"),
                        tr("The printed programme: a booklet with a cover, the days, and an index of speakers (PDF)."),
                        through(pdf(ProgrammeFormat::Booklet))});
    registry.addExport({QStringLiteral("poster"), tr("One A3 landscape poster per day: spaces across, time down (PDF)."),
                        printed(ProgrammeFormat::Poster)});
    registry.addExport({QStringLiteral("signs"), tr("A door sign per space per day (PDF)."),
                        printed(ProgrammeFormat::DoorSigns)});
    registry.addExport({QStringLiteral("html"),
                        tr("The programme as one web page that works offline, filterable by day and working line."),
                        through(writeHtml)});
    registry.addExport({QStringLiteral("csv"), tr("The programme as CSV, one row per session."), through(writeCsv)});
    registry.addExport({QStringLiteral("xlsx"), tr("The programme as an Excel/LibreOffice workbook."),
                        through(writeXlsx)});
}

} // namespace standlab
