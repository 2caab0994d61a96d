// SPDX-License-Identifier: GPL-3.0-or-later
#include "tintedicon.h"

#include <QPainter>
#include <QPixmap>

namespace standlab {

QIcon TintedIcon::load(const QString& path, const QColor& colour)
{
    const QIcon source(path);
    QIcon tinted;
    for (const int side : {16, 22, 24, 32, 44, 48}) {
        QPixmap pixmap = source.pixmap(QSize(side, side));
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted.isNull() ? source : tinted;
}

} // namespace standlab
