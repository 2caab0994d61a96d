// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sessionlinks.h"
#include "programmefixture.h"
#include "widgets/sessioneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace standlab;

// Issue 15: what a conference schedule holds beside our own fields is shown and edited in the session
// editor — subtitle, description, links, attachments, recording licence and opt-out — each edit undoable.
class TestSessionEditorSchedule : public QObject
{
    Q_OBJECT

private slots:
    void scheduleFieldsAreEditedAndUndone()
    {
        ProgrammeFixture fixture;
        QVERIFY(fixture.create());
        const QString id = fixture.store().rows(QStringLiteral("sessions")).first().value(QStringLiteral("id")).toString();
        Session before = *Repository<Session>(fixture.store()).find(id);
        before.kind = QStringLiteral("lecture"); // a kind of the file's vocabulary
        before.links = SessionLinks::toJson({{QStringLiteral("Video"), QStringLiteral("https://media.example.org/1.mp4"),
                                              QStringLiteral("recording"), QStringLiteral("media")}});
        QVERIFY(Repository<Session>(fixture.store()).save(before));
        SessionEditor editor(*fixture.document);
        editor.setSessionId(id);
        const auto child = [&editor](auto* type, const char* name) {
            return editor.findChild<std::remove_pointer_t<decltype(type)>*>(QString::fromLatin1(name));
        };
        auto* links = child((QPlainTextEdit*)nullptr, "linksEdit");
        QVERIFY(links);
        QCOMPARE(links->toPlainText(), QStringLiteral("Video | https://media.example.org/1.mp4 | Recording"));
        QCOMPARE(child((QComboBox*)nullptr, "kindCombo")->currentText(), QStringLiteral("lecture"));

        auto* subtitle = child((QLineEdit*)nullptr, "subtitleEdit");
        subtitle->setText(QStringLiteral("Tides and towns"));
        emit subtitle->textEdited(subtitle->text());
        child((QPlainTextEdit*)nullptr, "descriptionEdit")->setPlainText(QStringLiteral("A longer text."));
        child((QCheckBox*)nullptr, "recordingOptOutCheck")->setChecked(true);
        // A line that is not a link is named and not saved; a good one is.
        links->setPlainText(QStringLiteral("Video | https://media.example.org/1.mp4 | Recording\nnot a link at all"));
        QVERIFY(child((QLabel*)nullptr, "linksWarningLabel")->isVisibleTo(&editor));
        QCOMPARE(Repository<Session>(fixture.store()).find(id)->links, before.links);
        child((QPlainTextEdit*)nullptr, "attachmentsEdit")->setPlainText(QStringLiteral("Paper | https://files.example.org/p.pdf"));

        const Session after = *Repository<Session>(fixture.store()).find(id);
        QCOMPARE(after.subtitle, QStringLiteral("Tides and towns"));
        QCOMPARE(after.description, QStringLiteral("A longer text."));
        QVERIFY(after.recordingOptOut);
        QCOMPARE(SessionLinks::fromJson(after.attachments).first().url, QStringLiteral("https://files.example.org/p.pdf"));
        QCOMPARE(after.kind, QStringLiteral("lecture"));
        while (fixture.document->undoStack().canUndo())
            fixture.document->undoStack().undo();
        const Session undone = *Repository<Session>(fixture.store()).find(id);
        QCOMPARE(undone.subtitle, QString());
        QVERIFY(!undone.recordingOptOut);
        QCOMPARE(undone.attachments, QStringLiteral("[]"));
    }
};

QTEST_MAIN(TestSessionEditorSchedule)
#include "test_sessioneditorschedule.moc"
