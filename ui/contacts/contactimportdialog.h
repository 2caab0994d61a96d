// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace standlab {

class ContactImporter;
class ContactImportMapping;
class EventDocument;

// Imports a contacts spreadsheet: choose the CSV, check the guessed column mapping (English, Spanish
// and Catalan headers; remembered per header set), preview what will be created, updated or skipped
// as a duplicate, then import all rows or none.
class ContactImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactImportDialog(EventDocument& document, QWidget* parent = nullptr);
    ~ContactImportDialog() override;

    // Reads a file and shows its mapping; false (with the reason shown) when it cannot be read.
    bool loadFile(const QString& path);
    // Dry run: fills the report; true when every row can be imported.
    bool preview();
    // Imports everything or nothing; true when imported.
    bool runImport();
    QString reportText() const;
    QTableWidget* mappingTable() const { return m_mapping; }

private:
    void showMapping(const ContactImportMapping& mapping);
    ContactImportMapping currentMapping() const;
    QString settingsKey() const;

    EventDocument& m_document;
    std::unique_ptr<ContactImporter> m_importer;
    QLineEdit* m_path = nullptr;
    QTableWidget* m_mapping = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace standlab
