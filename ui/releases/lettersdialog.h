// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/letter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace standlab {

class EventDocument;

// Programme › Letters to speakers…: the template of each language edited with a live preview for one
// person, then e-mail drafts into a folder or one PDF to print, for everyone or for the people whose
// sessions changed since a release. Each letter written is added to the person's log (undoable).
class LettersDialog : public QDialog
{
    Q_OBJECT

public:
    LettersDialog(EventDocument& document, QWidget* parent = nullptr);

    // Without file dialogs, for tests and the buttons: writes the drafts or the PDF and notes them.
    bool writeDrafts(const QString& folder, QString* summary, QString* error);
    bool writePdf(const QString& path, QString* summary, QString* error);
    bool saveTemplate(QString* error);
    QString previewText() const;

private:
    void loadTemplate();
    void updatePreview();
    bool compose(QVector<Letter>* letters, QString* error) const;
    void record(const QVector<Letter>& letters);

    EventDocument& m_document;
    QComboBox* m_language;
    QComboBox* m_person;
    QComboBox* m_since;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QPlainTextEdit* m_preview;
    QLabel* m_status;
};

} // namespace standlab
