// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importrequest.h"

#include <QCoreApplication>
#include <QStringList>

namespace standlab {

class Store;

// The hackathon's data-commons map as CSV: every dataset out, and datasets in (all or nothing).
// Columns are found by their header (English or the exported labels, any order, any case); a dataset
// with the same name and publisher as one in the file is updated rather than added twice.
class DatasetsCsv
{
    Q_DECLARE_TR_FUNCTIONS(standlab::DatasetsCsv)

public:
    static QStringList headers();
    static QByteArray exportCsv(const Store& store);
    static bool write(const Store& store, const QString& path, QString* error);
    // Reads `request.input`; with request.dryRun nothing is written. On a bad row nothing is written
    // and the error names the file and line.
    static bool import(Store& store, const ImportRequest& request, ImportReport* report, QString* error);
};

} // namespace standlab
