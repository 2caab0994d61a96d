// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace standlab {

namespace {
Prompts::FileChooser& chooser()
{
    static Prompts::FileChooser instance;
    return instance;
}

Prompts::WarningSink& sink()
{
    static Prompts::WarningSink instance;
    return instance;
}
} // namespace

QString Prompts::openFile(QWidget* parent, const QString& caption, const QString& directory,
                          const QString& filter)
{
    if (chooser())
        return chooser()(caption, directory);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Prompts::saveFile(QWidget* parent, const QString& caption, const QString& suggestion,
                          const QString& filter)
{
    if (chooser())
        return chooser()(caption, suggestion);
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
}

void Prompts::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (sink()) {
        sink()(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Prompts::information(QWidget* parent, const QString& title, const QString& text)
{
    if (sink()) {
        sink()(title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Prompts::setFileChooser(FileChooser newChooser)
{
    chooser() = std::move(newChooser);
}

void Prompts::setWarningSink(WarningSink newSink)
{
    sink() = std::move(newSink);
}

QString Prompts::eventFilter()
{
    return QCoreApplication::translate("Prompts", "Stand Lab events (*.standlab)");
}

QString Prompts::jsonFilter()
{
    return QCoreApplication::translate("Prompts", "JSON bundle (*.json)");
}

} // namespace standlab
