// SPDX-License-Identifier: GPL-3.0-or-later
#include "../exchange/exchangetesthelpers.h"
#include "demo/demoevent.h"
#include "letters/emlmessage.h"
#include "letters/lettercomposer.h"
#include "letters/personinteraction.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "releases/releasebook.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;
using namespace standlab::exchangetest;

// Letters to speakers (issue 19): e-mail drafts that independent parsers read (Python's email package
// and python3-icalendar), non-ASCII names and subjects encoded, one person, another language, only the
// people whose sessions changed, the printable PDF, and the line each letter leaves in the person's log.
class TestLetters : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("event-%1.standlab").arg(++m_counter));
        QString error;
        std::unique_ptr<Store> store = DemoEvent::create(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-letters")), &error);
        QVERIFY2(store, qPrintable(error));
        // A name no header may carry as it is, and someone without an address.
        const QVector<QPair<QString, QString>> people = LetterComposer(*store).recipients();
        QVERIFY(people.size() > 10);
        m_unicodeId = people.at(0).first;
        Repository<Person> repository(*store);
        QVERIFY(repository.setField(m_unicodeId, QStringLiteral("name"), m_unicodeName, &error));
        m_noAddress = people.at(1).second;
        QVERIFY(repository.setField(people.at(1).first, QStringLiteral("email"), QString(), &error));
    }

    void fillKeepsUnknownPlaceholders()
    {
        const QString filled = LetterComposer::fill(QStringLiteral("Hi {name},\n\n{changes}\n\n{typo} bye"),
                                                    {{QStringLiteral("name"), QStringLiteral("Ona")},
                                                     {QStringLiteral("changes"), QString()}});
        QCOMPARE(filled, QStringLiteral("Hi Ona,\n\n{typo} bye"));
    }

    void headersFoldWithinLimits()
    {
        const QString subject = QString(40, QChar(0x00e8)) + QStringLiteral(" 日本語 🚲 ") + QString(30, QLatin1Char('x'));
        const QByteArray header = "Subject: " + EmlMessage::headerText(subject, 9);
        for (const QByteArray& line : header.split('\n')) {
            QVERIFY2(line.size() <= 79, line.constData()); // with the \r
            for (const char c : line)
                QVERIFY(uchar(c) < 128);
        }
        QCOMPARE(EmlMessage::fileNameFor(QStringLiteral("Àngels  Núñez-Çelik")), QStringLiteral("angels-nunez-celik"));
    }

    void draftsParseAndAreLogged()
    {
        const QString outbox = m_dir.filePath(QStringLiteral("outbox"));
        const ProcessResult result = runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"),
                                             QStringLiteral("letters"), QStringLiteral("--output"), outbox});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains(QString(QStringLiteral("No e-mail address, so no letter: ") + m_noAddress).toUtf8()), result.out.constData());

        QString error;
        std::unique_ptr<Store> store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-letters")), &error);
        QVERIFY2(store, qPrintable(error));
        QVector<Letter> letters;
        QVERIFY2(LetterComposer(*store).compose({}, &letters, &error), qPrintable(error));
        QJsonObject expected;
        int withAddress = 0;
        for (const Letter& letter : qAsConst(letters)) {
            if (letter.email.isEmpty())
                continue;
            ++withAddress;
            expected.insert(EmlMessage::fileNameFor(letter.personName) + QStringLiteral(".eml"),
                            QJsonObject{{QStringLiteral("name"), letter.personName},
                                        {QStringLiteral("address"), letter.email},
                                        {QStringLiteral("subject"), letter.subject}});
        }
        QVERIFY2(result.out.contains(QStringLiteral("%1 letter(s) written").arg(withAddress).toUtf8())
                     || result.out.contains(QStringLiteral("%1 letters written").arg(withAddress).toUtf8()),
                 result.out.constData());
        const QString expectedPath = m_dir.filePath(QStringLiteral("expected.json"));
        QVERIFY(writeFile(expectedPath, QJsonDocument(expected).toJson()));
        const ProcessResult check = runProgram(QStringLiteral("/usr/bin/python3"),
                                               {QStringLiteral(STANDLAB_TEST_DATA "/../releases/check_eml.py"), outbox, expectedPath});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());

        // The non-ASCII name and subject are encoded words on the wire.
        const QByteArray raw = readAll(QDir(outbox).filePath(EmlMessage::fileNameFor(m_unicodeName) + QStringLiteral(".eml")));
        QVERIFY(raw.contains("To: =?UTF-8?B?"));
        QVERIFY(raw.contains("X-Unsent: 1\r\n"));

        // Each letter written is a line in that person's log.
        const QVector<PersonInteraction> log = Repository<PersonInteraction>(*store).all();
        QCOMPARE(log.size(), withAddress);
        QCOMPARE(log.first().note, QStringLiteral("Letter written: schedule"));
        QCOMPARE(log.first().channel, QStringLiteral("letter"));
    }

    void onePersonInSpanish()
    {
        const QString outbox = m_dir.filePath(QStringLiteral("one"));
        const ProcessResult result = runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("letters"),
                                             QStringLiteral("--output"), outbox, QStringLiteral("--person"),
                                             m_unicodeName.toUpper(), QStringLiteral("--lang"), QStringLiteral("es")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QStringList files = QDir(outbox).entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), 1);
        QString error;
        std::unique_ptr<Store> store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-letters")), &error);
        QVERIFY2(store, qPrintable(error));
        const Person person = *Repository<Person>(*store).find(m_unicodeId);
        const QJsonObject expected{{files.first(), QJsonObject{{QStringLiteral("name"), m_unicodeName},
                                                               {QStringLiteral("address"), person.email},
                                                               {QStringLiteral("subject"), QStringLiteral("Su sesión en Sharing Cities Action Stand Lab 2019")},
                                                               {QStringLiteral("body"), QStringLiteral("Gracias por participar")}}}};
        const QString expectedPath = m_dir.filePath(QStringLiteral("one.json"));
        QVERIFY(writeFile(expectedPath, QJsonDocument(expected).toJson()));
        const ProcessResult check = runProgram(QStringLiteral("/usr/bin/python3"),
                                               {QStringLiteral(STANDLAB_TEST_DATA "/../releases/check_eml.py"), outbox, expectedPath});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
        store.reset(); // the CLI below writes the event
        // An unknown person is named in the refusal.
        const ProcessResult unknown = runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("letters"),
                                              QStringLiteral("--output"), outbox, QStringLiteral("--person"), QStringLiteral("Nobody Atall")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("Nobody Atall"));
    }

    void onlyThePeopleWhoseSessionsChanged()
    {
        QString error;
        QString movedTitle;
        QSet<QString> concerned;
        {
            std::unique_ptr<Store> store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-letters")), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(ReleaseBook::make(*store, QStringLiteral("v1"), {}, &error));
            const Session session = Repository<Session>(*store)
                                        .where(QStringLiteral("status = 'confirmed' AND starts_at IS NOT NULL"), {},
                                               QStringLiteral("starts_at DESC, id"))
                                        .first();
            movedTitle = session.title;
            QVERIFY(Repository<Session>(*store).setField(session.id, QStringLiteral("starts_at"),
                                                         session.startsAt.addSecs(1800).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), &error));
            QVERIFY(Repository<Session>(*store).setField(session.id, QStringLiteral("ends_at"),
                                                         session.endsAt.addSecs(1800).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), &error));
            for (const Participation& p : Repository<Participation>(*store).where(QStringLiteral("session_id = ?"), {session.id}))
                concerned.insert(p.personId);
            QVERIFY(!concerned.isEmpty());
        }
        const QString outbox = m_dir.filePath(QStringLiteral("changed"));
        const ProcessResult result = runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("letters"),
                                             QStringLiteral("--output"), outbox, QStringLiteral("--changed-since"), QStringLiteral("v1"),
                                             QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QStringList files = QDir(outbox).entryList({QStringLiteral("*.eml")});
        QVERIFY(files.size() >= 1 && files.size() <= concerned.size());
        for (const QString& file : files) {
            const QByteArray raw = readAll(QDir(outbox).filePath(file));
            QVERIFY2(raw.contains("Changes since v1:"), qPrintable(file));
        }
        std::unique_ptr<Store> store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-letters")), &error);
        QVERIFY2(store, qPrintable(error));
        for (const PersonInteraction& entry : Repository<PersonInteraction>(*store).all()) {
            QVERIFY(concerned.contains(entry.personId));
            QCOMPARE(entry.note, QStringLiteral("Letter written: schedule, changes since v1"));
        }
    }

    void printableLetters()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("letters.pdf"));
        const ProcessResult result = runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"),
                                             QStringLiteral("letters-pdf"), QStringLiteral("--output"), pdf});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QString error;
        std::unique_ptr<Store> store = Store::open(m_path, OpenOptions::forLaptop(QStringLiteral("laptop-letters")), &error);
        QVERIFY2(store, qPrintable(error));
        const int people = int(LetterComposer(*store).recipients().size());
        const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {pdf});
        int pages = 0;
        for (const QByteArray& line : info.out.split('\n'))
            if (line.startsWith("Pages:"))
                pages = line.mid(6).trimmed().toInt();
        QVERIFY2(pages >= people, qPrintable(QStringLiteral("%1 pages for %2 people").arg(pages).arg(people)));
        const QString text = QString::fromUtf8(runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
        // Latin accents survive; the CJK part needs a font this system may lack, so it is not asked for here.
        QVERIFY(text.contains(QStringLiteral("Àngels Núñez-Çelik “Ona”")));
        QVERIFY(text.contains(m_noAddress)); // printed letters need no address
        // Everyone written to, address or not, is in the log.
        QCOMPARE(int(Repository<PersonInteraction>(*store).all().size()), people);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    QString m_unicodeId;
    QString m_noAddress;
    const QString m_unicodeName = QStringLiteral("Àngels Núñez-Çelik “Ona” 日本");
};

QTEST_MAIN(TestLetters)
#include "test_letters.moc"
