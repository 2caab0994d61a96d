// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmefixture.h"

#include "demo/demoevent.h"
#include "export/bookletwriter.h"
#include "export/doorsignwriter.h"
#include "export/posterwriter.h"
#include "export/programmedata.h"
#include "export/programmeexporter.h"
#include "store/openoptions.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace standlab;

namespace {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext in content-stream order; wrapped lines and hyphenation make whitespace meaningless.
QString squeezed(QString text)
{
    text.remove(QChar(0x00ad));
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QString pdfText(const QString& path)
{
    return squeezed(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(runTool(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Every font listed by pdffonts is embedded; an empty list (text drawn as paths) fails too.
bool fontsEmbedded(const QString& path, QString* why)
{
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 3) {
        *why = QStringLiteral("no fonts listed");
        return false;
    }
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() < 6 || cells.at(cells.size() - 5) != QLatin1String("yes")) {
            *why = lines.at(i);
            return false;
        }
    }
    return true;
}

// Nothing outside the printable part of the sheet, and no two pieces of text on top of each other.
QString layoutProblem(const LayoutReport& report)
{
    const QRectF safe = report.safeRect.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (int p = 0; p < report.pages.size(); ++p) {
        const auto& items = report.pages.at(p);
        for (int i = 0; i < items.size(); ++i) {
            const LayoutReport::Item& item = items.at(i);
            if (!safe.contains(item.rect))
                return QStringLiteral("page %1: outside the page: %2").arg(p + 1).arg(item.text.left(60));
            if (!item.isText())
                continue;
            for (int j = i + 1; j < items.size(); ++j) {
                if (!items.at(j).isText())
                    continue;
                const QRectF overlap = item.rect.intersected(items.at(j).rect);
                if (overlap.width() > 1 && overlap.height() > 1)
                    return QStringLiteral("page %1: \"%2\" overlaps \"%3\"")
                        .arg(p + 1)
                        .arg(item.text.left(40), items.at(j).text.left(40));
            }
        }
    }
    return {};
}

} // namespace

// The printed programme: booklet, poster and door signs as real PDFs read back with poppler.
class TestProgrammePdf : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bookletHoldsEveryTitle_data();
    void bookletHoldsEveryTitle();
    void posterAndSignsHoldEveryTitle_data();
    void posterAndSignsHoldEveryTitle();
    void defaultSelectionIsConfirmedOnly();
    void selectsWorkingLineDayAndSpace();
    void labelsFollowPrintLanguage_data();
    void labelsFollowPrintLanguage();
    void hundredSessionsInOneDay();
    void crowdedPosterSplitsBySpace();
    void busySignStaysOnOnePage();
    void longTitlesAndNamesWrap();
    void oversizedSessionSplitsAcrossPages();
    void missingFolderFailsCleanly();
    void replacesExistingFile();
    void demoEvent();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    void buildEvent();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QStringList m_confirmedTitles;
    QStringList m_speakerNames;
    QString m_proposedTitle;
    QString m_dataLine;
    QString m_labourLine;
    QString m_stage;
    QDate m_firstDay = QDate(2019, 11, 19);
};

void TestProgrammePdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_store = Store::create(path(QStringLiteral("event.standlab")), OpenOptions::forLaptop(QStringLiteral("t")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_confirmedTitles.clear();
    m_speakerNames.clear();
    buildEvent();
}

void TestProgrammePdf::cleanup()
{
    // For looking at the pages by eye: STANDLAB_PDF_OUT=/some/folder keeps every PDF a test wrote.
    const QString keep = qEnvironmentVariable("STANDLAB_PDF_OUT");
    if (!keep.isEmpty() && m_dir) {
        const QString prefix = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) + QLatin1Char('-');
        for (const QString& name : QDir(m_dir->path()).entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
            QFile::remove(QDir(keep).filePath(prefix + name));
            QFile::copy(m_dir->filePath(name), QDir(keep).filePath(prefix + name));
        }
    }
    m_store.reset();
    m_dir.reset();
}

void TestProgrammePdf::buildEvent()
{
    ProgrammeFixture f(*m_store);
    f.event(QStringLiteral("Sharing Cities Action Stand Lab 2019"), QStringLiteral("Fira Gran Via"),
            QStringLiteral("Barcelona"));
    for (int d = 0; d < 3; ++d)
        f.day(m_firstDay.addDays(d), d == 0 ? QStringLiteral("Opening day") : QString());
    m_labourLine = f.line(QStringLiteral("Economic Models & the Future of Labour"), QStringLiteral("#e07a1f"));
    const QString gender = f.line(QStringLiteral("Inclusion & Gender"), QStringLiteral("#8e44ad"));
    m_dataLine = f.line(QStringLiteral("Data"), QStringLiteral("#1f77b4"));
    const QString ecology = f.line(QStringLiteral("Ecological Sustainability"), QStringLiteral("#2e9e4f"), true);
    m_stage = f.space(QStringLiteral("Main stage"), QStringLiteral("#37474f"));
    const QString workshop = f.space(QStringLiteral("Workshop area"), QStringLiteral("#00897b"));
    const QString corner = f.space(QStringLiteral("Meeting corner"), QStringLiteral("#6d4c41"));

    const QStringList names = {QStringLiteral("Aina Roca Vidal"), QStringLiteral("Bruno Ferrandis"),
                               QStringLiteral("Clàudia Prats"), QStringLiteral("Dmitri Okafor"),
                               QStringLiteral("Elena Sáez Moreno"), QStringLiteral("Farid Benali"),
                               QStringLiteral("Greta Lindqvist"), QStringLiteral("Hugo Marchetti")};
    QStringList people;
    for (int i = 0; i < names.size(); ++i)
        people << f.person(names.at(i), QStringLiteral("Invented Cooperative %1").arg(i + 1));
    m_speakerNames = names;

    const QStringList lines = {m_labourLine, gender, m_dataLine};
    const QStringList spaces = {m_stage, workshop, corner};
    const QStringList kinds = {QStringLiteral("talk"), QStringLiteral("roundtable"), QStringLiteral("workshop"),
                               QStringLiteral("meetup")};
    int n = 0;
    for (int d = 0; d < 3; ++d) {
        for (int slot = 0; slot < 4; ++slot) {
            for (int s = 0; s < 2; ++s, ++n) {
                const QString title = QStringLiteral("Session %1: platform work, data commons and the city").arg(n + 1);
                f.session(title, lines.at(n % 3), spaces.at((slot + s) % 3),
                          ProgrammeFixture::at(m_firstDay.addDays(d), 10 + slot * 2), 90, QStringLiteral("confirmed"),
                          {people.at(n % 8), people.at((n + 3) % 8)}, {people.at((n + 5) % 8)},
                          n % 4 == 0 ? QStringList{ecology} : QStringList{}, kinds.at(n % 4));
                m_confirmedTitles << title;
            }
        }
    }
    m_proposedTitle = QStringLiteral("A proposal nobody has confirmed yet");
    f.session(m_proposedTitle, m_dataLine, corner, ProgrammeFixture::at(m_firstDay, 17), 60,
              QStringLiteral("proposed"));
}

void TestProgrammePdf::bookletHoldsEveryTitle_data()
{
    QTest::addColumn<int>("paper");
    QTest::newRow("A4") << int(PaperSize::A4);
    QTest::newRow("Letter") << int(PaperSize::Letter);
}

void TestProgrammePdf::bookletHoldsEveryTitle()
{
    QFETCH(int, paper);
    ProgrammeOptions options;
    options.paper = PaperSize(paper);
    const QString file = path(QStringLiteral("booklet.pdf"));
    QString error;
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Booklet, options, file, &error), qPrintable(error));

    const QString text = pdfText(file);
    QVERIFY(!text.isEmpty());
    for (const QString& title : std::as_const(m_confirmedTitles))
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    for (const QString& name : std::as_const(m_speakerNames))
        QVERIFY2(text.contains(squeezed(name)), qPrintable(name));
    QVERIFY(text.contains(squeezed(QStringLiteral("Index of speakers"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("Cross-cutting: Ecological Sustainability"))));
    QString why;
    QVERIFY2(fontsEmbedded(file, &why), qPrintable(why));

    // Cover, three days of eight sessions, an index: more than five pages, far fewer than one per session.
    const int pages = pdfPages(file);
    QVERIFY2(pages >= 5 && pages <= 12, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(squeezed(QStringLiteral("Page %1 of %1").arg(pages))));

    BookletWriter writer(ProgrammeData::load(*m_store, options), options);
    writer.layout();
    QCOMPARE(writer.pageCount(), pages);
    const QString problem = layoutProblem(writer.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProgrammePdf::posterAndSignsHoldEveryTitle_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("pages");
    QTest::newRow("poster") << int(ProgrammeFormat::Poster) << int(PaperSize::A4) << 3;
    QTest::newRow("signs A4") << int(ProgrammeFormat::DoorSigns) << int(PaperSize::A4) << 9;
    QTest::newRow("signs Letter") << int(ProgrammeFormat::DoorSigns) << int(PaperSize::Letter) << 9;
}

void TestProgrammePdf::posterAndSignsHoldEveryTitle()
{
    QFETCH(int, format);
    QFETCH(int, paper);
    QFETCH(int, pages);
    ProgrammeOptions options;
    options.paper = PaperSize(paper);
    const QString file = path(QStringLiteral("out.pdf"));
    QString error;
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat(format), options, file, &error), qPrintable(error));
    const QString text = pdfText(file);
    for (const QString& title : std::as_const(m_confirmedTitles))
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    QVERIFY(!text.contains(squeezed(m_proposedTitle)));
    QString why;
    QVERIFY2(fontsEmbedded(file, &why), qPrintable(why));
    // One poster per day; one sign per space per day (every space is used every day here).
    QCOMPARE(pdfPages(file), pages);

    const ProgrammeData data = ProgrammeData::load(*m_store, options);
    const LayoutReport report = format == int(ProgrammeFormat::Poster)
        ? [&] { PosterWriter w(data, options); w.layout(); return w.layoutReport(); }()
        : [&] { DoorSignWriter w(data, options); w.layout(); return w.layoutReport(); }();
    const QString problem = layoutProblem(report);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProgrammePdf::defaultSelectionIsConfirmedOnly()
{
    const QString file = path(QStringLiteral("booklet.pdf"));
    QString error;
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Booklet, {}, file, &error), qPrintable(error));
    QVERIFY(!pdfText(file).contains(squeezed(m_proposedTitle)));

    ProgrammeOptions withProposals;
    withProposals.statuses << QStringLiteral("proposed");
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Booklet, withProposals, file, &error),
             qPrintable(error));
    QVERIFY(pdfText(file).contains(squeezed(m_proposedTitle)));
}

void TestProgrammePdf::selectsWorkingLineDayAndSpace()
{
    ProgrammeOptions options;
    options.workingLineIds = {m_dataLine};
    const ProgrammeData data = ProgrammeData::load(*m_store, options);
    QCOMPARE(data.sessionCount(), 8); // every third of the 24 confirmed sessions
    for (const ProgrammeData::Day& day : data.days)
        for (const ProgrammeData::Session& session : day.sessions)
            QCOMPARE(session.lineName, QStringLiteral("Data"));

    const QString file = path(QStringLiteral("data.pdf"));
    QString error;
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Booklet, options, file, &error), qPrintable(error));
    const QString text = pdfText(file);
    for (int i = 0; i < m_confirmedTitles.size(); ++i)
        QCOMPARE(text.contains(squeezed(m_confirmedTitles.at(i))), i % 3 == 2);

    ProgrammeOptions oneDayOneSpace;
    oneDayOneSpace.days = {m_firstDay.addDays(1)};
    oneDayOneSpace.spaceIds = {m_stage};
    const ProgrammeData narrow = ProgrammeData::load(*m_store, oneDayOneSpace);
    QCOMPARE(narrow.days.size(), 1);
    QCOMPARE(narrow.days.first().date, m_firstDay.addDays(1));
    QCOMPARE(narrow.sessionCount(), 3);
    for (const ProgrammeData::Session& session : narrow.days.first().sessions)
        QCOMPARE(session.spaceName, QStringLiteral("Main stage"));
    // Sorted by time within the day.
    const auto& sessions = narrow.days.first().sessions;
    for (int i = 1; i < sessions.size(); ++i)
        QVERIFY(sessions.at(i - 1).startsAt <= sessions.at(i).startsAt);
}

void TestProgrammePdf::labelsFollowPrintLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("PROGRAMME"), QStringLiteral("Page 2 of"),
                                       QStringLiteral("Tuesday, 19 November 2019"), QStringLiteral("Moderator:")};
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList{QStringLiteral("PROGRAMA"), QStringLiteral("Página 2 de"),
                                       QStringLiteral("Índice de ponentes"), QStringLiteral("noviembre"),
                                       QStringLiteral("MESA REDONDA")};
    QTest::newRow("ca") << QStringLiteral("ca")
                        << QStringList{QStringLiteral("PROGRAMA"), QStringLiteral("Pàgina 2 de"),
                                       QStringLiteral("Índex de ponents"), QStringLiteral("novembre"),
                                       QStringLiteral("TAULA RODONA")};
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("PROGRAMME"), QStringLiteral("Page 2 sur"),
                                       QStringLiteral("Index des intervenants"), QStringLiteral("novembre"),
                                       QStringLiteral("TABLE RONDE")};
}

void TestProgrammePdf::labelsFollowPrintLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    ProgrammeOptions options;
    options.language = language;
    const QString file = path(QStringLiteral("booklet-%1.pdf").arg(language));
    QString error;
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Booklet, options, file, &error), qPrintable(error));
    const QString text = pdfText(file);
    for (const QString& label : std::as_const(expected))
        QVERIFY2(text.contains(squeezed(label)), qPrintable(label));
    // Session content is printed as written, whatever the label language.
    QVERIFY(text.contains(squeezed(m_confirmedTitles.first())));
}

void TestProgrammePdf::hundredSessionsInOneDay()
{
    ProgrammeFixture f(*m_store);
    const QDate day(2019, 11, 22);
    f.day(day);
    QStringList spaces;
    for (int s = 0; s < 10; ++s)
        spaces << f.space(QStringLiteral("Pod %1").arg(s + 1));
    const QString speaker = f.person(QStringLiteral("Iris Vandermeer"), QStringLiteral("Fictional Lab"));
    QStringList titles;
    for (int i = 0; i < 100; ++i) {
        titles << QStringLiteral("Crowded day item %1 on tourism rentals").arg(i + 1);
        f.session(titles.last(), m_labourLine, spaces.at(i % 10), ProgrammeFixture::at(day, 9 + (i / 10), (i % 3) * 10),
                  45, QStringLiteral("confirmed"), {speaker});
    }
    ProgrammeOptions options;
    options.days = {day};
    const ProgrammeData data = ProgrammeData::load(*m_store, options);
    QCOMPARE(data.sessionCount(), 100);

    const QString file = path(QStringLiteral("crowded.pdf"));
    QString error;
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Booklet, options, file, &error), qPrintable(error));
    const QString text = pdfText(file);
    for (const QString& title : std::as_const(titles))
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    BookletWriter booklet(data, options);
    booklet.layout();
    QString problem = layoutProblem(booklet.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    for (ProgrammeFormat format : {ProgrammeFormat::Poster, ProgrammeFormat::DoorSigns})
        QVERIFY2(ProgrammeExporter::exportPdf(*m_store, format, options, file, &error), qPrintable(error));
    PosterWriter poster(data, options);
    poster.layout();
    QCOMPARE(poster.pageCount(), 1);
    problem = layoutProblem(poster.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    DoorSignWriter signs(data, options);
    signs.layout();
    QVERIFY(signs.pageCount() >= 10);
    problem = layoutProblem(signs.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProgrammePdf::crowdedPosterSplitsBySpace()
{
    // Twelve spaces each double- and triple-booked all day: too many side-by-side lanes for one
    // sheet, so the day goes on several posters, each still readable and complete.
    ProgrammeFixture f(*m_store);
    const QDate day(2019, 11, 23);
    f.day(day);
    QStringList titles;
    for (int s = 0; s < 12; ++s) {
        const QString space = f.space(QStringLiteral("Overbooked room %1").arg(s + 1));
        for (int i = 0; i < 12; ++i) {
            titles << QStringLiteral("Parallel track %1-%2 on neighbourhood data").arg(s + 1).arg(i + 1);
            f.session(titles.last(), m_dataLine, space, ProgrammeFixture::at(day, 9 + i * 3 / 4, (i % 4) * 15), 60);
        }
    }
    ProgrammeOptions options;
    options.days = {day};
    const ProgrammeData data = ProgrammeData::load(*m_store, options);
    PosterWriter poster(data, options);
    poster.layout();
    QVERIFY2(poster.pageCount() > 1, qPrintable(QString::number(poster.pageCount())));
    const QString problem = layoutProblem(poster.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString file = path(QStringLiteral("crowded-poster.pdf"));
    QString error;
    QVERIFY2(poster.write(file, &error), qPrintable(error));
    const QString text = pdfText(file);
    for (const QString& title : std::as_const(titles))
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    QVERIFY(text.contains(squeezed(QStringLiteral("1/%1").arg(poster.pageCount()))));
}

void TestProgrammePdf::busySignStaysOnOnePage()
{
    // Eight sessions with four people each in one room: the sign drops organisations and shrinks
    // rather than spilling onto a second sheet.
    ProgrammeFixture f(*m_store);
    const QDate day(2019, 11, 24);
    f.day(day);
    const QString room = f.space(QStringLiteral("Busy room"));
    QStringList people;
    for (int i = 0; i < 4; ++i)
        people << f.person(QStringLiteral("Invented Person %1").arg(i + 1), QStringLiteral("Invented Association %1").arg(i + 1));
    for (int i = 0; i < 8; ++i)
        f.session(QStringLiteral("Session %1 on short-term rentals").arg(i + 1),
                  m_labourLine, room, ProgrammeFixture::at(day, 9 + i), 45, QStringLiteral("confirmed"),
                  people.mid(0, 3), people.mid(3));
    ProgrammeOptions options;
    options.days = {day};
    DoorSignWriter signs(ProgrammeData::load(*m_store, options), options);
    signs.layout();
    QCOMPARE(signs.pageCount(), 1);
    const QString problem = layoutProblem(signs.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProgrammePdf::longTitlesAndNamesWrap()
{
    ProgrammeFixture f(*m_store);
    QString longTitle;
    while (longTitle.size() < 400)
        longTitle += QStringLiteral("Negotiating municipal access to platform mobility data for fairer streets ");
    longTitle = longTitle.left(400).trimmed();
    QString longName;
    while (longName.size() < 200)
        longName += QStringLiteral("Maximiliana Esperanza de la Concepción ");
    longName = longName.left(200).trimmed();
    // A name with no space at all must still break rather than run off the page.
    const QString unbroken = QString(120, QLatin1Char('x')) + QStringLiteral("Unbreakable");
    const QString someone = f.person(longName, QStringLiteral("An Organisation Whose Name Goes On And On For Quite A While"));
    const QString other = f.person(unbroken);
    f.session(longTitle, m_dataLine, m_stage, ProgrammeFixture::at(m_firstDay, 9), 60, QStringLiteral("confirmed"),
              {someone, other}, {someone});

    for (ProgrammeFormat format : {ProgrammeFormat::Booklet, ProgrammeFormat::DoorSigns}) {
        const QString file = path(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(ProgrammeExporter::exportPdf(*m_store, format, {}, file, &error), qPrintable(error));
        const QString text = pdfText(file);
        QVERIFY(text.contains(squeezed(longTitle)));
        QVERIFY(text.contains(squeezed(longName)));
        QVERIFY(text.contains(squeezed(unbroken)));
    }
    const ProgrammeData data = ProgrammeData::load(*m_store, {});
    BookletWriter booklet(data, {});
    booklet.layout();
    QString problem = layoutProblem(booklet.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    PosterWriter poster(data, {});
    poster.layout();
    problem = layoutProblem(poster.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    DoorSignWriter signs(data, {});
    signs.layout();
    problem = layoutProblem(signs.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProgrammePdf::oversizedSessionSplitsAcrossPages()
{
    ProgrammeFixture f(*m_store);
    QStringList speakers;
    QStringList names;
    for (int i = 0; i < 90; ++i) {
        names << QStringLiteral("Invented Panellist Number %1 With A Rather Long Family Name").arg(i + 1);
        speakers << f.person(names.last(), QStringLiteral("Neighbourhood Assembly %1").arg(i + 1));
    }
    f.session(QStringLiteral("The biggest roundtable ever held"), m_dataLine, m_stage,
              ProgrammeFixture::at(m_firstDay, 8), 60, QStringLiteral("confirmed"), speakers);

    const ProgrammeData data = ProgrammeData::load(*m_store, {});
    BookletWriter booklet(data, {});
    booklet.layout();
    const QString problem = layoutProblem(booklet.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QString file = path(QStringLiteral("big.pdf"));
    QString error;
    QVERIFY2(booklet.write(file, &error), qPrintable(error));
    const QString text = pdfText(file);
    for (const QString& name : std::as_const(names))
        QVERIFY2(text.contains(squeezed(name)), qPrintable(name));
    QVERIFY(text.contains(squeezed(QStringLiteral("(continued)"))));
}

void TestProgrammePdf::missingFolderFailsCleanly()
{
    const QString file = path(QStringLiteral("no/such/folder/booklet.pdf"));
    QString error;
    QVERIFY(!ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Booklet, {}, file, &error));
    QVERIFY2(error.contains(QStringLiteral("booklet.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QDir(path(QStringLiteral("no"))).exists());
}

void TestProgrammePdf::replacesExistingFile()
{
    const QString file = path(QStringLiteral("poster.pdf"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a pdf");
    }
    QString error;
    QVERIFY2(ProgrammeExporter::exportPdf(*m_store, ProgrammeFormat::Poster, {}, file, &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral("poster")).size(), 1);
}

void TestProgrammePdf::demoEvent()
{
    QString error;
    std::unique_ptr<Store> demo =
        DemoEvent::create(path(QStringLiteral("demo.standlab")), OpenOptions::forLaptop(QStringLiteral("t")), &error);
    QVERIFY2(demo, qPrintable(error));
    const ProgrammeData data = ProgrammeData::load(*demo, {});
    QStringList titles;
    for (const ProgrammeData::Day& day : data.days)
        for (const ProgrammeData::Session& session : day.sessions)
            titles << session.title;

    for (ProgrammeFormat format : {ProgrammeFormat::Booklet, ProgrammeFormat::Poster, ProgrammeFormat::DoorSigns}) {
        for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
            ProgrammeOptions options;
            options.paper = paper;
            const QString file = path(QStringLiteral("demo-%1-%2.pdf").arg(int(format)).arg(int(paper)));
            QVERIFY2(ProgrammeExporter::exportPdf(*demo, format, options, file, &error), qPrintable(error));
            const QString text = pdfText(file);
            for (const QString& title : std::as_const(titles))
                QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
            QString why;
            QVERIFY2(fontsEmbedded(file, &why), qPrintable(why));
        }
    }
    BookletWriter booklet(data, {});
    booklet.layout();
    QString problem = layoutProblem(booklet.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    PosterWriter poster(data, {});
    poster.layout();
    problem = layoutProblem(poster.layoutReport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestProgrammePdf)
#include "test_programmepdf.moc"
