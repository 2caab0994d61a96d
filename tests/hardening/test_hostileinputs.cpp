// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "eventstate.h"
#include "hardeningfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <zlib.h>

using namespace standlab::hardening;

namespace {

// The child may use at most this much address space; what it really touches (its peak resident set)
// must stay far below. Sanitizer runtimes reserve terabytes of shadow memory, so there only the resident
// set is measured, with room for the sanitizer's own overhead.
constexpr qint64 addressSpaceCap = qint64(1536) << 20;
qint64 residentCapMiB()
{
    return CliProcess::sanitized() ? 1024 : 256;
}

QByteArray nestedJson(int depth, bool objects)
{
    QByteArray text;
    text.reserve(depth * 6 + 64);
    text += "{\"format\":\"standlab-bundle\",\"schema_version\":1,\"tables\":";
    for (int i = 0; i < depth; ++i)
        text += objects ? "{\"a\":" : "[";
    text += "1";
    for (int i = 0; i < depth; ++i)
        text += objects ? "}" : "]";
    text += "}";
    return text;
}

// A zlib stream of `total` zero bytes that is only about a thousandth of that: one compressed MiB,
// ended with a full flush so it depends on nothing before it, repeated.
QByteArray zerosStream(qint64 total)
{
    constexpr int chunk = 1 << 20;
    const QByteArray zeros(chunk, '\0');
    z_stream z{};
    deflateInit(&z, 9);
    const auto deflateOnce = [&] {
        QByteArray out(chunk, Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        z.avail_in = uInt(zeros.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        deflate(&z, Z_FULL_FLUSH);
        out.truncate(out.size() - qsizetype(z.avail_out));
        return out;
    };
    QByteArray stream = deflateOnce(); // with the two-byte zlib header
    const QByteArray repeated = deflateOnce();
    deflateEnd(&z);
    for (qint64 done = 2 * qint64(chunk); done < total; done += chunk)
        stream += repeated;
    stream += QByteArray("\x03\x00", 2); // a final, empty fixed-Huffman block
    // Adler-32 of n zero bytes: a stays 1, b adds 1 per byte.
    const quint32 adler = (quint32((total / chunk) * chunk % 65521) << 16) | 1u;
    char trailer[4];
    qToBigEndian(adler, trailer);
    return stream + QByteArray(trailer, 4);
}

struct Package
{
    QByteArray magic;
    QJsonObject header;
    QByteArray body;

    static Package parse(const QByteArray& bytes)
    {
        Package package;
        const qsizetype magicEnd = bytes.indexOf('\n') + 1;
        const qsizetype headerEnd = bytes.indexOf('\n', magicEnd);
        package.magic = bytes.left(magicEnd);
        package.header = QJsonDocument::fromJson(bytes.mid(magicEnd, headerEnd - magicEnd)).object();
        package.body = bytes.mid(headerEnd + 1);
        return package;
    }
    // Size and checksum made to match the body: the lie is then only in what the body says of itself.
    void seal()
    {
        header.insert(QStringLiteral("size"), double(body.size()));
        header.insert(QStringLiteral("sha256"),
                      QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    }
    QByteArray bytes() const { return magic + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body; }
};

} // namespace

// Issue 9, hostile inputs, each given to the real standlab-cli under a memory cap: a CSV of a gigabyte
// or with a 10 MB field, XML with entity expansion or external entities, JSON nested 100,000 deep, a
// sync package whose counts lie. Each is refused quickly with a clear error, within bounded memory,
// and nothing is applied.
class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gigabyteCsvIsRefusedBySize();
    void tenMegabyteFieldIsRefused();
    void hostileXml_data();
    void hostileXml();
    void deeplyNestedJson_data();
    void deeplyNestedJson();
    void gigabyteFiles_data();
    void gigabyteFiles();
    void lyingSyncPackage_data();
    void lyingSyncPackage();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliResult runCapped(const QStringList& arguments) const;
    // Checks a refusal: exit 1, the input named, the words expected, memory and time bounded.
    void verifyRefused(const CliResult& run, const QString& input, const QStringList& words) const;
    QString freshEvent(const QString& name) const;
    void verifyNewFileAbsent(const QString& file) const;
    bool makeSparse(const QString& file, qint64 size, const QByteArray& start) const;

    QTemporaryDir m_dir;
    EventState m_demo;
};

CliResult TestHostileInputs::runCapped(const QStringList& arguments) const
{
    CliProcess process;
    process.setEnvironment(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    if (!CliProcess::sanitized())
        process.setAddressSpaceLimit(addressSpaceCap);
    return process.run(arguments, 60000);
}

void TestHostileInputs::verifyRefused(const CliResult& run, const QString& input, const QStringList& words) const
{
    const QByteArray message = run.describe().toUtf8();
    QVERIFY2(run.exited && run.exitCode == 1, message.constData());
    QVERIFY2(run.err.contains(QFileInfo(input).fileName().toUtf8()), message.constData());
    for (const QString& word : words)
        QVERIFY2(QString::fromUtf8(run.err).contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("“%1” missing: ").arg(word) + run.describe()));
    QVERIFY2(run.maxRssKiB / 1024 < residentCapMiB(), message.constData());
    QVERIFY2(run.elapsedMs < 20000, message.constData());
}

QString TestHostileInputs::freshEvent(const QString& name) const
{
    const QString target = path(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(target + suffix);
    return QFile::copy(path(QStringLiteral("demo.standlab")), target) ? target : QString();
}

void TestHostileInputs::verifyNewFileAbsent(const QString& file) const
{
    const QStringList left = entriesStartingWith(QFileInfo(file).absolutePath(), QFileInfo(file).fileName());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("a refused import left: ") + left.join(QStringLiteral(", "))));
}

bool TestHostileInputs::makeSparse(const QString& file, qint64 size, const QByteArray& start) const
{
    // A hole of a gigabyte costs no disk; only a reader that reads it pays.
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(start) == start.size() && out.resize(size);
}

void TestHostileInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("tmp"))));
    CliProcess process;
    const CliResult demo = process.run({QStringLiteral("demo"), path(QStringLiteral("demo.standlab"))});
    QVERIFY2(demo.exited && demo.exitCode == 0, qPrintable(demo.describe()));
    const QString copy = freshEvent(QStringLiteral("state.standlab"));
    m_demo = EventState::of(copy);
    QVERIFY2(m_demo.ok(), qPrintable(m_demo.problem));
    // The baseline: a plain run stays well inside the caps, so the checks below measure the inputs.
    const CliResult info = runCapped({QStringLiteral("info"), copy});
    QVERIFY2(info.exited && info.exitCode == 0, qPrintable(info.describe()));
    qInfo("standlab-cli info: peak %lld MiB (cap %lld MiB%s)", info.maxRssKiB / 1024, residentCapMiB(),
          CliProcess::sanitized() ? ", sanitized build: no address-space cap" : ", address space capped at 1.5 GiB");
}

void TestHostileInputs::gigabyteCsvIsRefusedBySize()
{
    const QString csv = path(QStringLiteral("gigabyte.csv"));
    QVERIFY(makeSparse(csv, qint64(1) << 30, "Organisation,City,Name\nAjuntament de Girona,Girona,Anna Ferrer\n"));
    const QString event = freshEvent(QStringLiteral("csv.standlab"));
    const CliResult run = runCapped({QStringLiteral("import"), event, QStringLiteral("--format"),
                                     QStringLiteral("contacts-csv"), csv});
    verifyRefused(run, csv, {QStringLiteral("larger than")});
    QVERIFY2(run.elapsedMs < 5000, qPrintable(run.describe())); // by its size, not by reading it
    QVERIFY(EventState::of(event).sameRows(m_demo));
    // The datasets importer reads CSV through the same reader.
    const CliResult datasets = runCapped({QStringLiteral("import"), event, QStringLiteral("--format"),
                                          QStringLiteral("datasets-csv"), csv});
    verifyRefused(datasets, csv, {QStringLiteral("larger than")});
    QVERIFY(EventState::of(event).sameRows(m_demo));
}

void TestHostileInputs::tenMegabyteFieldIsRefused()
{
    const QString csv = path(QStringLiteral("long-field.csv"));
    QByteArray text = "Organisation,City,Name,Notes\nAjuntament de Girona,Girona,Anna Ferrer,short\n"
                      "Cooperativa Làctia,Vic,Jordi Puig,\"";
    text += QByteArray(10 << 20, 'x');
    text += "\"\n";
    QVERIFY(writeBytes(csv, text));
    const QString event = freshEvent(QStringLiteral("field.standlab"));
    const CliResult run = runCapped({QStringLiteral("import"), event, QStringLiteral("--format"),
                                     QStringLiteral("contacts-csv"), csv});
    verifyRefused(run, csv, {QStringLiteral("Line 3"), QStringLiteral("longer than")});
    QVERIFY(EventState::of(event).sameRows(m_demo));
}

void TestHostileInputs::hostileXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    const QByteArray body = "<schedule><version>1</version><conference><title>&x;</title></conference></schedule>\n";
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n <!ENTITY l0 \"ha\">\n";
    for (int i = 1; i <= 9; ++i)
        laughs += QStringLiteral(" <!ENTITY l%1 \"%2\">\n").arg(i).arg(QStringLiteral("&l%1;").arg(i - 1).repeated(10)).toUtf8();
    laughs += " <!ENTITY x \"&l9;\">\n]>\n" + body;
    QTest::newRow("billion laughs") << laughs;
    QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n"
                                                   " <!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n") + body;
    QTest::newRow("parameter entity") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n"
                                                    " <!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;\n]>\n") + body;
    QTest::newRow("external DTD") << QByteArray("<?xml version=\"1.0\"?>\n"
                                                "<!DOCTYPE schedule SYSTEM \"file:///etc/passwd\">\n") + body;
    QTest::newRow("undeclared entity") << QByteArray("<?xml version=\"1.0\"?>\n") + body;
}

void TestHostileInputs::hostileXml()
{
    QFETCH(QByteArray, xml);
    const QString input = path(QStringLiteral("hostile.xml"));
    QVERIFY(writeBytes(input, xml));
    const QString event = path(QStringLiteral("from-xml.standlab"));
    const CliResult run = runCapped({QStringLiteral("import"), event, QStringLiteral("--format"),
                                     QStringLiteral("frab-xml"), input});
    verifyRefused(run, input, {QStringLiteral("entit")});
    // Nothing of the other file came through, in the message or anywhere.
    QVERIFY2(!run.err.contains("root:") && !run.out.contains("root:"), qPrintable(run.describe()));
    verifyNewFileAbsent(event);
}

void TestHostileInputs::deeplyNestedJson_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("objects");
    QTest::newRow("bundle, arrays") << QStringLiteral("json") << false;
    QTest::newRow("bundle, objects") << QStringLiteral("json") << true;
    QTest::newRow("frab-json") << QStringLiteral("frab-json") << true;
    QTest::newRow("column mapping") << QStringLiteral("mapping") << true;
}

void TestHostileInputs::deeplyNestedJson()
{
    QFETCH(QString, format);
    QFETCH(bool, objects);
    const QString input = path(QStringLiteral("nested.json"));
    QVERIFY(writeBytes(input, nestedJson(100000, objects)));
    if (format == QLatin1String("mapping")) {
        const QString csv = path(QStringLiteral("small.csv"));
        QVERIFY(writeContactsCsv(csv, 10));
        const QString event = freshEvent(QStringLiteral("mapping.standlab"));
        const CliResult run = runCapped({QStringLiteral("import"), event, QStringLiteral("--format"),
                                         QStringLiteral("contacts-csv"), csv, QStringLiteral("--mapping"), input});
        verifyRefused(run, input, {QStringLiteral("nested")});
        QVERIFY(EventState::of(event).sameRows(m_demo));
        return;
    }
    const QString event = path(QStringLiteral("from-json.standlab"));
    const CliResult run = runCapped({QStringLiteral("import"), event, QStringLiteral("--format"), format, input});
    verifyRefused(run, input, {QStringLiteral("nested")});
    verifyNewFileAbsent(event);
}

void TestHostileInputs::gigabyteFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("json bundle") << QStringLiteral("json") << QByteArray("{\"format\":\"standlab-bundle\",\"tables\":{");
    QTest::newRow("frab-xml") << QStringLiteral("frab-xml") << QByteArray("<?xml version=\"1.0\"?>\n<schedule>");
    QTest::newRow("frab-json") << QStringLiteral("frab-json") << QByteArray("{\"schedule\":{");
    QTest::newRow("column mapping") << QStringLiteral("mapping") << QByteArray("{\"columns\":{");
    QTest::newRow("sync package") << QStringLiteral("sync") << QByteArray("STANDLAB-SYNC 1\n{\"size\":1073741800}\n");
}

void TestHostileInputs::gigabyteFiles()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString input = path(QStringLiteral("gigabyte.input"));
    QVERIFY(makeSparse(input, qint64(1) << 30, start));
    CliResult run;
    QString event;
    if (format == QLatin1String("mapping")) {
        const QString csv = path(QStringLiteral("small.csv"));
        QVERIFY(writeContactsCsv(csv, 10));
        event = freshEvent(QStringLiteral("big-mapping.standlab"));
        run = runCapped({QStringLiteral("import"), event, QStringLiteral("--format"), QStringLiteral("contacts-csv"),
                         csv, QStringLiteral("--mapping"), input});
    } else if (format == QLatin1String("sync")) {
        event = freshEvent(QStringLiteral("big-sync.standlab"));
        run = runCapped({QStringLiteral("sync"), QStringLiteral("import"), event, input});
    } else {
        const QString fresh = path(QStringLiteral("from-gigabyte.standlab"));
        run = runCapped({QStringLiteral("import"), fresh, QStringLiteral("--format"), format, input});
        verifyNewFileAbsent(fresh);
    }
    verifyRefused(run, input, {QStringLiteral("too large")});
    QVERIFY2(run.elapsedMs < 5000, qPrintable(run.describe())); // by its size, not by reading it
    if (!event.isEmpty())
        QVERIFY(EventState::of(event).sameRows(m_demo));
}

void TestHostileInputs::lyingSyncPackage_data()
{
    QTest::addColumn<QString>("lie");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fewer rows than it holds") << QStringLiteral("rows-") << QStringLiteral("announces");
    QTest::newRow("more rows than it holds") << QStringLiteral("rows+") << QStringLiteral("announces");
    QTest::newRow("longer than it is") << QStringLiteral("size+") << QStringLiteral("truncated");
    QTest::newRow("shorter than it is") << QStringLiteral("size-") << QStringLiteral("checksum");
    QTest::newRow("checksum of something else") << QStringLiteral("sha") << QStringLiteral("checksum");
    QTest::newRow("unpacks to 4 GiB, says so") << QStringLiteral("huge") << QStringLiteral("too large");
    QTest::newRow("unpacks to 2 GiB, says 64 KiB") << QStringLiteral("bomb") << QStringLiteral("more than");
    QTest::newRow("unpacks to less than it says") << QStringLiteral("short") << QStringLiteral("unreadable");
    QTest::newRow("content nested 100,000 deep") << QStringLiteral("nested") << QStringLiteral("unreadable");
}

void TestHostileInputs::lyingSyncPackage()
{
    QFETCH(QString, lie);
    QFETCH(QString, expected);
    // A real package of the whole demo from another laptop, then one lie told in it.
    const QString honest = path(QStringLiteral("honest.standlab-sync"));
    if (!QFile::exists(honest)) {
        const QString home = path(QStringLiteral("homeB"));
        QVERIFY(writeLaptopHome(home, QStringLiteral("00000000-0000-4000-8000-0000000000b3"), QStringLiteral("Laptop B")));
        CliProcess onB;
        onB.setEnvironment(QStringLiteral("HOME"), home);
        onB.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        const CliResult exported = onB.run({QStringLiteral("sync"), QStringLiteral("export"),
                                            freshEvent(QStringLiteral("laptop-b.standlab")), QStringLiteral("--output"), honest});
        QVERIFY2(exported.exited && exported.exitCode == 0, qPrintable(exported.describe()));
        // The honest one is received without complaint, so each refusal below is the lie's doing.
        const CliResult merged = runCapped({QStringLiteral("sync"), QStringLiteral("import"),
                                            freshEvent(QStringLiteral("honest.standlab")), honest});
        QVERIFY2(merged.exited && merged.exitCode == 0, qPrintable(merged.describe()));
    }
    Package package = Package::parse(fileBytes(honest));
    QVERIFY(!package.header.isEmpty());
    const int rows = package.header.value(QStringLiteral("rows")).toInt();
    QVERIFY(rows > 0);
    if (lie == QLatin1String("rows-")) {
        package.header.insert(QStringLiteral("rows"), 1);
    } else if (lie == QLatin1String("rows+")) {
        package.header.insert(QStringLiteral("rows"), rows + 100000);
    } else if (lie == QLatin1String("size+")) {
        package.header.insert(QStringLiteral("size"), double(package.body.size() + 1000));
    } else if (lie == QLatin1String("size-")) {
        package.header.insert(QStringLiteral("size"), double(package.body.size() - 10));
    } else if (lie == QLatin1String("sha")) {
        package.header.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
    } else {
        char declared[4];
        if (lie == QLatin1String("huge")) {
            qToBigEndian<quint32>(0xFFFFFFF0u, declared);
            package.body = QByteArray(declared, 4) + package.body.mid(4);
        } else if (lie == QLatin1String("nested")) {
            package.body = qCompress(nestedJson(100000, true));
        } else if (lie == QLatin1String("bomb")) {
            qToBigEndian<quint32>(64u << 10, declared);
            package.body = QByteArray(declared, 4) + zerosStream(qint64(2) << 30);
        } else {
            qToBigEndian<quint32>(100u << 20, declared);
            package.body = QByteArray(declared, 4) + package.body.mid(4);
        }
        package.seal();
    }
    const QString input = path(QStringLiteral("lying.standlab-sync"));
    QVERIFY(writeBytes(input, package.bytes()));
    const QString event = freshEvent(QStringLiteral("receiver.standlab"));
    const CliResult run = runCapped({QStringLiteral("sync"), QStringLiteral("import"), event, input});
    verifyRefused(run, input, {expected});
    QVERIFY2(run.err.contains("not applied"), qPrintable(run.describe()));
    QVERIFY(EventState::of(event).sameRows(m_demo));
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "test_hostileinputs.moc"
