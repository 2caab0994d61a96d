// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactformats.h"

#include "contactimporter.h"
#include "contactsexporter.h"
#include "io/formatregistry.h"
#include "store/store.h"
#include "xlsxsheetwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace standlab {
namespace {

// A saved column mapping is a few hundred bytes; anything near this is not one.
constexpr qint64 maxMappingSize = qint64(1) << 20;

// The people of the given organisations, in name order; every person when no organisation is given.
QStringList peopleOf(const Store& store, const QStringList& organisationIds)
{
    QStringList ids;
    const QSet<QString> wanted(organisationIds.cbegin(), organisationIds.cend());
    for (const Row& row : store.rows(QStringLiteral("people"), {}, {}, QStringLiteral("name")))
        if (wanted.isEmpty() || wanted.contains(row.value(QStringLiteral("organisation_id")).toString()))
            ids << row.value(QStringLiteral("id")).toString();
    return ids;
}

bool readMapping(const ImportRequest& request, ContactImporter& importer, QString* error)
{
    if (request.mapping.isEmpty()) {
        importer.setMapping(ContactImportMapping::guess(importer.headers()));
        return true;
    }
    QFile file(request.mapping);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ContactFormats::tr("Cannot read the mapping “%1”: %2.")
                     .arg(QDir::toNativeSeparators(request.mapping), file.errorString());
        return false;
    }
    // Refused by its size before it is read, so a huge file costs nothing.
    const QByteArray bytes = file.size() > maxMappingSize ? QByteArray() : file.read(qMin(file.size(), maxMappingSize) + 1);
    if (file.size() > maxMappingSize || bytes.size() > maxMappingSize) {
        *error = ContactFormats::tr("The mapping “%1” is too large (%2 KB); a saved column mapping is never more than "
                                    "%3 KB.")
                     .arg(QDir::toNativeSeparators(request.mapping))
                     .arg(qMax(file.size(), qint64(bytes.size())) >> 10)
                     .arg(maxMappingSize >> 10);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (!json.isObject()) {
        *error = ContactFormats::tr("The mapping “%1” is not a JSON object (%2).")
                     .arg(QDir::toNativeSeparators(request.mapping), parseError.errorString());
        return false;
    }
    QString why;
    const ContactImportMapping mapping = ContactImportMapping::fromJson(json.object(), importer.headers(), &why);
    if (!why.isEmpty()) {
        *error = ContactFormats::tr("The mapping “%1” does not fit: %2").arg(QDir::toNativeSeparators(request.mapping), why);
        return false;
    }
    importer.setMapping(mapping);
    return true;
}

bool readCsv(Store& store, const ImportRequest& request, ImportReport* report, QString* error)
{
    QString why;
    ContactImporter importer(store);
    const QString file = QDir::toNativeSeparators(request.input);
    if (!importer.loadFile(request.input, &why)) {
        *error = why; // the reader names the file and the line
        return false;
    }
    if (!readMapping(request, importer, error))
        return false;
    const ContactImportReport result = request.dryRun ? importer.preview() : importer.apply();
    const QStringList lines = ContactFormats::reportLines(result, request.dryRun);
    if (!result.ok()) {
        // Nothing was written: say so, then every rejected row with its line.
        QStringList why{ContactFormats::tr("%1: nothing imported.").arg(file)};
        if (!result.error.isEmpty())
            why << result.error;
        for (const ImportRejection& rejection : result.rejected)
            why << rejection.reason;
        *error = why.join(QLatin1Char('\n'));
        return false;
    }
    if (report) {
        report->lines << lines;
        report->created = result.organisationsToAdd + result.peopleToAdd;
        report->updated = result.organisationsToUpdate + result.peopleToUpdate;
        report->skipped = int(result.duplicates.size());
    }
    return true;
}

} // namespace

QStringList ContactFormats::reportLines(const ContactImportReport& report, bool dryRun)
{
    QStringList lines;
    if (!report.error.isEmpty())
        lines << report.error;
    lines << (dryRun ? tr("Dry run: nothing was written.") : (report.applied ? tr("Imported.") : tr("Not imported.")));
    lines << tr("Rows read: %1").arg(report.rowsRead);
    lines << tr("Organisations created: %1, updated: %2").arg(report.organisationsToAdd).arg(report.organisationsToUpdate);
    lines << tr("People created: %1, updated: %2").arg(report.peopleToAdd).arg(report.peopleToUpdate);
    lines << tr("Engagements created: %1, updated: %2").arg(report.engagementsToAdd).arg(report.engagementsToUpdate);
    lines << tr("Skipped as duplicates: %1").arg(report.duplicates.size());
    for (const ImportDuplicate& duplicate : report.duplicates)
        lines << (duplicate.earlierLine > 0
                      ? tr("Line %1: duplicate of line %2 (%3): %4")
                            .arg(duplicate.line).arg(duplicate.earlierLine).arg(duplicate.reason, duplicate.name)
                      : tr("Line %1: already in the event (%2): %3").arg(duplicate.line).arg(duplicate.reason, duplicate.name));
    if (!report.rejected.isEmpty())
        lines << tr("Rows rejected: %1").arg(report.rejected.size());
    for (const ImportRejection& rejection : report.rejected)
        lines << rejection.reason;
    return lines;
}

bool ContactFormats::writeCsv(const Store& store, const QString& path, const QStringList& organisationIds, QString* error)
{
    return ContactsExporter(store).writeOrganisationsCsv(path, organisationIds, error);
}

bool ContactFormats::writeXlsx(const Store& store, const QString& path, const QStringList& organisationIds, QString* error)
{
    const ContactsExporter exporter(store);
    XlsxSheetWriter writer;
    writer.addSheet({tr("Organisations"), exporter.organisationHeaders(), exporter.organisationRows(organisationIds)});
    writer.addSheet({tr("People"), exporter.peopleHeaders(), exporter.peopleRows(peopleOf(store, organisationIds))});
    return writer.save(path, error);
}

bool ContactFormats::writeVCards(const Store& store, const QString& path, const QStringList& organisationIds, QString* error)
{
    const QStringList people = peopleOf(store, organisationIds);
    if (!organisationIds.isEmpty() && people.isEmpty())
        return ContactsExporter(store).writeVCards(path, {QStringLiteral("-")}, error); // an empty file, not everyone
    return ContactsExporter(store).writeVCards(path, people, error);
}

void ContactFormats::registerIn(FormatRegistry& registry)
{
    registry.addImport({QStringLiteral("contacts-csv"),
                        tr("Organisations and people from a spreadsheet's CSV, columns mapped from the headers "
                           "(or --mapping); all or nothing."),
                        readCsv});
    registry.addExport({QStringLiteral("contacts-csv"), tr("Organisations with their engagement, as CSV (RFC 4180, UTF-8)."),
                        [](const Store& store, const ExportRequest& request, QString* error) {
                            return writeCsv(store, request.output, {}, error);
                        }});
    registry.addExport({QStringLiteral("contacts-xlsx"), tr("Organisations and people as an .xlsx workbook."),
                        [](const Store& store, const ExportRequest& request, QString* error) {
                            return writeXlsx(store, request.output, {}, error);
                        }});
    registry.addExport({QStringLiteral("vcard"), tr("People as vCard 4.0 (one file, many cards)."),
                        [](const Store& store, const ExportRequest& request, QString* error) {
                            return writeVCards(store, request.output, {}, error);
                        }});
}

} // namespace standlab
