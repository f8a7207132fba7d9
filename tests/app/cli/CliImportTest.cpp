#include "CliRunner.h"
#include "TestData.h"

#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

using careatlas::Store;
using careatlas::test::runBuiltProgram;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QString u(const char *text) { return QString::fromUtf8(text); }

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString kaigoCsv()
{
    return u("全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,事業所番号,実施サービス,所在地_連結表記,方書,緯度,経度\r\n"
             "222216,1,湖西市,あらい訪問介護センター,アライ,2278400219,訪問介護,静岡県湖西市新居町浜名575,,34.68713,137.56065\r\n"
             "222216,2,湖西市,こさい回収,コサイカイシュウ,2278400999,粗大ごみ回収,静岡県湖西市鷲津5,,34.70,137.54\r\n"
             "222216,3,湖西市,さくらデイ,サクラデイ,2278400300,通所介護,静岡県湖西市鷲津1-2,,137.54,34.70\r\n");
}

QString newStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("store.gpkg"));
    const auto created = runBuiltProgram(Cli, {QStringLiteral("init"), path});
    REQUIRE(created.exitCode == 0);
    return path;
}

qint64 resourceCount(const QString &storePath)
{
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    return *(*store)->resourceCount();
}

QJsonObject jsonOf(const careatlas::test::ProcessResult &result)
{
    const QJsonDocument document = QJsonDocument::fromJson(result.standardOutput.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("careatlas-cli import reads a CP932 CSV and prints the report as JSON", "[app][cli][import]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    QStringEncoder cp932("Shift_JIS");
    const QString csv = writeFile(dir, QStringLiteral("kaigo.csv"), cp932.encode(kaigoCsv()));
    const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--json")});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = jsonOf(result);
    CHECK(report.value(QStringLiteral("format")).toString() == QStringLiteral("standard"));
    CHECK(report.value(QStringLiteral("encoding")).toString() == QStringLiteral("cp932"));
    CHECK(report.value(QStringLiteral("added")).toInt() == 2);
    const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("unknown_category"));
    CHECK_FALSE(rejected.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonArray warnings = report.value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("coordinates_swapped"));
    CHECK(resourceCount(store) == 2);
    // Per category: the count and the column and value that decided it; the data checks by line.
    const QJsonObject categories = report.value(QStringLiteral("categories")).toObject();
    CHECK(categories.keys() == QStringList{QStringLiteral("day_service"), QStringLiteral("home_help")});
    const QJsonObject home = categories.value(QStringLiteral("home_help")).toObject();
    CHECK(home.value(QStringLiteral("count")).toInt() == 1);
    const QJsonObject evidence = home.value(QStringLiteral("evidence")).toArray().at(0).toObject();
    CHECK(evidence.value(QStringLiteral("column")).toString() == u("実施サービス"));
    CHECK(evidence.value(QStringLiteral("value")).toString() == u("訪問介護"));
    const QJsonObject quality = report.value(QStringLiteral("quality")).toObject();
    CHECK(quality.value(QStringLiteral("coordinates_swapped")).toArray() == QJsonArray{4});
    for (const char *key : {"gone", "moved", "renamed"})
        CHECK(report.value(QLatin1String(key)).isArray());

    SECTION("importing it again changes nothing")
    {
        const auto again = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--json")});
        REQUIRE(again.exitCode == 0);
        CHECK(jsonOf(again).value(QStringLiteral("unchanged")).toInt() == 2);
        CHECK(resourceCount(store) == 2);
    }
    SECTION("a named encoding that does not fit is an error and writes nothing")
    {
        const auto wrong = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        CHECK(wrong.exitCode == 1);
        CHECK(wrong.standardError.contains(QStringLiteral("encoding")));
    }
}

TEST_CASE("careatlas-cli import refuses bad input with a clear error and leaves the store unchanged", "[app][cli][import][errors]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    SECTION("a malformed row in the middle")
    {
        QString text = kaigoCsv();
        text.insert(text.indexOf(QStringLiteral("222216,3")), QStringLiteral("222216,9,x,\"broken\"row,,,,,,,\r\n"));
        const QString csv = writeFile(dir, QStringLiteral("bad.csv"), text.toUtf8());
        const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--json")});
        CHECK(result.exitCode == 1);
        const QJsonObject error = jsonOf(result).value(QStringLiteral("error")).toObject();
        CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("not_a_csv"));
        CHECK(error.value(QStringLiteral("line")).toInt() == 4);
    }
    SECTION("a binary file renamed .csv")
    {
        const QString csv = writeFile(dir, QStringLiteral("image.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv});
        CHECK(result.exitCode == 1);
        CHECK(result.standardError.contains(QStringLiteral("not a CSV")));
    }
    SECTION("a format the headers do not fit")
    {
        const QString csv = writeFile(dir, QStringLiteral("k.csv"), kaigoCsv().toUtf8());
        const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--format"), QStringLiteral("navii")});
        CHECK(result.exitCode == 1);
    }
    SECTION("an unknown option value is a usage error")
    {
        const QString csv = writeFile(dir, QStringLiteral("k.csv"), kaigoCsv().toUtf8());
        CHECK(runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--encoding"), QStringLiteral("ebcdic")}).exitCode == 2);
        CHECK(runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--format"), QStringLiteral("xlsx")}).exitCode == 2);
        CHECK(runBuiltProgram(Cli, {QStringLiteral("import"), store}).exitCode == 2);
    }
    SECTION("a store that is not a GeoPackage is not touched")
    {
        const QString notStore = writeFile(dir, QStringLiteral("notes.gpkg"), QByteArray("just text\n"));
        const QString csv = writeFile(dir, QStringLiteral("k.csv"), kaigoCsv().toUtf8());
        const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), notStore, csv});
        CHECK(result.exitCode == 1);
        QFile file(notStore);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("just text\n"));
    }
    CHECK(resourceCount(store) == 0);
}

TEST_CASE("careatlas-cli import takes a column mapping file for any CSV", "[app][cli][import]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    const QString csv = writeFile(dir, QStringLiteral("own.csv"), u("施設,区分,Y座標,X座標\nみんなのサロン,community_salon,34.70,137.54\n").toUtf8());
    const QString mapping = writeFile(dir, QStringLiteral("map.json"),
                                      u(R"({"name": "施設", "category": "区分", "latitude": "Y座標", "longitude": "X座標"})").toUtf8());
    const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, csv, QStringLiteral("--mapping"), mapping, QStringLiteral("--json")});
    INFO(result.standardError.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(jsonOf(result).value(QStringLiteral("added")).toInt() == 1);
    CHECK(jsonOf(result).value(QStringLiteral("unplaced")).toArray().isEmpty());
}

TEST_CASE("careatlas-cli import --dry-run reads the Kosai GeoJSON and writes nothing", "[app][cli][import]")
{
    const QString spots = careatlas::test::sharedDataFile(QStringLiteral("kosai/spot.geojson"));
    if (spots.isEmpty())
        return;
    QTemporaryDir dir;
    const QString store = newStore(dir);
    const auto result = runBuiltProgram(Cli, {QStringLiteral("import"), store, spots, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = jsonOf(result);
    CHECK(report.value(QStringLiteral("dry_run")).toBool());
    CHECK(report.value(QStringLiteral("format")).toString() == QStringLiteral("caremap"));
    CHECK(report.value(QStringLiteral("added")).toInt() == 279);
    // 市立湖西病院 and 浜名病院 are hospitals by their names (医療法 第3条), the rest of Type 医療機関 clinics.
    const QJsonObject hospital = report.value(QStringLiteral("categories")).toObject().value(QStringLiteral("hospital")).toObject();
    CHECK(hospital.value(QStringLiteral("count")).toInt() == 2);
    CHECK(resourceCount(store) == 0);
}
