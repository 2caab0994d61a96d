// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"
#include "store/rowset.h"

#include <QVariantMap>
#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace standlab {

class EventDocument;

// One list of the event settings (days, spaces, working lines) as an editable table: every cell edit,
// addition, removal and move is an undo command, and the table follows the store.
class EventSettingsTable : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        enum Type { Text, Integer, Date, Time, Colour, Check, Choice };
        QString key;
        QString header;
        Type type = Text;
        int width = 120;
        QVector<Term> choices = {};
        bool required = false;
    };

    // `prefix` names the widgets (prefixTable, prefixAddButton…); `positionColumn` empty means the
    // rows are ordered by `orderBy` and cannot be moved; `defaults` gives the values of a new row.
    EventSettingsTable(EventDocument& document, const QString& table, const QString& prefix,
                       const QVector<Column>& columns, const QString& positionColumn, const QString& orderBy,
                       std::function<QVariantMap()> defaults, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QStringList rowIds() const { return m_ids; }

public slots:
    void reload();
    void addRow();
    void removeSelectedRow();
    void moveSelectedRow(int step);

private:
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);
    void fillRow(int row, const QVariantMap& values);
    void onItemChanged(QTableWidgetItem* item);
    void setValue(const QString& id, const QString& column, const QVariant& value);
    int selectedRow() const;
    void updateButtons();

    EventDocument& m_document;
    QString m_tableName;
    QVector<Column> m_columns;
    QString m_positionColumn;
    QString m_orderBy;
    std::function<QVariantMap()> m_defaults;
    QStringList m_ids;
    bool m_loading = false;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace standlab
