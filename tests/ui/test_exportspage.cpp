// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoevent.h"
#include "document/eventdocument.h"
#include "exports/exportoptionswidget.h"
#include "exports/programmepreview.h"
#include "exports/programmeprinter.h"
#include "export/programmeexporter.h"
#include "mainwindow/prompts.h"
#include "pages/exportspage.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace standlab;

// The Exports page driven through its widgets: the preview follows every option, Export… writes
// through the registry, and printing paints the same pages.
class TestExportsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewShowsTheBooklet();
    void previewFollowsOptions();
    void formatsSwitchThePreview();
    void exportButtonWritesTheChosenFormat_data();
    void exportButtonWritesTheChosenFormat();
    void nothingCheckedDisablesExport();
    void printsToAPdfPrinter();

private:
    template <class T> T* find(const char* name) const
    {
        T* widget = m_page->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void refresh() { m_page->preview()->refreshNow(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<ExportsPage> m_page;
};

void TestExportsPage::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    auto store = DemoEvent::create(m_dir->filePath(QStringLiteral("demo.standlab")),
                                   OpenOptions::forLaptop(QStringLiteral("t")), &error);
    QVERIFY2(store, qPrintable(error));
    m_document = std::make_unique<EventDocument>(std::move(store));
    m_page = std::make_unique<ExportsPage>(*m_document);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    refresh();
}

void TestExportsPage::cleanup()
{
    // For looking at the page by eye: STANDLAB_SHOT_DIR=/some/folder keeps a picture per test.
    const QString shots = qEnvironmentVariable("STANDLAB_SHOT_DIR");
    if (!shots.isEmpty() && m_page)
        m_page->grab().save(QDir(shots).filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                                                 + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
    Prompts::setFileChooser({});
    Prompts::setWarningSink({});
    m_page.reset();
    m_document.reset();
    m_dir.reset();
}

void TestExportsPage::previewShowsTheBooklet()
{
    ProgrammePreview* preview = m_page->preview();
    const PdfCanvas booklet = ProgrammeExporter::layout(m_document->store(), ProgrammeFormat::Booklet, {});
    QCOMPARE(preview->pageCount(), booklet.pageCount());
    QCOMPARE(preview->pageImages().size(), qMin(booklet.pageCount(), int(ProgrammePreview::kMaxPages)));
    const QImage cover = preview->pageImages().first();
    QVERIFY(cover.width() >= 280);
    // Portrait A4: about 1.41 times as tall as wide.
    QVERIFY(qAbs(qreal(cover.height()) / cover.width() - 1.414) < 0.02);
    // Something is painted: not a blank white sheet.
    int dark = 0;
    for (int y = 0; y < cover.height(); y += 2)
        for (int x = 0; x < cover.width(); x += 2)
            dark += qGray(cover.pixel(x, y)) < 128;
    QVERIFY(dark > 100);
    QVERIFY(find<QWidget>("previewPage1"));
}

void TestExportsPage::previewFollowsOptions()
{
    ProgrammePreview* preview = m_page->preview();
    QSignalSpy refreshed(preview, &ProgrammePreview::refreshed);
    const int allPages = preview->pageCount();
    const QImage englishDay = preview->pageImages().at(1);

    // The label language changes the printed words, so the pages change.
    auto* language = find<QComboBox>("exportLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QVERIFY(refreshed.wait(5000)); // the debounced refresh, as a user sees it
    QVERIFY(preview->pageImages().at(1) != englishDay);

    // Dropping two of the three days leaves a shorter booklet.
    auto* days = find<QListWidget>("exportDays");
    QCOMPARE(days->count(), 3);
    days->item(1)->setCheckState(Qt::Unchecked);
    days->item(2)->setCheckState(Qt::Unchecked);
    refresh();
    QVERIFY2(preview->pageCount() < allPages, qPrintable(QString::number(preview->pageCount())));

    // Letter paper changes the page's shape.
    auto* paper = find<QComboBox>("exportPaper");
    paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
    refresh();
    const QImage letter = preview->pageImages().first();
    QVERIFY(qAbs(qreal(letter.height()) / letter.width() - 11.0 / 8.5) < 0.02);

    // Every status in: more sessions than the confirmed ones, so at least as many pages.
    auto* statuses = find<QListWidget>("exportStatuses");
    const int before = preview->pageCount();
    for (int i = 0; i < statuses->count(); ++i)
        statuses->item(i)->setCheckState(Qt::Checked);
    refresh();
    QVERIFY(preview->pageCount() >= before);
}

void TestExportsPage::formatsSwitchThePreview()
{
    auto* format = find<QComboBox>("exportFormat");
    ProgrammePreview* preview = m_page->preview();
    format->setCurrentIndex(format->findData(QStringLiteral("poster")));
    refresh();
    QCOMPARE(preview->pageCount(), 3); // one poster per day
    const QImage poster = preview->pageImages().first();
    QVERIFY(poster.width() > poster.height());

    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    refresh();
    const int rows = preview->tableRows();
    QVERIFY(rows > 20);
    auto* lines = find<QListWidget>("exportLines");
    lines->item(0)->setCheckState(Qt::Unchecked);
    refresh();
    QVERIFY(preview->tableRows() < rows);

    format->setCurrentIndex(format->findData(QStringLiteral("html")));
    refresh();
    QVERIFY(!preview->htmlText().isEmpty());
    QVERIFY(!preview->htmlText().contains(QStringLiteral("getElementById"))); // the script is not shown as text
    QVERIFY(!find<QPushButton>("printButton")->isVisible());
    // Whatever the format shows, the page fits beside the sidebar on a 1366-pixel laptop screen.
    QVERIFY2(m_page->minimumSizeHint().width() < 1000, qPrintable(QString::number(m_page->minimumSizeHint().width())));
}

void TestExportsPage::exportButtonWritesTheChosenFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("booklet") << "booklet" << QByteArray("%PDF-");
    QTest::newRow("signs") << "signs" << QByteArray("%PDF-");
    QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("xlsx") << "xlsx" << QByteArray("PK\x03\x04");
}

void TestExportsPage::exportButtonWritesTheChosenFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    auto* combo = find<QComboBox>("exportFormat");
    combo->setCurrentIndex(combo->findData(format));
    const QString target = m_dir->filePath(QStringLiteral("programme")); // no suffix: the page adds it
    QString suggestion;
    Prompts::setFileChooser([&](const QString&, const QString& suggested) {
        suggestion = suggested;
        return target;
    });
    QStringList warnings;
    Prompts::setWarningSink([&](const QString&, const QString& text) { warnings << text; });
    QSignalSpy status(m_page.get(), &ExportsPage::statusMessage);
    find<QPushButton>("exportButton")->click();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(status.count(), 1);
    const QString extension = format == QLatin1String("booklet") || format == QLatin1String("signs")
        ? QStringLiteral("pdf")
        : format;
    QVERIFY(suggestion.endsWith(QLatin1Char('.') + extension));
    QFile written(target + QLatin1Char('.') + extension);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(magic.size()) == magic);
    QVERIFY(!find<QWidget>("exportProgress")->isVisible());
}

void TestExportsPage::nothingCheckedDisablesExport()
{
    auto* spaces = find<QListWidget>("exportSpaces");
    for (int i = 0; i < spaces->count(); ++i)
        spaces->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!find<QPushButton>("exportButton")->isEnabled());
    spaces->item(0)->setCheckState(Qt::Checked);
    QVERIFY(find<QPushButton>("exportButton")->isEnabled());
}

void TestExportsPage::printsToAPdfPrinter()
{
    const PdfCanvas booklet = ProgrammeExporter::layout(m_document->store(), ProgrammeFormat::Booklet, {});
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(file);
    printer.setPageLayout(booklet.pageLayout());
    printer.setFullPage(true);
    QVERIFY(ProgrammePrinter::print(printer, booklet));
    QFile printed(file);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
}

QTEST_MAIN(TestExportsPage)
#include "test_exportspage.moc"
