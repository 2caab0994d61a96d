// SPDX-License-Identifier: GPL-3.0-or-later
#include "termcombodelegate.h"

#include <QComboBox>

namespace standlab {

TermComboDelegate::TermComboDelegate(const QVector<Term>& terms, QObject* parent)
    : QStyledItemDelegate(parent), m_terms(terms)
{
}

QWidget* TermComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("termComboEditor"));
    for (const Term& term : m_terms)
        combo->addItem(term.label, term.key);
    // Picking an entry is the whole edit; commit it straight away.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<TermComboDelegate*>(this)->commitData(combo);
        emit const_cast<TermComboDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void TermComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
}

void TermComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace standlab
