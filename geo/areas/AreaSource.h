#pragma once

#include "core/Result.h"
#include "geo/areas/FieldGuess.h"

#include <QList>
#include <QString>

#include <optional>

namespace careatlas::geo {

// What one layer of a vector source holds, before anything is imported.
struct LayerInfo {
    QString name;
    qint64 featureCount = -1;
    QString geometryType;        // OGR's name: "Polygon", "Multi Polygon", "Point", ...
    QList<FieldInfo> fields;     // names decoded with the layer's text encoding
    FieldGuess nameField;
    FieldGuess codeField;
};

struct SourceInfo {
    QString path;                // as the user gave it
    QString gdalPath;            // as GDAL opened it (/vsizip/… for a .zip)
    QString driver;              // GDAL's short name: "ESRI Shapefile", "GPKG", "GeoJSON", "KML", …
    QList<LayerInfo> layers;
};

// Opens any vector source OGR reads (Shapefile, a zipped one, a folder of shapefiles,
// GeoPackage, GeoJSON, KML, …) and lists its layers with feature counts, fields and the
// guessed name and code fields. Reads every feature's attributes (not geometry) for the
// guesses. Errors name the file.
Result<SourceInfo> inspectSource(const QString &path);

} // namespace careatlas::geo
