#include "core/store/Store.h"
#include "geo/areas/AreaImport.h"
#include "geo/areas/AreaIndex.h"

#include "areas/AreaFixtures.h"
#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <atomic>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

struct Project {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString city, centres, schools;

    Project()
    {
        auto created = Store::create(dir.filePath(QStringLiteral("project.gpkg")));
        REQUIRE(created.ok());
        store = std::move(*created);
        city = dir.filePath(QStringLiteral("city.shp"));
        centres = dir.filePath(QStringLiteral("centres.shp"));
        schools = dir.filePath(QStringLiteral("schools.shp"));
        REQUIRE(writeFixture(city, kanazawaCity()));
        REQUIRE(writeFixture(centres, kanazawaCentres()));
        REQUIRE(writeFixture(schools, kanazawaSchools()));
    }

    qint64 addResource(const QString &name, double lon, double lat)
    {
        Resource r;
        r.categoryCode = QStringLiteral("pharmacy");
        r.name = name;
        r.longitude = lon;
        r.latitude = lat;
        const auto id = store->insertResource(r);
        REQUIRE(id.ok());
        return *id;
    }

    AreaImportReport import(const QString &path, const QString &level, const QString &parentField = {})
    {
        AreaImportOptions options;
        options.level = level;
        options.load.parentField = parentField;
        const auto report = importAreas(*store, path, options);
        REQUIRE(report.ok());
        return *report;
    }

    QString areaOf(qint64 resource, const QString &level)
    {
        const auto pairs = store->resourceAreas(level);
        REQUIRE(pairs.ok());
        for (const auto &[id, code] : *pairs)
            if (id == resource)
                return code;
        return QString();
    }
};

const ParentAssignment &assignmentOf(const AreaImportReport &report, const QString &code)
{
    for (const ParentAssignment &assignment : report.parents)
        if (assignment.childCode == code)
            return assignment;
    FAIL("no assignment for " << code.toStdString());
    return report.parents.constFirst();
}

} // namespace

TEST_CASE("Nested levels find their parents by surface, a child split across parents is reported", "[geo][areas][hierarchy]")
{
    Project project;
    const auto city = project.import(project.city, AreaLevels::City);
    CHECK(city.levelCreated == false);
    CHECK(city.parentLevel.isEmpty());
    const auto centres = project.import(project.centres, AreaLevels::WelfareArea);
    CHECK(centres.parentLevel == AreaLevels::City);
    CHECK(centres.parentMethod == QStringLiteral("surface"));
    for (const ParentAssignment &assignment : centres.parents) {
        CHECK(assignment.parentCode == QStringLiteral("17201"));
        CHECK(assignment.share == Approx(1.0));
        CHECK_FALSE(assignment.split);
    }
    // School districts sit two ranks below; the daily-life level is empty, so their parents
    // are the centre areas.
    const auto schools = project.import(project.schools, AreaLevels::SchoolDistrict);
    CHECK(schools.parentLevel == AreaLevels::WelfareArea);
    const ParentAssignment &west = assignmentOf(schools, QString::fromUtf8("長町小学校"));
    CHECK(west.parentCode == QStringLiteral("C1"));
    CHECK_FALSE(west.split);
    const ParentAssignment &straddling = assignmentOf(schools, QString::fromUtf8("中央小学校"));
    CHECK(straddling.parentCode == QStringLiteral("C1"));
    CHECK(straddling.share == Approx(0.75).margin(1e-6));
    CHECK(straddling.split);
    REQUIRE(straddling.shares.size() == 2);
    CHECK(straddling.shares[1].parentCode == QStringLiteral("C2"));
    CHECK(straddling.shares[1].share == Approx(0.25).margin(1e-6));

    const auto stored = project.store->areas(AreaLevels::SchoolDistrict);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 3);
    for (const AreaRecord &area : *stored)
        CHECK(area.parentCode == (area.code == QString::fromUtf8("森山町小学校") ? QStringLiteral("C2") : QStringLiteral("C1")));
}

TEST_CASE("Parents can be stated by attribute, unknown parent codes are reported", "[geo][areas][hierarchy]")
{
    Project project;
    project.import(project.city, AreaLevels::City);
    const auto centres = project.import(project.centres, AreaLevels::WelfareArea, QStringLiteral("CITY_CD"));
    CHECK(centres.parentMethod == QStringLiteral("attribute"));
    for (const ParentAssignment &assignment : centres.parents)
        CHECK(assignment.parentCode == QStringLiteral("17201"));

    const auto schools = project.import(project.schools, AreaLevels::SchoolDistrict, QStringLiteral("A27_002"));
    for (const ParentAssignment &assignment : schools.parents) {
        CHECK(assignment.parentCode.isEmpty());
        CHECK(assignment.problem == QStringLiteral("unknown_parent_code"));
    }
}

TEST_CASE("A user-named level is created below the others", "[geo][areas][hierarchy]")
{
    Project project;
    project.import(project.centres, AreaLevels::WelfareArea);
    AreaImportOptions options;
    options.level = QStringLiteral("minsei_district");
    options.newLevelLabel = QString::fromUtf8("民生委員地区");
    const auto report = importAreas(*project.store, project.schools, options);
    REQUIRE(report.ok());
    CHECK(report->levelCreated);
    CHECK(report->level.rank == 4);
    CHECK(report->parentLevel == AreaLevels::WelfareArea);
    const auto levels = project.store->areaLevels();
    REQUIRE(levels.ok());
    CHECK(levels->constLast().labelJa == QString::fromUtf8("民生委員地区"));

    SECTION("a level code that is not [a-z][a-z0-9_]* is refused")
    {
        options.level = QStringLiteral("Bad Level!");
        const auto refused = importAreas(*project.store, project.schools, options);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("Every resource is assigned to its area at every level, reassignment follows changes", "[geo][areas][index]")
{
    Project project;
    const qint64 west = project.addResource(QStringLiteral("west"), 136.61, 36.55);
    const qint64 middle = project.addResource(QStringLiteral("middle"), 136.655, 36.55);
    const qint64 away = project.addResource(QStringLiteral("away"), 139.7, 35.6);
    project.import(project.city, AreaLevels::City);
    const auto centres = project.import(project.centres, AreaLevels::WelfareArea);
    CHECK(centres.resources.assigned == 2);
    CHECK(centres.resources.outside == 1);
    project.import(project.schools, AreaLevels::SchoolDistrict);
    CHECK(project.areaOf(west, AreaLevels::City) == QStringLiteral("17201"));
    CHECK(project.areaOf(west, AreaLevels::WelfareArea) == QStringLiteral("C1"));
    CHECK(project.areaOf(middle, AreaLevels::WelfareArea) == QStringLiteral("C2"));
    CHECK(project.areaOf(middle, AreaLevels::SchoolDistrict) == QString::fromUtf8("中央小学校"));
    CHECK(project.areaOf(away, AreaLevels::City).isEmpty());

    Resource moved = *project.store->resource(away);
    moved.longitude = 136.69;
    moved.latitude = 36.59;
    REQUIRE(project.store->updateResource(moved).ok());
    const auto levels = reassignResources(*project.store);
    REQUIRE(levels.ok());
    CHECK(project.areaOf(away, AreaLevels::WelfareArea) == QStringLiteral("C2"));
    CHECK(project.areaOf(away, AreaLevels::SchoolDistrict) == QString::fromUtf8("森山町小学校"));
    for (const LevelAssignment &level : *levels)
        if (level.levelCode == AreaLevels::City)
            CHECK(level.assigned == 3);
}

TEST_CASE("A point on a shared border goes to the lowest code, whatever the order", "[geo][areas][index]")
{
    auto box = [](const QString &code, double x0, double x1) {
        // WKB of a square via the loader's own path would need OGR; build it from WKT instead.
        AreaRecord area;
        area.code = code;
        const QString wkt = QStringLiteral("POLYGON ((%1 36.5, %2 36.5, %2 36.6, %1 36.6, %1 36.5))").arg(x0).arg(x1);
        area.wkb = wkbForTest(wkt);
        return area;
    };
    const AreaRecord west = box(QStringLiteral("B"), 136.60, 136.65);
    const AreaRecord east = box(QStringLiteral("A"), 136.65, 136.70);
    for (const auto &areas : {QList<AreaRecord>{west, east}, QList<AreaRecord>{east, west}}) {
        const auto index = AreaIndex::build(areas);
        CHECK(index->areaAt(136.65, 36.55) == QStringLiteral("A"));
        CHECK(index->areasAt(136.65, 36.55) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
        CHECK(index->areaAt(136.60, 36.55) == QStringLiteral("B"));   // outer edge: inside
        CHECK(index->areaAt(136.62, 36.55) == QStringLiteral("B"));
        CHECK(index->areaAt(136.68, 36.55) == QStringLiteral("A"));
        CHECK(index->areaAt(136.75, 36.55).isEmpty());
    }
}

TEST_CASE("A cancelled import changes nothing", "[geo][areas][hierarchy]")
{
    Project project;
    project.import(project.centres, AreaLevels::WelfareArea);
    std::atomic_bool cancel{false};
    JobControl job;
    job.cancel = &cancel;
    int calls = 0;
    job.progress = [&](int percent) {
        if (++calls == 2 || percent >= 60)
            cancel = true;
    };
    AreaImportOptions options;
    options.level = AreaLevels::WelfareArea;
    const auto report = importAreas(*project.store, project.schools, options, job);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::Cancelled);
    const auto stored = project.store->areas(AreaLevels::WelfareArea);
    REQUIRE(stored.ok());
    CHECK(stored->size() == 2);
    CHECK(stored->constFirst().code == QStringLiteral("C1"));
}

TEST_CASE("Importing a file without polygons is refused and changes nothing", "[geo][areas][hierarchy][errors]")
{
    Project project;
    project.import(project.centres, AreaLevels::WelfareArea);
    const QString points = project.dir.filePath(QStringLiteral("points.geojson"));
    FixtureLayer layer;
    layer.driver = QStringLiteral("GeoJSON");
    layer.fields = {QStringLiteral("NAME")};
    layer.features = {{{QStringLiteral("a")}, QStringLiteral("POINT (136.6 36.5)")}};
    REQUIRE(writeFixture(points, layer));
    AreaImportOptions options;
    options.level = AreaLevels::WelfareArea;
    const auto report = importAreas(*project.store, points, options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::NoPolygons);
    CHECK(report.error().detail.contains(QStringLiteral("Point")));
    CHECK(report.error().file == points);
    CHECK(project.store->areas(AreaLevels::WelfareArea)->size() == 2);
}
