#include "geo/GdalSupport.h"

#include <catch2/catch.hpp>

#include <gdal.h>

using namespace careatlas::geo;

TEST_CASE("GDAL's own error text is collected while a collector lives", "[geo][gdal]")
{
    ensureGdalRegistered();
    GdalErrorCollector collector;
    GDALDatasetH dataset = GDALOpenEx("/nonexistent-folder/does-not-exist.shp", GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR,
                                      nullptr, nullptr, nullptr);
    CHECK(dataset == nullptr);
    REQUIRE_FALSE(collector.errors().isEmpty());
    INFO(collector.lastError().toStdString());
    CHECK(collector.lastError().contains(QStringLiteral("does-not-exist")));
}
