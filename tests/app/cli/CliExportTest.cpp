#include "CliRunner.h"
#include "TestData.h"

#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>

using careatlas::test::runBuiltProgram;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QString demoStore() { return careatlas::test::binaryDir() + QStringLiteral("/data/demo.gpkg"); }

QJsonObject runJson(const QStringList &arguments)
{
    const auto result = runBuiltProgram(Cli, arguments);
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

const QStringList filter = {QStringLiteral("--category"), QStringLiteral("home_visit_nursing"), QStringLiteral("--flag"), QStringLiteral("dementia")};

} // namespace

TEST_CASE("export: a filtered CSV in CP932 holds the rows query finds", "[app][cli][export]")
{
    const QJsonObject query = runJson(QStringList{QStringLiteral("query"), demoStore()} + filter + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    const int expected = int(query.value(QStringLiteral("resources")).toArray().size());
    REQUIRE(expected > 0);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("nursing.csv"));
    const QJsonObject result = runJson(QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("export"), demoStore(),
                                                   QStringLiteral("--out"), out, QStringLiteral("--encoding"), QStringLiteral("cp932"),
                                                   QStringLiteral("--json")} + filter);
    CHECK(result.value(QStringLiteral("resources")).toInt() == expected);
    CHECK(result.value(QStringLiteral("filtered")).toBool());
    CHECK(result.value(QStringLiteral("filter")).toString().contains(QStringLiteral("訪問看護")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(!bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder decoder("Shift_JIS");
    const QString text = decoder.decode(bytes);
    CHECK(!decoder.hasError());
    CHECK(text.count(QStringLiteral("\r\n")) == expected + 1);
    for (const QJsonValue &row : query.value(QStringLiteral("resources")).toArray())
        CHECK(text.contains(row.toObject().value(QStringLiteral("name")).toString()));
}

TEST_CASE("export: with --near the list gains the distance, nearest first", "[app][cli][export]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("near.csv"));
    runJson({QStringLiteral("export"), demoStore(), QStringLiteral("--out"), out, QStringLiteral("--encoding"), QStringLiteral("utf-8-nobom"),
             QStringLiteral("--columns"), QStringLiteral("name,distance_m"), QStringLiteral("--near"), QStringLiteral("36.5613,136.6562"),
             QStringLiteral("--radius-km"), QStringLiteral("1"), QStringLiteral("--json")});
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    lines.removeFirst();
    double previous = 0;
    for (const QString &line : lines) {
        const double metres = line.section(QLatin1Char(','), -1).toDouble();
        CHECK(metres >= previous);
        CHECK(metres <= 1000.5);
        previous = metres;
    }
}

TEST_CASE("export: a PDF list gives back kanji names exactly through pdftotext", "[app][cli][export]")
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("small.gpkg"));
    {
        auto store = careatlas::Store::create(storePath);
        REQUIRE(store.ok());
        for (const char *name : {"金沢市長町クリニック", "高齢者の方書ケアセンター", "用水べり訪問看護"}) {
            careatlas::Resource r;
            r.categoryCode = QStringLiteral("clinic");
            r.name = QString::fromUtf8(name);
            r.address = QStringLiteral("石川県金沢市長町1-1");
            r.latitude = 36.56;
            r.longitude = 136.65;
            REQUIRE((*store)->insertResource(r).ok());
        }
    }
    const QString out = dir.filePath(QStringLiteral("list.pdf"));
    const QJsonObject result = runJson({QStringLiteral("export"), storePath, QStringLiteral("--out"), out, QStringLiteral("--title"),
                                        QStringLiteral("金沢市の資源"), QStringLiteral("--landscape"), QStringLiteral("--json")});
    CHECK(result.value(QStringLiteral("kind")).toString() == QStringLiteral("pdf_list"));
    CHECK(result.value(QStringLiteral("pages")).toInt() == 1);
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("金沢市の資源")));
    for (const char *name : {"金沢市長町クリニック", "高齢者の方書ケアセンター", "用水べり訪問看護"})
        CHECK(text.contains(QString::fromUtf8(name)));
}

TEST_CASE("export: an atlas of the 19 daily-life areas with their lists takes under 10 s", "[app][cli][export][atlas]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("atlas.pdf"));
    QElapsedTimer timer;
    timer.start();
    const QJsonObject result = runJson({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("export"), demoStore(),
                                        QStringLiteral("--out"), out, QStringLiteral("--atlas"), QStringLiteral("daily_life_area"), QStringLiteral("--json")});
    const qint64 elapsed = timer.elapsed();
    CHECK(elapsed < 10000);
    CHECK(result.value(QStringLiteral("areas")).toInt() == 19);
    CHECK(result.value(QStringLiteral("pages")).toInt() > 19);
    const QStringList pages = pdfText(out).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    CHECK(pages.size() == result.value(QStringLiteral("pages")).toInt());
}

TEST_CASE("export: map layouts and GIS layers by extension", "[app][cli][export]")
{
    QTemporaryDir dir;
    SECTION("a PNG map of the filter's area")
    {
        const QString out = dir.filePath(QStringLiteral("map.png"));
        const QJsonObject result = runJson(QStringList{QStringLiteral("export"), demoStore(), QStringLiteral("--out"), out, QStringLiteral("--dpi"),
                                                       QStringLiteral("72"), QStringLiteral("--json")} + filter);
        CHECK(result.value(QStringLiteral("kind")).toString() == QStringLiteral("map"));
        CHECK(QFileInfo(out).size() > 10000);
    }
    SECTION("a GeoJSON layer with the filtered resources")
    {
        const QString out = dir.filePath(QStringLiteral("nursing.geojson"));
        const QJsonObject result = runJson(QStringList{QStringLiteral("export"), demoStore(), QStringLiteral("--out"), out, QStringLiteral("--json")} + filter);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
        CHECK(features.size() == result.value(QStringLiteral("resources")).toInt());
        for (const QJsonValue &f : features)
            CHECK(f.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("category")).toString() == QStringLiteral("home_visit_nursing"));
    }
    SECTION("an unknown extension is a usage error")
    {
        const auto result = runBuiltProgram(Cli, {QStringLiteral("export"), demoStore(), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.docx"))});
        CHECK(result.exitCode == 2);
        CHECK(!QFileInfo::exists(dir.filePath(QStringLiteral("x.docx"))));
    }
}

TEST_CASE("export: a folder that cannot be written gives a clear error and no file", "[app][cli][export]")
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {   // root: use a file system that refuses new files
        probe.remove();
        folder = QStringLiteral("/sys");
    }
    for (const QString &name : {QStringLiteral("careatlas-x.csv"), QStringLiteral("careatlas-x.pdf"), QStringLiteral("careatlas-x.gpkg")}) {
        const QString out = folder + QLatin1Char('/') + name;
        const auto result = runBuiltProgram(Cli, {QStringLiteral("export"), demoStore(), QStringLiteral("--out"), out});
        CHECK(result.exitCode == 1);
        CHECK(result.standardError.contains(QStringLiteral("cannot be written")));
        CHECK(!QFileInfo::exists(out));
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// Issue 15, finding 9: a GeoPackage export killed mid-way left its hidden work folder (with a
// partial file) beside the target, and no later run removed it.
TEST_CASE("export: the work folder left by a killed export is removed by the next export but one in use is kept", "[app][cli][export][faults]")
{
    QTemporaryDir dir;
    // A process that has ended: its id names the work of a killed export.
    QProcess ended;
    ended.start(QStringLiteral("true"), QStringList());
    REQUIRE(ended.waitForFinished());
    const qint64 deadPid = ended.processId() ? ended.processId() : 999999;
    QDir folder(dir.path());
    const QString abandoned = QStringLiteral(".careatlas-export-%1-a1B2c3").arg(deadPid);
    const QString inUse = QStringLiteral(".careatlas-export-%1-d4E5f6").arg(QCoreApplication::applicationPid());   // this test runs
    for (const QString &work : {abandoned, inUse}) {
        REQUIRE(folder.mkpath(work));
        QFile partial(folder.filePath(work + QStringLiteral("/out.gpkg")));
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(4096, 'x'));
    }
    const QString out = dir.filePath(QStringLiteral("out.gpkg"));
    const auto result = runBuiltProgram(Cli, {QStringLiteral("export"), demoStore(), QStringLiteral("--out"), out});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(folder.filePath(abandoned)));
    CHECK(QFileInfo::exists(folder.filePath(inUse + QStringLiteral("/out.gpkg"))));
    // Nothing else of the export's own is left.
    CHECK(folder.entryList({QStringLiteral(".careatlas-*")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == QStringList{inUse});
}
