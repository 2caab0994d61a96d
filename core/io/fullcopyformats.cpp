// SPDX-License-Identifier: GPL-3.0-or-later
#include "fullcopyformats.h"

#include "eventbundle.h"
#include "formatregistry.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace standlab {

namespace {

bool writeBundle(const Store& store, const ExportRequest& request, QString* error)
{
    QSaveFile file(request.output);
    const QByteArray json = QJsonDocument(EventBundle::write(store)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = FullCopyFormats::tr("Cannot write “%1”: %2.")
                         .arg(QDir::toNativeSeparators(request.output), file.errorString());
        return false;
    }
    return true;
}

bool readBundle(Store& store, const ImportRequest& request, ImportReport* report, QString* error)
{
    QFile file(request.input);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = FullCopyFormats::tr("Cannot read “%1”: %2.")
                         .arg(QDir::toNativeSeparators(request.input), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = FullCopyFormats::tr("“%1” is not valid JSON (at byte %2: %3).")
                         .arg(QDir::toNativeSeparators(request.input))
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    QString why;
    if (request.dryRun) {
        if (report)
            report->lines << FullCopyFormats::tr("The bundle is readable; nothing was imported (dry run).");
        return true;
    }
    if (!EventBundle::read(store, document.object(), &why)) {
        if (error)
            *error = FullCopyFormats::tr("Cannot import “%1”: %2").arg(QDir::toNativeSeparators(request.input), why);
        return false;
    }
    if (report)
        report->lines << FullCopyFormats::tr("Imported the whole event from “%1”.").arg(QDir::toNativeSeparators(request.input));
    return true;
}

} // namespace

void FullCopyFormats::registerIn(FormatRegistry& registry)
{
    registry.addExport({QStringLiteral("json"), tr("The whole event as a JSON bundle, importable into a new file."),
                        writeBundle});
    registry.addExport({QStringLiteral("copy"), tr("A consistent copy of the .standlab file."),
                        [](const Store& store, const ExportRequest& request, QString* error) {
                            return store.saveCopy(request.output, error);
                        }});
    registry.addImport({QStringLiteral("json"), tr("A JSON bundle of a whole event, into a new file."), readBundle, true});
}

} // namespace standlab
