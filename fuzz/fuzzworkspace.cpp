// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzworkspace.h"

#include "demo/demoevent.h"
#include "io/formatregistry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace standlab {

namespace {

// Importers warn about bad input by design; at thousands of inputs a second that noise only slows
// the fuzzer down. Fatal messages still abort, which the fuzzer reports as a crash.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

const QString laptop = QStringLiteral("fuzz-laptop");

} // namespace

FuzzWorkspace& FuzzWorkspace::instance()
{
    static int argc = 1;
    static char name[] = "standlab-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* application =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv); // lives for the process
    Q_UNUSED(application);
    static FuzzWorkspace workspace;
    return workspace;
}

FuzzWorkspace::FuzzWorkspace()
{
    if (qEnvironmentVariableIsEmpty("STANDLAB_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietMessages);
    QString error;
    m_empty = m_root.filePath(QStringLiteral("empty.standlab"));
    m_demo = m_root.filePath(QStringLiteral("demo.standlab"));
    const OpenOptions options = OpenOptions::forLaptop(QStringLiteral("fuzz-template"));
    if (!m_root.isValid() || !Store::create(m_empty, options, &error) || !DemoEvent::create(m_demo, options, &error)) {
        std::fprintf(stderr, "Cannot prepare the fuzz templates: %s\n", qPrintable(error));
        std::abort();
    }
}

std::unique_ptr<QTemporaryDir> FuzzWorkspace::scratch() const
{
    auto folder = std::make_unique<QTemporaryDir>(m_root.filePath(QStringLiteral("input-XXXXXX")));
    if (!folder->isValid()) {
        std::fprintf(stderr, "Cannot make a scratch folder in %s\n", qPrintable(m_root.path()));
        std::abort();
    }
    return folder;
}

QString FuzzWorkspace::writeInput(const QString& folder, const QString& name, const uint8_t* data, size_t size)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "Cannot write the fuzz input %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

std::unique_ptr<Store> FuzzWorkspace::copyOf(Base base, const QString& folder) const
{
    const QString path = QDir(folder).filePath(QStringLiteral("event.standlab"));
    QString error;
    std::unique_ptr<Store> store;
    if (QFile::copy(base == Base::Demo ? m_demo : m_empty, path))
        store = Store::open(path, OpenOptions::forLaptop(laptop), &error);
    if (!store) {
        std::fprintf(stderr, "Cannot copy the fuzz template: %s\n", qPrintable(error));
        std::abort();
    }
    return store;
}

bool FuzzWorkspace::import(const QString& format, Store& store, const QString& input, bool dryRun)
{
    const FormatRegistry::ImportFormat* reader = FormatRegistry::builtIn().importFormat(format);
    if (!reader) {
        std::fprintf(stderr, "No import format %s\n", qPrintable(format));
        std::abort();
    }
    ImportRequest request;
    request.input = input;
    request.dryRun = dryRun;
    ImportReport report;
    QString error;
    const bool imported = reader->read(store, request, &report, &error);
    if (!imported)
        checkRefusal(error);
    note(imported ? QStringLiteral("%1%2: %3").arg(format, dryRun ? QStringLiteral(" (dry run)") : QString(),
                                                     report.lines.join(QStringLiteral(" | ")))
                  : QStringLiteral("%1 refused: %2").arg(format, error));
    return imported;
}

void FuzzWorkspace::checkRefusal(const QString& error)
{
    static const char* const internal[] = {"database table is locked", "database is locked", "SQL logic error",
                                           "bad parameter or other API misuse", "no such table", "no such column",
                                           "not an error", "out of memory"};
    for (const char* wording : internal) {
        if (error.contains(QLatin1String(wording))) {
            std::fprintf(stderr, "Internal error leaked as a refusal: %s\n", qPrintable(error));
            std::abort();
        }
    }
}

void FuzzWorkspace::note(const QString& what)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("STANDLAB_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "  %s\n", qPrintable(what.left(400)));
}

} // namespace standlab

// libFuzzer calls this once before the first input: the templates are made here so that making them
// (a second or more on a loaded machine) never counts against the first input's time limit.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    standlab::FuzzWorkspace::instance();
    return 0;
}
