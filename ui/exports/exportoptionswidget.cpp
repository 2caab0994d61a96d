// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptionswidget.h"

#include "model/eventday.h"
#include "model/repository.h"
#include "model/space.h"
#include "model/vocabulary.h"
#include "model/workingline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QLocale>
#include <QSet>

namespace standlab {

ExportOptionsWidget::ExportOptionsWidget(Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setToolTip(tr("What to make of the programme"));
    m_format->addItem(tr("Programme booklet (PDF)"), QStringLiteral("booklet"));
    m_format->addItem(tr("Day posters, A3 (PDF)"), QStringLiteral("poster"));
    m_format->addItem(tr("Door signs, one per space and day (PDF)"), QStringLiteral("signs"));
    m_format->addItem(tr("Web page for phones and the stand screen (HTML)"), QStringLiteral("html"));
    m_format->addItem(tr("Spreadsheet (CSV)"), QStringLiteral("csv"));
    m_format->addItem(tr("Spreadsheet (Excel, .xlsx)"), QStringLiteral("xlsx"));
    form->addRow(tr("&Format:"), m_format);

    m_days = addList(QStringLiteral("exportDays"), tr("Only the checked days are exported"));
    form->addRow(tr("&Days:"), m_days);
    m_lines = addList(QStringLiteral("exportLines"), tr("Only sessions of the checked working lines are exported"));
    form->addRow(tr("Working &lines:"), m_lines);
    m_spaces = addList(QStringLiteral("exportSpaces"), tr("Only sessions in the checked spaces are exported"));
    form->addRow(tr("&Spaces:"), m_spaces);
    m_statuses = addList(QStringLiteral("exportStatuses"),
                         tr("Sessions with these statuses are exported; ideas and proposals are not public"));
    QVector<std::pair<QString, QString>> statuses;
    for (const Term& term : Vocabulary::sessionStatuses())
        statuses.push_back({term.key, term.label});
    fill(m_statuses, statuses);
    for (int i = 0; i < m_statuses->count(); ++i) {
        QListWidgetItem* item = m_statuses->item(i);
        item->setCheckState(item->data(Qt::UserRole).toString() == QLatin1String("confirmed") ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
    form->addRow(tr("S&tatuses:"), m_statuses);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->setToolTip(tr("Paper of the booklet and the door signs; posters are always A3"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    form->addRow(tr("&Paper:"), m_paper);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_language->setToolTip(tr("The language of the printed headings and labels, whatever the app's language"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Català"), QStringLiteral("ca"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    form->addRow(tr("Label lan&guage:"), m_language);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_paper->setEnabled(formatName() == QLatin1String("booklet") || formatName() == QLatin1String("signs"));
        emit changed();
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportOptionsWidget::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportOptionsWidget::changed);
    reload();
}

QListWidget* ExportOptionsWidget::addList(const QString& objectName, const QString& tip)
{
    auto* list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setToolTip(tip);
    list->setMaximumHeight(fontMetrics().height() * 6);
    list->setUniformItemSizes(true);
    connect(list, &QListWidget::itemChanged, this, &ExportOptionsWidget::changed);
    return list;
}

void ExportOptionsWidget::fill(QListWidget* list, const QVector<std::pair<QString, QString>>& items)
{
    QSet<QString> unchecked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() != Qt::Checked)
            unchecked.insert(list->item(i)->data(Qt::UserRole).toString());
    const QSignalBlocker blocker(list);
    list->clear();
    for (const auto& [key, label] : items) {
        auto* item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(unchecked.contains(key) ? Qt::Unchecked : Qt::Checked);
    }
}

void ExportOptionsWidget::reload()
{
    QVector<std::pair<QString, QString>> days, lines, spaces;
    const QLocale locale;
    for (const EventDay& day : Repository<EventDay>(m_store).all(QStringLiteral("day")))
        if (day.day.isValid())
            days.push_back({day.day.toString(Qt::ISODate), locale.toString(day.day, QLocale::LongFormat)});
    for (const WorkingLine& line : Repository<WorkingLine>(m_store).all(QStringLiteral("position, name")))
        lines.push_back({line.id, line.name});
    for (const Space& space : Repository<Space>(m_store).all(QStringLiteral("position, name")))
        spaces.push_back({space.id, space.name});
    fill(m_days, days);
    fill(m_lines, lines);
    fill(m_spaces, spaces);
    emit changed();
}

QStringList ExportOptionsWidget::checked(const QListWidget* list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            keys << list->item(i)->data(Qt::UserRole).toString();
    // Everything checked means "all", which also takes in sessions outside the listed days.
    return keys.size() == list->count() ? QStringList() : keys;
}

bool ExportOptionsWidget::hasSelection() const
{
    for (const QListWidget* list : {m_days, m_lines, m_spaces, m_statuses}) {
        bool any = list->count() == 0;
        for (int i = 0; i < list->count() && !any; ++i)
            any = list->item(i)->checkState() == Qt::Checked;
        if (!any)
            return false;
    }
    return true;
}

QString ExportOptionsWidget::formatName() const
{
    return m_format->currentData().toString();
}

bool ExportOptionsWidget::isPdf() const
{
    const QString name = formatName();
    return name == QLatin1String("booklet") || name == QLatin1String("poster") || name == QLatin1String("signs");
}

ExportRequest ExportOptionsWidget::request() const
{
    ExportRequest request;
    request.days = checked(m_days);
    request.lines = checked(m_lines);
    request.spaces = checked(m_spaces);
    // The statuses are always explicit: "all checked" really means all four here.
    for (int i = 0; i < m_statuses->count(); ++i)
        if (m_statuses->item(i)->checkState() == Qt::Checked)
            request.statuses << m_statuses->item(i)->data(Qt::UserRole).toString();
    request.paper = m_paper->currentData().toString();
    request.language = m_language->currentData().toString();
    return request;
}

} // namespace standlab
