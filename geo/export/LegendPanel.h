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
// `style`: handouts ask for the colour-blind-safe symbol colours and larger print.
struct LegendStyle {
    bool colourBlindSafe = false;
    double pointSize = 8.5;           // the largest tried
    double symbolSize = 10.0;
};
// Returns the height of the frame drawn: as much of `box` as the entries need.
double paintLegendPanel(QPainter &painter, const QRectF &box, const MapScene &scene, const QList<Resource> &resources,
                        const QString &language, const LegendStyle &style = {});

} // namespace careatlas::geo
