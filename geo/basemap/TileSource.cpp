#include "geo/basemap/TileSource.h"

#include "geo/GdalSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHashFunctions>
#include <QUrl>

#include <gdal_priv.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#ifndef CAREATLAS_VERSION
#define CAREATLAS_VERSION "dev"
#endif
#ifndef CAREATLAS_CONTACT
#define CAREATLAS_CONTACT ""
#endif

namespace careatlas::geo {

size_t qHash(const TileKey &key, size_t seed) { return qHashMulti(seed, key.z, key.x, key.y); }

namespace tiles {

QPointF mercatorOf(double longitude, double latitude)
{
    const double lat = std::clamp(latitude, -85.05112878, 85.05112878) * std::numbers::pi / 180.0;
    return {longitude * OriginShift / 180.0, std::log(std::tan(std::numbers::pi / 4 + lat / 2)) * OriginShift / std::numbers::pi};
}

QPointF lonLatOf(const QPointF &m)
{
    const double lon = m.x() / OriginShift * 180.0;
    const double lat = (2 * std::atan(std::exp(m.y() / OriginShift * std::numbers::pi)) - std::numbers::pi / 2) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

QRectF mercatorBounds(const TileKey &key)
{
    const double span = 2 * OriginShift / double(1 << key.z);
    return QRectF(-OriginShift + key.x * span, OriginShift - (key.y + 1) * span, span, span);
}

TileKey tileAt(double longitude, double latitude, int z)
{
    const QPointF m = mercatorOf(longitude, latitude);
    const int n = 1 << z;
    const double span = 2 * OriginShift / n;
    return {z, std::clamp(int(std::floor((m.x() + OriginShift) / span)), 0, n - 1),
            std::clamp(int(std::floor((OriginShift - m.y()) / span)), 0, n - 1)};
}

double groundResolution(int z, double latitude)
{
    return 2 * OriginShift / (TileSize * double(1 << std::clamp(z, 0, 30))) * std::cos(latitude * std::numbers::pi / 180.0);
}

int zoomFor(double metresPerPixel, double latitude)
{
    if (metresPerPixel <= 0)
        return 0;
    const double z0 = 2 * OriginShift / TileSize * std::cos(latitude * std::numbers::pi / 180.0);
    // Tiles up to ~20 % coarser than the output are sharp enough; finer would cost 4× the tiles.
    return std::max(0, int(std::ceil(std::log2(z0 / metresPerPixel) - 0.26)));
}

QList<TileKey> tilesCovering(const QRectF &b, int z)
{
    const TileKey nw = tileAt(b.left(), b.bottom(), z), se = tileAt(b.right(), b.top(), z);
    QList<TileKey> keys;
    for (int y = std::min(nw.y, se.y); y <= std::max(nw.y, se.y); ++y)
        for (int x = std::min(nw.x, se.x); x <= std::max(nw.x, se.x); ++x)
            keys.push_back({z, x, y});
    return keys;
}

} // namespace tiles

QString TileSource::url(const TileKey &key) const
{
    QString u = urlTemplate;
    const int tmsY = (1 << key.z) - 1 - key.y;
    u.replace(QLatin1String("{z}"), QString::number(key.z)).replace(QLatin1String("{TileMatrix}"), QString::number(key.z));
    u.replace(QLatin1String("{x}"), QString::number(key.x)).replace(QLatin1String("{TileCol}"), QString::number(key.x));
    u.replace(QLatin1String("{-y}"), QString::number(tmsY));
    u.replace(QLatin1String("{y}"), QString::number(kind == Kind::Tms ? tmsY : key.y)).replace(QLatin1String("{TileRow}"), QString::number(key.y));
    if (!subdomains.isEmpty())
        u.replace(QLatin1String("{s}"), subdomains.at((key.x + key.y) % subdomains.size()));
    return u;
}

QString TileSource::cacheKey() const
{
    if (kind == Kind::Package)
        return QStringLiteral("package:") + packagePath;
    return (kind == Kind::Tms ? QStringLiteral("tms:") : QString()) + urlTemplate;
}

QList<TileSource> TileSource::presets()
{
    // 地理院タイル: https://maps.gsi.go.jp/development/ichiran.html ; terms:
    // https://www.gsi.go.jp/kikakuchousei/kikakuchousei40182.html (credit 「地理院タイル」).
    const QString gsiPolicy = QStringLiteral("https://maps.gsi.go.jp/development/ichiran.html");
    auto gsi = [&](const char *id, const char *name, const char *layer, const char *ext, int minZoom) {
        TileSource s;
        s.id = QString::fromLatin1(id);
        s.name = QString::fromUtf8(name);
        s.urlTemplate = QStringLiteral("https://cyberjapandata.gsi.go.jp/xyz/%1/{z}/{x}/{y}.%2").arg(QLatin1String(layer), QLatin1String(ext));
        s.attribution = QStringLiteral("地理院タイル");
        s.minZoom = minZoom;
        s.maxZoom = 18;
        s.policyUrl = gsiPolicy;
        return s;
    };
    TileSource osm;
    osm.id = QStringLiteral("osm");
    osm.name = QStringLiteral("OpenStreetMap");
    osm.urlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    osm.attribution = QStringLiteral("© OpenStreetMap contributors");
    osm.minZoom = 0;
    osm.maxZoom = 19;
    osm.bulkDownloadAllowed = false;   // https://operations.osmfoundation.org/policies/tiles/
    osm.policyUrl = QStringLiteral("https://operations.osmfoundation.org/policies/tiles/");
    return {gsi("gsi-std", "地理院タイル 標準地図", "std", "png", 5), gsi("gsi-pale", "地理院タイル 淡色地図", "pale", "png", 5),
            gsi("gsi-photo", "地理院タイル 写真", "seamlessphoto", "jpg", 2), osm};
}

std::optional<TileSource> TileSource::preset(const QString &id)
{
    for (const TileSource &s : presets())
        if (s.id == id)
            return s;
    return std::nullopt;
}

Result<TileSource> TileSource::fromUrlTemplate(const QString &urlTemplate, const QString &attribution)
{
    const QString t = urlTemplate.trimmed();
    const QUrl url(QString(t).replace(QLatin1Char('{'), QLatin1Char('_')).replace(QLatin1Char('}'), QLatin1Char('_')));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a tile URL must start with http:// or https://: %1").arg(t));
    const bool xyz = t.contains(QLatin1String("{z}")) && t.contains(QLatin1String("{x}"))
                     && (t.contains(QLatin1String("{y}")) || t.contains(QLatin1String("{-y}")));
    const bool wmts = t.contains(QLatin1String("{TileMatrix}")) && t.contains(QLatin1String("{TileCol}")) && t.contains(QLatin1String("{TileRow}"));
    if (!xyz && !wmts)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a tile URL needs {z}, {x} and {y} (or WMTS {TileMatrix}, {TileCol}, {TileRow}): %1").arg(t));
    // A preset's own URL keeps the preset's credit and policy.
    for (const TileSource &p : presets())
        if (p.urlTemplate == t)
            return p;
    TileSource s;
    s.kind = Kind::Xyz;
    s.id = QStringLiteral("custom");
    s.name = url.host();
    s.urlTemplate = t;
    if (t.contains(QLatin1String("{s}")))
        s.subdomains = QStringLiteral("abc");
    s.attribution = attribution.isEmpty() ? url.host() : attribution;
    s.minZoom = 0;
    s.maxZoom = 19;
    // OpenStreetMap's own servers, however spelled, forbid bulk download.
    if (url.host().endsWith(QLatin1String("openstreetmap.org"))) {
        s.bulkDownloadAllowed = false;
        s.attribution = QStringLiteral("© OpenStreetMap contributors");
        s.policyUrl = QStringLiteral("https://operations.osmfoundation.org/policies/tiles/");
    }
    return s;
}

Result<TileSource> TileSource::fromPackage(const QString &path)
{
    ensureGdalRegistered();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::FileNotFound).inFile(path);
    GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!ds || ds->GetRasterCount() < 1)
        return Error(ErrorCode::FileUnreadable, errors.lastError().isEmpty() ? QStringLiteral("not a tile package GDAL can read (MBTiles or GeoPackage tiles)") : errors.lastError()).inFile(path);
    double gt[6];
    if (!ds->GetSpatialRef() || ds->GetGeoTransform(gt) != CE_None)
        return Error(ErrorCode::InvalidCrs, QStringLiteral("the package has no georeference")).inFile(path);
    TileSource s;
    s.kind = Kind::Package;
    s.id = QStringLiteral("package");
    s.name = QFileInfo(path).fileName();
    s.packagePath = QFileInfo(path).absoluteFilePath();
    auto meta = [&](const char *key) { return QString::fromUtf8(ds->GetMetadataItem(key)).trimmed(); };
    s.attribution = meta("attribution");
    if (s.attribution.isEmpty())
        s.attribution = meta("IDENTIFIER").isEmpty() ? meta("description") : meta("IDENTIFIER");
    bool ok = false;
    const int maxZoom = meta("maxzoom").toInt(&ok);
    // The finest level: from metadata, else from the pixel size at the equator.
    s.maxZoom = ok ? maxZoom : std::clamp(int(std::lround(std::log2(2 * tiles::OriginShift / tiles::TileSize / std::abs(gt[1])))), 0, 24);
    const int minZoom = meta("minzoom").toInt(&ok);
    s.minZoom = ok ? std::min(minZoom, s.maxZoom) : 0;
    return s;
}

Result<TileSource> TileSource::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (auto p = preset(t))
        return *p;
    if (t.startsWith(QLatin1String("http://")) || t.startsWith(QLatin1String("https://")))
        return fromUrlTemplate(t);
    // "tms:URL": rows counted from the south.
    if (t.startsWith(QLatin1String("tms:"))) {
        auto s = fromUrlTemplate(t.mid(4));
        if (s)
            s->kind = Kind::Tms;
        return s;
    }
    if (QFileInfo(t).suffix().compare(QLatin1String("mbtiles"), Qt::CaseInsensitive) == 0
        || QFileInfo(t).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0 || QFileInfo::exists(t))
        return fromPackage(t);
    QStringList ids;
    for (const TileSource &p : presets())
        ids << p.id;
    return Error(ErrorCode::InvalidArgument, QStringLiteral("not a preset (%1), a tile URL or a package file: %2").arg(ids.join(QLatin1String(", ")), t));
}

QString tileUserAgent()
{
    const QString contact = QStringLiteral(CAREATLAS_CONTACT);
    return QStringLiteral("CareAtlas/%1 (+%2)")
        .arg(QStringLiteral(CAREATLAS_VERSION), contact.isEmpty() ? QStringLiteral("regional care resource map; docs/basemap.md") : contact);
}

} // namespace careatlas::geo
