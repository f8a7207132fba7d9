// Distance coverage on a synthetic layout whose answers are known analytically: squares drawn in
// UTM metres (converted to longitude/latitude here with PROJ directly), circles of known area.

#include "geo/query/DistanceCoverage.h"
#include "geo/render/MapProjection.h"

#include "areas/AreaFixtures.h"

#include <catch2/catch.hpp>

#include <ogr_spatialref.h>

#include <cmath>
#include <memory>

using namespace careatlas;
using namespace careatlas::geo;

namespace {

constexpr double Pi = 3.14159265358979323846;
// Origin of the layout in JGD2011 / UTM zone 53N (EPSG:6690) metres: near Kanazawa.
constexpr double X0 = 500000.0, Y0 = 4040000.0;

struct Utm {
    std::unique_ptr<OGRCoordinateTransformation> toGeographic;
    Utm()
    {
        OGRSpatialReference utm, geographic;
        utm.importFromEPSG(6690);
        geographic.importFromEPSG(6668);
        utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toGeographic.reset(OGRCreateCoordinateTransformation(&utm, &geographic));
    }
    QPointF lonLat(double x, double y) const
    {
        double lon = X0 + x, lat = Y0 + y;
        toGeographic->Transform(1, &lon, &lat);
        return {lon, lat};
    }
    // A rectangle of metres (km offsets from the origin), its edges densified so that it stays
    // straight in UTM.
    QByteArray rectangle(double x0km, double y0km, double x1km, double y1km) const
    {
        QStringList points;
        const double corners[5][2] = {{x0km, y0km}, {x1km, y0km}, {x1km, y1km}, {x0km, y1km}, {x0km, y0km}};
        for (int k = 0; k < 4; ++k)
            for (int step = 0; step < 50; ++step) {
                const double t = step / 50.0;
                const QPointF p = lonLat(1000 * (corners[k][0] + t * (corners[k + 1][0] - corners[k][0])),
                                         1000 * (corners[k][1] + t * (corners[k + 1][1] - corners[k][1])));
                points << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 9).arg(p.y(), 0, 'f', 9);
            }
        points << points.first();
        return test::wkbForTest(QStringLiteral("MULTIPOLYGON(((%1)))").arg(points.join(QStringLiteral(","))));
    }
};

AreaRecord area(const QString &code, const QByteArray &wkb) { return {0, QStringLiteral("daily_life_area"), code, code, {}, wkb}; }

} // namespace

TEST_CASE("Distance coverage: circles inside, at a corner and across the border of 10 km squares; population area-weighted", "[coverage]")
{
    const Utm utm;
    REQUIRE(utm.toGeographic);
    const QPointF centre = utm.lonLat(10000, 5000);
    auto projection = MapProjection::forLocation(centre.x(), centre.y());
    REQUIRE(projection.ok());
    REQUIRE(projection->epsg() == 6690);

    CoverageInput input;
    input.radiusMetres = 2000;
    // West square A (0–10 km), east square B (10–20 km), a third one far away with nothing near.
    input.areas = {area(QStringLiteral("A"), utm.rectangle(0, 0, 10, 10)), area(QStringLiteral("B"), utm.rectangle(10, 0, 20, 10)),
                   area(QStringLiteral("C"), utm.rectangle(40, 0, 50, 10))};
    // In A: one at its centre, one at its south-west corner (a quarter circle inside);
    // one 1 km east of A's east edge, inside B: a circular segment of A (d = 1 km, r = 2 km).
    input.points = {utm.lonLat(5000, 5000), utm.lonLat(0, 0), utm.lonLat(11000, 5000)};
    // A's population in two halves (west 0–5 km, east 5–10 km).
    PopulationFigures west, east;
    west.total = 1000;
    west.aged65 = 300;
    east.total = 3000;
    east.aged65 = 900;
    input.populated = {{utm.rectangle(0, 0, 5, 10), QStringLiteral("A"), west}, {utm.rectangle(5, 0, 10, 10), QStringLiteral("A"), east}};

    auto result = computeCoverage(input, *projection);
    REQUIRE(result.ok());
    const double r = 2.0, d = 1.0;                                      // km
    const double circle = Pi * r * r;
    const double segment = r * r * std::acos(d / r) - d * std::sqrt(r * r - d * d);   // of the circle 1 km beyond the edge
    const double squareKm2 = 100.0;
    // 32 segments per quarter: a 128-gon has 0.04 % less area than its circle; the UTM scale
    // differs from 1 by less than 0.04 % here.
    const auto &a = result->byArea[QStringLiteral("A")];
    CHECK(a.area / 1e6 == Approx(squareKm2).epsilon(0.001));
    CHECK(a.covered / 1e6 == Approx(circle + circle / 4 + segment).epsilon(0.003));
    REQUIRE(a.areaShare());
    CHECK(*a.areaShare() == Approx((circle * 1.25 + segment) / squareKm2).epsilon(0.003));
    // B: the circle around (11, 5) but its segment west of x = 10 km (A's central circle ends at 7 km).
    const auto &b = result->byArea[QStringLiteral("B")];
    CHECK(b.covered / 1e6 == Approx(circle - segment).epsilon(0.003));
    CHECK_FALSE(b.people.has_value());                                  // no finer population in B
    const auto &c = result->byArea[QStringLiteral("C")];
    CHECK(c.covered == 0.0);
    CHECK(*c.areaShare() == 0.0);

    // Residents: the west half holds half the central circle and the corner quarter; the east
    // half the other half of the central circle and the segment.
    const double westShare = (circle / 2 + circle / 4) / 50.0, eastShare = (circle / 2 + segment) / 50.0;
    REQUIRE(a.peopleShare());
    CHECK(*a.peopleShare() == Approx((1000 * westShare + 3000 * eastShare) / 4000).epsilon(0.003));
    CHECK(*a.aged65Share() == Approx((300 * westShare + 900 * eastShare) / 1200).epsilon(0.003));

    // The uncovered parts: the three squares less what is covered, in metres of the projection.
    const QPointF origin = projection->forward(utm.lonLat(0, 0).x(), utm.lonLat(0, 0).y());
    CHECK_FALSE(result->uncovered.contains(origin + QPointF(5000, 5000)));         // A's centre is covered
    CHECK(result->uncovered.contains(origin + QPointF(8000, 8000)));               // far from every resource
    CHECK(result->uncovered.contains(origin + QPointF(45000, 5000)));              // C

    SECTION("No resources: nothing covered")
    {
        input.points.clear();
        auto none = computeCoverage(input, *projection);
        REQUIRE(none.ok());
        CHECK(none->byArea[QStringLiteral("A")].covered == 0.0);
        CHECK(*none->byArea[QStringLiteral("A")].peopleShare() == 0.0);
    }
    SECTION("A finer area without figures leaves the residents' share unknown")
    {
        input.populated[1].people = PopulationFigures();
        auto partial = computeCoverage(input, *projection);
        REQUIRE(partial.ok());
        CHECK_FALSE(partial->byArea[QStringLiteral("A")].peopleShare().has_value());
        CHECK(partial->byArea[QStringLiteral("A")].areaShare().has_value());
    }
}

TEST_CASE("Coverage roll-up in the matrix: shares of sums, not sums of shares", "[coverage][stats]")
{
    AreaMatrix m;
    m.levelIndex = 1;
    AreaMatrix::Row a, b, parent, total;
    a.levelIndex = 1, a.areaCode = QStringLiteral("a"), a.parentCode = QStringLiteral("P");
    b.levelIndex = 1, b.areaCode = QStringLiteral("b"), b.parentCode = QStringLiteral("P");
    parent.levelIndex = 0, parent.areaCode = QStringLiteral("P");
    m.rows = {a, b, parent, total};
    AreaCoverage ca, cb;
    ca.area = 100, ca.covered = 50;
    cb.area = 300, cb.covered = 0;
    setCoverage(m, 1.5, {{QStringLiteral("a"), ca}, {QStringLiteral("b"), cb}});
    CHECK(*m.rows[2].coverage->areaShare() == Approx(50.0 / 400.0));
    CHECK(*m.rows[3].coverage->areaShare() == Approx(50.0 / 400.0));
    const MatrixText text = matrixText(m);
    REQUIRE(text.firstCoverageColumn > 0);
    CHECK(text.header.size() == text.firstCoverageColumn + 1);           // no population: the surface only
    CHECK(text.rows[0][text.firstCoverageColumn] == QStringLiteral("50.0"));
    CHECK(text.rows[2][text.firstCoverageColumn] == QStringLiteral("12.5"));
    CHECK(text.header[text.firstCoverageColumn].contains(QStringLiteral("1.5")));
}
