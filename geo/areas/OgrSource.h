#pragma once

// Opening a user's vector file with OGR. Internal to geo/areas: callers outside geo/ use
// AreaSource.h and AreaLoader.h. No GDAL header here; the dataset type is forward-declared.

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class GDALDataset;

namespace careatlas::geo {

// Closes the dataset and removes the /vsimem/ copy it was opened from, if any.
struct DatasetCloser {
    QByteArray scratchFolder;   // a /vsimem/ folder to remove after closing
    void operator()(GDALDataset *dataset) const;
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// Something about the files of a source that the user should know; not an error.
struct SourceNote {
    QString kind;       // stable: "rebuilt_shx", "no_dbf", "ignored_prj", "ignored_cpg", "record_count_mismatch"
    QString argument;   // for the message: a file name, counts
};

// The path GDAL should open for what the user picked: a .zip becomes /vsizip/…, a .tar,
// .tar.gz or .tgz /vsitar/…; anything else (a file, a folder of shapefiles, an existing
// /vsi… path) is passed as it is.
QString gdalPathFor(const QString &path);

// The vector datasets a path stands for, as GDAL paths: the path itself, or for an archive
// every Shapefile, GeoPackage, GeoJSON, KML, … inside it, at any folder depth, in name order.
// Errors name the file: FileNotFound, NotAZipArchive, NoVectorFileInArchive.
Result<QStringList> datasetPaths(const QString &path);

// Opens one dataset (from datasetPaths) read-only. `shapeEncoding`, when set, is passed as
// the ESRI Shapefile driver's ENCODING open option ("" = hand over the DBF's raw bytes). A
// Shapefile without its .shx is copied to /vsimem/ and opened there with GDAL's
// SHAPE_RESTORE_SHX, so nothing is written beside the user's file (note "rebuilt_shx").
// Errors name `userPath`: NotAVectorSource (with GDAL's own words), NoLayer.
Result<DatasetPtr> openVectorDataset(const QString &userPath, const QString &datasetPath,
                                     const std::optional<QString> &shapeEncoding = std::nullopt,
                                     QList<SourceNote> *notes = nullptr);

// The first dataset of `path` (datasetPaths), opened.
Result<DatasetPtr> openVectorSource(const QString &path, const std::optional<QString> &shapeEncoding = std::nullopt);

// Notes about a Shapefile layer's side files: a missing .dbf, a .prj GDAL could not read, a
// .dbf whose record count differs from the .shp's. `shpPath` is the layer's .shp as GDAL sees it.
QList<SourceNote> shapefileNotes(const QString &shpPath, bool layerHasCrs, qint64 shapeCount);

// The .shp path of layer `layerName` of a Shapefile dataset (a .shp or a folder of them).
QString shapefileOfLayer(const QString &datasetPath, const QString &layerName);

} // namespace careatlas::geo
