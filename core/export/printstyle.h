// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace standlab {

// The palette every printed page shares, so the booklet, poster and signs look like one family.
namespace printstyle {

inline QColor ink() { return QColor(0x1f, 0x23, 0x28); }
inline QColor muted() { return QColor(0x5b, 0x64, 0x6e); }
inline QColor rule() { return QColor(0xd5, 0xda, 0xdf); }
inline QColor paperTint() { return QColor(0xf4, 0xf5, 0xf7); }

// A working-line colour dark enough to print text in it on white.
inline QColor textTone(const QColor& colour)
{
    QColor hsl = colour.toHsl();
    if (hsl.lightnessF() > 0.38)
        hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), 0.38);
    return hsl.toRgb();
}

// A pale wash of a working-line colour, for poster blocks that carry dark text.
inline QColor wash(const QColor& colour, qreal strength = 0.22)
{
    const QColor c = colour.toRgb();
    auto mix = [strength](int channel) { return int(255 - (255 - channel) * strength); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace printstyle
} // namespace standlab
