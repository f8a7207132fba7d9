#pragma once

#include <QByteArray>

#include <optional>
#include <utility>
#include <vector>

namespace careatlas::gpkg {

// GeoPackage geometry blobs (GeoPackage 1.3, §2.1.3): a "GP" header with the SRS id and an
// envelope, followed by ISO WKB. The store writes points and area (multi)polygons; GDAL,
// QGIS and ogrinfo read them.

struct Envelope {
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
};

// The envelope of ISO WKB (points, lines, polygons, multi-geometries); nullopt when empty or
// malformed.
std::optional<Envelope> wkbEnvelope(const QByteArray &wkb);

// The rings of the polygons in ISO WKB (x, y; any other geometry's points are skipped);
// nullopt when malformed.
using Ring = std::vector<std::pair<double, double>>;
std::optional<std::vector<Ring>> wkbRings(const QByteArray &wkb);
// Little-endian WKB MultiLineString of the lines, and back (only what multiLineStringWkb writes).
QByteArray multiLineStringWkb(const std::vector<Ring> &lines);
std::optional<std::vector<Ring>> wkbLines(const QByteArray &wkb);

QByteArray pointWkb(double x, double y);
std::optional<std::pair<double, double>> wkbPoint(const QByteArray &wkb);

// Wraps WKB into a GeoPackage blob with an XY envelope (none for points, as the spec allows).
QByteArray encode(const QByteArray &wkb, int srsId);

struct Decoded {
    int srsId = 0;
    bool empty = false;
    std::optional<Envelope> envelope;   // from the header, or computed from the WKB
    QByteArray wkb;
};
std::optional<Decoded> decode(const QByteArray &blob);

} // namespace careatlas::gpkg
