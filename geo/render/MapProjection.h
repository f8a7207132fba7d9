#pragma once

#include "core/Result.h"

#include <QPointF>

#include <memory>
#include <vector>

namespace careatlas::geo {

// The map's projected CRS: the UTM zone (JGD2011 in Japan, WGS 84 elsewhere) of the data's
// centre, so that map units are metres and the map is conformal (not stretched at 36° N as
// plain longitude/latitude would be). Reprojection is PROJ's, through OGR. Copies share one
// transformation pair, guarded for use from several threads.
class MapProjection
{
public:
    static Result<MapProjection> forLocation(double longitude, double latitude);

    int epsg() const;
    // Geographic (EPSG:6668 / 4326, longitude first) → map metres. In place; false on failure.
    bool forward(std::vector<double> &x, std::vector<double> &y) const;
    QPointF forward(double longitude, double latitude) const;
    // Map metres → longitude/latitude.
    QPointF inverse(const QPointF &map) const;

private:
    struct Private;
    std::shared_ptr<Private> d;
};

} // namespace careatlas::geo
