// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace standlab {

RehearseDialog::RehearseDialog(const QDateTime& wallStart, double speed, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("rehearseDialog"));
    setWindowTitle(tr("Rehearse at…"));
    auto* intro = new QLabel(tr("The stand screens and the Today list follow a simulated clock from this "
                                "moment (the event's local time) until you switch back to the real time."),
                             this);
    intro->setWordWrap(true);
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("rehearseStart"));
    m_start->setTimeSpec(Qt::UTC);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_start->setToolTip(tr("Date and time at the event when the rehearsal starts"));
    m_speed = new QDoubleSpinBox(this);
    m_speed->setObjectName(QStringLiteral("rehearseSpeed"));
    m_speed->setRange(0.0, 3600.0);
    m_speed->setDecimals(1);
    m_speed->setSuffix(tr(" × real time"));
    m_speed->setToolTip(tr("1 runs like a normal clock, 60 makes a minute pass every second, 0 stops the clock"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Start at:"), m_start);
    form->addRow(tr("S&peed:"), m_speed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setWallStart(wallStart);
    setSpeed(speed);
}

QDateTime RehearseDialog::wallStart() const
{
    QDateTime value = m_start->dateTime();
    value.setTimeSpec(Qt::UTC);
    return value;
}

double RehearseDialog::speed() const
{
    return m_speed->value();
}

void RehearseDialog::setWallStart(const QDateTime& wall)
{
    m_start->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
}

void RehearseDialog::setSpeed(double speed)
{
    m_speed->setValue(speed);
}

} // namespace standlab
