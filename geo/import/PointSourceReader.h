#pragma once

#include "core/Result.h"
#include "core/csv/TextDecoding.h"
#include "core/import/RecordTable.h"

#include <QString>

namespace careatlas::geo {

// Reads a vector source through OGR (GeoJSON, Shapefile, GeoPackage, KML, … — 国土数値情報
// P04/P14 included) as a RecordTable for the ResourceImporter: each attribute field as text,
// each feature's point in geographic JGD2011/WGS84 degrees (transformed from the layer's CRS;
// a polygon gives its centroid). `layerName` empty: the first layer. `encoding`
// Cp932 opens a Shapefile without .cpg as CP932 (国土数値情報 files); Auto lets GDAL decide.
// Errors: FileNotFound, NotAVectorSource, NoLayer, LayerNotFound, InvalidCrs.
Result<RecordTable> readPointSource(const QString &path, const QString &layerName = QString(),
                                    TextEncoding encoding = TextEncoding::Auto);

// Whether a file should be read through OGR rather than as CSV text (by its extension).
bool isVectorSourcePath(const QString &path);

} // namespace careatlas::geo
