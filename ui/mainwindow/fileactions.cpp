// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "io/eventbundle.h"
#include "io/outputguard.h"
#include "prompts.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace standlab {

QString FileActions::suggestedPath(const Store& store, const QString& suffix, const QString& extension)
{
    const QFileInfo info(store.path());
    return info.dir().filePath(info.completeBaseName() + suffix + extension);
}

bool FileActions::writeCopy(const Store& store, const QString& destination, QString* error)
{
    const QString clash = OutputGuard::problem(destination, store.path());
    if (!clash.isEmpty()) {
        if (error)
            *error = clash;
        return false;
    }
    return store.saveCopy(destination, error);
}

bool FileActions::writeBundle(const Store& store, const QString& destination, QString* error)
{
    const QString clash = OutputGuard::problem(destination, store.path());
    if (!clash.isEmpty()) {
        if (error)
            *error = clash;
        return false;
    }
    const QByteArray json = QJsonDocument(EventBundle::write(store)).toJson(QJsonDocument::Indented);
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(destination), file.errorString());
        return false;
    }
    return true;
}

QString FileActions::saveCopy(QWidget* parent, const Store& store)
{
    QString destination = Prompts::saveFile(parent, tr("Save a copy"),
                                            suggestedPath(store, tr(" (copy)"), QStringLiteral(".standlab")),
                                            Prompts::eventFilter());
    if (destination.isEmpty())
        return {};
    if (!destination.endsWith(QLatin1String(".standlab"), Qt::CaseInsensitive))
        destination += QStringLiteral(".standlab");
    QString error;
    if (!writeCopy(store, destination, &error)) {
        Prompts::warning(parent, tr("Save a copy"), error);
        return {};
    }
    return destination;
}

QString FileActions::exportBundle(QWidget* parent, const Store& store)
{
    QString destination = Prompts::saveFile(parent, tr("Export event as JSON bundle"),
                                            suggestedPath(store, QString(), QStringLiteral(".json")),
                                            Prompts::jsonFilter());
    if (destination.isEmpty())
        return {};
    if (!destination.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        destination += QStringLiteral(".json");
    QString error;
    if (!writeBundle(store, destination, &error)) {
        Prompts::warning(parent, tr("Export event as JSON bundle"), error);
        return {};
    }
    return destination;
}

} // namespace standlab
