#pragma once

// Vector files made at test time with OGR, for the area loader's tests.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace careatlas::test {

struct FixtureFeature {
    QStringList values;   // one per field, in order
    QString wkt;          // empty: no geometry
};

struct FixtureLayer {
    QString driver = QStringLiteral("ESRI Shapefile");
    QString layerName = QStringLiteral("areas");
    int epsg = 6668;                        // 0: no CRS (no .prj)
    QStringList fields;                     // all String
    QList<FixtureFeature> features;
    QStringList layerOptions;               // e.g. "ENCODING=CP932"
};

// Writes `layer` to `path` (a .shp, .gpkg, .geojson, .kml file). Returns false on failure.
bool writeFixture(const QString &path, const FixtureLayer &layer);

// Removes a shapefile's .cpg (and .prj) so only the DBF bytes say what they are.
void removeSidecar(const QString &shpPath, const QString &suffix);

// Zips the files into `zipPath` with GDAL's /vsizip/ writer, flat or inside `folderInZip`
// ("a/b"); a second call adds to the same archive.
bool zipFiles(const QString &zipPath, const QStringList &files, const QString &folderInZip = {});

// The same layer with its geometry transformed by OGR to `epsg` (traditional lon/lat order).
FixtureLayer reprojected(const FixtureLayer &layer, int epsg);

// ISO WKB of a WKT geometry (empty on a parse error).
QByteArray wkbForTest(const QString &wkt);

// Three nested levels around Kanazawa in JGD2011 lon/lat: a city of two centre areas, and
// three school districts, one of which straddles the two centre areas (70 % / 30 %).
FixtureLayer kanazawaCity();
FixtureLayer kanazawaCentres();
FixtureLayer kanazawaSchools();

} // namespace careatlas::test
