// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace standlab {

// Keeps combo boxes from asking for the width of their longest item. Qt's default policy sizes a
// combo to its widest entry, and one long session title or organisation name in a chooser then
// forces the whole window wider than a 1366-pixel laptop screen. Installed once on the application,
// it gives every combo that still has the default policy a sensible minimum instead; the popup list
// still shows whole entries.
class ComboWidthLimiter : public QObject
{
    Q_OBJECT

public:
    static void installOnce();

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace standlab
