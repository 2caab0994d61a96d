// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilityeditor.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "commands/setfieldcommand.h"
#include "model/availability.h"
#include "model/eventday.h"
#include "model/repository.h"
#include "widgets/pushedit.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace standlab {
namespace {
const QString availabilityTable = QStringLiteral("person_availability");
}

AvailabilityEditor::AvailabilityEditor(EventDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("availabilityEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("availabilitySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(3, 1);
    layout->addLayout(m_grid);
    rebuildDays();
    connect(&m_document.store(), &Store::rowChanged, this, &AvailabilityEditor::onRowChanged);
    connect(&m_document.store(), &Store::reset, this, [this] {
        rebuildDays();
        load();
    });
}

void AvailabilityEditor::onRowChanged(const QString& table, const QString&, ChangeKind)
{
    if (table == QLatin1String("event_days")) {
        rebuildDays();
        load();
    } else if (table == availabilityTable) {
        load();
    }
}

void AvailabilityEditor::rebuildDays()
{
    for (const DayRow& row : std::as_const(m_rows)) {
        delete row.check;
        delete row.from;
        delete row.to;
    }
    m_rows.clear();
    int line = 0;
    for (const EventDay& day : Repository<EventDay>(m_document.store()).all(QStringLiteral("day"))) {
        DayRow row;
        row.day = day.day;
        const QString suffix = day.day.toString(QStringLiteral("yyyyMMdd"));
        row.check = new QCheckBox(QLocale().toString(day.day, QStringLiteral("ddd d MMM")), this);
        row.check->setObjectName(QStringLiteral("availableCheck_") + suffix);
        row.check->setToolTip(tr("Tick the days this person can take part"));
        row.from = new QTimeEdit(day.opens.isValid() ? day.opens : QTime(9, 0), this);
        row.to = new QTimeEdit(day.closes.isValid() ? day.closes : QTime(19, 0), this);
        row.from->setObjectName(QStringLiteral("availableFrom_") + suffix);
        row.to->setObjectName(QStringLiteral("availableTo_") + suffix);
        for (QTimeEdit* edit : {row.from, row.to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            edit->setEnabled(false);
        }
        row.from->setToolTip(tr("Available from"));
        row.to->setToolTip(tr("Available until"));
        m_grid->addWidget(row.check, line, 0);
        m_grid->addWidget(row.from, line, 1);
        m_grid->addWidget(row.to, line, 2);
        connect(row.check, &QCheckBox::toggled, this, [this, row](bool on) { onToggled(row, on); });
        connect(row.from, &QTimeEdit::timeChanged, this, [this, row](const QTime& t) {
            onTimeChanged(row, QStringLiteral("available_from"), t);
        });
        connect(row.to, &QTimeEdit::timeChanged, this, [this, row](const QTime& t) {
            onTimeChanged(row, QStringLiteral("available_to"), t);
        });
        m_rows.push_back(row);
        ++line;
    }
}

void AvailabilityEditor::setPersonId(const QString& id)
{
    m_personId = id;
    load();
}

QString AvailabilityEditor::windowId(const QDate& day) const
{
    const auto windows = Repository<Availability>(m_document.store())
                             .where(QStringLiteral("person_id = ? AND day = ?"), {m_personId, dbvalue::to(day)},
                                    QStringLiteral("available_from"));
    return windows.isEmpty() ? QString() : windows.first().id;
}

void AvailabilityEditor::load()
{
    const bool wasLoading = std::exchange(m_loading, true);
    QVector<Availability> windows;
    if (!m_personId.isEmpty())
        windows = Repository<Availability>(m_document.store())
                      .where(QStringLiteral("person_id = ?"), {m_personId}, QStringLiteral("day, available_from"));
    for (const DayRow& row : std::as_const(m_rows)) {
        const auto it = std::find_if(windows.cbegin(), windows.cend(), [&row](const Availability& a) { return a.day == row.day; });
        const bool on = it != windows.cend();
        row.check->setChecked(on);
        row.check->setEnabled(!m_personId.isEmpty());
        row.from->setEnabled(on);
        row.to->setEnabled(on);
        if (on) {
            row.from->setTime(it->availableFrom);
            row.to->setTime(it->availableTo);
        }
    }
    m_summary->setText(windows.isEmpty() ? tr("No days ticked: taken as available throughout the event.")
                                         : tr("Available only on the ticked days, between the times given."));
    m_loading = wasLoading;
}

void AvailabilityEditor::onToggled(const DayRow& row, bool checked)
{
    if (m_loading || m_personId.isEmpty())
        return;
    const QString day = QLocale().toString(row.day, QLocale::ShortFormat);
    if (checked) {
        pushEdit(m_document, new InsertRowCommand(m_document, availabilityTable,
                                                  {{QStringLiteral("person_id"), m_personId},
                                                   {QStringLiteral("day"), dbvalue::to(row.day)},
                                                   {QStringLiteral("available_from"), dbvalue::to(row.from->time())},
                                                   {QStringLiteral("available_to"), dbvalue::to(row.to->time())}},
                                                  tr("Available on %1").arg(day)));
        return;
    }
    // A day may hold several windows (from an import); unticking it removes them all in one step.
    auto* step = new QUndoCommand(tr("Not available on %1").arg(day));
    for (const Availability& window : Repository<Availability>(m_document.store())
                                          .where(QStringLiteral("person_id = ? AND day = ?"), {m_personId, dbvalue::to(row.day)}))
        new RemoveRowCommand(m_document, availabilityTable, window.id, step->text(), step);
    if (step->childCount() == 0) {
        delete step;
        return;
    }
    m_document.push(step);
}

void AvailabilityEditor::onTimeChanged(const DayRow& row, const QString& column, const QTime& time)
{
    if (m_loading || m_personId.isEmpty())
        return;
    const QString id = windowId(row.day);
    if (id.isEmpty())
        return;
    pushEdit(m_document, new SetFieldCommand(m_document, availabilityTable, id, {{column, dbvalue::to(time)}},
                                             tr("Change availability on %1").arg(QLocale().toString(row.day, QLocale::ShortFormat))));
}

} // namespace standlab
