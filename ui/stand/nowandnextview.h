// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stand/nowandnext.h"

#include <QHash>
#include <QWidget>
#include <memory>

namespace standlab {

class EventDocument;
class StandClock;

// The screen at the stand: per space what is on now and what comes next, in large type with the
// working-line colours and a clock. It follows the stand clock (real or simulated) and the store;
// type is sized from the window's height and shrunk to fit, so nothing clips at any size or scale.
// Escape closes it.
class NowAndNextView : public QWidget
{
    Q_OBJECT

public:
    NowAndNextView(EventDocument& document, StandClock& clock, QWidget* parent = nullptr);
    ~NowAndNextView() override;

    const NowAndNextResult& result() const { return m_result; }
    // What the screen says, one line per space ("space | now | next"), for tests and screen readers.
    QStringList rowTexts() const;
    QString clockText() const;

    void reloadData();
    void refresh();

signals:
    void closed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Line
    {
        QString name;
        QString colour;
    };
    QString timeRange(const Session& session) const;
    QString nextText(const SpaceNowNext& entry) const;

    EventDocument& m_document;
    StandClock& m_clock;
    std::unique_ptr<NowAndNext> m_computation;
    NowAndNextResult m_result;
    QString m_eventName;
    QHash<QString, Line> m_lines;
};

} // namespace standlab
