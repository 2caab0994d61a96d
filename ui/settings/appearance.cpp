// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace standlab {

namespace {
const QString appearanceKey = QStringLiteral("ui/appearance");

QPalette darkPalette()
{
    // Contrast of text on its background stays above WCAG's 4.5:1 in every role.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor dimmed(0x9a, 0xa0, 0xa6);
    const QColor accent(0x2f, 0x6f, 0xb8);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(160));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed.darker(130));
    return palette;
}
} // namespace

QVector<Appearance::Choice> Appearance::choices()
{
    return {{QString(), tr("System default")}, {QStringLiteral("light"), tr("Light")}, {QStringLiteral("dark"), tr("Dark")}};
}

QString Appearance::saved()
{
    return QSettings().value(appearanceKey).toString();
}

void Appearance::save(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(appearanceKey);
    else
        settings.setValue(appearanceKey, code);
}

void Appearance::apply(const QString& code)
{
    if (code != QLatin1String("light") && code != QLatin1String("dark"))
        return;
    // Fusion draws every control from the palette, so our colours reach all of them.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(code == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace standlab
