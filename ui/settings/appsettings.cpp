// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "sync/laptopidentity.h"

#include <QDir>
#include <QSysInfo>
#include <QSettings>
#include <QUuid>

namespace standlab {

namespace {
const QString laptopIdKey = QStringLiteral("identity/laptopId");
const QString laptopNameKey = QStringLiteral("identity/laptopName");
const QString languageKey = QStringLiteral("ui/language");
const QString syncFolderKey = QStringLiteral("sync/folder");
} // namespace

// The identity lives in core (LaptopIdentity) so standlab-cli writes with the same id and name.
QString AppSettings::laptopId()
{
    return LaptopIdentity::id();
}

QString AppSettings::laptopName()
{
    return LaptopIdentity::name();
}

void AppSettings::setLaptopName(const QString& name)
{
    LaptopIdentity::setName(name);
}

QString AppSettings::defaultLaptopName()
{
    return LaptopIdentity::defaultName();
}

QString AppSettings::syncFolder()
{
    return QSettings().value(syncFolderKey).toString();
}

void AppSettings::setSyncFolder(const QString& folder)
{
    QSettings settings;
    const QString trimmed = folder.trimmed();
    const QString cleaned = trimmed.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(trimmed));
    if (cleaned.isEmpty())
        settings.remove(syncFolderKey);
    else
        settings.setValue(syncFolderKey, cleaned);
}

QString AppSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QVector<AppSettings::Language> AppSettings::languages()
{
    return {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ca"), QStringLiteral("Català")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString AppSettings::applicationVersion()
{
#ifdef STANDLAB_VERSION
    return QStringLiteral(STANDLAB_VERSION);
#else
    return QString();
#endif
}

} // namespace standlab
