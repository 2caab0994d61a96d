// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSysInfo>
#include <QSettings>
#include <QUuid>

namespace standlab {

namespace {
const QString laptopIdKey = QStringLiteral("identity/laptopId");
const QString laptopNameKey = QStringLiteral("identity/laptopName");
const QString languageKey = QStringLiteral("ui/language");
} // namespace

QString AppSettings::laptopId()
{
    QSettings settings;
    QString id = settings.value(laptopIdKey).toString();
    if (QUuid::fromString(id).isNull()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(laptopIdKey, id);
    }
    return id;
}

QString AppSettings::laptopName()
{
    const QString name = QSettings().value(laptopNameKey).toString().trimmed();
    return name.isEmpty() ? defaultLaptopName() : name;
}

void AppSettings::setLaptopName(const QString& name)
{
    QSettings settings;
    if (name.trimmed().isEmpty() || name.trimmed() == defaultLaptopName())
        settings.remove(laptopNameKey);
    else
        settings.setValue(laptopNameKey, name.trimmed());
}

QString AppSettings::defaultLaptopName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? tr("This laptop") : host;
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
