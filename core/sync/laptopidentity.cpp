// SPDX-License-Identifier: GPL-3.0-or-later
#include "laptopidentity.h"

#include <QSettings>
#include <QSysInfo>
#include <QUuid>

namespace standlab {
namespace {

const QString idKey = QStringLiteral("identity/laptopId");
const QString nameKey = QStringLiteral("identity/laptopName");

// Organisation-wide settings (not the running program's own file), so standlab-cli, which has no
// organisation of its own, and the GUI read and write the same identity.
QString organisation()
{
    const QString name = QCoreApplication::organizationName();
    return name.isEmpty() ? QStringLiteral("StandLab") : name;
}

QString read(const QString& key)
{
    const QString shared = QSettings(organisation()).value(key).toString();
    if (!shared.isEmpty())
        return shared;
    // Earlier versions kept the identity in the GUI's own settings file.
    return QSettings(organisation(), QStringLiteral("Stand Lab")).value(key).toString();
}

} // namespace

QString LaptopIdentity::id()
{
    QString id = read(idKey);
    if (QUuid::fromString(id).isNull())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSettings store(organisation());
    if (store.value(idKey).toString() != id) {
        store.setValue(idKey, id);
        store.sync();
    }
    return id;
}

QString LaptopIdentity::name()
{
    const QString name = read(nameKey).trimmed();
    return name.isEmpty() ? defaultName() : name;
}

void LaptopIdentity::setName(const QString& name)
{
    QSettings store(organisation());
    QSettings(organisation(), QStringLiteral("Stand Lab")).remove(nameKey); // no stale name shadows it
    if (name.trimmed().isEmpty() || name.trimmed() == defaultName())
        store.remove(nameKey);
    else
        store.setValue(nameKey, name.trimmed());
    store.sync();
}

QString LaptopIdentity::defaultName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? tr("This laptop") : host;
}

} // namespace standlab
