// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace standlab {

// A read-only, sortable table with a search field above it that filters on every column.
class SearchableTable : public QWidget
{
    Q_OBJECT

public:
    // `name` prefixes the object names tests look for (nameSearch, nameTable).
    SearchableTable(QAbstractItemModel* model, const QString& name, QWidget* parent = nullptr);

    void setCountText(std::function<QString(int shown, int total)> text);
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    void updateCount();

    QAbstractItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    std::function<QString(int, int)> m_countText;
};

} // namespace standlab
