// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"
#include "store/store.h"

#include <optional>

namespace standlab {

// Typed access to one table: value types in, value types out; every write goes through the Store.
template <class T> class Repository
{
public:
    explicit Repository(Store& store) : m_store(store) {}

    static QString table() { return EntityTraits<T>::table(); }

    static T fromRow(const Row& row)
    {
        T item;
        item.id = row.value(QStringLiteral("id")).toString();
        item.createdAt = row.value(QStringLiteral("created_at")).toString();
        item.updatedAt = row.value(QStringLiteral("updated_at")).toLongLong();
        item.laptopId = row.value(QStringLiteral("laptop_id")).toString();
        for (const auto& f : EntityTraits<T>::fields())
            if (row.contains(f.column))
                f.set(item, row.value(f.column));
        return item;
    }

    static Row toRow(const T& item)
    {
        Row row;
        if (!item.id.isEmpty())
            row.insert(QStringLiteral("id"), item.id);
        for (const auto& f : EntityTraits<T>::fields())
            row.insert(f.column, f.get(item));
        return row;
    }

    QVector<T> all(const QString& orderBy = {}) const { return where({}, {}, orderBy); }

    QVector<T> where(const QString& condition, const QVariantList& arguments = {}, const QString& orderBy = {}) const
    {
        QVector<T> items;
        const QVector<Row> rows = m_store.rows(table(), condition, arguments, orderBy);
        items.reserve(rows.size());
        for (const Row& row : rows)
            items.push_back(fromRow(row));
        return items;
    }

    std::optional<T> find(const QString& id) const
    {
        const std::optional<Row> row = m_store.row(table(), id);
        if (!row)
            return std::nullopt;
        return fromRow(*row);
    }

    // Stores a new item; fills in its id and stamps.
    bool add(T& item, QString* error = nullptr)
    {
        const QString id = m_store.insert(table(), toRow(item), error);
        if (id.isEmpty())
            return false;
        item = *find(id);
        return true;
    }

    // Writes the fields that differ from what is stored.
    bool save(const T& item, QString* error = nullptr)
    {
        const std::optional<Row> stored = m_store.row(table(), item.id);
        Row changes;
        const Row wanted = toRow(item);
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            if (!stored || stored->value(it.key()) != it.value())
                changes.insert(it.key(), it.value());
        changes.remove(QStringLiteral("id"));
        return m_store.update(table(), item.id, changes, error);
    }

    bool setField(const QString& id, const QString& column, const QVariant& value, QString* error = nullptr)
    {
        return m_store.update(table(), id, {{column, value}}, error);
    }

    std::optional<RowSet> remove(const QString& id, QString* error = nullptr)
    {
        return m_store.remove(table(), id, error);
    }

    qint64 count() const { return m_store.count(table()); }

private:
    Store& m_store;
};

} // namespace standlab
