// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulepage.h"

#include "document/eventdocument.h"
#include "model/eventday.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"
#include "shellmodels/schedulemodel.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace standlab {

SchedulePage::SchedulePage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scheduleDays"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_empty = new QLabel(tr("Nothing is scheduled yet. Add the event's days in Event settings and give "
                            "sessions a start time on the Programme page; they appear here."),
                         this);
    m_empty->setObjectName(QStringLiteral("scheduleEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    auto* watcher = new StoreWatcher(document.store(),
                                     {EntityTraits<Session>::table(), EntityTraits<Space>::table(),
                                      EntityTraits<WorkingLine>::table(), EntityTraits<EventDay>::table()},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &SchedulePage::reload);
    reload();
}

void SchedulePage::reload()
{
    const QVector<QDate> days = ScheduleModel::days(m_document.store());
    if (days != m_days) {
        // Days came or went: rebuild the tabs, keeping the day that was on screen.
        const QDate shown = m_tabs->currentIndex() >= 0 ? m_days.value(m_tabs->currentIndex()) : QDate();
        while (m_tabs->count() > 0) {
            QWidget* tab = m_tabs->widget(0);
            m_tabs->removeTab(0);
            delete tab;
        }
        m_models.clear();
        m_days = days;
        for (const QDate& day : days) {
            auto* view = new QTableView(m_tabs);
            view->setObjectName(QStringLiteral("scheduleTable"));
            auto* model = new ScheduleModel(m_document.store(), view);
            view->setModel(model);
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setSelectionMode(QAbstractItemView::SingleSelection);
            view->setWordWrap(true);
            view->setAlternatingRowColors(false);
            view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            view->horizontalHeader()->setMinimumSectionSize(140);
            view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            view->verticalHeader()->setDefaultSectionSize(30);
            view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
            m_models << model;
            m_tabs->addTab(view, QLocale().toString(day, tr("dddd d MMMM")));
        }
        const int keep = int(m_days.indexOf(shown));
        if (keep >= 0)
            m_tabs->setCurrentIndex(keep);
    }
    int sessions = 0;
    for (int i = 0; i < m_models.size(); ++i) {
        m_models.at(i)->setDay(m_days.at(i));
        applySpans(i);
        sessions += m_models.at(i)->sessionCount();
    }
    const bool empty = m_days.isEmpty();
    m_tabs->setVisible(!empty);
    m_empty->setVisible(empty);
    m_summary->setText(empty ? QString()
                             : tr("Scheduled sessions: %1 over %2 days. Read-only for now: edit times and "
                                  "spaces on the Programme page.")
                                   .arg(sessions)
                                   .arg(m_days.size()));
}

void SchedulePage::applySpans(int tab)
{
    auto* view = qobject_cast<QTableView*>(m_tabs->widget(tab));
    if (!view)
        return;
    view->clearSpans();
    for (const ScheduleModel::Span& span : m_models.at(tab)->spans())
        view->setSpan(span.row, span.column, span.rows, 1);
}

} // namespace standlab
