// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimportdialog.h"

#include "contacts/contactformats.h"
#include "contacts/contactimporter.h"
#include "document/eventdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace standlab {

ContactImportDialog::ContactImportDialog(EventDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_importer(std::make_unique<ContactImporter>(document.store()))
{
    setObjectName(QStringLiteral("contactImportDialog"));
    setWindowTitle(tr("Import contacts"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A CSV file saved from a spreadsheet"));
    m_path->setToolTip(tr("UTF-8 or Windows-1252, comma or semicolon: the dialect is detected"));
    connect(m_path, &QLineEdit::returnPressed, this, [this] { loadFile(m_path->text()); });
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    browse->setToolTip(tr("Choose the CSV file to import"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), m_path->text(),
                                                          tr("Spreadsheets as CSV (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });

    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Goes into")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setToolTip(tr("Guessed from the headers; change any column that went to the wrong place"));
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Preview shows what will be created, updated or skipped as a duplicate."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_previewButton = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("importPreview"));
    m_previewButton->setToolTip(tr("A dry run: nothing is written"));
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importRun"));
    m_importButton->setToolTip(tr("Imports every row, or nothing if any row is rejected"));
    connect(m_previewButton, &QPushButton::clicked, this, &ContactImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_previewButton->setEnabled(false);
    m_importButton->setEnabled(false);
    resize(720, 560);
}

ContactImportDialog::~ContactImportDialog() = default;

QString ContactImportDialog::settingsKey() const
{
    return QStringLiteral("contactImport/") + ContactImportMapping::signature(m_importer->headers());
}

bool ContactImportDialog::loadFile(const QString& path)
{
    m_path->setText(path);
    m_report->clear();
    QString error;
    m_importer = std::make_unique<ContactImporter>(m_document.store());
    const bool ok = m_importer->loadFile(path, &error);
    m_previewButton->setEnabled(ok);
    m_importButton->setEnabled(ok);
    if (!ok) {
        m_mapping->setRowCount(0);
        m_status->setText(tr("<b>Cannot read %1</b>: %2").arg(QDir::toNativeSeparators(path).toHtmlEscaped(), error.toHtmlEscaped()));
        return false;
    }
    // A mapping the user fixed for files with these headers wins over the guess.
    const QByteArray saved = QSettings().value(settingsKey()).toByteArray();
    const QJsonDocument json = QJsonDocument::fromJson(saved);
    QString why;
    const bool remembered = json.isObject();
    showMapping(remembered ? ContactImportMapping::fromJson(json.object(), m_importer->headers(), &why)
                           : ContactImportMapping::guess(m_importer->headers()));
    m_status->setText(remembered ? tr("Using the mapping remembered for files with these columns.")
                                 : tr("Columns guessed from the headers; check them, then Preview."));
    return true;
}

void ContactImportDialog::showMapping(const ContactImportMapping& mapping)
{
    const QStringList headers = m_importer->headers();
    // The records of the importer start with the header row; the first data row is a sample.
    m_mapping->setRowCount(int(headers.size()));
    QStringList sample;
    if (!m_path->text().isEmpty()) {
        CsvReader reader;
        if (reader.readFile(m_path->text()) && reader.records().size() > 1)
            sample = reader.records().at(1).fields;
    }
    for (int c = 0; c < headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(headers.at(c)));
        m_mapping->setItem(c, 1, new QTableWidgetItem(sample.value(c)));
        for (int k = 0; k < 2; ++k)
            m_mapping->item(c, k)->setFlags(Qt::ItemIsEnabled);
        auto* combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("mapping%1").arg(c));
        for (ContactField field : ContactImportMapping::allFields())
            combo->addItem(ContactImportMapping::label(field), ContactImportMapping::key(field));
        combo->setCurrentIndex(std::max(0, combo->findData(ContactImportMapping::key(mapping.field(c)))));
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), m_report, &QPlainTextEdit::clear);
        m_mapping->setCellWidget(c, 2, combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(1, 200);
}

ContactImportMapping ContactImportDialog::currentMapping() const
{
    ContactImportMapping mapping(m_importer->headers());
    for (int c = 0; c < m_mapping->rowCount(); ++c)
        if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(c, 2)))
            mapping.setField(c, ContactImportMapping::fromKey(combo->currentData().toString()));
    return mapping;
}

bool ContactImportDialog::preview()
{
    m_importer->setMapping(currentMapping());
    const ContactImportReport report = m_importer->preview();
    m_report->setPlainText(ContactFormats::reportLines(report, true).join(QLatin1Char('\n')));
    m_status->setText(report.ok() ? tr("Ready to import.")
                                  : tr("<b>Nothing can be imported</b> until the rejected rows are fixed in the file."));
    return report.ok();
}

bool ContactImportDialog::runImport()
{
    const ContactImportMapping mapping = currentMapping();
    m_importer->setMapping(mapping);
    const ContactImportReport report = m_importer->apply();
    m_report->setPlainText(ContactFormats::reportLines(report, false).join(QLatin1Char('\n')));
    if (!report.ok() || !report.applied) {
        m_status->setText(tr("<b>Nothing was imported.</b> Every rejected row is listed with its line."));
        return false;
    }
    QSettings().setValue(settingsKey(), QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    m_status->setText(tr("Imported."));
    return true;
}

QString ContactImportDialog::reportText() const
{
    return m_report->toPlainText();
}

} // namespace standlab
