// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QToolButton>

namespace standlab {

// A button showing a colour swatch; clicking it asks for a new colour with QColorDialog.
class ColourButton : public QToolButton
{
    Q_OBJECT

public:
    explicit ColourButton(QWidget* parent = nullptr);

    QColor colour() const { return m_colour; }
    // Shows a colour without announcing it (loading from the store).
    void setColour(const QColor& colour);

public slots:
    // Takes a colour as if the person had picked it in the dialog.
    void chooseColour(const QColor& colour);

signals:
    void colourChosen(const QColor& colour);

private:
    void pick();

    QColor m_colour;
};

} // namespace standlab
