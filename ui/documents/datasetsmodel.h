// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dataset.h"

#include <QAbstractTableModel>

namespace standlab {

class EventDocument;

// The hackathon's datasets as an editable table; each edit is an undoable command, and the table
// follows the store (undo, imports, merges).
class DatasetsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Publisher, City, Licence, Format, Access, Link, Line, ColumnCount };

    explicit DatasetsModel(EventDocument& document, QObject* parent = nullptr);

    QString datasetId(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    static QString column(int c);

    EventDocument& m_document;
    QVector<Dataset> m_rows;
    QHash<QString, QString> m_lines;
};

} // namespace standlab
