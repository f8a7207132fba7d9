#pragma once

#include "core/Result.h"
#include "core/export/ExportControl.h"
#include "core/export/ExportData.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace careatlas::geo {

enum class GisFormat { GeoPackage, GeoJson, Shapefile };

// The format an output path asks for (.gpkg .geojson/.json .shp), or nullopt.
std::optional<GisFormat> gisFormatFor(const QString &path);

struct GisExportReport {
    int features = 0;
    int withoutLocation = 0;      // written with an empty geometry
    QStringList warnings;         // GDAL's (e.g. a shapefile text longer than 254 bytes, cut)
};

// The resources as a point layer "resources" through GDAL/OGR with every attribute (codes and
// labels of category and flags, the area at data.areaLevel, dates as dates, numbers as numbers).
// GeoPackage and Shapefile in JGD2011 (EPSG:6668); GeoJSON as RFC 7946 (WGS 84, lon/lat).
// Shapefile field names are cut to 10 characters (see gisFieldNames) and the .cpg says UTF-8.
// Resources without coordinates are kept with an empty geometry.
// Everything is written in a temporary folder beside `path` and renamed into place when
// complete (each file of a shapefile). Errors: InvalidArgument (extension), FileWriteFailed
// (GDAL's words), DiskFull, Cancelled.
Result<GisExportReport> exportGis(const ExportData &data, const QString &path, const ExportControl &control = {});

// The field names of a format, in order.
QStringList gisFieldNames(GisFormat format);

} // namespace careatlas::geo
