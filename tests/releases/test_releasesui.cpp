// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "document/eventdocument.h"
#include "letters/personinteraction.h"
#include "model/repository.h"
#include "model/session.h"
#include "releases/changesdialog.h"
#include "releases/lettersdialog.h"
#include "releases/releasebook.h"
#include "releases/releasedialog.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// The Programme menu's dialogs (issue 19), driven through their widgets: a release made and undone,
// the change list, the letter template's live preview, drafts and PDF written and noted in the log.
// With STANDLAB_SCREENSHOTS set to a folder, each dialog is also saved there as a PNG.
class TestReleasesUi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        std::unique_ptr<Store> store = DemoEvent::create(m_dir.filePath(QStringLiteral("ui-%1.standlab").arg(++m_counter)),
                                                         OpenOptions::forLaptop(QStringLiteral("laptop-ui")), &error);
        QVERIFY2(store, qPrintable(error));
        m_document = std::make_unique<EventDocument>(std::move(store));
    }
    void cleanup() { m_document.reset(); }

    void releaseIsUndoable()
    {
        ReleaseDialog dialog(*m_document);
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("releaseName"));
        QCOMPARE(name->text(), QStringLiteral("v1"));
        dialog.findChild<QLineEdit*>(QStringLiteral("releaseNote"))->setText(QStringLiteral("printed 12 Nov"));
        QVERIFY(dialog.release());
        QCOMPARE(ReleaseBook(m_document->store()).list().size(), 1);
        QVERIFY(!dialog.release()); // the same name again
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("releaseProblem"))->text().contains(QStringLiteral("v1")));
        name->setText(QStringLiteral("v2"));
        shoot(dialog, QStringLiteral("dialog-release"));
        m_document->undoStack().undo();
        QVERIFY(ReleaseBook(m_document->store()).list().isEmpty());
        m_document->undoStack().redo();
        QCOMPARE(ReleaseBook(m_document->store()).list().first().note, QStringLiteral("printed 12 Nov"));
    }

    void changesAreListed()
    {
        QString error;
        QVERIFY(ReleaseBook::make(m_document->store(), QStringLiteral("v1"), QStringLiteral("printed 12 Nov"), &error));
        Repository<Session> sessions(m_document->store());
        const QVector<Session> confirmed = sessions.where(QStringLiteral("status = 'confirmed' AND starts_at IS NOT NULL"), {},
                                                          QStringLiteral("starts_at, id"));
        QVERIFY(sessions.setField(confirmed.at(0).id, QStringLiteral("title"), QStringLiteral("Opening, with a new name"), &error));
        QVERIFY(sessions.setField(confirmed.at(1).id, QStringLiteral("status"), QStringLiteral("cancelled"), &error));
        QVERIFY(sessions.setField(confirmed.at(2).id, QStringLiteral("starts_at"), QStringLiteral("2019-11-21T16:00"), &error));
        QVERIFY(sessions.setField(confirmed.at(2).id, QStringLiteral("ends_at"), QStringLiteral("2019-11-21T17:00"), &error));
        ChangesDialog dialog(*m_document);
        const QString text = dialog.text();
        QVERIFY2(text.contains(QStringLiteral("Changes since v1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Opening, with a new name")));
        QVERIFY(text.contains(QStringLiteral("Cancelled")));
        QVERIFY(text.contains(QStringLiteral("2019-11-21 16:00")));
        shoot(dialog, QStringLiteral("dialog-what-changed"));
    }

    void lettersPreviewWriteAndLog()
    {
        LettersDialog dialog(*m_document);
        auto* subject = dialog.findChild<QLineEdit*>(QStringLiteral("lettersSubject"));
        QCOMPARE(subject->text(), QStringLiteral("Your session at {event}"));
        auto* person = dialog.findChild<QComboBox*>(QStringLiteral("lettersPerson"));
        QVERIFY(person->count() > 10);
        QVERIFY(dialog.previewText().contains(person->currentText()));
        QVERIFY(dialog.previewText().contains(QStringLiteral("Subject: Your session at Sharing Cities")));
        // Live: the preview follows the subject as it is typed; another language loads its template.
        subject->setText(QStringLiteral("Where and when, {first_name}"));
        QVERIFY(dialog.previewText().contains(QStringLiteral("Subject: Where and when, ") + person->currentText().section(QLatin1Char(' '), 0, 0)));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("lettersLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QVERIFY(dialog.previewText().contains(QStringLiteral("Su sesión en")));
        shoot(dialog, QStringLiteral("dialog-letters"));

        QString error;
        QVERIFY(dialog.saveTemplate(&error));
        QCOMPARE(m_document->store().count(QStringLiteral("letter_templates")), 1);
        QString summary;
        const QString outbox = m_dir.filePath(QStringLiteral("outbox"));
        QVERIFY2(dialog.writeDrafts(outbox, &summary, &error), qPrintable(error));
        const int drafts = int(QDir(outbox).entryList({QStringLiteral("*.eml")}).size());
        QVERIFY(drafts > 10);
        QCOMPARE(int(m_document->store().count(QStringLiteral("person_interactions"))), drafts);
        m_document->undoStack().undo(); // the log entries, all at once
        QCOMPARE(m_document->store().count(QStringLiteral("person_interactions")), 0);
        QVERIFY2(dialog.writePdf(m_dir.filePath(QStringLiteral("letters.pdf")), &summary, &error), qPrintable(error));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("letters.pdf"))).size() > 1000);
    }

private:
    void shoot(QWidget& widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("STANDLAB_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EventDocument> m_document;
};

QTEST_MAIN(TestReleasesUi)
#include "test_releasesui.moc"
