#pragma once

#include "core/Result.h"
#include "geo/basemap/TileCache.h"
#include "geo/basemap/TileSource.h"

#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace careatlas::geo {

// An offline package (MBTiles 1.3) of a web tile source over an area, made on a machine with
// internet for one on a closed network (LGWAN). Tiles are stored as the server sent them.
struct TilePackageRequest {
    TileSource source;
    QRectF bounds;              // longitude/latitude: west, south, east, north
    int minZoom = 10;
    int maxZoom = 16;
    QString out;                // .mbtiles
    QString name;               // the package's name (metadata); default: the file's base name
    std::shared_ptr<TileCache> cache;   // tiles already cached are not fetched again; null: default
};

struct TilePackageReport {
    int tiles = 0;              // tiles in the area and zoom range
    int written = 0;
    int failed = 0;             // not available from the server (none there, errors)
    qint64 bytes = 0;
};

// The largest package made in one go: a city at zoom 10–17 is ~20,000 tiles.
inline constexpr int MaxPackageTiles = 60000;

// How many tiles the area holds over the zoom range.
qint64 countPackageTiles(const QRectF &bounds, int minZoom, int maxZoom);

// Fetches the tiles (a few at a time, through the disk cache) and writes the package through
// a temporary file renamed when complete. Refuses sources whose usage policy forbids bulk
// download (OpenStreetMap's tile servers) with NotPermitted, packages larger than
// MaxPackageTiles with InvalidArgument, packages as a source with InvalidArgument.
// `progress(done, total)` returns false to cancel (Cancelled).
Result<TilePackageReport> writeTilePackage(const TilePackageRequest &request,
                                           const std::function<bool(int done, int total)> &progress = {});

} // namespace careatlas::geo
