#include "geo/import/PointSourceReader.h"

#include "core/import/ResourceImporter.h"
#include "core/store/Store.h"

#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

using namespace careatlas;

namespace {

std::unique_ptr<Store> newStore(const QTemporaryDir &dir)
{
    auto store = Store::create(dir.filePath(QStringLiteral("store.gpkg")));
    REQUIRE(store.ok());
    return std::move(store).value();
}

QHash<QString, int> countByCategory(const Store &store)
{
    QHash<QString, int> counts;
    const auto resources = store.resources();
    REQUIRE(resources.ok());
    for (const Resource &resource : *resources)
        counts[resource.categoryCode] += 1;
    return counts;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("The Kosai spot.geojson reads as 341 rows with their points", "[geo][import]")
{
    const QString spots = test::sharedDataFile(QStringLiteral("kosai/spot.geojson"));
    if (spots.isEmpty())
        return;
    const auto table = geo::readPointSource(spots);
    REQUIRE(table.ok());
    CHECK(table->rows.size() == 341);
    CHECK(table->headers.contains(QStringLiteral("SubType")));
    REQUIRE(table->rows.constFirst().latitude.has_value());
    CHECK(*table->rows.constFirst().latitude == Approx(34.68713).margin(1e-4));
    CHECK(*table->rows.constFirst().longitude == Approx(137.56065).margin(1e-4));
}

TEST_CASE("The Kosai spot.geojson imports with its Type and SubType mapped to our categories", "[geo][import]")
{
    const QString spots = test::sharedDataFile(QStringLiteral("kosai/spot.geojson"));
    if (spots.isEmpty())
        return;
    QTemporaryDir dir;
    auto store = newStore(dir);
    const auto table = geo::readPointSource(spots);
    REQUIRE(table.ok());
    const auto report = ResourceImporter(*store, {}).importTable(*table, spots);
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("caremap"));
    CHECK(report->rowsRead == 341);
    CHECK(report->added + report->updated + report->unchanged + report->rejected + report->duplicates == 341);
    // Rejected, none of them one of our categories: 社会資源 such as taxis and bulky refuse (6),
    // 福祉用具 (4), 訪問リハビリテーション (2), and the two template rows without a type.
    CHECK(report->rejected == 14);
    for (const ImportIssue &issue : report->rejections())
        CHECK(issue.kind == ImportIssueKind::UnknownCategory);
    // The same office listed under several types (a day service again under 総合事業, a clinic
    // again under 認知症関連) is one resource.
    CHECK(report->duplicates == 72);
    CHECK(report->added == 255);

    const auto counts = countByCategory(*store);
    CHECK(counts.value(QStringLiteral("pharmacy")) == 20);
    CHECK(counts.value(QStringLiteral("dental_clinic")) == 17);
    CHECK(counts.value(QStringLiteral("community_support_center")) == 8);
    CHECK(counts.value(QStringLiteral("dementia_cafe")) == 8);
    CHECK(counts.value(QStringLiteral("dementia_initial_support")) == 8);
    CHECK(counts.value(QStringLiteral("community_salon")) == 85);
    CHECK(counts.value(QStringLiteral("care_plan_office")) == 10);
    CHECK(counts.value(QStringLiteral("dementia_group_home")) == 7);
    CHECK(counts.value(QStringLiteral("clinic")) == 30);
    CHECK(counts.value(QStringLiteral("day_service")) == 25);
    CHECK(counts.value(QStringLiteral("short_stay")) == 10);
    CHECK(counts.size() == 21);

    SECTION("the 事業所番号 comes from the MHLW link, and re-importing changes nothing")
    {
        bool foundNumber = false;
        const auto resources = store->resources();
        for (const Resource &resource : *resources)
            foundNumber = foundNumber || resource.officialNumber == QStringLiteral("2278400219");
        CHECK(foundNumber);
        const auto again = ResourceImporter(*store, {}).importTable(*table, spots);
        REQUIRE(again.ok());
        CHECK(again->added == 0);
        CHECK(again->updated == 0);
        CHECK(again->unchanged == report->added);
    }
}

TEST_CASE("国土数値情報 P04 points in a projected CRS import as hospitals and clinics", "[geo][import]")
{
    QTemporaryDir dir;
    // EPSG:6676 (JGD2011 / Japan Plane Rectangular CS VIII, Shizuoka); the point is near Kosai station.
    const QByteArray geojson = QString::fromUtf8(R"({"type":"FeatureCollection",
        "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::6676"}},
        "features":[
        {"type":"Feature","properties":{"P04_001":1,"P04_002":"湖西病院","P04_003":"静岡県湖西市鷲津2259-1","P04_004":"内科 外科"},
         "geometry":{"type":"Point","coordinates":[-89486.03,-141785.51]}},
        {"type":"Feature","properties":{"P04_001":3,"P04_002":"しらすか歯科","P04_003":"静岡県湖西市白須賀1","P04_004":"歯科"},
         "geometry":{"type":"Point","coordinates":[-93456.15,-144852.46]}},
        {"type":"Feature","properties":{"P04_001":2,"P04_002":"位置なし診療所","P04_003":"静岡県湖西市","P04_004":"内科"},
         "geometry":null}]})").toUtf8();
    const QString path = writeFile(dir, QStringLiteral("P04-20_22.geojson"), geojson);
    auto store = newStore(dir);
    const auto table = geo::readPointSource(path);
    REQUIRE(table.ok());
    const auto report = ResourceImporter(*store, {}).importTable(*table, path);
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("ksj"));
    CHECK(report->added == 3);
    CHECK(report->unplacedLines == QList<qint64>{3});
    const auto counts = countByCategory(*store);
    CHECK(counts.value(QStringLiteral("hospital")) == 1);
    CHECK(counts.value(QStringLiteral("dental_clinic")) == 1);
    CHECK(counts.value(QStringLiteral("clinic")) == 1);
    const auto resources = store->resources();
    const auto hospital = std::find_if(resources->cbegin(), resources->cend(), [](const Resource &r) { return r.categoryCode == QStringLiteral("hospital"); });
    REQUIRE(hospital->hasLocation());
    CHECK(*hospital->latitude == Approx(34.718).margin(1e-5));
    CHECK(*hospital->longitude == Approx(137.523).margin(1e-5));
}

TEST_CASE("A file that is not a vector source is refused", "[geo][import][errors]")
{
    QTemporaryDir dir;
    const auto missing = geo::readPointSource(dir.filePath(QStringLiteral("none.geojson")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::FileNotFound);
    const auto garbage = geo::readPointSource(writeFile(dir, QStringLiteral("bad.geojson"), QByteArray("{ not json")));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().code == ErrorCode::NotAVectorSource);
}

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

TEST_CASE("A CP932 Shapefile without .cpg reads correctly, detected or named", "[geo][import][encoding]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("P04-20_22.shp"));
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        REQUIRE(driver);
        GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(dataset);
        OGRSpatialReference crs;
        crs.importFromEPSG(6668);
        const char *options[] = {"ENCODING=CP932", nullptr};
        OGRLayer *layer = dataset->CreateLayer("P04-20_22", &crs, wkbPoint, const_cast<char **>(options));
        REQUIRE(layer);
        OGRFieldDefn code("P04_001", OFTInteger);
        OGRFieldDefn name("P04_002", OFTString);
        REQUIRE(layer->CreateField(&code) == OGRERR_NONE);
        REQUIRE(layer->CreateField(&name) == OGRERR_NONE);
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetField("P04_001", 1);
        feature->SetField("P04_002", "湖西病院");
        OGRPoint point(137.523, 34.718);
        feature->SetGeometry(&point);
        REQUIRE(layer->CreateFeature(feature.get()) == OGRERR_NONE);
    }
    // 国土数値情報 files come without the .cpg that says CP932.
    QFile::remove(dir.filePath(QStringLiteral("P04-20_22.cpg")));

    SECTION("detected")
    {
        const auto table = geo::readPointSource(path);
        REQUIRE(table.ok());
        REQUIRE(table->rows.size() == 1);
        CHECK(table->rows.at(0).fields.at(1) == QString::fromUtf8("湖西病院"));
        CHECK(*table->rows.at(0).latitude == Approx(34.718));
    }
    SECTION("named")
    {
        const auto table = geo::readPointSource(path, QString(), TextEncoding::Cp932);
        REQUIRE(table.ok());
        CHECK(table->rows.at(0).fields.at(1) == QString::fromUtf8("湖西病院"));
    }
    SECTION("named wrongly: undecodable text is not shown as if it were fine")
    {
        const auto table = geo::readPointSource(path, QString(), TextEncoding::Utf8);
        REQUIRE(table.ok());
        CHECK(table->rows.at(0).fields.at(1) != QString::fromUtf8("湖西病院"));
    }
}
