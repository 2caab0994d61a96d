// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmepreview.h"

#include "export/htmlprogramme.h"
#include "export/printlabels.h"
#include "export/programmedata.h"
#include "export/programmeexporter.h"
#include "export/programmeformats.h"
#include "export/programmetable.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace standlab {

namespace {

enum StackPage { PagesView, TableView, HtmlView, MessageView };

} // namespace

ProgrammePreview::ProgrammePreview(const Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true); // a long summary must not widen the window
    layout->addWidget(m_summary);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("previewPages"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pagesHost = new QWidget(m_scroll);
    m_pagesLayout = new QVBoxLayout(m_pagesHost);
    m_pagesLayout->setSpacing(12);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_pagesHost);
    m_stack->addWidget(m_scroll);

    m_table = new QTableWidget(m_stack);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_stack->addWidget(m_table);

    m_html = new QTextBrowser(m_stack);
    m_html->setObjectName(QStringLiteral("previewHtml"));
    m_html->setOpenLinks(false);
    m_stack->addWidget(m_html);

    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ProgrammePreview::refreshNow);
}

void ProgrammePreview::setRequest(const QString& format, const ExportRequest& request)
{
    m_format = format;
    m_request = request;
    m_timer->start();
}

int ProgrammePreview::tableRows() const
{
    return m_table->rowCount();
}

QString ProgrammePreview::htmlText() const
{
    return m_html->toPlainText();
}

void ProgrammePreview::showMessage(const QString& text)
{
    m_images.clear();
    m_pageCount = 0;
    m_summary->clear();
    m_message->setText(text);
    m_stack->setCurrentIndex(MessageView);
}

void ProgrammePreview::refreshNow()
{
    m_timer->stop();
    if (m_format == QLatin1String("booklet") || m_format == QLatin1String("poster")
        || m_format == QLatin1String("signs"))
        showPages(m_format);
    else if (m_format == QLatin1String("html"))
        showHtml();
    else if (!m_format.isEmpty())
        showTable();
    emit refreshed();
}

void ProgrammePreview::showPages(const QString& format)
{
    ProgrammeOptions options;
    QString error;
    if (!ProgrammeFormats::optionsFor(m_store, m_request, &options, &error)) {
        showMessage(error);
        return;
    }
    const ProgrammeFormat kind = format == QLatin1String("poster") ? ProgrammeFormat::Poster
        : format == QLatin1String("signs")                          ? ProgrammeFormat::DoorSigns
                                                                    : ProgrammeFormat::Booklet;
    const PdfCanvas canvas = ProgrammeExporter::layout(m_store, kind, options);
    m_pageCount = canvas.pageCount();
    m_images.clear();
    // A whole page in view at once (scroll for the next), the same scale for every page.
    const QSizeF sheet = canvas.pageRect().size();
    const QSize view = m_scroll->viewport()->size();
    const int width = qMax(280, qMin(view.width() - 40, int((view.height() - 24) * sheet.width() / sheet.height())));
    const int shown = qMin(m_pageCount, int(kMaxPages));
    for (int page = 0; page < shown; ++page)
        m_images.push_back(canvas.renderPage(page, width));

    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int page = 0; page < m_images.size(); ++page) {
        auto* label = new QLabel(m_pagesHost);
        label->setObjectName(QStringLiteral("previewPage%1").arg(page + 1));
        label->setPixmap(QPixmap::fromImage(m_images.at(page)));
        label->setToolTip(tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(label);
        label->show(); // now, not when the layout gets round to it: tests and grabs see it at once
    }
    m_summary->setText(m_pageCount > shown ? tr("Pages: %1. The preview shows the first %2.").arg(m_pageCount).arg(shown)
                                           : tr("Pages: %1.").arg(m_pageCount));
    m_stack->setCurrentIndex(PagesView);
}

void ProgrammePreview::showTable()
{
    ProgrammeOptions options;
    QString error;
    if (!ProgrammeFormats::optionsFor(m_store, m_request, &options, &error)) {
        showMessage(error);
        return;
    }
    m_images.clear();
    m_pageCount = 0;
    const ProgrammeTable table(ProgrammeData::load(m_store, options), PrintLabels(options.language));
    m_table->clear();
    m_table->setColumnCount(int(table.header().size()));
    m_table->setHorizontalHeaderLabels(table.header());
    m_table->setRowCount(int(table.rows().size()));
    for (int r = 0; r < table.rows().size(); ++r)
        for (int c = 0; c < table.rows().at(r).size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(table.rows().at(r).at(c)));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
    m_summary->setText(tr("Sessions: %1, one row each.").arg(table.rows().size()));
    m_stack->setCurrentIndex(TableView);
}

void ProgrammePreview::showHtml()
{
    ProgrammeOptions options;
    QString error;
    if (!ProgrammeFormats::optionsFor(m_store, m_request, &options, &error)) {
        showMessage(error);
        return;
    }
    m_images.clear();
    m_pageCount = 0;
    const ProgrammeData data = ProgrammeData::load(m_store, options);
    // QTextBrowser knows little CSS and no script: this shows the content; a browser shows the page.
    QString html = QString::fromUtf8(HtmlProgramme(data, PrintLabels(options.language)).render());
    // The filter menus need the page's script; here they would only read as a run of words.
    const qsizetype navStart = html.indexOf(QLatin1String("<nav>"));
    const qsizetype navEnd = html.indexOf(QLatin1String("</nav>"));
    if (navStart >= 0 && navEnd > navStart)
        html.remove(navStart, navEnd + 6 - navStart);
    m_html->setHtml(html);
    m_summary->setText(tr("Sessions: %1, on one page that works offline. Its filters by day and working line work in a web "
                          "browser.")
                           .arg(data.sessionCount()));
    m_stack->setCurrentIndex(HtmlView);
}

} // namespace standlab
