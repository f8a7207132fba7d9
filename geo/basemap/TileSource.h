#pragma once

#include "core/Result.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

namespace careatlas::geo {

// One tile of a Web Mercator pyramid (EPSG:3857, the XYZ scheme: y counted from the north).
struct TileKey {
    int z = 0;
    int x = 0;
    int y = 0;
    bool operator==(const TileKey &) const = default;
    // The tile that holds this one `levels` zoom levels up, and where it lies in it.
    TileKey ancestor(int levels) const { return {z - levels, x >> levels, y >> levels}; }
};
size_t qHash(const TileKey &key, size_t seed = 0);

// Web Mercator tile arithmetic (the sphere of radius 6378137 m, as every XYZ provider uses).
namespace tiles {
inline constexpr double OriginShift = 20037508.342789244;   // half the world, metres
inline constexpr int TileSize = 256;
// Web Mercator metres of a longitude/latitude (degrees).
QPointF mercatorOf(double longitude, double latitude);
QPointF lonLatOf(const QPointF &mercator);
// The tile's footprint in Web Mercator metres.
QRectF mercatorBounds(const TileKey &key);
// The tile holding a longitude/latitude at zoom z (clamped to the world).
TileKey tileAt(double longitude, double latitude, int z);
// Ground metres per tile pixel at zoom z and a latitude.
double groundResolution(int z, double latitude);
// The zoom whose tiles best match `metresPerPixel` on the ground (never coarser by more than
// about 20 %), unclamped.
int zoomFor(double metresPerPixel, double latitude);
// The tiles covering a longitude/latitude rectangle (west, south, east, north) at zoom z.
QList<TileKey> tilesCovering(const QRectF &lonLatBounds, int z);
} // namespace tiles

// Where base map tiles come from: a web tile service by URL template (XYZ, TMS or WMTS in REST
// form) or an offline package (MBTiles or a GeoPackage tile pyramid, read through GDAL). With
// its credit line, zoom range and what its provider allows.
struct TileSource {
    enum class Kind { Xyz, Tms, Package };
    Kind kind = Kind::Xyz;
    QString id;               // a preset's id ("gsi-std"), "custom", or "package"
    QString name;             // shown in menus (a preset's name is translated by the caller)
    // {z} {x} {y} ({-y} for TMS rows counted from the south); WMTS REST templates may say
    // {TileMatrix} {TileCol} {TileRow}. Optional {s} rotates over `subdomains`.
    QString urlTemplate;
    QString subdomains;
    QString packagePath;      // Kind::Package
    QString attribution;      // drawn on every map that shows the tiles
    int minZoom = 0;
    int maxZoom = 18;
    // False for services whose usage policy forbids bulk download (prefetching areas for
    // offline use), e.g. OpenStreetMap's tile servers.
    bool bulkDownloadAllowed = true;
    QString policyUrl;        // the provider's terms, for the user's reference

    bool isValid() const { return kind == Kind::Package ? !packagePath.isEmpty() : !urlTemplate.isEmpty(); }
    bool isNetwork() const { return kind != Kind::Package; }
    // The URL of a tile.
    QString url(const TileKey &key) const;
    // A stable key for the disk cache (the template without subdomain rotation).
    QString cacheKey() const;

    // Presets: 国土地理院 地理院タイル 標準地図 (gsi-std), 淡色地図 (gsi-pale), 写真 (gsi-photo),
    // and OpenStreetMap (osm).
    static QList<TileSource> presets();
    static std::optional<TileSource> preset(const QString &id);
    // A preset id, an http(s) URL template, or a path to an .mbtiles / .gpkg package.
    static Result<TileSource> parse(const QString &text);
    // A URL template's source (checked: http or https with {z} {x} {y} or the WMTS names).
    static Result<TileSource> fromUrlTemplate(const QString &urlTemplate, const QString &attribution = {});
    // An offline package: its zoom range and credit line (MBTiles metadata "attribution",
    // GeoPackage description) through GDAL. Errors: FileNotFound, FileUnreadable, InvalidCrs.
    static Result<TileSource> fromPackage(const QString &path);
};

// The User-Agent of every tile request: "CareAtlas/<version> (+<project URL>)".
QString tileUserAgent();

} // namespace careatlas::geo
