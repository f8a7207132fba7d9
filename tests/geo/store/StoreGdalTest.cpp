#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace careatlas;

TEST_CASE("GDAL opens a CareAtlas store as a GeoPackage and reads its resources", "[geo][store][gdal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gdal.gpkg"));
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        Resource r;
        r.categoryCode = QStringLiteral("pharmacy");
        r.name = QString::fromUtf8("金沢みどり薬局");
        r.latitude = 36.5613;
        r.longitude = 136.6562;
        r.flags = {QStringLiteral("weekends")};
        REQUIRE((*store)->insertResource(r).ok());
    }
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR));
    REQUIRE(dataset);
    CHECK(QString::fromLatin1(dataset->GetDriver()->GetDescription()) == QStringLiteral("GPKG"));
    OGRLayer *layer = dataset->GetLayerByName("resources");
    REQUIRE(layer != nullptr);
    CHECK(layer->GetFeatureCount() == 1);
    CHECK(layer->GetSpatialRef() != nullptr);
    CHECK(QString::fromLatin1(layer->GetSpatialRef()->GetAuthorityCode(nullptr)) == QStringLiteral("6668"));
    OGRFeatureUniquePtr feature(layer->GetNextFeature());
    REQUIRE(feature);
    CHECK(QString::fromUtf8(feature->GetFieldAsString("name")) == QString::fromUtf8("金沢みどり薬局"));
    const OGRGeometry *geometry = feature->GetGeometryRef();
    REQUIRE(geometry != nullptr);
    REQUIRE(wkbFlatten(geometry->getGeometryType()) == wkbPoint);
    CHECK(geometry->toPoint()->getX() == Approx(136.6562));
    CHECK(geometry->toPoint()->getY() == Approx(36.5613));
    // The spatial index answers a bounding-box filter.
    layer->SetSpatialFilterRect(136.6, 36.5, 136.7, 36.6);
    CHECK(layer->GetFeatureCount() == 1);
    layer->SetSpatialFilterRect(130.0, 30.0, 131.0, 31.0);
    CHECK(layer->GetFeatureCount() == 0);
    CHECK(dataset->GetLayerByName("areas_school_district") != nullptr);
}
