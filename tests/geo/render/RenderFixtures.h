#pragma once

// Scenes for the renderer's tests: a small city at Kanazawa, built in memory.

#include "geo/render/MapScene.h"

#include <QByteArray>

namespace careatlas::test {

// ISO WKB of a lon/lat rectangle as a MultiPolygon.
QByteArray rectangleWkb(double minLon, double minLat, double maxLon, double maxLat);
// A located resource with a name made from its id.
Resource resourceAt(qint64 id, const QString &category, double lon, double lat);
// A city (テスト市) of two school districts (西, 東) and two resources: a hospital in the west, a
// dementia café in the east.
geo::MapSceneInput twoDistrictCity();

} // namespace careatlas::test
