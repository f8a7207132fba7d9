#include "ExportFixtures.h"

#include "geo/GdalSupport.h"
#include "geo/export/GisExport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::testing;

namespace {

ExportData gisData()
{
    ExportData data = sampleExportData(20);
    data.resources[3].latitude.reset();
    data.resources[3].longitude.reset();
    data.resources[0].capacity = 29;
    data.resources[0].kana = QStringLiteral("カナザワシナガマチホウモンカンゴステーション");
    data.resources[0].updatedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC);
    return data;
}

} // namespace

TEST_CASE("Resources exported to GIS formats read back through OGR with every attribute", "[geo][export][gis]")
{
    ensureGdalRegistered();
    const ExportData data = gisData();
    QTemporaryDir dir;
    const auto [file, format] = GENERATE(std::pair{"resources.gpkg", GisFormat::GeoPackage},
                                         std::pair{"resources.geojson", GisFormat::GeoJson},
                                         std::pair{"resources.shp", GisFormat::Shapefile});
    const QString path = dir.filePath(QString::fromLatin1(file));
    const auto report = exportGis(data, path);
    REQUIRE(report.ok());
    CHECK(report->features == 20);
    CHECK(report->withoutLocation == 1);
    // Nothing but the output is left in the folder.
    for (const QFileInfo &entry : QDir(dir.path()).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        CHECK(entry.completeBaseName() == QStringLiteral("resources"));
    if (format == GisFormat::Shapefile) {
        QFile cpg(dir.filePath(QStringLiteral("resources.cpg")));
        REQUIRE(cpg.open(QIODevice::ReadOnly));
        CHECK(cpg.readAll().trimmed() == "UTF-8");
    }

    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR));
    REQUIRE(dataset);
    OGRLayer *layer = dataset->GetLayer(0);
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 20);
    const QStringList names = gisFieldNames(format);
    for (const QString &name : names)
        CHECK(layer->GetLayerDefn()->GetFieldIndex(name.toUtf8().constData()) >= 0);
    const int nameField = layer->GetLayerDefn()->GetFieldIndex("name");
    const int capacityField = layer->GetLayerDefn()->GetFieldIndex("capacity");
    const int categoryField = layer->GetLayerDefn()->GetFieldIndex("category");
    const int areaField = layer->GetLayerDefn()->GetFieldIndex("area");
    CHECK(layer->GetLayerDefn()->GetFieldDefn(capacityField)->GetType() == OFTInteger);
    int located = 0;
    bool sawFirst = false;
    for (auto &feature : *layer) {
        const qint64 id = feature->GetFieldAsInteger64(layer->GetLayerDefn()->GetFieldIndex("id"));
        REQUIRE(id >= 1);
        const Resource &r = data.resources[int(id - 1)];
        CHECK(QString::fromUtf8(feature->GetFieldAsString(nameField)) == r.name);
        CHECK(QString::fromUtf8(feature->GetFieldAsString(categoryField)) == r.categoryCode);
        CHECK(QString::fromUtf8(feature->GetFieldAsString(areaField)) == data.areaName(r));
        if (id == 1) {
            sawFirst = true;
            CHECK(feature->GetFieldAsInteger(capacityField) == 29);
        }
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (geometry && !geometry->IsEmpty()) {
            ++located;
            const auto *point = geometry->toPoint();
            CHECK(point->getX() == Approx(*r.longitude).margin(1e-6));
            CHECK(point->getY() == Approx(*r.latitude).margin(1e-6));
        } else {
            CHECK(!r.hasLocation());
        }
    }
    CHECK(sawFirst);
    CHECK(located == 19);
}

TEST_CASE("A GIS export replaces an older file only when complete, and refuses unknown extensions", "[geo][export][gis]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.gpkg"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ExportData data = gisData();
    std::atomic_bool cancel = true;
    ExportControl control;
    control.cancel = &cancel;
    const auto cancelled = exportGis(data, path, control);
    REQUIRE(!cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old");
    old.close();
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("out.gpkg")});
    REQUIRE(exportGis(data, path).ok());
    CHECK(QFileInfo(path).size() > 1000);

    const auto wrong = exportGis(data, dir.filePath(QStringLiteral("out.kml")));
    REQUIRE(!wrong.ok());
    CHECK(wrong.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("A GIS export into a folder that cannot be written fails clearly and leaves nothing", "[geo][export][gis]")
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {   // root: use a file system that refuses new files
        probe.remove();
        folder = QStringLiteral("/sys");
    }
    const QString path = folder + QStringLiteral("/careatlas-resources.gpkg");
    const auto report = exportGis(gisData(), path);
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE(!report.ok());
    CHECK(report.error().code == ErrorCode::FileWriteFailed);
    CHECK(!report.error().detail.isEmpty());
    CHECK(!QFileInfo::exists(path));
}
