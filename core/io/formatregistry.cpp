// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatregistry.h"

#include "outputguard.h"
#include "store/store.h"

namespace standlab {

const FormatRegistry& FormatRegistry::builtIn()
{
    static const FormatRegistry registry = [] {
        FormatRegistry made;
        registerBuiltInFormats(made);
        return made;
    }();
    return registry;
}

void FormatRegistry::addExport(const ExportFormat& format)
{
    Q_ASSERT(!exportFormat(format.name));
    // Every writer, whoever calls it (CLI, Exports page), is kept off the event it reads.
    ExportFormat guarded = format;
    guarded.write = [write = format.write](const Store& store, const ExportRequest& request, QString* error) {
        const QString clash = OutputGuard::problem(request.output, store.path());
        if (!clash.isEmpty()) {
            if (error)
                *error = clash;
            return false;
        }
        return write(store, request, error);
    };
    m_exports.push_back(guarded);
}

void FormatRegistry::addImport(const ImportFormat& format)
{
    Q_ASSERT(!importFormat(format.name));
    m_imports.push_back(format);
}

const FormatRegistry::ExportFormat* FormatRegistry::exportFormat(const QString& name) const
{
    for (const ExportFormat& format : m_exports)
        if (format.name == name)
            return &format;
    return nullptr;
}

const FormatRegistry::ImportFormat* FormatRegistry::importFormat(const QString& name) const
{
    for (const ImportFormat& format : m_imports)
        if (format.name == name)
            return &format;
    return nullptr;
}

QStringList FormatRegistry::exportNames() const
{
    QStringList names;
    for (const ExportFormat& format : m_exports)
        names << format.name;
    return names;
}

QStringList FormatRegistry::importNames() const
{
    QStringList names;
    for (const ImportFormat& format : m_imports)
        names << format.name;
    return names;
}

} // namespace standlab
