#include "geo/import/PointSourceReader.h"

#include "core/import/ResourceImporter.h"
#include "core/store/Store.h"

#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

using namespace careatlas;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

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

TEST_CASE("The Kosai spot.geojson imports with exact counts per category, from Type and SubType", "[geo][import][acceptance]")
{
    const QString spots = test::sharedDataFile(QStringLiteral("kosai/spot.geojson"));
    if (spots.isEmpty())
        return;
    // Expected counts from the file itself, read as JSON here, with this test's own table of what
    // each published type is (never the departments of a 医療機関: a name with 病院 is a hospital).
    QFile file(spots);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
    const QHash<QString, QString> bySubType = {
        {u("訪問介護"), QStringLiteral("home_help")}, {u("訪問看護"), QStringLiteral("home_visit_nursing")},
        {u("訪問リハビリテーション"), QStringLiteral("home_visit_rehab")}, {u("通所介護"), QStringLiteral("day_service")},
        {u("地域密着型通所介護"), QStringLiteral("community_day_service")}, {u("認知症対応型デイ"), QStringLiteral("dementia_day_service")},
        {u("認知症対応型通所介護"), QStringLiteral("dementia_day_service")}, {u("通所リハビリテーション"), QStringLiteral("day_rehab")},
        {u("短期入所生活介護"), QStringLiteral("short_stay")}, {u("ショートステイ（生活介護）"), QStringLiteral("short_stay")},
        {u("短期入所療養介護"), QStringLiteral("short_stay_medical")}, {u("ショートステイ（療養介護）"), QStringLiteral("short_stay_medical")},
        {u("介護老人福祉施設"), QStringLiteral("nursing_home")}, {u("介護老人保健施設"), QStringLiteral("geriatric_health_facility")},
        {u("介護医療院"), QStringLiteral("care_medical_facility")}, {u("小規模多機能居宅介護"), QStringLiteral("small_multifunction")},
        {u("居宅介護支援"), QStringLiteral("care_plan_office")}, {u("居宅介護支援事業所"), QStringLiteral("care_plan_office")},
        {u("福祉用具（貸与・販売）"), QStringLiteral("welfare_equipment_rental")},
        {u("認知症対応型共同生活介護"), QStringLiteral("dementia_group_home")},
        {u("認知症対応居宅介護（グループホーム）"), QStringLiteral("dementia_group_home")},
        {u("サービス付き高齢者住宅"), QStringLiteral("service_housing")}, {u("住宅型有料老人ホーム"), QStringLiteral("private_nursing_home")},
        {u("軽費老人ホーム"), QStringLiteral("care_house")}, {u("経費老人ホーム"), QStringLiteral("care_house")},
        {u("認知症カフェ"), QStringLiteral("dementia_cafe")}, {u("認知症初期集中支援チーム"), QStringLiteral("dementia_initial_support")},
        {u("認知症地域支援推進員"), QStringLiteral("dementia_promoter")}, {u("認知症サポート医"), QStringLiteral("dementia_doctor")},
        {u("認知症対応力向上研修受講医"), QStringLiteral("dementia_doctor")},
        {u("いきいきサロン"), QStringLiteral("community_salon")}, {u("介護予防拠点施設"), QStringLiteral("community_salon")},
        {u("健康体操"), QStringLiteral("community_salon")}, {u("居場所"), QStringLiteral("community_salon")},
        {u("介護タクシー"), QStringLiteral("transport_service")}, {u("移送サービス・福祉車両の貸し出し"), QStringLiteral("transport_service")},
        {u("訪問型サービス（独自）"), QStringLiteral("preventive_home_service")}, {u("訪問型サービスＡ"), QStringLiteral("preventive_home_service")},
        {u("訪問型サービスＡ提供事業所（緩和）"), QStringLiteral("preventive_home_service")},
        {u("通所型サービス（独自）"), QStringLiteral("preventive_day_service")}, {u("通所型サービスＡ"), QStringLiteral("preventive_day_service")},
        {u("通所型サービスＡ提供事業所（緩和）"), QStringLiteral("preventive_day_service")},
        {u("通所型サービスＣ提供事業所（短期集中）"), QStringLiteral("preventive_day_service")},
        {u("通所型サービス（独自）、地域密着型通所介護"), QStringLiteral("community_day_service")},
        {u("通所型サービス（独自）、通所介護"), QStringLiteral("day_service")}};
    // Types that are no category of ours: rejected with the type named.
    const QSet<QString> notOurs = {u("自費通所"), u("生活支援"), u("粗大ごみの対応"), u("空き家相談"), QString()};
    QMap<QString, qint64> expected;
    qint64 expectedRejected = 0;
    for (const QJsonValue &feature : features) {
        const QJsonObject p = feature.toObject().value(QStringLiteral("properties")).toObject();
        const QString type = p.value(QStringLiteral("Type")).toString();
        const QString subType = p.value(QStringLiteral("SubType")).toString().trimmed();
        if (type == u("医療機関"))
            expected[p.value(QStringLiteral("Name")).toString().contains(u("病院")) ? QStringLiteral("hospital") : QStringLiteral("clinic")] += 1;
        else if (type == u("歯科医院"))
            expected[QStringLiteral("dental_clinic")] += 1;
        else if (type == u("薬局"))
            expected[QStringLiteral("pharmacy")] += 1;
        else if (type == u("地域包括支援センター"))
            expected[QStringLiteral("community_support_center")] += 1;
        else if (notOurs.contains(subType))
            ++expectedRejected;
        else {
            INFO(type.toStdString() << " / " << subType.toStdString());
            REQUIRE(bySubType.contains(subType));
            expected[bySubType.value(subType)] += 1;
        }
    }

    QTemporaryDir dir;
    auto store = newStore(dir);
    const auto table = geo::readPointSource(spots);
    REQUIRE(table.ok());
    const auto report = ResourceImporter(*store, {}).importTable(*table, spots);
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("caremap"));
    CHECK(report->rowsRead == features.size());
    CHECK(report->added + report->updated + report->unchanged + report->rejected + report->duplicates == features.size());
    CHECK(report->rejected == expectedRejected);
    for (const ImportIssue &issue : report->rejections())
        CHECK(issue.kind == ImportIssueKind::UnknownCategory);
    QMap<QString, qint64> reported;
    for (const CategoryCount &category : report->categories)
        reported.insert(category.code, category.rows);
    CHECK(reported == expected);
    // 市立湖西病院 is a hospital, and says why.
    const auto resources = store->resources();
    const auto kosaiHospital = std::find_if(resources->cbegin(), resources->cend(), [](const Resource &r) { return r.name == u("市立湖西病院"); });
    REQUIRE(kosaiHospital != resources->cend());
    CHECK(kosaiHospital->categoryCode == QStringLiteral("hospital"));

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
