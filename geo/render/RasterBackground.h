#pragma once

#include "core/Result.h"
#include "geo/render/MapProjection.h"
#include "geo/render/MapViewport.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <atomic>
#include <memory>

namespace careatlas::geo {

// An optional background map from a local raster file GDAL reads (GeoTIFF, MBTiles, any
// georeferenced raster of bytes: grey, paletted, RGB or RGBA), for offline use. Each frame
// reads only the viewport's window from a warped VRT in the map's projection (GDAL picks
// overviews), resampled bilinearly to the frame's device pixels. Shared by render jobs: reads
// are serialised on one dataset.
class RasterBackground
{
public:
    // Opens and checks the file: it must be a raster with a georeference GDAL can reproject.
    static Result<std::shared_ptr<const RasterBackground>> open(const QString &path);
    ~RasterBackground();

    QString path() const;
    // The raster's footprint in longitude/latitude (west, south, east, north), for "zoom to".
    QRectF geographicBounds() const;

    // The part of the raster under `viewport`, in the viewport's device pixels (transparent
    // where the raster has no data), or a null image when the raster does not reach the view,
    // the read fails or `cancel` is set.
    QImage render(const MapViewport &viewport, const MapProjection &projection, const std::atomic_bool *cancel = nullptr) const;

private:
    RasterBackground();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace careatlas::geo
