#pragma once

// Opening a user's vector file with OGR. Internal to geo/areas: callers outside geo/ use
// AreaSource.h and AreaLoader.h. No GDAL header here; the dataset type is forward-declared.

#include "core/Result.h"

#include <QString>

#include <memory>
#include <optional>

class GDALDataset;

namespace careatlas::geo {

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const;
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// The path GDAL should open for what the user picked: a .zip becomes /vsizip/…, a .tar,
// .tar.gz or .tgz /vsitar/…; anything
// else (a file, a folder of shapefiles, an existing /vsi… path) is passed as it is.
QString gdalPathFor(const QString &path);

// Opens `path` read-only as a vector source. `shapeEncoding`, when set, is passed as the
// ESRI Shapefile driver's ENCODING open option ("" = hand over the DBF's raw bytes).
// Errors name the file: FileNotFound, NotAVectorSource (with GDAL's own words), NoLayer.
Result<DatasetPtr> openVectorSource(const QString &path, const std::optional<QString> &shapeEncoding = std::nullopt);

} // namespace careatlas::geo
