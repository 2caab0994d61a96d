// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportrequest.h"
#include "importrequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace standlab {

class Store;

// Every way an event leaves or enters the app, by the format names of the CLI contract
// (`standlab-cli export --format NAME`, `standlab-cli import --format NAME`). The CLI and the
// Exports page both look formats up here, so a format written once is reachable from both.
class FormatRegistry
{
    Q_DECLARE_TR_FUNCTIONS(standlab::FormatRegistry)

public:
    using Writer = std::function<bool(const Store& store, const ExportRequest& request, QString* error)>;
    using Reader = std::function<bool(Store& store, const ImportRequest& request, ImportReport* report, QString* error)>;

    struct ExportFormat
    {
        QString name;
        QString summary;
        Writer write;
        // True when the format writes into the event too (ExportRequest::record): it is opened for writing.
        bool recordsInEvent = false;
    };
    struct ImportFormat
    {
        QString name;
        QString summary;
        Reader read;
        // True when the format brings a whole event and only goes into a new (empty) file.
        bool wholeEvent = false;
    };

    // The formats this build knows; built once, on first use.
    static const FormatRegistry& builtIn();

    void addExport(const ExportFormat& format);
    void addImport(const ImportFormat& format);
    const ExportFormat* exportFormat(const QString& name) const;
    const ImportFormat* importFormat(const QString& name) const;
    QStringList exportNames() const;
    QStringList importNames() const;

private:
    QVector<ExportFormat> m_exports;
    QVector<ImportFormat> m_imports;
};

// Fills the registry with every built-in format; each area adds its formats here (builtinformats.cpp).
void registerBuiltInFormats(FormatRegistry& registry);

} // namespace standlab
