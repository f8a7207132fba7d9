#include "geo/query/Geodesic.h"

#include <QGeoCoordinate>

namespace careatlas::geo {

double geodesicDistance(double lat1, double lon1, double lat2, double lon2)
{
    return QGeoCoordinate(lat1, lon1).distanceTo(QGeoCoordinate(lat2, lon2));
}

DistanceFunction geodesicDistanceFunction() { return &geodesicDistance; }

} // namespace careatlas::geo
