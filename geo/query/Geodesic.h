#pragma once

#include "core/query/ResourceQuery.h"

namespace careatlas::geo {

// Geodesic distance in metres on the WGS 84 ellipsoid (Qt Positioning's QGeoCoordinate);
// JGD2011 and WGS 84 coincide at this precision.
double geodesicDistance(double lat1, double lon1, double lat2, double lon2);

// The same as a DistanceFunction for evaluateFilter().
DistanceFunction geodesicDistanceFunction();

} // namespace careatlas::geo
