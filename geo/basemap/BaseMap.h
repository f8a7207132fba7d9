#pragma once

#include "core/Result.h"
#include "geo/basemap/TileCache.h"
#include "geo/basemap/TileSource.h"
#include "geo/render/MapProjection.h"
#include "geo/render/MapViewport.h"

#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace careatlas::geo {

class TileFetcher;

// A base map (背景地図) under the areas and resources: tiles from a web service (through a
// TileFetcher and the disk cache) or an offline package, reprojected into the map's projection
// by GDAL's warper. Shared by render jobs (thread-safe). Signals come from the fetcher's
// thread; connect with queued connections.
class BaseMap : public QObject
{
    Q_OBJECT
public:
    struct Options {
        bool offline = false;                 // no network: the disk cache and packages only
        std::shared_ptr<TileCache> cache;     // null: the default cache folder
    };
    // Errors: a package that cannot be opened.
    static Result<std::shared_ptr<BaseMap>> open(const TileSource &source, const Options &options);
    // From a preset id, a tile URL or a package path (TileSource::parse); a non-empty
    // `attribution` replaces the credit line of a custom URL.
    static Result<std::shared_ptr<BaseMap>> open(const QString &source, const Options &options, const QString &attribution = {});
    ~BaseMap() override;

    const TileSource &source() const;
    bool isOffline() const;
    std::shared_ptr<TileCache> cache() const;
    // The credit line to draw on every map showing the tiles.
    QString attribution() const;

    struct Frame {
        QImage image;          // device pixels of the viewport, transparent where there are no tiles
        int zoom = 0;
        int tiles = 0;         // tiles the frame needs
        int missing = 0;       // of those, drawn from a coarser tile or not at all
    };
    // The base map under `viewport` (its device pixel ratio sets the resolution and the zoom).
    // Without a wait, draws the tiles at hand (memory, disk cache, package; a coarser tile
    // scaled up where one is missing) and asks for the others, which arrive later (tilesArrived).
    // With a wait (exports), fetches first, for at most that long.
    Frame render(const MapViewport &viewport, const MapProjection &projection, const std::atomic_bool *cancel = nullptr,
                 int waitMilliseconds = 0) const;

    // The longitude/latitude rectangle (west, south, east, north) around a rectangle of map
    // metres: its outline sampled, since map → geographic bends straight lines.
    static QRectF footprint(const MapProjection &projection, const QRectF &mapRect);

    // Why tiles are missing (the server cannot be reached, offline with nothing cached), or empty.
    QString notice() const;
    // Bumped whenever a tile arrives: a frame drawn before is out of date.
    quint64 generation() const { return m_generation.load(); }
    // The fetcher's counters (zero for packages and offline).
    int requested() const;
    int aborted() const;

Q_SIGNALS:
    void tilesArrived();
    void noticeChanged(const QString &notice);

private:
    BaseMap();
    struct Private;
    std::unique_ptr<Private> d;
    std::atomic<quint64> m_generation{0};
};

} // namespace careatlas::geo
