// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace standlab {

class EventDocument;
struct OpenOptions;

// Opens, creates and copies event files for the shell, stamping them with this laptop's identity and
// remembering them in the recent list; it asks nothing, so tests can drive it directly.
class EventOpener
{
    Q_DECLARE_TR_FUNCTIONS(EventOpener)

public:
    static OpenOptions options();

    static std::unique_ptr<EventDocument> open(const QString& path, QString* error);
    // Appends ".standlab" when the name has no suffix; refuses an existing file.
    static std::unique_ptr<EventDocument> create(const QString& path, QString* error);
    // A new copy of the bundled demo in demoFolder(); the resource itself is never touched.
    static std::unique_ptr<EventDocument> openDemoCopy(QString* error);
    // Writes a new demo copy to `path` (the command line and screenshots use a path of their own).
    static std::unique_ptr<EventDocument> createDemo(const QString& path, QString* error);

    static QString demoFolder();
    // "Stand Lab demo.standlab", or "Stand Lab demo (2).standlab" and so on when taken.
    static QString nextDemoPath();
    static QString withSuffix(const QString& path);
};

} // namespace standlab
