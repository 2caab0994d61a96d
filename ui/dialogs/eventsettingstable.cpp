// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsettingstable.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "model/field.h"
#include "store/store.h"
#include "widgets/colourbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace standlab {
namespace {

const char* const rowIdProperty = "standlabRowId";

void setItemData(QTableWidgetItem* item, const QVariant& value)
{
    if (item->data(Qt::EditRole) != value)
        item->setData(Qt::EditRole, value);
}

} // namespace

EventSettingsTable::EventSettingsTable(EventDocument& document, const QString& table, const QString& prefix,
                                       const QVector<Column>& columns, const QString& positionColumn,
                                       const QString& orderBy, std::function<QVariantMap()> defaults, QWidget* parent)
    : QWidget(parent), m_document(document), m_tableName(table), m_columns(columns), m_positionColumn(positionColumn),
      m_orderBy(orderBy), m_defaults(std::move(defaults))
{
    setObjectName(prefix + QStringLiteral("Editor"));
    m_table = new QTableWidget(0, int(columns.size()), this);
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    QStringList headers;
    for (const Column& column : columns)
        headers << column.header;
    m_table->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < columns.size(); ++i)
        m_table->horizontalHeader()->resizeSection(i, columns.at(i).width);
    m_table->horizontalHeader()->setStretchLastSection(true);

    const auto button = [this, &prefix](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(prefix + name);
        b->setToolTip(tip);
        return b;
    };
    m_add = button(QStringLiteral("AddButton"), tr("&Add"), tr("Add a row"));
    m_remove = button(QStringLiteral("RemoveButton"), tr("&Remove"), tr("Remove the selected row (you can undo this)"));
    m_up = button(QStringLiteral("UpButton"), tr("Move &up"), tr("Show this earlier in lists and the programme"));
    m_down = button(QStringLiteral("DownButton"), tr("Move do&wn"), tr("Show this later in lists and the programme"));
    m_up->setVisible(!positionColumn.isEmpty());
    m_down->setVisible(!positionColumn.isEmpty());
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &EventSettingsTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &EventSettingsTable::removeSelectedRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelectedRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelectedRow(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &EventSettingsTable::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EventSettingsTable::updateButtons);
    connect(&document.store(), &Store::rowChanged, this, &EventSettingsTable::onRowChanged);
    connect(&document.store(), &Store::reset, this, &EventSettingsTable::reload);
    reload();
}

void EventSettingsTable::onRowChanged(const QString& table, const QString&, ChangeKind)
{
    if (table == m_tableName)
        reload();
}

void EventSettingsTable::reload()
{
    // Rows are refilled in place, so a combo box or colour button whose own signal led here survives.
    const bool wasLoading = std::exchange(m_loading, true);
    const int selected = selectedRow();
    const QString selectedId = selected >= 0 ? m_ids.value(selected) : QString();
    const QVector<Row> rows = m_document.store().rows(m_tableName, {}, {}, m_orderBy);
    m_table->setRowCount(int(rows.size()));
    m_ids.clear();
    for (int i = 0; i < rows.size(); ++i) {
        m_ids << rows.at(i).value(QStringLiteral("id")).toString();
        fillRow(i, rows.at(i));
    }
    const int reselect = int(m_ids.indexOf(selectedId));
    if (reselect >= 0 && reselect != selected)
        m_table->selectRow(reselect);
    m_loading = wasLoading;
    updateButtons();
}

void EventSettingsTable::fillRow(int row, const QVariantMap& values)
{
    const QString id = values.value(QStringLiteral("id")).toString();
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& column = m_columns.at(c);
        const QVariant value = values.value(column.key);
        if (column.type == Column::Colour || column.type == Column::Choice) {
            QWidget* widget = m_table->cellWidget(row, c);
            if (!widget) {
                if (column.type == Column::Colour) {
                    auto* colour = new ColourButton;
                    connect(colour, &ColourButton::colourChosen, this, [this, colour, key = column.key](const QColor& chosen) {
                        setValue(colour->property(rowIdProperty).toString(), key, chosen.name());
                    });
                    widget = colour;
                } else {
                    auto* combo = new QComboBox;
                    for (const Term& term : column.choices)
                        combo->addItem(term.label, term.key);
                    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key = column.key] {
                        if (!m_loading)
                            setValue(combo->property(rowIdProperty).toString(), key, combo->currentData());
                    });
                    widget = combo;
                }
                widget->setObjectName(column.key + QStringLiteral("CellWidget"));
                m_table->setCellWidget(row, c, widget);
            }
            widget->setProperty(rowIdProperty, id);
            if (auto* colour = qobject_cast<ColourButton*>(widget)) {
                if (colour->colour() != QColor(value.toString()))
                    colour->setColour(QColor(value.toString()));
            } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                const int index = combo->findData(value.toString());
                if (combo->currentIndex() != index)
                    combo->setCurrentIndex(index);
            }
            continue;
        }
        QTableWidgetItem* item = m_table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, c, item);
        }
        switch (column.type) {
        case Column::Text:
            setItemData(item, value.toString());
            break;
        case Column::Integer:
            setItemData(item, value.toInt());
            break;
        case Column::Date:
            setItemData(item, dbvalue::from<QDate>(value));
            break;
        case Column::Time:
            setItemData(item, dbvalue::from<QTime>(value));
            break;
        case Column::Check: {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const Qt::CheckState state = value.toLongLong() != 0 ? Qt::Checked : Qt::Unchecked;
            if (item->checkState() != state)
                item->setCheckState(state);
            break;
        }
        default:
            break;
        }
    }
}

void EventSettingsTable::onItemChanged(QTableWidgetItem* item)
{
    if (m_loading || item->row() >= m_ids.size())
        return;
    const Column& column = m_columns.at(item->column());
    const QString id = m_ids.at(item->row());
    QVariant value;
    switch (column.type) {
    case Column::Text:
        value = item->text().trimmed();
        break;
    case Column::Integer:
        value = item->data(Qt::EditRole).toInt();
        break;
    case Column::Date:
        value = dbvalue::to(item->data(Qt::EditRole).toDate());
        break;
    case Column::Time:
        value = dbvalue::to(item->data(Qt::EditRole).toTime());
        break;
    case Column::Check:
        value = item->checkState() == Qt::Checked ? 1 : 0;
        break;
    default:
        return;
    }
    if (value.isNull() || (column.required && value.toString().isEmpty())) {
        reload(); // nothing valid was entered: show the stored value again
        return;
    }
    setValue(id, column.key, value);
}

void EventSettingsTable::setValue(const QString& id, const QString& column, const QVariant& value)
{
    if (id.isEmpty())
        return;
    QString header = column;
    for (const Column& c : m_columns)
        if (c.key == column)
            header = c.header;
    auto* command = new SetFieldCommand(m_document, m_tableName, id, {{column, value}},
                                        tr("Change %1").arg(header.toLower()));
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_document.push(command);
    // A refused edit (a day that already exists…) leaves the store as it was; show what it holds.
    reload();
}

int EventSettingsTable::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void EventSettingsTable::updateButtons()
{
    const int row = selectedRow();
    const bool writable = !m_document.isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && row >= 0);
    m_up->setEnabled(writable && row > 0);
    m_down->setEnabled(writable && row >= 0 && row + 1 < m_ids.size());
}

void EventSettingsTable::addRow()
{
    QVariantMap values = m_defaults ? m_defaults() : QVariantMap();
    if (!m_positionColumn.isEmpty())
        values.insert(m_positionColumn, int(m_ids.size()));
    auto* command = new InsertRowCommand(m_document, m_tableName, values, tr("Add row"));
    const QString id = command->rowId();
    m_document.push(command);
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return;
    m_table->selectRow(row);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).type == Column::Text) {
            m_table->setCurrentCell(row, c);
            m_table->editItem(m_table->item(row, c));
            break;
        }
    }
}

void EventSettingsTable::removeSelectedRow()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_document.push(new RemoveRowCommand(m_document, m_tableName, m_ids.at(row), tr("Remove row")));
}

void EventSettingsTable::moveSelectedRow(int step)
{
    const int row = selectedRow();
    const int target = row + step;
    if (row < 0 || m_positionColumn.isEmpty() || target < 0 || target >= m_ids.size())
        return;
    QStringList order = m_ids;
    order.move(row, target);
    const QString movedId = m_ids.at(row);
    // Positions are renumbered 0..n-1, so rows that shared a position get a definite order too.
    m_document.undoStack().beginMacro(tr("Move row"));
    for (int i = 0; i < order.size(); ++i) {
        auto* command = new SetFieldCommand(m_document, m_tableName, order.at(i), {{m_positionColumn, i}}, tr("Move row"));
        if (command->isObsolete())
            delete command;
        else
            m_document.push(command);
    }
    m_document.undoStack().endMacro();
    const int now = int(m_ids.indexOf(movedId));
    if (now >= 0)
        m_table->selectRow(now);
}

} // namespace standlab
