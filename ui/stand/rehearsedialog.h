// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDoubleSpinBox;

namespace standlab {

// Asks for the event time a rehearsal starts at and how fast its clock runs.
class RehearseDialog : public QDialog
{
    Q_OBJECT

public:
    RehearseDialog(const QDateTime& wallStart, double speed, QWidget* parent = nullptr);

    // The chosen start, as the event's wall-clock time (UTC-spec, like session times).
    QDateTime wallStart() const;
    double speed() const;
    void setWallStart(const QDateTime& wall);
    void setSpeed(double speed);

private:
    QDateTimeEdit* m_start = nullptr;
    QDoubleSpinBox* m_speed = nullptr;
};

} // namespace standlab
