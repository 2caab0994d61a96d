// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/contactsexporter.h"
#include "contacts/vcardwriter.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace standlab;

namespace {

// Debian's python3-vobject, an independent parser, reads the cards back as JSON.
const char* const parserScript = R"PY(
import json, sys, vobject
cards = []
for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    c = card.contents
    def one(name):
        return c[name][0].value if name in c else None
    org = one('org')
    cards.append({
        'fn': one('fn'),
        'family': c['n'][0].value.family if 'n' in c else None,
        'given': c['n'][0].value.given if 'n' in c else None,
        'org': org[0] if org else None,
        'title': one('title'),
        'email': one('email'),
        'tel': one('tel'),
        'note': one('note'),
        'uid': one('uid'),
        'langs': [l.value for l in c.get('lang', [])],
        'version': one('version'),
    })
print(json.dumps(cards))
)PY";

} // namespace

// vCard 4.0 export: escaping, folding, and an independent parser reading back what we wrote.
class TestVCard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QJsonArray parseWithVobject(const QString& path)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(parserScript), path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning("%s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")), "python3 is needed (scripts/install-deps.sh)");
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("comma") << "Soler, Marc" << "Soler\\, Marc";
        QTest::newRow("semicolon") << "a;b" << "a\\;b";
        QTest::newRow("backslash") << "C:\\path" << "C:\\\\path";
        QTest::newRow("newline") << "one\ntwo" << "one\\ntwo";
        QTest::newRow("crlf") << "one\r\ntwo" << "one\\ntwo";
        QTest::newRow("plain") << "Núria" << "Núria";
    }

    void escaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(VCardWriter::escape(text), escaped);
    }

    void folding()
    {
        // 2-octet characters across the 75-octet boundary must not be split.
        const QByteArray line = "NOTE:" + QStringLiteral("àéíòú").repeated(40).toUtf8();
        const QByteArray folded = VCardWriter::fold(line);
        const QList<QByteArray> lines = folded.split('\n');
        QVERIFY(folded.endsWith("\r\n"));
        for (const QByteArray& each : lines) {
            const QByteArray content = each.endsWith('\r') ? each.chopped(1) : each;
            QVERIFY2(content.size() <= 75, content.constData());
            QVERIFY(QString::fromUtf8(content).toUtf8() == content); // whole characters only
        }
        QVERIFY(lines.size() > 3);
        QVERIFY(lines.at(1).startsWith(' '));
        // Unfolding gives back the line.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line + "\r\n");
        QCOMPARE(VCardWriter::fold("FN:Anna"), QByteArray("FN:Anna\r\n"));
    }

    void cardShape()
    {
        Person person;
        person.id = QStringLiteral("0b6c1f0e-1111-4a4a-9c9c-123456789abc");
        person.name = QStringLiteral("Anna Ferrer");
        const QByteArray card = VCardWriter::card(person);
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(card.endsWith("END:VCARD\r\n"));
        QVERIFY(card.contains("UID:urn:uuid:0b6c1f0e-1111-4a4a-9c9c-123456789abc\r\n"));
        QVERIFY(card.contains("N:Ferrer;Anna;;;\r\n"));
        QVERIFY(!card.contains("EMAIL")); // empty values are left out
        QVERIFY(!card.contains(QByteArray("\n\n")));
    }

    void parsesWithVobject()
    {
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("cards.standlab")),
                                   OpenOptions::forLaptop(QStringLiteral("laptop-a")), &error);
        QVERIFY2(store, qPrintable(error));
        Organisation org;
        org.name = QStringLiteral("Ajuntament de l’Hospitalet; Àrea d’Economia, Social i Solidària");
        QVERIFY(Repository<Organisation>(*store).add(org));
        struct Want
        {
            QString name, email, phone, title, note;
        };
        const QVector<Want> wants = {
            {QStringLiteral("Núria Ibáñez i Puigdomènech"), QStringLiteral("nuria.ibanez@example.cat"),
             QStringLiteral("+34 600 000 001"), QStringLiteral("Regidora d’Economia, Treball; i Innovació"),
             QStringLiteral("Vol parlar del model de dades.\nSegona línia amb \\ barra i “cometes”. ") + QString(60, QChar(u'é'))},
            {QStringLiteral("Łukasz Żółć"), QStringLiteral("lukasz@example.pl"), QStringLiteral("+48 500 000 002"),
             QStringLiteral("Researcher"), QString()},
            {QStringLiteral("Çağla"), QStringLiteral("cagla@example.org"), QString(), QString(), QStringLiteral("東京から")},
        };
        for (const Want& want : wants) {
            Person person;
            person.name = want.name;
            person.email = want.email;
            person.phone = want.phone;
            person.roleTitle = want.title;
            person.notes = want.note;
            person.organisationId = org.id;
            person.languages = {QStringLiteral("ca"), QStringLiteral("es")};
            QVERIFY(Repository<Person>(*store).add(person));
        }
        const QString path = m_dir.filePath(QStringLiteral("people.vcf"));
        QVERIFY2(ContactsExporter(*store).writeVCards(path, {}, &error), qPrintable(error));

        const QJsonArray cards = parseWithVobject(path);
        QCOMPARE(cards.size(), wants.size());
        for (const Want& want : wants) {
            QJsonObject card;
            for (const QJsonValue& each : cards)
                if (each.toObject().value(QStringLiteral("fn")).toString() == want.name)
                    card = each.toObject();
            QVERIFY2(!card.isEmpty(), qPrintable(want.name));
            QCOMPARE(card.value(QStringLiteral("version")).toString(), QStringLiteral("4.0"));
            QCOMPARE(card.value(QStringLiteral("email")).toString(), want.email);
            QCOMPARE(card.value(QStringLiteral("org")).toString(), org.name);
            QCOMPARE(card.value(QStringLiteral("given")).toString(), want.name.section(QLatin1Char(' '), 0, 0));
            if (!want.phone.isEmpty())
                QCOMPARE(card.value(QStringLiteral("tel")).toString(), want.phone);
            if (!want.title.isEmpty())
                QCOMPARE(card.value(QStringLiteral("title")).toString(), want.title);
            if (!want.note.isEmpty())
                QCOMPARE(card.value(QStringLiteral("note")).toString(), want.note);
            QVERIFY(card.value(QStringLiteral("uid")).toString().startsWith(QLatin1String("urn:uuid:")));
            QCOMPARE(card.value(QStringLiteral("langs")).toArray().size(), 2);
        }
        // Every physical line is at most 75 octets, and lines end in CRLF.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));
        for (const QByteArray& line : bytes.split('\n'))
            QVERIFY(line.size() <= 76);
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "test_vcard.moc"
