// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/exportrequest.h"

#include <QWidget>

class QComboBox;
class QListWidget;

namespace standlab {

class Store;

// The choices of a programme export: the format and which days, working lines, spaces and statuses
// go in, the paper and the language of the printed labels. Emits changed() on every edit.
class ExportOptionsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ExportOptionsWidget(Store& store, QWidget* parent = nullptr);

    // The registry name of the chosen format: booklet, poster, signs, html, csv or xlsx.
    QString formatName() const;
    bool isPdf() const;
    // The selection as the registry takes it; a list with every item checked means "all".
    ExportRequest request() const;
    // False when a list has nothing checked, so there is nothing to export.
    bool hasSelection() const;
    // Re-reads days, lines and spaces from the event, keeping what was unchecked.
    void reload();

signals:
    void changed();

private:
    QListWidget* addList(const QString& objectName, const QString& tip);
    static QStringList checked(const QListWidget* list);
    static void fill(QListWidget* list, const QVector<std::pair<QString, QString>>& items);

    Store& m_store;
    QComboBox* m_format = nullptr;
    QListWidget* m_days = nullptr;
    QListWidget* m_lines = nullptr;
    QListWidget* m_spaces = nullptr;
    QListWidget* m_statuses = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace standlab
