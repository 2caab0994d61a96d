// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace standlab {

// The application's own preferences kept in QSettings: this laptop's identity, the sync folder and the
// language.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    struct Language
    {
        QString code; // empty: follow the system
        QString name; // in its own language, so anyone can find theirs
    };

    // A UUID made once per installation; it stamps every row this laptop writes.
    static QString laptopId();
    static QString laptopName();
    static void setLaptopName(const QString& name);
    static QString defaultLaptopName();

    // Where this laptop's sync packages are written and the others' are found: a USB stick, or a folder
    // that Syncthing or a network share keeps in step. Empty: none chosen.
    static QString syncFolder();
    static void setSyncFolder(const QString& folder);

    // The language chosen in Preferences, or empty to follow the system.
    static QString language();
    static void setLanguage(const QString& code);
    static QVector<Language> languages();

    // The version the build was configured with (CMake's PROJECT_VERSION).
    static QString applicationVersion();
};

} // namespace standlab
