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

// The bundle of the large event of DESIGN.md §7 is 127 MB; parsing takes several times a file's size in
// memory, so a larger file is refused before it is read rather than exhausting the machine.
constexpr qint64 maxBundleSize = qint64(512) << 20;

bool writeBundle(const Store& store, const ExportRequest& request, QString* error)
{
    QSaveFile file(request.output);
    const QByteArray json = QJsonDocument(EventBundle::write(store)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = FullCopyFormats::tr("Cannot write “%1”: %2.")
                         .arg(QDir::toNativeSeparators(request.output), file.errorString());
        return false;
    }
    // A short write (a full disk) sets no error of its own, so its message would only say "Unknown error".
    if (file.write(json) != json.size()) {
        if (error)
            *error = file.error() != QFileDevice::NoError
                ? FullCopyFormats::tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(request.output), file.errorString())
                : FullCopyFormats::tr("Cannot write “%1”: only part of it could be written; the disk may be full.")
                      .arg(QDir::toNativeSeparators(request.output));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
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
    // Refused by its size before it is read (QIODevice::read(n) allocates n bytes up front, so n is the
    // file's own size); the capped read also stops a file that grows meanwhile.
    const QByteArray bytes = file.size() > maxBundleSize ? QByteArray() : file.read(qMin(file.size(), maxBundleSize) + 1);
    if (file.size() > maxBundleSize || bytes.size() > maxBundleSize) {
        if (error)
            *error = FullCopyFormats::tr("“%1” is too large to be an event bundle (%2 MB; bundles of more than %3 MB "
                                         "are refused).")
                         .arg(QDir::toNativeSeparators(request.input))
                         .arg(double(qMax(file.size(), qint64(bytes.size()))) / (1 << 20), 0, 'f', 1)
                         .arg(maxBundleSize >> 20);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = FullCopyFormats::tr("“%1” is not valid JSON (at byte %2: %3).")
                         .arg(QDir::toNativeSeparators(request.input))
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    QString why;
    if (!EventBundle::validate(document.object(), &why)) {
        if (error)
            *error = FullCopyFormats::tr("Cannot import “%1”: %2").arg(QDir::toNativeSeparators(request.input), why);
        return false;
    }
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
