#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace careatlas::geo {

// The coordinate range of a layer, in its own units.
struct Extent {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

// The CRS a layer is read in, and why.
struct CrsChoice {
    QString crs;         // "EPSG:6675", or the file's WKT name when it has no EPSG code
    QString name;        // human name, e.g. "JGD2011 / Japan Plane Rectangular CS VII"
    QString source;      // stable: "file", "guessed", "user"
    QString reason;      // a sentence for the user
    bool operator==(const CrsChoice &) const = default;
};

// A lon/lat point (JGD2011) the data is expected near, e.g. the centre of a project's
// resources; it picks the plane-rectangular or UTM zone.
struct LonLat {
    double lon = 0, lat = 0;
};

// Guesses the CRS of a layer that has none from its coordinate range: degrees around Japan
// → JGD2011 (EPSG:6668); metres within ±600 km of an origin → JGD2011 plane rectangular,
// the zone that puts the data nearest `near`, else zone VII (EPSG:6675, Ishikawa); UTM-like
// metres → JGD2011 UTM; Web Mercator metres → EPSG:3857. A metre guess is offered only when
// the extent's corners and centre then land in Japan (coarse boxes around its islands).
// Empty `crs` (and the reason) when nothing fits: degrees outside Japan, metres that land
// elsewhere, anything else.
CrsChoice guessCrs(const Extent &extent, const std::optional<LonLat> &near = std::nullopt);

// The CRSs Japanese area data comes in, for a chooser: JGD2011, JGD2000 and Tokyo datum,
// geographic and the 19 plane-rectangular zones of each, then JGD2011 UTM 51–55 and WGS 84.
struct CrsOption {
    QString crs;    // "EPSG:6675"
    QString name;   // "JGD2011 / Japan Plane Rectangular CS VII"
};
QList<CrsOption> japaneseCrsOptions();

// The JGD2011 plane-rectangular zone (1–19) of an EPSG code, or 0.
int planeRectangularZone(int epsg);
// EPSG code of JGD2011 plane-rectangular zone 1–19 (6669–6687).
int planeRectangularEpsg(int zone);

} // namespace careatlas::geo
