// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace standlab {

class Store;

// A strip above the pages that appears while this laptop's clock is behind the newest change the event
// holds (a wrong date, or a package from a laptop whose clock ran ahead): edits made here would then be
// stamped as older than they are, and people should know before their work loses a merge.
class ClockBanner : public QLabel
{
    Q_OBJECT

public:
    ClockBanner(Store& store, QWidget* parent);
    // Shows or hides the banner for the clock as it is now; called on open and after every change.
    void refresh();
    // "3 days", "5 hours", "12 minutes": the larger unit that fits.
    static QString duration(qint64 millis);

private:
    Store& m_store;
};

} // namespace standlab
