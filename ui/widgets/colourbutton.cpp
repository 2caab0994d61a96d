// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourbutton.h"

#include <QColorDialog>
#include <QPixmap>

namespace standlab {

ColourButton::ColourButton(QWidget* parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("colourButton"));
    setToolTip(tr("Choose a colour"));
    setAutoRaise(false);
    connect(this, &QToolButton::clicked, this, &ColourButton::pick);
}

void ColourButton::setColour(const QColor& colour)
{
    m_colour = colour;
    QPixmap swatch(28, 14);
    swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    setIcon(QIcon(swatch));
    setIconSize(swatch.size());
    setText(colour.name());
    setAccessibleName(tr("Colour %1").arg(colour.name()));
}

void ColourButton::chooseColour(const QColor& colour)
{
    if (!colour.isValid() || colour == m_colour)
        return;
    setColour(colour);
    emit colourChosen(colour);
}

void ColourButton::pick()
{
    const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Choose a colour"));
    chooseColour(chosen);
}

} // namespace standlab
