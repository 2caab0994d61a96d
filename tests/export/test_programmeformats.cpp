// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmefixture.h"

#include "demo/demoevent.h"
#include "export/htmlprogramme.h"
#include "export/printlabels.h"
#include "export/programmedata.h"
#include "export/programmeformats.h"
#include "io/formatregistry.h"
#include "store/openoptions.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace standlab;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run cli(const QStringList& arguments)
{
    return run(QStringLiteral(STANDLAB_CLI_PATH), arguments);
}

QString squeezed(QString text)
{
    text.remove(QChar(0x00ad));
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The programme formats of the registry, through `standlab-cli export` as a user runs them, and
// the HTML and CSV escaping with hostile titles.
class TestProgrammeFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registered();
    void cliWritesEachFormat_data();
    void cliWritesEachFormat();
    void bookletHoldsEveryDemoTitle_data();
    void bookletHoldsEveryDemoTitle();
    void labelLanguageReachesThePrint_data();
    void labelLanguageReachesThePrint();
    void selectionByNames();
    void unknownNamesAreErrors();
    void htmlEscapesEverything();
    void csvNeutralisesFormulas();
    void xlsxIsAWorkbook();

private:
    QString demo() const { return m_dir.filePath(QStringLiteral("demo.standlab")); }
    QString out(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QStringList m_demoTitles;
};

void TestProgrammeFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    std::unique_ptr<Store> store = DemoEvent::create(demo(), OpenOptions::forLaptop(QStringLiteral("t")), &error);
    QVERIFY2(store, qPrintable(error));
    const ProgrammeData data = ProgrammeData::load(*store, {});
    for (const ProgrammeData::Day& day : data.days)
        for (const ProgrammeData::Session& session : day.sessions)
            m_demoTitles << session.title;
    QVERIFY(m_demoTitles.size() > 20);
}

void TestProgrammeFormats::registered()
{
    const QStringList names = FormatRegistry::builtIn().exportNames();
    for (const char* name : {"booklet", "poster", "signs", "html", "csv", "xlsx", "json", "copy"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestProgrammeFormats::cliWritesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<QString>("pageSize"); // pdfinfo's "Page size", for PDFs
    QTest::newRow("booklet a4") << "booklet" << "a4" << QByteArray("%PDF-") << "595 x 842";
    QTest::newRow("booklet letter") << "booklet" << "letter" << QByteArray("%PDF-") << "612 x 792";
    QTest::newRow("poster") << "poster" << "a4" << QByteArray("%PDF-") << "1191 x 842";
    QTest::newRow("signs a4") << "signs" << "a4" << QByteArray("%PDF-") << "595 x 842";
    QTest::newRow("signs letter") << "signs" << "letter" << QByteArray("%PDF-") << "612 x 792";
    QTest::newRow("html") << "html" << "" << QByteArray("<!DOCTYPE html>") << "";
    QTest::newRow("csv") << "csv" << "" << QByteArray("Day,Start,End,") << "";
    QTest::newRow("xlsx") << "xlsx" << "" << QByteArray("PK\x03\x04") << "";
}

void TestProgrammeFormats::cliWritesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, paper);
    QFETCH(QByteArray, magic);
    QFETCH(QString, pageSize);
    const QString file = out(QStringLiteral("cli-%1-%2.out").arg(format, paper));
    QStringList arguments = {QStringLiteral("export"), demo(), QStringLiteral("--format"), format,
                             QStringLiteral("--output"), file};
    if (!paper.isEmpty())
        arguments << QStringLiteral("--paper") << paper;
    const Run result = cli(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(readAll(file).startsWith(magic));
    if (!pageSize.isEmpty()) {
        const Run info = run(QStringLiteral("pdfinfo"), {file});
        QVERIFY2(info.out.contains(QStringLiteral("Page size:       ") + pageSize), qPrintable(info.out));
        const Run fonts = run(QStringLiteral("pdffonts"), {file});
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        for (int i = 2; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cells.size() >= 6 && cells.at(cells.size() - 5) == QLatin1String("yes"), qPrintable(lines.at(i)));
        }
        const QString text = squeezed(run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).out);
        for (const QString& title : std::as_const(m_demoTitles))
            QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    } else if (format != QLatin1String("xlsx")) {
        const QString text = QString::fromUtf8(readAll(file));
        for (const QString& title : std::as_const(m_demoTitles)) {
            const QString expected = format == QLatin1String("html") ? HtmlProgramme::escaped(title) : title;
            QVERIFY2(text.contains(expected), qPrintable(title));
        }
    }
}

void TestProgrammeFormats::bookletHoldsEveryDemoTitle_data()
{
    QTest::addColumn<QString>("paper");
    QTest::newRow("a4") << "a4";
    QTest::newRow("letter") << "letter";
}

void TestProgrammeFormats::bookletHoldsEveryDemoTitle()
{
    QFETCH(QString, paper);
    // The raw content-stream order, as the other PDF suite reads it, with -raw.
    const QString file = out(QStringLiteral("demo-booklet-%1.pdf").arg(paper));
    const Run result = cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("booklet"),
                            QStringLiteral("--paper"), paper, QStringLiteral("--output"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = squeezed(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file, QStringLiteral("-")}).out);
    for (const QString& title : std::as_const(m_demoTitles))
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    QVERIFY(text.contains(squeezed(QStringLiteral("Index of speakers"))));
}

void TestProgrammeFormats::labelLanguageReachesThePrint_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pdfLabel");
    QTest::addColumn<QString>("csvHead");
    QTest::newRow("en") << "en" << "Index of speakers" << "Day,Start,End,Space";
    QTest::newRow("es") << "es" << "Índice de ponentes" << "Día,Inicio,Fin,Espacio";
    QTest::newRow("ca") << "ca" << "Índex de ponents" << "Dia,Inici,Fi,Espai";
    QTest::newRow("fr") << "fr" << "Index des intervenants" << "Jour,Début,Fin,Espace";
}

void TestProgrammeFormats::labelLanguageReachesThePrint()
{
    QFETCH(QString, language);
    QFETCH(QString, pdfLabel);
    QFETCH(QString, csvHead);
    const QString pdf = out(QStringLiteral("lang-%1.pdf").arg(language));
    QCOMPARE(cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("booklet"),
                  QStringLiteral("--lang"), language, QStringLiteral("--output"), pdf})
                 .exitCode,
             0);
    QVERIFY(squeezed(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out).contains(squeezed(pdfLabel)));
    const QString csv = out(QStringLiteral("lang-%1.csv").arg(language));
    QCOMPARE(cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--lang"), language, QStringLiteral("--output"), csv})
                 .exitCode,
             0);
    QVERIFY(QString::fromUtf8(readAll(csv)).startsWith(csvHead));
    const QString html = out(QStringLiteral("lang-%1.html").arg(language));
    QCOMPARE(cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("html"),
                  QStringLiteral("--lang"), language, QStringLiteral("--output"), html})
                 .exitCode,
             0);
    QVERIFY(readAll(html).contains(QStringLiteral("<html lang=\"%1\">").arg(language).toUtf8()));
}

void TestProgrammeFormats::selectionByNames()
{
    const QString csv = out(QStringLiteral("data-day1.csv"));
    const Run result = cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--lines"), QStringLiteral("Data"), QStringLiteral("--days"),
                            QStringLiteral("2019-11-20"), QStringLiteral("--output"), csv});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList rows = QString::fromUtf8(readAll(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(rows.size() > 1);
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY2(rows.at(i).startsWith(QLatin1String("2019-11-20,")), qPrintable(rows.at(i)));
        QVERIFY2(rows.at(i).contains(QLatin1String(",Data,")), qPrintable(rows.at(i)));
    }
}

void TestProgrammeFormats::unknownNamesAreErrors()
{
    const QString file = out(QStringLiteral("never.csv"));
    Run result = cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--lines"), QStringLiteral("No Such Line"), QStringLiteral("--output"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("No Such Line")), qPrintable(result.err));
    result = cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("booklet"),
                  QStringLiteral("--days"), QStringLiteral("19/11/2019"), QStringLiteral("--output"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!QFile::exists(file));
}

void TestProgrammeFormats::htmlEscapesEverything()
{
    QTemporaryDir dir;
    QString error;
    auto store = Store::create(dir.filePath(QStringLiteral("x.standlab")), OpenOptions::forLaptop(QStringLiteral("t")),
                               &error);
    QVERIFY2(store, qPrintable(error));
    ProgrammeFixture f(*store);
    const QString hostile = QStringLiteral("<script>alert('x')</script> & \"quoted\" <b>bold</b>");
    f.event(QStringLiteral("Event <i>name</i> & co"), QStringLiteral("Venue \"x\""), QStringLiteral("City 'y'"));
    const QString line = f.line(QStringLiteral("Line <img src=x onerror=alert(1)>"), QStringLiteral("#123456"));
    const QString space = f.space(QStringLiteral("Room </section>"));
    const QString person = f.person(QStringLiteral("Ann <svg onload=alert(2)>"), QStringLiteral("Org & 'Co'"));
    f.session(hostile, line, space, ProgrammeFixture::at(QDate(2019, 11, 19), 10), 60, QStringLiteral("confirmed"),
              {person}, {person});
    const QString file = dir.filePath(QStringLiteral("p.html"));
    ProgrammeOptions options;
    QVERIFY2(ProgrammeFormats::writeHtml(*store, options, file, &error), qPrintable(error));
    const QString html = QString::fromUtf8(readAll(file));
    // The only script is ours, and no user markup survives as markup.
    QCOMPARE(html.count(QStringLiteral("<script")), 1);
    for (const char* raw : {"<b>", "<i>", "<img", "<svg", "</section>\n<section", "alert('x')", "\"quoted\"", "'Co'",
                            "'y'", "& co", "& \""})
        QVERIFY2(!html.contains(QLatin1String(raw)), raw);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")));
    QVERIFY(html.contains(QStringLiteral("Room &lt;/section&gt;")));
    // Self-contained: nothing is fetched from anywhere.
    for (const char* remote : {"http://", "https://", "src=\"", "<link", "@import", "url("})
        QVERIFY2(!html.contains(QLatin1String(remote)), remote);
    QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
}

void TestProgrammeFormats::csvNeutralisesFormulas()
{
    QTemporaryDir dir;
    QString error;
    auto store = Store::create(dir.filePath(QStringLiteral("x.standlab")), OpenOptions::forLaptop(QStringLiteral("t")),
                               &error);
    QVERIFY2(store, qPrintable(error));
    ProgrammeFixture f(*store);
    const QString line = f.line(QStringLiteral("Data"), QStringLiteral("#1f77b4"));
    const QString space = f.space(QStringLiteral("Stage, \"main\""));
    f.session(QStringLiteral("=HYPERLINK(\"http://x\")"), line, space, ProgrammeFixture::at(QDate(2019, 11, 19), 10), 60);
    const QString file = dir.filePath(QStringLiteral("p.csv"));
    QVERIFY2(ProgrammeFormats::writeCsv(*store, ProgrammeOptions(), file, &error), qPrintable(error));
    const QString csv = QString::fromUtf8(readAll(file));
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("\"Stage, \"\"main\"\"\"")));
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
}

void TestProgrammeFormats::xlsxIsAWorkbook()
{
    const QString file = out(QStringLiteral("programme.xlsx"));
    QCOMPARE(cli({QStringLiteral("export"), demo(), QStringLiteral("--format"), QStringLiteral("xlsx"),
                  QStringLiteral("--output"), file})
                 .exitCode,
             0);
    const Run list = run(QStringLiteral("unzip"), {QStringLiteral("-l"), file});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    const Run sheet = run(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QStringLiteral("xl/worksheets/sheet1.xml")});
    QVERIFY(sheet.out.contains(QStringLiteral("<sheetData>")));
    QVERIFY(!sheet.out.contains(QStringLiteral("<f>"))); // no formulas, ever
    const Run strings = run(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QStringLiteral("xl/sharedStrings.xml")});
    for (const QString& title : std::as_const(m_demoTitles))
        QVERIFY2(strings.out.contains(HtmlProgramme::escaped(title).replace(QStringLiteral("&#39;"), QStringLiteral("'")))
                     || strings.out.contains(title.toHtmlEscaped()),
                 qPrintable(title));
}

QTEST_MAIN(TestProgrammeFormats)
#include "test_programmeformats.moc"
