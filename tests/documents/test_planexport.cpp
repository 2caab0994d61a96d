// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfixture.h"
#include "documents/datasetscsv.h"
#include "documents/documentformats.h"
#include "documents/documentsnapshot.h"
#include "io/formatregistry.h"
#include "model/dataset.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace standlab;

// The Action Plan's PDF and Markdown, the datasets CSV, and their CLI formats.
class TestPlanExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentFixture> m_fixture;

    static QString pdfText(const QString& path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
        process.waitForFinished(60000);
        // Raw mode keeps the drawing order, so a title wrapped in a table cell reads as one run of words;
        // a line broken after a hyphen is joined back.
        return QString::fromUtf8(process.readAllStandardOutput()).simplified().replace(QStringLiteral("- "), QStringLiteral("-"));
    }

    static int cli(const QStringList& arguments, QByteArray* err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(STANDLAB_CLI_PATH), arguments);
        process.waitForFinished(60000);
        if (err)
            *err = process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<DocumentFixture>();
        QVERIFY(m_fixture->create());
    }

    void formatsAreRegistered()
    {
        const FormatRegistry& registry = FormatRegistry::builtIn();
        QVERIFY(registry.exportFormat(QStringLiteral("plan-pdf")));
        QVERIFY(registry.exportFormat(QStringLiteral("plan-md")));
        QVERIFY(registry.exportFormat(QStringLiteral("datasets-csv")));
        QVERIFY(registry.importFormat(QStringLiteral("datasets-csv")));
    }

    void pdfHasEverySectionAndAction_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::newRow("current") << QString();
        QTest::newRow("end of day 1") << QStringLiteral("End of day 1");
    }

    void pdfHasEverySectionAndAction()
    {
        QFETCH(QString, revision);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ExportRequest request;
        request.output = m_fixture->path(QStringLiteral("plan.pdf"));
        request.document = QStringLiteral("2020 Action Plan for the Platform and Collaborative Economy");
        request.revision = revision;
        QString error;
        QVERIFY2(DocumentFormats::writePdf(*m_fixture->store, request, &error), qPrintable(error));
        PlanFormat::Version version;
        const auto snapshot = DocumentFormats::resolve(*m_fixture->store, request.document, revision, &version, &error);
        QVERIFY(snapshot);
        const QString text = pdfText(request.output);
        QVERIFY(text.contains(QStringLiteral("Contents")));
        for (const Section& s : snapshot->sections)
            QVERIFY2(text.contains(s.title.simplified()), qPrintable(s.title));
        for (const Action& a : snapshot->actions)
            QVERIFY2(text.contains(a.title.simplified()), qPrintable(a.title));
        if (!revision.isEmpty())
            QVERIFY(text.contains(QStringLiteral("Revision “End of day 1”")));
        QVERIFY(text.contains(QStringLiteral("Page 2 of")));
    }

    void markdownHasEveryAction()
    {
        ExportRequest request;
        request.output = m_fixture->path(QStringLiteral("plan.md"));
        QString error;
        QVERIFY2(DocumentFormats::writeMarkdown(*m_fixture->store, request, &error), qPrintable(error));
        QFile file(request.output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        const auto snapshot = DocumentSnapshot::fromStore(*m_fixture->store, m_fixture->planId);
        QCOMPARE(snapshot->actions.size(), 23);
        for (const Action& a : snapshot->actions)
            QVERIFY2(markdown.contains(QStringLiteral("| ") + a.title + QStringLiteral(" |")), qPrintable(a.title));
        for (const Section& s : snapshot->sections)
            QVERIFY2(markdown.contains(s.title), qPrintable(s.title));
        QVERIFY(markdown.startsWith(QStringLiteral("# 2020 Action Plan")));
    }

    void unknownDocumentOrRevisionFails()
    {
        ExportRequest request;
        request.output = m_fixture->path(QStringLiteral("x.md"));
        request.document = QStringLiteral("No such document");
        QString error;
        QVERIFY(!DocumentFormats::writeMarkdown(*m_fixture->store, request, &error));
        QVERIFY(error.contains(QStringLiteral("No such document")));
        request.document.clear();
        request.revision = QStringLiteral("Day 9");
        QVERIFY(!DocumentFormats::writeMarkdown(*m_fixture->store, request, &error));
        QVERIFY(error.contains(QStringLiteral("Day 9")));
        QVERIFY(!QFile::exists(request.output));
    }

    void datasetsRoundTrip()
    {
        Store& store = *m_fixture->store;
        const QString path = m_fixture->path(QStringLiteral("datasets.csv"));
        QString error;
        QVERIFY(DatasetsCsv::write(store, path, &error));
        const qint64 before = store.count(QStringLiteral("datasets"));
        ImportRequest request;
        request.input = path;
        ImportReport report;
        // The same file again: every dataset is found by name and publisher and updated, none added.
        QVERIFY2(DatasetsCsv::import(store, request, &report, &error), qPrintable(error));
        QCOMPARE(report.created, 0);
        QCOMPARE(report.updated, int(before));
        QCOMPARE(store.count(QStringLiteral("datasets")), before);
        QCOMPARE(DatasetsCsv::exportCsv(store), [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }());
    }

    void datasetsImportIsAllOrNothing()
    {
        Store& store = *m_fixture->store;
        const QString path = m_fixture->path(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Publisher,Access,Working line\r\n"
                   "Bike lanes,Ghent,open,Data\r\n"
                   "Taxi trips,Lisbon,secret,Data\r\n");
        file.close();
        const qint64 before = store.count(QStringLiteral("datasets"));
        ImportRequest request;
        request.input = path;
        QString error;
        QVERIFY(!DatasetsCsv::import(store, request, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("secret")));
        QCOMPARE(store.count(QStringLiteral("datasets")), before);
    }

    void cliFormats()
    {
        const QString file = m_fixture->store->path();
        m_fixture->store.reset(); // the CLI opens the file itself
        const QString pdf = m_fixture->path(QStringLiteral("cli.pdf"));
        const QString md = m_fixture->path(QStringLiteral("cli.md"));
        QByteArray err;
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("plan-pdf"),
                      QStringLiteral("--document"), QStringLiteral("Data Commons Manifesto"), QStringLiteral("--output"), pdf}, &err), 0);
        QVERIFY(QFile(pdf).size() > 1000);
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("plan-md"),
                      QStringLiteral("--document"), QStringLiteral("2020 Action Plan"), QStringLiteral("--revision"),
                      QStringLiteral("End of day 2"), QStringLiteral("--output"), md}, &err), 0);
        QVERIFY(QFile(md).size() > 100);
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("plan-md"),
                      QStringLiteral("--revision"), QStringLiteral("Never saved"), QStringLiteral("--output"),
                      m_fixture->path(QStringLiteral("none.md"))}, &err), 1);
        QVERIFY(!err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("none.md"))));
        const QString csv = m_fixture->path(QStringLiteral("datasets.csv"));
        QCOMPARE(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("datasets-csv"),
                      QStringLiteral("--output"), csv}), 0);
        QVERIFY(QFile(csv).size() > 100);
        QCOMPARE(cli({QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("datasets-csv"), csv,
                      QStringLiteral("--dry-run")}), 0);
    }
};

QTEST_MAIN(TestPlanExport)
#include "test_planexport.moc"
