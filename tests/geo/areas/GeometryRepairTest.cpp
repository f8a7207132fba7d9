#include "geo/areas/AreaLoader.h"
#include "geo/areas/GeometryRepair.h"

#include "areas/AreaFixtures.h"
#include "areas/CatchQt.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <ogr_geometry.h>

#include <memory>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

QByteArray wkbOf(const OGRGeometry &geometry)
{
    QByteArray wkb(int(geometry.WkbSize()), Qt::Uninitialized);
    geometry.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

QByteArray wkbFromWkt(const char *wkt)
{
    OGRGeometry *geometry = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry) == OGRERR_NONE);
    std::unique_ptr<OGRGeometry> owned(geometry);
    return wkbOf(*owned);
}

double areaOf(const QByteArray &wkb)
{
    OGRGeometry *geometry = nullptr;
    size_t consumed = 0;
    REQUIRE(OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, size_t(wkb.size()), wkbVariantIso, consumed) == OGRERR_NONE);
    std::unique_ptr<OGRGeometry> owned(geometry);
    REQUIRE(wkbFlatten(owned->getGeometryType()) == wkbMultiPolygon);
    CHECK(owned->IsValid());
    return owned->toMultiPolygon()->get_Area();
}

QStringList kinds(const QList<FeatureIssue> &issues)
{
    QStringList result;
    for (const FeatureIssue &issue : issues)
        result << issue.kind;
    return result;
}

} // namespace

TEST_CASE("A self-intersecting bowtie is repaired into a valid multipolygon", "[geo][areas][repair]")
{
    const RepairOutcome outcome = repairAreaGeometry(wkbFromWkt("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"));
    CHECK(outcome.dropped.isEmpty());
    CHECK(outcome.repairs.contains(QStringLiteral("made_valid")));
    CHECK(areaOf(outcome.wkb) == Approx(0.5));
}

TEST_CASE("Holes and multipolygons survive repair unchanged", "[geo][areas][repair]")
{
    const RepairOutcome outcome = repairAreaGeometry(wkbFromWkt(
        "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1)), ((10 10, 11 10, 11 11, 10 11, 10 10)))"));
    CHECK(outcome.dropped.isEmpty());
    CHECK(outcome.repairs.isEmpty());
    CHECK(areaOf(outcome.wkb) == Approx(16.0 - 1.0 + 1.0));
}

TEST_CASE("Unclosed rings are closed and slivers removed", "[geo][areas][repair]")
{
    SECTION("unclosed ring")
    {
        OGRLinearRing ring;
        ring.addPoint(0, 0);
        ring.addPoint(1, 0);
        ring.addPoint(1, 1);
        ring.addPoint(0, 1);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        const RepairOutcome outcome = repairAreaGeometry(wkbOf(polygon));
        CHECK(outcome.repairs.contains(QStringLiteral("closed_rings")));
        CHECK(areaOf(outcome.wkb) == Approx(1.0));
    }
    SECTION("sliver part")
    {
        const RepairOutcome outcome = repairAreaGeometry(wkbFromWkt(
            "MULTIPOLYGON (((136 36, 136.01 36, 136.01 36.01, 136 36.01, 136 36)), "
            "((137 36, 137.00000001 36, 137.00000001 36.00000001, 137 36)))"));
        CHECK(outcome.repairs.contains(QStringLiteral("removed_slivers")));
        CHECK(areaOf(outcome.wkb) == Approx(0.0001));
    }
}

TEST_CASE("Empty, missing, non-polygon and garbage geometries are dropped, never a crash", "[geo][areas][repair]")
{
    CHECK(repairAreaGeometry(QByteArray()).dropped == QStringLiteral("no_geometry"));
    CHECK(repairAreaGeometry(wkbFromWkt("POLYGON EMPTY")).dropped == QStringLiteral("empty"));
    CHECK(repairAreaGeometry(wkbFromWkt("POINT (1 2)")).dropped == QStringLiteral("not_polygon"));
    CHECK(repairAreaGeometry(wkbFromWkt("LINESTRING (0 0, 1 1)")).dropped == QStringLiteral("not_polygon"));
    CHECK(repairAreaGeometry(wkbFromWkt("POLYGON ((0 0, 1 1, 0 0))")).dropped == QStringLiteral("empty_after_repair"));
    CHECK(repairAreaGeometry(QByteArray("\x01\x03\x00\x00\x00\xff\xff\xff\x7f", 9)).dropped == QStringLiteral("unrepairable"));
    const RepairOutcome collection = repairAreaGeometry(wkbFromWkt(
        "GEOMETRYCOLLECTION (POINT (5 5), POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0)))"));
    CHECK(collection.repairs.contains(QStringLiteral("kept_polygons_of_collection")));
    CHECK(areaOf(collection.wkb) == Approx(1.0));
}

TEST_CASE("The loader reports per feature what it repaired, dropped and merged", "[geo][areas][repair]")
{
    FixtureLayer layer;
    layer.driver = QStringLiteral("GPKG");
    layer.fields = {QStringLiteral("CODE"), QString::fromUtf8("名称")};
    layer.features = {
        {{QStringLiteral("A"), QString::fromUtf8("蝶形")}, QStringLiteral("POLYGON ((136.60 36.50, 136.61 36.51, 136.61 36.50, 136.60 36.51, 136.60 36.50))")},
        {{QStringLiteral("B"), QString::fromUtf8("空")}, QString()},
        {{QStringLiteral("C"), QString::fromUtf8("正常")}, QStringLiteral("POLYGON ((136.62 36.50, 136.63 36.50, 136.63 36.51, 136.62 36.51, 136.62 36.50))")},
        {{QStringLiteral("C"), QString::fromUtf8("正常")}, QStringLiteral("POLYGON ((136.64 36.50, 136.65 36.50, 136.65 36.51, 136.64 36.51, 136.64 36.50))")},
        {{QStringLiteral("D"), QString()}, QStringLiteral("POLYGON ((136.66 36.50, 136.67 36.50, 136.67 36.51, 136.66 36.51, 136.66 36.50))")},
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.gpkg"));
    REQUIRE(writeFixture(path, layer));
    const auto loaded = loadAreas(path);
    REQUIRE(loaded.ok());
    const AreaLoadReport &report = loaded->report;
    CHECK(report.featureCount == 5);
    REQUIRE(loaded->areas.size() == 3);
    CHECK(loaded->areas[0].code == QStringLiteral("A"));
    CHECK(loaded->areas[1].code == QStringLiteral("C"));
    CHECK(loaded->areas[2].name == QStringLiteral("D"));
    CHECK(areaOf(loaded->areas[1].wkb) == Approx(0.0002));
    CHECK(kinds(report.repaired) == QStringList{QStringLiteral("made_valid")});
    REQUIRE(report.dropped.size() == 1);
    CHECK(report.dropped[0].feature == 2);
    CHECK(report.dropped[0].code == QStringLiteral("B"));
    CHECK(report.dropped[0].kind == QStringLiteral("no_geometry"));
    CHECK_FALSE(report.dropped[0].message.isEmpty());
    CHECK(kinds(report.notes).contains(QStringLiteral("merged_duplicate_code")));
    CHECK(kinds(report.notes).contains(QStringLiteral("missing_name")));
}

TEST_CASE("A name field that does not exist is an error naming file and field", "[geo][areas][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(path, kanazawaCentres()));
    AreaLoadOptions options;
    options.nameField = QStringLiteral("NO_SUCH_FIELD");
    const auto loaded = loadAreas(path, options);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::FieldNotFound);
    CHECK(loaded.error().field == QStringLiteral("NO_SUCH_FIELD"));
    CHECK(loaded.error().file == path);
}

TEST_CASE("The six Kosai school districts load, with their garbled names flagged", "[geo][areas][repair][shared-data]")
{
    const QString path = sharedDataFile(QStringLiteral("kosai/school.geojson"));
    if (path.isEmpty())
        return;
    const auto loaded = loadAreas(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->report.featureCount == 6);
    CHECK(loaded->areas.size() == 6);
    CHECK(loaded->report.crs.source == QStringLiteral("file"));
    CHECK(loaded->report.namesLookGarbled);
    for (const LoadedArea &area : loaded->areas)
        CHECK(area.nameLooksGarbled);
    const auto box = *loaded->report.bboxLonLat;
    CHECK(box[0] == Approx(137.474107).margin(1e-5));
    CHECK(box[3] == Approx(34.786866).margin(1e-5));
}

TEST_CASE("A point file is refused as holding no polygons, with its point count", "[geo][areas][repair][shared-data]")
{
    const QString path = sharedDataFile(QStringLiteral("kosai/spot.geojson"));
    if (path.isEmpty())
        return;
    const auto loaded = loadAreas(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::NoPolygons);
    CHECK(loaded.error().detail == QStringLiteral("Point × 341"));
    CHECK(loaded.error().file == path);
}
