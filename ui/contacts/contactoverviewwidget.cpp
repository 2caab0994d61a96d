// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactoverviewwidget.h"

#include "contacts/contactoverview.h"
#include "shellmodels/storewatcher.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace standlab {
namespace {

const QColor kAttendanceColours[] = {QColor(0x9e, 0x9e, 0x9e), QColor(0x64, 0x95, 0xed), QColor(0xf2, 0xb1, 0x34),
                                     QColor(0x2e, 0x8b, 0x57), QColor(0xb0, 0x3a, 0x2e)};
const QColor kOverdue(0xb0, 0x3a, 0x2e);
const QColor kCalm(0x4a, 0x7f, 0xb5);

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Horizontal bars, one or two stacked sets, with categories on the left and a count axis.
QChart* barChart(const QString& title, const QStringList& categories, const QVector<QBarSet*>& sets, bool stacked)
{
    QChart* chart = newChart(title);
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    int maximum = 1;
    QVector<int> totals(categories.size(), 0);
    for (QBarSet* set : sets) {
        // Horizontal bars grow upwards: reverse so the list reads from the top.
        QList<qreal> values;
        for (int i = set->count() - 1; i >= 0; --i)
            values << set->at(i);
        set->remove(0, set->count());
        set->append(values);
        series->append(set);
        for (int i = 0; i < set->count() && i < totals.size(); ++i)
            totals[i] += int(set->at(i));
    }
    for (int total : totals)
        maximum = std::max(maximum, total);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    // Top of the list at the top of the picture.
    QStringList reversed = categories;
    std::reverse(reversed.begin(), reversed.end());
    axisY->append(reversed);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, maximum);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(std::min(maximum, 5) + 1);
    axisX->applyNiceNumbers(); // whole, round ticks: counts are never 2.8
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(sets.size() > 1);
    return chart;
}

} // namespace

ContactOverviewWidget::ContactOverviewWidget(Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_summary, 0, 0, 1, 3);
    for (int i = 0; i < 5; ++i) {
        auto* view = new QChartView(this);
        view->setObjectName(QStringLiteral("overviewChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 200);
        m_views << view;
    }
    layout->addWidget(m_views[0], 1, 0);
    layout->addWidget(m_views[1], 1, 1);
    layout->addWidget(m_views[2], 1, 2);
    layout->addWidget(m_views[3], 2, 0, 1, 2);
    layout->addWidget(m_views[4], 2, 2);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);

    auto* watcher = new StoreWatcher(store,
                                     {QStringLiteral("organisations"), QStringLiteral("engagements"),
                                      QStringLiteral("working_lines"), QStringLiteral("sessions")},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void ContactOverviewWidget::refresh()
{
    const ContactOverview overview = ContactOverview::of(m_store);

    int attending = 0, unanswered = 0, requests = 0, overdue = 0;
    auto* pie = new QPieSeries;
    for (int i = 0; i < overview.attendance().size(); ++i) {
        const ContactOverview::Bar& bar = overview.attendance().at(i);
        if (bar.key == QLatin1String("attending"))
            attending = bar.count;
        if (bar.count == 0)
            continue;
        QPieSlice* slice = pie->append(QStringLiteral("%1 (%2)").arg(bar.label).arg(bar.count), bar.count);
        slice->setColor(kAttendanceColours[i % 5]);
        slice->setLabelVisible(true);
    }
    pie->setPieSize(0.6);
    QChart* attendance = newChart(tr("Attendance by status"));
    attendance->addSeries(pie);
    attendance->legend()->setVisible(false);

    QStringList countries;
    auto* countrySet = new QBarSet(tr("Organisations"));
    countrySet->setColor(kCalm);
    int others = 0;
    for (int i = 0; i < overview.countries().size(); ++i) {
        if (i < 8) {
            countries << overview.countries().at(i).label;
            *countrySet << overview.countries().at(i).count;
        } else {
            others += overview.countries().at(i).count;
        }
    }
    if (others > 0) {
        countries << tr("Other countries");
        *countrySet << others;
    }

    QStringList kinds;
    auto* kindSet = new QBarSet(tr("Organisations"));
    kindSet->setColor(QColor(0x7b, 0x61, 0xa8));
    for (const ContactOverview::Bar& bar : overview.kinds()) {
        kinds << bar.label;
        *kindSet << bar.count;
    }

    QStringList lines;
    auto* answered = new QBarSet(tr("Session made"));
    answered->setColor(QColor(0x2e, 0x8b, 0x57));
    auto* open = new QBarSet(tr("Unanswered"));
    open->setColor(kOverdue);
    for (const ContactOverview::Bar& bar : overview.requestsByLine()) {
        lines << bar.label;
        *answered << bar.count - bar.extra;
        *open << bar.extra;
        requests += bar.count;
        unanswered += bar.extra;
    }

    QStringList weeks;
    auto* due = new QBarSet(tr("Due"));
    due->setColor(kCalm);
    auto* late = new QBarSet(tr("Overdue"));
    late->setColor(kOverdue);
    for (const ContactOverview::Bar& bar : overview.followUpsByWeek()) {
        weeks << bar.label;
        *due << bar.count - bar.extra;
        *late << bar.extra;
        overdue += bar.extra;
    }

    const QVector<QChart*> charts = {
        attendance,
        barChart(tr("Organisations by country"), countries, {countrySet}, false),
        barChart(tr("Organisations by kind"), kinds, {kindSet}, false),
        barChart(tr("Requests to speak or run a workshop, by working line"), lines, {answered, open}, true),
        barChart(tr("Follow-ups per week"), weeks, {due, late}, true)};
    for (int i = 0; i < charts.size(); ++i) {
        QChart* old = m_views[i]->chart();
        m_views[i]->setChart(charts[i]);
        delete old;
    }
    m_summary->setText(tr("<b>%1</b> organisations · <b>%2</b> attending · <b>%3</b> requests to speak or run a "
                          "workshop, <b>%4</b> still unanswered · <b>%5</b> follow-ups overdue")
                           .arg(overview.organisations()).arg(attending).arg(requests).arg(unanswered).arg(overdue));
}

} // namespace standlab
