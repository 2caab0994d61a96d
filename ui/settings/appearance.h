// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace standlab {

// The look of the app: the system's, or a light or dark palette of our own for laptops whose desktop
// gives none (and for a dim room at the stand). Applied once at start, before any window exists.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(standlab::Appearance)

public:
    struct Choice
    {
        QString code; // "", "light" or "dark"
        QString name;
    };

    static QVector<Choice> choices();
    // The choice saved in Preferences ("" follows the system).
    static QString saved();
    static void save(const QString& code);
    // Sets the style and palette for `code`; an unknown code keeps the system look.
    static void apply(const QString& code);
};

} // namespace standlab
