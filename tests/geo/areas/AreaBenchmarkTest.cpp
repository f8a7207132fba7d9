// Timing of a prefecture-scale point-in-area assignment. Hidden (run it by its tag):
//   build/tests/careatlas_geo_tests "[.bench]" -s
#include "geo/areas/AreaIndex.h"
#include "geo/areas/AreaLoader.h"

#include "areas/AreaFixtures.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

// A cell of a grid as a polygon with `perSide` vertices per side (shared with neighbours).
QString cell(double x0, double y0, double size, int perSide)
{
    QStringList points;
    auto add = [&](double x, double y) { points << QStringLiteral("%1 %2").arg(x, 0, 'f', 7).arg(y, 0, 'f', 7); };
    for (int i = 0; i < perSide; ++i) add(x0 + size * i / perSide, y0);
    for (int i = 0; i < perSide; ++i) add(x0 + size, y0 + size * i / perSide);
    for (int i = 0; i < perSide; ++i) add(x0 + size - size * i / perSide, y0 + size);
    for (int i = 0; i < perSide; ++i) add(x0, y0 + size - size * i / perSide);
    add(x0, y0);
    return QStringLiteral("POLYGON ((") + points.join(QStringLiteral(", ")) + QStringLiteral("))");
}

} // namespace

TEST_CASE("Assigning 200,000 points to a prefecture's 1,296 school districts", "[.bench][geo][areas]")
{
    const int side = 36, perSide = 200;   // 1,296 districts of 800 vertices each
    const double x0 = 136.2, y0 = 36.0, size = 1.2 / side;
    FixtureLayer layer;
    layer.driver = QStringLiteral("GPKG");
    layer.fields = {QStringLiteral("CODE"), QStringLiteral("NAME")};
    for (int row = 0; row < side; ++row)
        for (int column = 0; column < side; ++column)
            layer.features.append({{QStringLiteral("D%1").arg(row * side + column, 4, 10, QLatin1Char('0')),
                                    QStringLiteral("district %1").arg(row * side + column)},
                                   cell(x0 + column * size, y0 + row * size, size, perSide)});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prefecture.gpkg"));
    REQUIRE(writeFixture(path, layer));

    QElapsedTimer timer;
    timer.start();
    const auto loaded = loadAreas(path);
    REQUIRE(loaded.ok());
    const qint64 loadMs = timer.restart();
    QList<AreaRecord> records;
    for (const LoadedArea &area : loaded->areas)
        records.append({0, QStringLiteral("school_district"), area.code, area.name, QString(), area.wkb});
    const auto index = AreaIndex::build(records);
    const qint64 buildMs = timer.restart();
    QRandomGenerator random(7);
    int inside = 0;
    for (int i = 0; i < 200000; ++i) {
        const double lon = x0 + random.generateDouble() * 1.3 - 0.05, lat = y0 + random.generateDouble() * 1.3 - 0.05;
        inside += index->areaAt(lon, lat).isEmpty() ? 0 : 1;
    }
    const qint64 assignMs = timer.elapsed();
    WARN("load+repair " << loaded->areas.size() << " districts: " << loadMs << " ms; R-tree build: " << buildMs
                        << " ms; 200,000 point lookups: " << assignMs << " ms (" << inside << " inside)");
    CHECK(index->size() == side * side);
    CHECK(inside > 150000);
}
