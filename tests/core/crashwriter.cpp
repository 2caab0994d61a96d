// SPDX-License-Identifier: GPL-3.0-or-later
// Helper process for test_crash, test_lock and test_backup: it writes a .standlab file in a loop (or
// just holds it open) until it is killed, so the tests can kill a real writer at a random moment.
//
//   crashwriter write <file>   commits numbered edits forever, printing each number once committed
//   crashwriter hold <file>    opens the file, prints "open" and waits to be killed
#include "model/repository.h"
#include "model/session.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <memory>

using namespace standlab;

namespace {

// Edit n holds partsOf(n) sessions, written in one transaction: capacity = n, headcount = part,
// expected_headcount = parts. Every seventh edit is a bigger multi-row one.
int partsOf(qint64 edit)
{
    return edit % 7 == 0 ? 5 : 1;
}

std::unique_ptr<Store> openOrCreate(const QString& path, QString* error)
{
    const OpenOptions options = OpenOptions::forLaptop(QStringLiteral("crashwriter"));
    if (QFile::exists(path))
        return Store::open(path, options, error);
    return Store::create(path, options, error);
}

int write(Store& store)
{
    qint64 edit = store.database().scalar(QStringLiteral("SELECT coalesce(max(capacity), 0) FROM sessions")).toLongLong();
    for (;;) {
        ++edit;
        const int parts = partsOf(edit);
        QString error;
        Store::Transaction transaction(store);
        for (int part = 1; part <= parts; ++part) {
            Row row;
            row.insert(QStringLiteral("title"), QStringLiteral("edit %1 part %2").arg(edit).arg(part));
            row.insert(QStringLiteral("capacity"), edit);
            row.insert(QStringLiteral("headcount"), part);
            row.insert(QStringLiteral("expected_headcount"), parts);
            row.insert(QStringLiteral("abstract"), QString(200, QLatin1Char('x'))); // some bulk per page
            if (store.insert(QStringLiteral("sessions"), row, &error).isEmpty()) {
                std::fprintf(stderr, "insert failed: %s\n", qPrintable(error));
                return 2;
            }
        }
        if (!transaction.commit(&error)) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(error));
            return 2;
        }
        // Reported only after the commit returned: every number the test reads is a committed edit.
        std::printf("%lld\n", edit);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: crashwriter write|hold <file>\n");
        return 1;
    }
    QString error;
    std::unique_ptr<Store> store = openOrCreate(arguments.at(2), &error);
    if (!store) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(error));
        return 1;
    }
    if (arguments.at(1) == QLatin1String("write"))
        return write(*store);
    std::printf("open\n");
    std::fflush(stdout);
    // Wait until killed (or until the test closes our standard input).
    while (std::getchar() != EOF) {
    }
    return 0;
}
