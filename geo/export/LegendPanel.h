#pragma once

#include "core/Resource.h"
#include "geo/render/MapScene.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace careatlas::geo {

// The legend of a printed map, beside the map frame rather than over it: the symbol, name and
// count of every category among `resources`, in catalogue order, long names wrapped (never cut),
// shrunk (down to 6 pt) and split into columns to fit `box`. Also names the data sources at the foot when given.
void paintLegendPanel(QPainter &painter, const QRectF &box, const MapScene &scene, const QList<Resource> &resources,
                      const QString &language);

} // namespace careatlas::geo
