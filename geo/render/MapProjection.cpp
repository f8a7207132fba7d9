#include "geo/render/MapProjection.h"

#include "geo/GdalSupport.h"

#include <ogr_spatialref.h>

#include <QString>

#include <cmath>
#include <mutex>

namespace careatlas::geo {

struct MapProjection::Private {
    int epsg = 0;
    std::mutex mutex;   // OGRCoordinateTransformation objects are not thread-safe
    std::unique_ptr<OGRCoordinateTransformation> toMap;
    std::unique_ptr<OGRCoordinateTransformation> toGeographic;
};

Result<MapProjection> MapProjection::forLocation(double longitude, double latitude)
{
    ensureGdalRegistered();
    const int zone = std::clamp(int(std::floor((longitude + 180.0) / 6.0)) + 1, 1, 60);
    const bool japan = longitude > 122 && longitude < 154 && latitude > 20 && latitude < 46;
    // JGD2011 / UTM zones 51–55 are EPSG:6688–6692; WGS 84 / UTM north 326zz, south 327zz.
    const int epsg = japan ? 6688 + std::clamp(zone, 51, 55) - 51 : (latitude >= 0 ? 32600 : 32700) + zone;
    OGRSpatialReference geographic, projected;
    if (geographic.importFromEPSG(japan ? 6668 : 4326) != OGRERR_NONE || projected.importFromEPSG(epsg) != OGRERR_NONE)
        return Error(ErrorCode::InvalidCrs, QStringLiteral("EPSG:%1").arg(epsg));
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    projected.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    MapProjection projection;
    projection.d = std::make_shared<Private>();
    projection.d->epsg = epsg;
    projection.d->toMap.reset(OGRCreateCoordinateTransformation(&geographic, &projected));
    projection.d->toGeographic.reset(OGRCreateCoordinateTransformation(&projected, &geographic));
    if (!projection.d->toMap || !projection.d->toGeographic)
        return Error(ErrorCode::InvalidCrs, QStringLiteral("no transformation to EPSG:%1").arg(epsg));
    return projection;
}

int MapProjection::epsg() const { return d ? d->epsg : 0; }

bool MapProjection::forward(std::vector<double> &x, std::vector<double> &y) const
{
    if (!d || x.size() != y.size())
        return false;
    if (x.empty())
        return true;
    std::lock_guard lock(d->mutex);
    return d->toMap->Transform(x.size(), x.data(), y.data());
}

QPointF MapProjection::forward(double longitude, double latitude) const
{
    std::vector<double> x{longitude}, y{latitude};
    if (!forward(x, y))
        return {};
    return {x[0], y[0]};
}

QPointF MapProjection::inverse(const QPointF &map) const
{
    if (!d)
        return {};
    double x = map.x(), y = map.y();
    std::lock_guard lock(d->mutex);
    if (!d->toGeographic->Transform(1, &x, &y))
        return {};
    return {x, y};
}

} // namespace careatlas::geo
