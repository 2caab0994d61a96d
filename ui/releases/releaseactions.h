// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace standlab {

class EventDocument;

// The Programme menu of issue 19: Release…, What changed since… and Letters to speakers….
class ReleaseActions : public QObject
{
    Q_OBJECT

public:
    ReleaseActions(EventDocument& document, QWidget* window);
    QMenu* menu() const { return m_menu; }

private:
    EventDocument& m_document;
    QWidget* m_window;
    QMenu* m_menu;
};

} // namespace standlab
