// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentformats.h"

#include "datasetscsv.h"
#include "documentrevisions.h"
#include "io/formatregistry.h"
#include "planmarkdownwriter.h"
#include "planpdfwriter.h"
#include "store/store.h"

#include <QPageSize>

namespace standlab {

QString DocumentFormats::eventName(const Store& store)
{
    const QVector<Row> events = store.rows(QStringLiteral("event"));
    return events.isEmpty() ? QString() : events.first().value(QStringLiteral("name")).toString();
}

std::optional<DocumentSnapshot> DocumentFormats::resolve(const Store& store, const QString& document,
                                                         const QString& revision, PlanFormat::Version* version,
                                                         QString* error)
{
    DocumentRevisions revisions(const_cast<Store&>(store));
    const QString wanted = document.trimmed().isEmpty() ? QStringLiteral("action_plan") : document;
    const std::optional<Document> found = revisions.findDocument(wanted);
    if (!found) {
        if (error)
            *error = tr("There is no document “%1” in this file.").arg(wanted);
        return std::nullopt;
    }
    if (revision.trimmed().isEmpty()) {
        if (version)
            *version = {QString(), QDateTime::currentDateTime()};
        return DocumentSnapshot::fromStore(store, found->id);
    }
    const std::optional<Revision> saved = revisions.findByName(found->id, revision);
    if (!saved) {
        if (error)
            *error = tr("“%1” has no revision “%2”.").arg(found->title, revision);
        return std::nullopt;
    }
    if (version)
        *version = {saved->name, QDateTime::fromString(saved->takenAt, Qt::ISODate)};
    return revisions.snapshot(*saved, error);
}

bool DocumentFormats::writePdf(const Store& store, const ExportRequest& request, QString* error)
{
    PlanFormat::Version version;
    const std::optional<DocumentSnapshot> snapshot = resolve(store, request.document, request.revision, &version, error);
    if (!snapshot)
        return false;
    PlanPdfWriter::Options options;
    options.eventName = eventName(store);
    if (request.paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize(QPageSize::Letter);
    return PlanPdfWriter::write(*snapshot, version, request.output, options, error);
}

bool DocumentFormats::writeMarkdown(const Store& store, const ExportRequest& request, QString* error)
{
    PlanFormat::Version version;
    const std::optional<DocumentSnapshot> snapshot = resolve(store, request.document, request.revision, &version, error);
    if (!snapshot)
        return false;
    return PlanMarkdownWriter::write(*snapshot, version, request.output, error);
}

void DocumentFormats::registerIn(FormatRegistry& registry)
{
    registry.addExport({QStringLiteral("plan-pdf"),
                        tr("An outcome document (--document, default the Action Plan) as a PDF, current or at "
                           "--revision."),
                        &DocumentFormats::writePdf});
    registry.addExport({QStringLiteral("plan-md"),
                        tr("An outcome document as Markdown, current or at --revision."),
                        &DocumentFormats::writeMarkdown});
    registry.addExport({QStringLiteral("datasets-csv"), tr("The hackathon's datasets as CSV."),
                        [](const Store& store, const ExportRequest& request, QString* error) {
                            return DatasetsCsv::write(store, request.output, error);
                        }});
    registry.addImport({QStringLiteral("datasets-csv"),
                        tr("Datasets from CSV (name, publisher, city, licence, format, access, link, working line)."),
                        &DatasetsCsv::import, false});
}

} // namespace standlab
