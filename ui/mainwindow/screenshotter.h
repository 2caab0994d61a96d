// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <functional>

class QWidget;

namespace standlab {

class AppController;
class MainWindow;

// The hidden screenshot mode: opens an event, grabs every page of the main window and every dialog
// to PNG files, so the app can be looked at without a display.
class Screenshotter
{
    Q_DECLARE_TR_FUNCTIONS(Screenshotter)

public:
    struct Shot
    {
        QString name;
        // Opens the dialog or window to grab; it is closed again afterwards.
        std::function<QWidget*(AppController&, MainWindow&)> open;
    };

    // Dialogs and windows beyond the pages; later issues append theirs here.
    static QVector<Shot> extraShots();

    // Returns the number of images written; `error` gets what went wrong, if anything.
    static int run(AppController& controller, const QString& eventPath, const QString& folder, QString* error);
};

} // namespace standlab
