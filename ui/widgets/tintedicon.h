// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace standlab {

// Our line icons are drawn in one dark grey, which almost vanishes on a dark palette. This repaints
// every opaque pixel of an icon in one colour (keeping its alpha), so it can follow the palette's text.
class TintedIcon
{
public:
    // The icon at `path` (any format QIcon reads, SVG included) in `colour`, at the usual list sizes.
    static QIcon load(const QString& path, const QColor& colour);
};

} // namespace standlab
