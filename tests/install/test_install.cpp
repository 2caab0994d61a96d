// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// `cmake --install` into a private prefix puts everything a desktop needs where it looks, the files
// pass the freedesktop validators, and the installed MIME type recognises .standlab files by name and
// by content.
class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installedFiles_data();
    void installedFiles();
    void metainfoIsValid();
    void desktopEntryIsValid();
    void mimeTypeRecognisesEventFiles();
    void installedCliRuns();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    static Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {});
    QString installed(const QString& relative) const { return m_prefix.filePath(relative); }

    QTemporaryDir m_prefix;
    QTemporaryDir m_work;
};

TestInstall::Run TestInstall::run(const QString& program, const QStringList& arguments,
                                  const QProcessEnvironment& environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid() && m_work.isValid());
    const Run install = run(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(STANDLAB_BUILD_DIR),
                                                      QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
}

void TestInstall::installedFiles_data()
{
    QTest::addColumn<QString>("path");
    for (const char* path : {"bin/standlab", "bin/standlab-cli", "share/applications/org.sharingcities.StandLab.desktop",
                             "share/metainfo/org.sharingcities.StandLab.metainfo.xml",
                             "share/mime/packages/org.sharingcities.StandLab.xml",
                             "share/icons/hicolor/scalable/apps/org.sharingcities.StandLab.svg",
                             "share/icons/hicolor/16x16/apps/org.sharingcities.StandLab.png",
                             "share/icons/hicolor/48x48/apps/org.sharingcities.StandLab.png",
                             "share/icons/hicolor/256x256/apps/org.sharingcities.StandLab.png"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestInstall::installedFiles()
{
    QFETCH(QString, path);
    const QFileInfo file(installed(path));
    QVERIFY2(file.isFile() && file.size() > 0, qPrintable(file.filePath()));
    if (path.startsWith(QLatin1String("bin/")))
        QVERIFY(file.isExecutable());
}

void TestInstall::metainfoIsValid()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    const Run check = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                 installed(QStringLiteral("share/metainfo/org.sharingcities.StandLab.metainfo.xml"))});
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
}

void TestInstall::desktopEntryIsValid()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const Run check = run(tool, {installed(QStringLiteral("share/applications/org.sharingcities.StandLab.desktop"))});
    QVERIFY2(check.exitCode == 0 && check.output.trimmed().isEmpty(), qPrintable(check.output));
}

void TestInstall::mimeTypeRecognisesEventFiles()
{
    const Run update = run(QStringLiteral("update-mime-database"), {installed(QStringLiteral("share/mime"))});
    QVERIFY2(update.exitCode == 0, qPrintable(update.output));
    const QString event = m_work.filePath(QStringLiteral("event.standlab"));
    const Run demo = run(installed(QStringLiteral("bin/standlab-cli")), {QStringLiteral("demo"), event});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.output));
    // Only our prefix: the file type must come from what we installed, not from the machine.
    qputenv("XDG_DATA_DIRS", installed(QStringLiteral("share")).toLocal8Bit());
    QMimeDatabase database;
    QCOMPARE(database.mimeTypeForFile(event, QMimeDatabase::MatchExtension).name(), QStringLiteral("application/x-standlab"));
    QFile file(event);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(database.mimeTypeForData(file.read(512)).name(), QStringLiteral("application/x-standlab"));
    QVERIFY(database.mimeTypeForData(QByteArray("SQLite format 3").leftJustified(512, '\0')).name()
            != QLatin1String("application/x-standlab"));
}

void TestInstall::installedCliRuns()
{
    const Run version = run(installed(QStringLiteral("bin/standlab-cli")), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.output.startsWith(QLatin1String("standlab-cli ")));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "test_install.moc"
