#pragma once

#include "core/Result.h"
#include "geo/areas/FieldGuess.h"
#include "geo/areas/TextEncoding.h"

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
    QString encoding;            // how its text was decoded ("UTF-8", "CP932", …)
    QString encodingSource;      // "format", "cpg", "ldid", "detected", "user"
    QString encodingReason;      // why, for the user
    QList<GarbledField> garbledFields;   // fields whose text looks like mojibake
    QString level;               // the standard level it was recognised as (LevelGuess.h); empty: none
    QString levelReason;
    QStringList notes;           // about its files: a rebuilt .shx, no .dbf, an ignored .prj or .cpg, …
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
// guesses. Text is decoded as OpenedLayer.h describes, with `encoding` when the user gives
// one. Errors name the file.
Result<SourceInfo> inspectSource(const QString &path, const QString &encoding = {});

} // namespace careatlas::geo
