// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// Every string of the app is translated: lupdate run over today's sources finds nothing that the
// committed .ts files lack, and no message is left unfinished or empty (every plural form included).
// English is the source language, so its file only has to supply the plural forms.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();

private:
    struct Problem
    {
        QString context;
        QString source;
        QString why;
    };
    static QVector<Problem> problemsIn(const QString& tsPath, bool pluralsOnly, int* messageCount);

    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(STANDLAB_LUPDATE_PROJECT)),
             "the lupdate project file is made by the build of test_translations");
    QStringList copies;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ca"), QStringLiteral("fr")}) {
        const QString name = QStringLiteral("standlab_%1.ts").arg(language);
        const QString copy = m_dir.filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(STANDLAB_TS_DIR) + QLatin1Char('/') + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }
    // The same options as the update_translations target, so a clean tree changes nothing.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(STANDLAB_LUPDATE),
                  QStringList{QStringLiteral("-project"), QStringLiteral(STANDLAB_LUPDATE_PROJECT), QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts")}
                      + copies);
    QVERIFY(lupdate.waitForFinished(240000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
}

QVector<TestTranslations::Problem> TestTranslations::problemsIn(const QString& tsPath, bool pluralsOnly, int* messageCount)
{
    QVector<Problem> problems;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {{QString(), QString(), QStringLiteral("cannot read %1").arg(tsPath)}};
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    QString translationType;
    QStringList forms;
    QString translationText;
    *messageCount = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                forms.clear();
                translationText.clear();
                translationType.clear();
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translationText = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == QLatin1String("numerusform"))
                forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++*messageCount;
            const bool needed = numerus || !pluralsOnly;
            if (needed) {
                if (translationType == QLatin1String("unfinished"))
                    problems.push_back({context, source, QStringLiteral("unfinished")});
                else if (numerus ? (forms.isEmpty() || forms.contains(QString())) : translationText.trimmed().isEmpty())
                    problems.push_back({context, source, QStringLiteral("empty")});
            }
            source = QString();
            numerus = false;
        }
    }
    if (xml.hasError())
        problems.push_back({QString(), QString(), xml.errorString()});
    return problems;
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en (plural forms)") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("ca") << QStringLiteral("ca");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    int messages = 0;
    const QVector<Problem> problems
        = problemsIn(m_dir.filePath(QStringLiteral("standlab_%1.ts").arg(language)), language == QLatin1String("en"), &messages);
    QVERIFY(messages > 100);
    QStringList lines;
    for (const Problem& problem : problems.mid(0, 25))
        lines << QStringLiteral("%1 | %2 | %3").arg(problem.why, problem.context, problem.source.left(80));
    if (problems.size() > 25)
        lines << QStringLiteral("… and %1 more").arg(problems.size() - 25);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 messages need work in standlab_%3.ts "
                                       "(run `cmake --build build -t update_translations`, then translate):\n%4")
                            .arg(problems.size())
                            .arg(messages)
                            .arg(language, lines.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
