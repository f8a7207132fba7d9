#include "geo/basemap/BaseMap.h"

#include "geo/GdalSupport.h"
#include "geo/basemap/TileFetcher.h"

#include <QCache>
#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QLineF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <functional>
#include <mutex>

namespace careatlas::geo {

namespace {

constexpr int MaxTilesPerFrame = 320;      // an A3 page at 3× stays under it
constexpr int OverZoomLevels = 6;          // how far up a missing tile looks for a coarser one
constexpr int MemoryCacheKilobytes = 96 * 1024;

} // namespace

struct BaseMap::Private {
    TileSource source;
    Options options;
    std::shared_ptr<TileCache> cache;
    std::unique_ptr<TileFetcher> fetcher;
    mutable std::mutex memoryMutex;
    mutable QCache<TileKey, QImage> memory{MemoryCacheKilobytes};
    mutable std::mutex packageMutex;
    GDALDatasetUniquePtr package;
    mutable std::mutex noticeMutex;
    mutable QString offlineNotice;

    QImage fromMemory(const TileKey &key) const
    {
        std::lock_guard lock(memoryMutex);
        const QImage *image = memory.object(key);
        return image ? *image : QImage();
    }
    void remember(const TileKey &key, const QImage &image) const
    {
        std::lock_guard lock(memoryMutex);
        memory.insert(key, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    }
    // The tile from memory, the disk cache or the package; `stale` when the cached copy is old.
    QImage tile(const TileKey &key, bool *stale) const
    {
        if (stale)
            *stale = false;
        QImage image = fromMemory(key);
        if (!image.isNull())
            return image;
        if (source.kind == TileSource::Kind::Package) {
            image = readPackageTile(key);
        } else if (auto entry = cache->read(source.cacheKey(), key)) {
            image = QImage::fromData(entry->data).convertToFormat(QImage::Format_ARGB32_Premultiplied);
            if (stale)
                *stale = !entry->fresh;
        }
        if (!image.isNull() && (!stale || !*stale))
            remember(key, image);
        return image;
    }
    QImage readPackageTile(const TileKey &key) const;
};

QImage BaseMap::Private::readPackageTile(const TileKey &key) const
{
    std::lock_guard lock(packageMutex);
    GDALDataset &ds = *package;
    double gt[6];
    if (ds.GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0)
        return {};
    const QRectF b = tiles::mercatorBounds(key);
    const int size = tiles::TileSize;
    // The tile in the package's full-resolution pixels.
    const double px0 = (b.left() - gt[0]) / gt[1], px1 = (b.right() - gt[0]) / gt[1];
    const double py0 = (b.bottom() - gt[3]) / gt[5], py1 = (b.top() - gt[3]) / gt[5];
    const double sx = (px1 - px0) / size, sy = (py1 - py0) / size;
    const int w = ds.GetRasterXSize(), h = ds.GetRasterYSize();
    const int i0 = std::max(0, int(std::ceil(-px0 / sx - 1e-6))), i1 = std::min(size, int(std::floor((w - px0) / sx + 1e-6)));
    const int j0 = std::max(0, int(std::ceil(-py0 / sy - 1e-6))), j1 = std::min(size, int(std::floor((h - py0) / sy + 1e-6)));
    if (i1 <= i0 || j1 <= j0)
        return {};
    QImage image(size, size, QImage::Format_RGBA8888);
    image.fill(Qt::transparent);
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_Bilinear;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = px0 + i0 * sx;
    extra.dfYOff = py0 + j0 * sy;
    extra.dfXSize = (i1 - i0) * sx;
    extra.dfYSize = (j1 - j0) * sy;
    const int bands = ds.GetRasterCount();
    int bandMap[4] = {1, 1, 1, 1};
    int count = 3;
    if (bands >= 3) {
        bandMap[1] = 2;
        bandMap[2] = 3;
    }
    if (bands == 4 || bands == 2) {
        bandMap[3] = bands;
        count = 4;
    }
    const int nx0 = int(std::floor(extra.dfXOff)), ny0 = int(std::floor(extra.dfYOff));
    const int nx1 = std::min(w, int(std::ceil(extra.dfXOff + extra.dfXSize))), ny1 = std::min(h, int(std::ceil(extra.dfYOff + extra.dfYSize)));
    uchar *origin = image.bits() + qsizetype(j0) * image.bytesPerLine() + i0 * 4;
    if (count == 3)
        for (int y = j0; y < j1; ++y)
            for (int x = i0; x < i1; ++x)
                image.bits()[qsizetype(y) * image.bytesPerLine() + 4 * x + 3] = 255;
    GdalErrorCollector errors;
    if (ds.RasterIO(GF_Read, nx0, ny0, nx1 - nx0, ny1 - ny0, origin, i1 - i0, j1 - j0, GDT_Byte, count, bandMap, 4, image.bytesPerLine(), 1, &extra) != CE_None)
        return {};
    return std::move(image).convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

BaseMap::BaseMap() : d(std::make_unique<Private>()) {}

BaseMap::~BaseMap()
{
    d->fetcher.reset();
}

Result<std::shared_ptr<BaseMap>> BaseMap::open(const TileSource &source, const Options &options)
{
    std::shared_ptr<BaseMap> map(new BaseMap);
    map->d->source = source;
    map->d->options = options;
    map->d->cache = options.cache ? options.cache : std::make_shared<TileCache>(TileCache::defaultDirectory());
    if (source.kind == TileSource::Kind::Package) {
        ensureGdalRegistered();
        GdalErrorCollector errors;
        GDALDatasetUniquePtr ds(GDALDataset::Open(source.packagePath.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
        if (!ds || ds->GetRasterCount() < 1)
            return Error(ErrorCode::FileUnreadable, errors.lastError()).inFile(source.packagePath);
        OGRSpatialReference mercator;
        mercator.importFromEPSG(3857);
        if (!ds->GetSpatialRef() || !ds->GetSpatialRef()->IsSame(&mercator))
            return Error(ErrorCode::InvalidCrs, QStringLiteral("a tile package must be in Web Mercator (EPSG:3857); open other rasters as a background map"))
                .inFile(source.packagePath);
        map->d->package = std::move(ds);
    } else if (!options.offline) {
        map->d->fetcher = std::make_unique<TileFetcher>(source, map->d->cache);
        BaseMap *self = map.get();
        connect(map->d->fetcher.get(), &TileFetcher::tileArrived, self, [self] {
            ++self->m_generation;
            Q_EMIT self->tilesArrived();
        }, Qt::DirectConnection);
        connect(map->d->fetcher.get(), &TileFetcher::problemChanged, self, [self] { Q_EMIT self->noticeChanged(self->notice()); }, Qt::DirectConnection);
    }
    return map;
}

Result<std::shared_ptr<BaseMap>> BaseMap::open(const QString &text, const Options &options, const QString &attribution)
{
    auto source = TileSource::parse(text);
    if (!source)
        return source.error();
    if (!attribution.isEmpty() && source->id == QLatin1String("custom"))
        source->attribution = attribution;
    return open(*source, options);
}

const TileSource &BaseMap::source() const { return d->source; }
bool BaseMap::isOffline() const { return d->options.offline; }
std::shared_ptr<TileCache> BaseMap::cache() const { return d->cache; }
QString BaseMap::attribution() const { return d->source.attribution; }
int BaseMap::requested() const { return d->fetcher ? d->fetcher->stats().requested : 0; }
int BaseMap::aborted() const { return d->fetcher ? d->fetcher->stats().aborted : 0; }

QString BaseMap::notice() const
{
    if (d->fetcher) {
        const QString problem = d->fetcher->problem();
        if (!problem.isEmpty())
            return QCoreApplication::translate("BaseMap", "Base map server not reachable (%1): showing the tiles at hand.").arg(problem);
        return {};
    }
    std::lock_guard lock(d->noticeMutex);
    return d->offlineNotice;
}

QRectF BaseMap::footprint(const MapProjection &projection, const QRectF &map)
{
    double west = 1e9, east = -1e9, south = 1e9, north = -1e9;
    for (int i = 0; i <= 8; ++i) {
        const double t = i / 8.0;
        for (const QPointF &p : {QPointF(map.left() + t * map.width(), map.top()), QPointF(map.left() + t * map.width(), map.bottom()),
                                 QPointF(map.left(), map.top() + t * map.height()), QPointF(map.right(), map.top() + t * map.height())}) {
            const QPointF g = projection.inverse(p);
            west = std::min(west, g.x());
            east = std::max(east, g.x());
            south = std::min(south, g.y());
            north = std::max(north, g.y());
        }
    }
    return west < east && south < north ? QRectF(QPointF(west, south), QPointF(east, north)) : QRectF();
}

BaseMap::Frame BaseMap::render(const MapViewport &viewport, const MapProjection &projection, const std::atomic_bool *cancel, int waitMilliseconds) const
{
    Frame frame;
    if (!viewport.isValid())
        return frame;
    const double dpr = viewport.devicePixelRatio();
    const int width = int(std::ceil(viewport.size().width() * dpr)), height = int(std::ceil(viewport.size().height() * dpr));
    const double step = viewport.metresPerPixel() / dpr;   // map metres per device pixel
    const QRectF visible = viewport.visibleMapRect();
    const QRectF bounds = footprint(projection, visible);
    if (!(bounds.width() > 0 && bounds.height() > 0))
        return frame;
    const double south = bounds.top(), north = bounds.bottom();
    const double latitude = (south + north) / 2;
    int z = std::clamp(tiles::zoomFor(step, latitude), d->source.minZoom, d->source.maxZoom);
    QList<TileKey> keys = tiles::tilesCovering(bounds, z);
    while (keys.size() > MaxTilesPerFrame && z > d->source.minZoom)
        keys = tiles::tilesCovering(bounds, --z);
    frame.zoom = z;
    frame.tiles = int(keys.size());

    // The tiles at hand; the others (and stale ones) asked for.
    const bool network = d->fetcher != nullptr;
    QHash<TileKey, QImage> have;
    QList<TileKey> fetch;
    for (const TileKey &key : std::as_const(keys)) {
        bool stale = false;
        const QImage image = d->tile(key, &stale);
        if (!image.isNull())
            have.insert(key, image);
        if (network && (image.isNull() || stale) && !d->fetcher->recentlyFailed(key))
            fetch.push_back(key);
    }
    if (network) {
        if (waitMilliseconds > 0 && !fetch.isEmpty()) {
            const int client = d->fetcher->newClient();
            d->fetcher->want(client, fetch);
            d->fetcher->waitFor(client, std::chrono::milliseconds(waitMilliseconds), cancel);
            for (const TileKey &key : std::as_const(fetch)) {
                const QImage image = d->tile(key, nullptr);
                if (!image.isNull())
                    have.insert(key, image);
            }
        } else if (waitMilliseconds <= 0) {
            d->fetcher->want(TileFetcher::ScreenClient, fetch);   // also cancels the last view's requests
        }
    }
    if (cancel && cancel->load())
        return frame;

    // The mosaic in Web Mercator: a missing tile is drawn from a coarser one (over-zoom).
    int minX = INT_MAX, maxX = INT_MIN, minY = INT_MAX, maxY = INT_MIN;
    for (const TileKey &key : std::as_const(keys)) {
        minX = std::min(minX, key.x);
        maxX = std::max(maxX, key.x);
        minY = std::min(minY, key.y);
        maxY = std::max(maxY, key.y);
    }
    const int size = tiles::TileSize;
    QImage mosaic((maxX - minX + 1) * size, (maxY - minY + 1) * size, QImage::Format_ARGB32_Premultiplied);
    mosaic.fill(Qt::transparent);
    {
        QPainter painter(&mosaic);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        for (const TileKey &key : std::as_const(keys)) {
            const QRect target((key.x - minX) * size, (key.y - minY) * size, size, size);
            const auto it = have.constFind(key);
            if (it != have.constEnd()) {
                painter.drawImage(target, it.value());
                continue;
            }
            ++frame.missing;
            if (d->source.kind == TileSource::Kind::Package)
                continue;
            for (int up = 1; up <= OverZoomLevels && key.z - up >= 0; ++up) {
                const TileKey parent = key.ancestor(up);
                const QImage image = d->tile(parent, nullptr);
                if (image.isNull())
                    continue;
                const double part = double(image.width()) / (1 << up);
                painter.drawImage(QRectF(target), image, QRectF((key.x - (parent.x << up)) * part, (key.y - (parent.y << up)) * part, part, part));
                break;
            }
        }
    }
    if (!network) {
        std::lock_guard lock(d->noticeMutex);
        d->offlineNotice = d->options.offline && frame.missing > 0 && d->source.kind != TileSource::Kind::Package
                               ? QCoreApplication::translate("BaseMap", "Offline: %n base map tile(s) of this view are not in the cache.", nullptr, frame.missing)
                               : QString();
    }
    // Reprojected into the map's projection: the frame is cut into cells in which the exact
    // transformation (PROJ, through MapProjection, then the Web Mercator formulas) is replaced by
    // the affine one through three of the cell's corners, as GDAL's approximate transformer does;
    // a cell whose fourth corner or centre strays more than a fifth of a pixel is split. Each cell
    // draws the mosaic through its affine transformation, bilinear, clipped to the cell.
    QImage out(width, height, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    const QRectF first = tiles::mercatorBounds({z, minX, minY});
    const double mosaicStep = first.width() / size;   // Web Mercator metres per mosaic pixel
    const double top = visible.top() + visible.height();   // map y points north
    // A device pixel position → mosaic pixel position, exactly.
    auto exact = [&](double px, double py) {
        const QPointF g = projection.inverse(QPointF(visible.left() + px * step, top - py * step));
        const QPointF m = tiles::mercatorOf(g.x(), g.y());
        return QPointF((m.x() - first.left()) / mosaicStep, (first.bottom() - m.y()) / mosaicStep);
    };
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    std::function<void(const QRect &)> drawCell = [&](const QRect &cell) {
        const double x0 = cell.left(), y0 = cell.top(), x1 = cell.left() + cell.width(), y1 = cell.top() + cell.height();
        const QPointF a = exact(x0, y0), b = exact(x1, y0), c = exact(x0, y1);
        const QPointF ex = (b - a) / (x1 - x0), ey = (c - a) / (y1 - y0);   // mosaic pixels per device pixel
        auto affine = [&](double px, double py) { return a + ex * (px - x0) + ey * (py - y0); };
        const double tolerance = 0.2 * std::max(1.0, std::hypot(ex.x(), ex.y()));
        const QPointF d = exact(x1, y1), m = exact((x0 + x1) / 2, (y0 + y1) / 2);
        const bool straight = QLineF(affine(x1, y1), d).length() <= tolerance && QLineF(affine((x0 + x1) / 2, (y0 + y1) / 2), m).length() <= tolerance;
        if (!straight && cell.width() > 16 && cell.height() > 16) {
            const int w = cell.width() / 2, h = cell.height() / 2;
            drawCell(QRect(cell.left(), cell.top(), w, h));
            drawCell(QRect(cell.left() + w, cell.top(), cell.width() - w, h));
            drawCell(QRect(cell.left(), cell.top() + h, w, cell.height() - h));
            drawCell(QRect(cell.left() + w, cell.top() + h, cell.width() - w, cell.height() - h));
            return;
        }
        // Device → mosaic is (ex, ey, a - ex·x0 - ey·y0); the painter needs its inverse.
        const QTransform deviceToMosaic(ex.x(), ex.y(), ey.x(), ey.y(), a.x() - ex.x() * x0 - ey.x() * y0, a.y() - ex.y() * x0 - ey.y() * y0);
        bool invertible = false;
        const QTransform mosaicToDevice = deviceToMosaic.inverted(&invertible);
        if (!invertible)
            return;
        painter.setClipRect(cell);
        painter.setTransform(mosaicToDevice);
        painter.drawImage(QPointF(0, 0), mosaic);
        painter.resetTransform();
    };
    constexpr int Cell = 128;
    for (int y = 0; y < height && !(cancel && cancel->load()); y += Cell)
        for (int x = 0; x < width; x += Cell)
            drawCell(QRect(x, y, std::min(Cell, width - x), std::min(Cell, height - y)));
    painter.end();
    if (cancel && cancel->load())
        return frame;
    frame.image = std::move(out);
    frame.image.setDevicePixelRatio(dpr);
    return frame;
}

} // namespace careatlas::geo
