// SPDX-License-Identifier: GPL-3.0-or-later
#include "combowidthlimiter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace standlab {

namespace {
constexpr int minimumCharacters = 10;
}

void ComboWidthLimiter::installOnce()
{
    static ComboWidthLimiter* limiter = nullptr;
    if (limiter || !qApp)
        return;
    limiter = new ComboWidthLimiter(qApp);
    qApp->installEventFilter(limiter);
}

bool ComboWidthLimiter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        auto* combo = qobject_cast<QComboBox*>(watched);
        // Only combos left at Qt's default: a deliberate choice elsewhere is respected.
        if (combo && combo->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(minimumCharacters);
            if (QAbstractItemView* popup = combo->view())
                popup->setTextElideMode(Qt::ElideNone);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace standlab
