// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"

#include <QStyledItemDelegate>

namespace standlab {

// Edits a cell holding a key of a closed list (a kind, a status) with a combo box of its labels.
class TermComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TermComboDelegate(const QVector<Term>& terms, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QVector<Term> m_terms;
};

} // namespace standlab
