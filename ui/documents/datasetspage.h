// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace standlab {

class DatasetsModel;
class EventDocument;

// The hackathon's data-commons map: every dataset, edited in place, with CSV import and export.
class DatasetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetsPage(EventDocument& document, QWidget* parent = nullptr);

    DatasetsModel* model() const { return m_model; }
    // Testable without dialogs.
    QString addDataset(const QString& name);
    void removeSelected();
    bool importCsv(const QString& path, QString* error);
    bool exportCsv(const QString& path, QString* error);

signals:
    void statusMessage(const QString& message);

private:
    EventDocument& m_document;
    DatasetsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
};

} // namespace standlab
