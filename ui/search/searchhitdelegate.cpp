// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhitdelegate.h"

#include "searchresultsmodel.h"

#include <QApplication>
#include <QPainter>

namespace standlab {

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(SearchResultsModel::IsGroupRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString detail = index.data(SearchResultsModel::DetailRole).toString();
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(4, 0, -4, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics boldMetrics(bold);
    // The title takes at most two thirds; the detail fills what is left.
    const QString shownTitle = boldMetrics.elidedText(title, Qt::ElideRight, text.width() * 2 / 3);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, shownTitle);
    const int used = boldMetrics.horizontalAdvance(shownTitle) + 12;
    if (!detail.isEmpty() && used < text.width()) {
        painter->setFont(opt.font);
        QColor quiet = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(quiet);
        const QRect rest = text.adjusted(used, 0, 0, 0);
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(opt.font).elidedText(detail, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace standlab
