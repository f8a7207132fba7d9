#include "core/store/Store.h"
#include "geo/areas/AreaJobs.h"

#include "areas/AreaFixtures.h"
#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QFutureWatcher>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

TEST_CASE("An area import runs in the background with progress, and a cancelled one writes nothing", "[geo][areas][jobs]")
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("project.gpkg"));
    REQUIRE(Store::create(storePath).ok());
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    AreaImportOptions options;
    options.level = AreaLevels::WelfareArea;

    SECTION("finished")
    {
        auto future = importAreasInBackground(storePath, centres, options);
        future.waitForFinished();
        REQUIRE_FALSE(future.isCanceled());
        const auto result = future.result();
        REQUIRE(result.ok());
        CHECK(result->imported == 2);
        CHECK(future.progressValue() == 100);
        auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
        REQUIRE(store.ok());
        CHECK((*store)->areas(AreaLevels::WelfareArea)->size() == 2);
    }
    SECTION("cancelled")
    {
        // A two-area import may finish before the cancel arrives: either way the store holds all
        // of it or none of it, never part (the synchronous cancel is tested in AreaHierarchyTest).
        auto future = importAreasInBackground(storePath, centres, options);
        future.cancel();
        future.waitForFinished();
        auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
        REQUIRE(store.ok());
        const auto areas = (*store)->areas(AreaLevels::WelfareArea);
        REQUIRE(areas.ok());
        // (QFuture::isCanceled() says only that cancel() was called, not whether the work saw it.)
        CHECK((areas->isEmpty() || areas->size() == 2));
    }
    SECTION("inspect and load")
    {
        auto inspected = inspectSourceInBackground(centres);
        auto loaded = loadAreasInBackground(centres, {});
        REQUIRE(inspected.result().ok());
        CHECK(inspected.result()->layers.size() == 1);
        REQUIRE(loaded.result().ok());
        CHECK(loaded.result()->areas.size() == 2);
    }
}
