// SPDX-License-Identifier: GPL-3.0-or-later
#include "clockbanner.h"

#include "store/store.h"

namespace standlab {
namespace {

// Laptop clocks drift by seconds; a minute is already a wrong clock, not drift.
constexpr qint64 toleratedMillis = 60 * 1000;

} // namespace

ClockBanner::ClockBanner(Store& store, QWidget* parent) : QLabel(parent), m_store(store)
{
    setObjectName(QStringLiteral("clockBanner"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("background: #fde7e9; color: #6b0f1a; padding: 8px 12px;"
                                 " border-bottom: 1px solid #e8a5ad;"));
    refresh();
}

void ClockBanner::refresh()
{
    const qint64 behind = m_store.clock().wallClockBehindBy();
    setVisible(behind > toleratedMillis);
    if (behind > toleratedMillis)
        setText(tr("This laptop's clock is %1 behind the newest change in this event. Check its date and time "
                   "settings: until they are right, edits made here are stamped as if made earlier and may lose "
                   "against older edits from other laptops.")
                    .arg(duration(behind)));
}

QString ClockBanner::duration(qint64 millis)
{
    // Rounded to the nearest unit: a clock three days behind, read a moment later, is still three days behind.
    const qint64 minutes = (millis + 30000) / 60000;
    if (minutes >= 2 * 24 * 60)
        return tr("%n day(s)", nullptr, int(qMin<qint64>((minutes + 12 * 60) / (24 * 60), INT_MAX)));
    if (minutes >= 120)
        return tr("%n hour(s)", nullptr, int((minutes + 30) / 60));
    return tr("%n minute(s)", nullptr, int(qMax<qint64>(minutes, 1)));
}

} // namespace standlab
