// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace standlab {

class Store;

// Writing the open event somewhere else: a consistent copy of the file, or a JSON bundle.
class FileActions
{
    Q_DECLARE_TR_FUNCTIONS(FileActions)

public:
    // Ask for a destination, write, and report; return the file written or an empty string.
    static QString saveCopy(QWidget* parent, const Store& store);
    static QString exportBundle(QWidget* parent, const Store& store);

    // The same without asking; `error` gets the reason on failure.
    static bool writeCopy(const Store& store, const QString& destination, QString* error);
    static bool writeBundle(const Store& store, const QString& destination, QString* error);

private:
    static QString suggestedPath(const Store& store, const QString& suffix, const QString& extension);
};

} // namespace standlab
