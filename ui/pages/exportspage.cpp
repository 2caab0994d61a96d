// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportspage.h"

#include "document/eventdocument.h"
#include "export/programmeformats.h"
#include "exports/exportoptionswidget.h"
#include "exports/programmepreview.h"
#include "exports/programmeprinter.h"
#include "io/formatregistry.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/prompts.h"
#include "model/event.h"
#include "model/repository.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace standlab {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

QString extensionOf(const QString& format)
{
    if (format == QLatin1String("html") || format == QLatin1String("csv") || format == QLatin1String("xlsx"))
        return format;
    return QStringLiteral("pdf");
}

} // namespace

ExportsPage::ExportsPage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* columns = new QHBoxLayout(this);
    auto* side = new QWidget(this);
    side->setMaximumWidth(440);
    side->setMinimumWidth(320);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addWidget(heading(tr("The programme"), side));
    m_options = new ExportOptionsWidget(document.store(), side);
    layout->addWidget(m_options);
    auto* buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export…"), side);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the programme in the chosen format to a file"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setDefault(true);
    m_print = new QPushButton(tr("&Print…"), side);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Print the booklet with these options"));
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(side);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0); // busy: the writers do not report steps
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    layout->addWidget(m_progress);

    layout->addSpacing(12);
    layout->addWidget(heading(tr("Full copies of this event"), side));
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(8);
    layout->addLayout(m_grid);
    layout->addSpacing(8);
    m_result = new QLabel(side);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumWidth(460);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columns->addWidget(scroll);

    m_preview = new ProgrammePreview(document.store(), this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    columns->addWidget(m_preview, 1);

    addEntry(QStringLiteral("saveCopyButton"), tr("Save a copy…"),
             tr("A second .standlab file with everything in this event, consistent even while you keep "
                "editing. Open it on another laptop or keep it as a safe copy."),
             [this] { return FileActions::saveCopy(this, m_document.store()); });
    addEntry(QStringLiteral("exportBundleButton"), tr("Export event as JSON bundle…"),
             tr("Every row of every table as one JSON document, for archiving or for other tools."),
             [this] { return FileActions::exportBundle(this, m_document.store()); });

    connect(m_options, &ExportOptionsWidget::changed, this, &ExportsPage::optionsChanged);
    connect(m_export, &QPushButton::clicked, this, &ExportsPage::exportChosen);
    connect(m_print, &QPushButton::clicked, this, [this] {
        ProgrammeOptions options;
        QString error;
        if (!ProgrammeFormats::optionsFor(m_document.store(), m_options->request(), &options, &error)) {
            Prompts::warning(this, tr("Print programme"), error);
            return;
        }
        if (ProgrammePrinter::printWithDialog(this, m_document.store(), options))
            emit statusMessage(tr("Programme sent to the printer"));
    });
    // Days, lines and spaces can change under the page; the preview follows when it is visible.
    const auto eventChanged = [this] {
        m_stale = true;
        if (isVisible()) {
            m_stale = false;
            m_options->reload();
        }
    };
    connect(&document.store(), &Store::reset, this, eventChanged);
    connect(&document.store(), &Store::rowChanged, this, eventChanged);
    optionsChanged();
}

void ExportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_options->reload();
        m_preview->refreshNow();
    }
}

void ExportsPage::optionsChanged()
{
    const bool ok = m_options->hasSelection();
    m_export->setEnabled(ok);
    m_print->setEnabled(ok);
    m_print->setVisible(m_options->formatName() == QLatin1String("booklet"));
    m_preview->setRequest(m_options->formatName(), m_options->request());
}

void ExportsPage::addEntry(const QString& objectName, const QString& button, const QString& explanation,
                           const std::function<QString()>& run)
{
    const int row = m_grid->rowCount();
    auto* push = new QPushButton(button, this);
    push->setObjectName(objectName);
    push->setToolTip(explanation);
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    m_grid->addWidget(push, row, 0, Qt::AlignTop);
    m_grid->addWidget(label, row, 1, Qt::AlignTop);
    connect(push, &QPushButton::clicked, this, [this, run] {
        const QString written = run();
        if (written.isEmpty())
            return;
        m_result->setText(tr("Written: %1").arg(QDir::toNativeSeparators(written)));
        emit statusMessage(tr("Written %1").arg(QDir::toNativeSeparators(written)));
    });
}

QString ExportsPage::suggestedFileName() const
{
    const QString format = m_options->formatName();
    QString base = QFileInfo(m_document.store().path()).completeBaseName();
    if (base.isEmpty())
        base = tr("programme");
    QString folder = QFileInfo(m_document.store().path()).absolutePath();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(base + QLatin1Char('-') + format + QLatin1Char('.') + extensionOf(format));
}

bool ExportsPage::exportTo(const QString& path, QString* error)
{
    const FormatRegistry::ExportFormat* format = FormatRegistry::builtIn().exportFormat(m_options->formatName());
    if (!format) {
        if (error)
            *error = tr("This build cannot write “%1”.").arg(m_options->formatName());
        return false;
    }
    ExportRequest request = m_options->request();
    request.output = path;
    m_progress->show();
    m_export->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Let the busy bar appear before the work blocks the event loop.
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const bool ok = format->write(m_document.store(), request, error);
    QApplication::restoreOverrideCursor();
    m_export->setEnabled(true);
    m_progress->hide();
    return ok;
}

void ExportsPage::exportChosen()
{
    const QString format = m_options->formatName();
    const QString extension = extensionOf(format);
    QString path = Prompts::saveFile(this, tr("Export programme"), suggestedFileName(),
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    QString error;
    if (!exportTo(path, &error)) {
        Prompts::warning(this, tr("Export programme"), error);
        return;
    }
    m_result->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    emit statusMessage(tr("Written %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace standlab
