// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace standlab {

class Store;

// What every fuzz target shares: a Qt application object, quiet logging, and template event files
// (empty and demo) made once per process, so each input gets a fresh copy in its own scratch folder
// instead of paying for migrations or the demo on every run.
class FuzzWorkspace
{
public:
    enum class Base { Empty, Demo };

    static FuzzWorkspace& instance();

    // A new empty folder for one input; removed with everything in it when the pointer goes.
    std::unique_ptr<QTemporaryDir> scratch() const;
    // Writes the fuzz input to `folder/name` and returns the path.
    static QString writeInput(const QString& folder, const QString& name, const uint8_t* data, size_t size);
    // A writable copy of a template event in `folder`, opened as another laptop than the templates'.
    std::unique_ptr<Store> copyOf(Base base, const QString& folder) const;
    // Runs the built-in import format `format` (the CLI's reader) on `input`; true if it imported.
    static bool import(const QString& format, Store& store, const QString& input, bool dryRun);
    // With STANDLAB_FUZZ_VERBOSE set, prints what happened to an input (checking that seeds get deep).
    static void note(const QString& what);
    // Aborts (a finding) when a refusal is SQLite's internal wording rather than a message about the
    // input: bad input must be refused with a clear error, never by tripping over our own SQL.
    static void checkRefusal(const QString& error);

private:
    FuzzWorkspace();

    QTemporaryDir m_root;
    QString m_empty;
    QString m_demo;
};

} // namespace standlab
