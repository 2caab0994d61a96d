// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettersdialog.h"

#include "commands/insertrowcommand.h"
#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "letters/defaultletters.h"
#include "letters/lettercomposer.h"
#include "letters/letteroutbox.h"
#include "letters/letterspdf.h"
#include "letters/personinteraction.h"
#include "model/event.h"
#include "model/repository.h"
#include "releases/releasebook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace standlab {

LettersDialog::LettersDialog(EventDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_language(new QComboBox(this)), m_person(new QComboBox(this)),
      m_since(new QComboBox(this)), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_preview(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("lettersDialog"));
    setWindowTitle(tr("Letters to speakers"));
    m_language->setObjectName(QStringLiteral("lettersLanguage"));
    const QStringList names = {tr("English"), tr("Spanish"), tr("Catalan"), tr("French")};
    for (int i = 0; i < DefaultLetters::languages().size(); ++i)
        m_language->addItem(names.at(i), DefaultLetters::languages().at(i));
    m_person->setObjectName(QStringLiteral("lettersPerson"));
    for (const auto& [id, name] : LetterComposer(m_document.store()).recipients())
        m_person->addItem(name, id);
    m_since->setObjectName(QStringLiteral("lettersSince"));
    m_since->addItem(tr("Everyone with sessions"), QString());
    const QVector<Release> releases = ReleaseBook(m_document.store()).list();
    for (auto it = releases.crbegin(); it != releases.crend(); ++it)
        m_since->addItem(tr("Only those whose sessions changed since %1").arg(it->name), it->name);
    m_subject->setObjectName(QStringLiteral("lettersSubject"));
    m_body->setObjectName(QStringLiteral("lettersBody"));
    m_preview->setObjectName(QStringLiteral("lettersPreview"));
    m_preview->setReadOnly(true);
    m_status->setObjectName(QStringLiteral("lettersStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Write to:"), m_since);
    layout->addLayout(form);
    auto* splitter = new QSplitter(this);
    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* subjectLabel = new QLabel(tr("&Subject:"), editor);
    subjectLabel->setBuddy(m_subject);
    editorLayout->addWidget(subjectLabel);
    editorLayout->addWidget(m_subject);
    auto* bodyLabel = new QLabel(tr("&Body:"), editor);
    bodyLabel->setBuddy(m_body);
    editorLayout->addWidget(bodyLabel);
    editorLayout->addWidget(m_body, 1);
    auto* help = new QLabel(tr("Placeholders: %1").arg(LetterComposer::placeholders().join(QStringLiteral(" "))), editor);
    help->setWordWrap(true);
    editorLayout->addWidget(help);
    auto* preview = new QWidget(splitter);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* personRow = new QHBoxLayout;
    auto* personLabel = new QLabel(tr("Preview &for:"), preview);
    personLabel->setBuddy(m_person);
    personRow->addWidget(personLabel);
    personRow->addWidget(m_person, 1);
    previewLayout->addLayout(personRow);
    previewLayout->addWidget(m_preview, 1);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Sa&ve template"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("lettersSaveTemplate"));
    QPushButton* drafts = buttons->addButton(tr("Write e-mail &drafts…"), QDialogButtonBox::ActionRole);
    drafts->setObjectName(QStringLiteral("lettersDrafts"));
    QPushButton* pdf = buttons->addButton(tr("&Print letters (PDF)…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("lettersPdf"));
    const bool writable = !m_document.isReadOnly();
    for (QPushButton* button : {save, drafts, pdf})
        button->setEnabled(writable);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        m_status->setText(saveTemplate(&error) ? tr("Template saved.") : error);
    });
    connect(drafts, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the e-mail drafts"));
        if (folder.isEmpty())
            return;
        QString summary;
        QString error;
        m_status->setText(writeDrafts(folder, &summary, &error) ? summary : error);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Letters to print"), tr("letters.pdf"),
                                                          tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QString summary;
        QString error;
        m_status->setText(writePdf(path, &summary, &error) ? summary : error);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &LettersDialog::loadTemplate);
    connect(m_person, &QComboBox::currentIndexChanged, this, &LettersDialog::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, &LettersDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &LettersDialog::updatePreview);
    splitter->setSizes({500, 500});
    resize(1080, 640);
    loadTemplate();
}

void LettersDialog::loadTemplate()
{
    const LetterTemplate chosen = LetterComposer(m_document.store()).templateFor(m_language->currentData().toString());
    m_subject->setText(chosen.subject);
    m_body->setPlainText(chosen.body);
    updatePreview();
}

void LettersDialog::updatePreview()
{
    if (m_person->count() == 0) {
        m_preview->setPlainText(tr("Nobody is on stage in a scheduled session yet."));
        return;
    }
    QString error;
    const std::optional<Letter> letter =
        LetterComposer(m_document.store())
            .preview(m_person->currentData().toString(), m_language->currentData().toString(), m_subject->text(),
                     m_body->toPlainText(), &error);
    if (!letter) {
        m_preview->setPlainText(error);
        return;
    }
    m_preview->setPlainText(tr("To: %1 <%2>\nSubject: %3\n\n%4")
                                .arg(letter->personName, letter->email.isEmpty() ? tr("no address") : letter->email,
                                     letter->subject, letter->body));
}

QString LettersDialog::previewText() const
{
    return m_preview->toPlainText();
}

bool LettersDialog::saveTemplate(QString* error)
{
    const QString language = m_language->currentData().toString();
    const QVector<LetterTemplate> stored = Repository<LetterTemplate>(m_document.store())
                                               .where(QStringLiteral("kind = 'schedule' AND language = ?"), {language});
    const QVariantMap values{{QStringLiteral("subject"), m_subject->text()}, {QStringLiteral("body"), m_body->toPlainText()}};
    if (stored.isEmpty()) {
        QVariantMap row = values;
        row.insert(QStringLiteral("kind"), QStringLiteral("schedule"));
        row.insert(QStringLiteral("language"), language);
        m_document.push(new InsertRowCommand(m_document, EntityTraits<LetterTemplate>::table(), row,
                                             tr("Letter template (%1)").arg(m_language->currentText())));
    } else {
        m_document.push(new SetFieldCommand(m_document, EntityTraits<LetterTemplate>::table(), stored.first().id, values,
                                            tr("Letter template (%1)").arg(m_language->currentText())));
    }
    Q_UNUSED(error)
    return true;
}

bool LettersDialog::compose(QVector<Letter>* letters, QString* error) const
{
    // What is on screen is what gets written, saved or not.
    LetterComposer::Options options;
    options.language = m_language->currentData().toString();
    options.changedSince = m_since->currentData().toString();
    options.subject = m_subject->text();
    options.body = m_body->toPlainText();
    if (!LetterComposer(m_document.store()).compose(options, letters, error))
        return false;
    if (letters->isEmpty()) {
        if (error)
            *error = tr("Nobody to write to.");
        return false;
    }
    return true;
}

void LettersDialog::record(const QVector<Letter>& letters)
{
    const QString note = LetterOutbox::note(m_document.store(), m_since->currentData().toString());
    auto* macro = new QUndoCommand(tr("Letters written (%n)", nullptr, int(letters.size())));
    for (const Letter& letter : letters) {
        const QVariantMap values{{QStringLiteral("person_id"), letter.personId},
                                 {QStringLiteral("happened_on"), QDate::currentDate().toString(Qt::ISODate)},
                                 {QStringLiteral("channel"), QStringLiteral("letter")},
                                 {QStringLiteral("note"), note}};
        new InsertRowCommand(m_document, EntityTraits<PersonInteraction>::table(), values, note, macro);
    }
    m_document.push(macro);
}

bool LettersDialog::writeDrafts(const QString& folder, QString* summary, QString* error)
{
    QVector<Letter> letters;
    if (!compose(&letters, error))
        return false;
    QStringList written;
    QStringList noAddress;
    if (!LetterOutbox::writeDrafts(letters, folder, &written, &noAddress, error))
        return false;
    QVector<Letter> sent;
    for (const Letter& letter : qAsConst(letters))
        if (!letter.email.isEmpty())
            sent << letter;
    record(sent);
    *summary = tr("%n e-mail draft(s) written into %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(folder));
    if (!noAddress.isEmpty())
        *summary += QLatin1Char(' ') + tr("No address, so no draft: %1.").arg(noAddress.join(QStringLiteral(", ")));
    return true;
}

bool LettersDialog::writePdf(const QString& path, QString* summary, QString* error)
{
    QVector<Letter> letters;
    if (!compose(&letters, error))
        return false;
    LettersPdf::Heading heading;
    const QVector<Event> events = Repository<Event>(m_document.store()).all();
    if (!events.isEmpty()) {
        heading.eventName = events.first().name;
        heading.address = events.first().venue;
        if (!events.first().city.isEmpty() && !heading.address.contains(events.first().city))
            heading.address += QStringLiteral(", ") + events.first().city;
    }
    if (!LettersPdf::write(letters, heading, path, error))
        return false;
    record(letters);
    *summary = tr("%n letter(s) written to %1.", nullptr, int(letters.size())).arg(QDir::toNativeSeparators(path));
    return true;
}

} // namespace standlab
