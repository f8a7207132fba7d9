#pragma once

#include "core/query/Classification.h"

#include <QColor>
#include <QHash>
#include <QPainterPath>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace careatlas::geo {

class RasterBackground;
class BaseMap;

// How one area level is drawn.
struct LevelStyle {
    bool visible = true;
    QColor outline;
    double outlineWidth = 1.0;        // logical pixels
    Qt::PenStyle outlineStyle = Qt::SolidLine;
    bool fill = false;                // a pale tint per area (by the area's parent at the level above)
    bool labels = true;
    double labelPointSize = 10.0;     // logical pixels
    bool labelBold = false;
    bool operator==(const LevelStyle &) const = default;
};

// The default style of the level at `rank` (0 = city) when there are `levelCount` levels.
LevelStyle defaultLevelStyle(int rank, int levelCount);

// A choropleth of one area level (docs/statistics.md): each area with a value filled with the
// colour of its class, areas whose value is 0 hatched ("none"), areas without a value left as
// they are; a legend with the class limits on the frame.
struct Choropleth {
    QString levelCode;
    QHash<QString, double> values;                    // by area code
    ClassBreaks breaks;
    std::vector<QColor> colors;                       // per class (sequentialPalette)
    QString title;                                    // the legend's: what is counted, per what
    QString noneLabel;                                // the hatched areas' legend text
    int decimals = 0;                                 // of the class limits
};

// The parts of the areas beyond a distance of every resource of the filter (distance coverage,
// docs/statistics.md), in the scene's map metres: drawn grey and hatched over the areas, with a
// legend line.
struct CoverageGaps {
    QPainterPath path;
    QString label;                                    // the legend's, e.g. "More than 2 km from 訪問看護"
};

// A colour-blind-safe sequential palette (ColorBrewer YlGnBu) of 1 to 7 classes, light to dark;
// the other palettes: geo/query/StatisticsMap.h.
std::vector<QColor> sequentialPalette(int classes);

// Everything about a frame other than the scene and the viewport.
struct RenderSettings {
    QString language = QStringLiteral("ja");
    QHash<QString, LevelStyle> levelStyles;           // by level code; missing → default by rank
    // The draw order of the levels as a layer panel shows it: the first is drawn on top (its
    // outlines last, its labels first). Level codes; levels not listed follow by rank. Empty:
    // coarser levels on top.
    QStringList levelOrder;
    // A raster drawn under the areas (GeoTIFF, MBTiles…); null: none.
    std::shared_ptr<const RasterBackground> background;
    // Web or packaged tiles drawn under the areas (and under `background`); null: none. Its
    // credit line is drawn on every frame.
    std::shared_ptr<const BaseMap> baseMap;
    double baseMapOpacity = 1.0;                      // of the base map and the background raster
    bool baseMapGreyscale = false;                    // grey tiles, for printing in black and white
    // Exports wait for the base map's tiles (at most this long); 0: draw the tiles at hand (screen).
    int baseMapWaitMilliseconds = 0;
    bool showResources = true;
    bool clusters = true;                             // aggregate crowded points into counts
    bool resourceLabels = true;                       // names beside symbols at street zoom
    bool legend = false;
    bool scaleBar = true;
    bool northArrow = true;
    bool datasetLabel = true;
    double symbolSize = 11.0;                         // logical pixels
    // Which resources the filter lets through (index = scene resource index); null: all.
    std::shared_ptr<const std::vector<bool>> resourceMask;
    QSet<qint64> selection;                           // resource ids drawn highlighted
    // The filter's centre and radius (a client's home), drawn as a circle; radius 0: none.
    double centreLongitude = 0;
    double centreLatitude = 0;
    double radiusMetres = 0;
    // Areas of one level coloured by a count or rate; null: none.
    std::shared_ptr<const Choropleth> choropleth;
    // Handouts (docs/export.md): a number beside each symbol (resource id → number), matching
    // a numbered list; with numbers there are no clusters and no names beside the symbols.
    std::shared_ptr<const QHash<qint64, int>> resourceNumbers;
    double numberPointSize = 8.0;
    // Symbols in the Okabe–Ito colours by group (colour-blind safe; categories within a group
    // keep their shapes).
    bool colourBlindSafe = false;
    // A level whose every area name in view must be placed: the names that find no room are
    // reported in MapRenderer::Stats::unplacedAreas (a layout lists them beside the map).
    QString namedLevel;
    // Uncovered parts of the areas (distance coverage); null: none.
    std::shared_ptr<const CoverageGaps> coverageGaps;
    // The legends of the choropleth and of the uncovered parts drawn in the frame (bottom left);
    // layouts with a side column draw them there instead (MapRenderer::paintStatisticsLegends).
    bool statisticsLegendsInFrame = true;
};

} // namespace careatlas::geo
