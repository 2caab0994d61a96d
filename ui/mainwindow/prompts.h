// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace standlab {

// Every question the shell asks the user (file choosers, warnings) goes through here, so tests can
// answer in advance instead of meeting a modal dialog.
class Prompts
{
public:
    using FileChooser = std::function<QString(const QString& caption, const QString& suggestion)>;
    using WarningSink = std::function<void(const QString& title, const QString& text)>;

    static QString openFile(QWidget* parent, const QString& caption, const QString& directory,
                            const QString& filter);
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggestion,
                            const QString& filter);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests install these; an empty function restores the real dialogs.
    static void setFileChooser(FileChooser chooser);
    static void setWarningSink(WarningSink sink);

    static QString eventFilter();
    static QString jsonFilter();
};

} // namespace standlab
