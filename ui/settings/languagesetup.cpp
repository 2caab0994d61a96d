// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetup.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace standlab {

QString LanguageSetup::install(const QString& override)
{
    QString code = override.isEmpty() ? AppSettings::language() : override;
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("standlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code.isEmpty() ? locale.name().section(QLatin1Char('_'), 0, 0) : code;
}

} // namespace standlab
