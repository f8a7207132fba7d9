#pragma once

#include "core/Area.h"
#include "core/Feedback.h"
#include "core/Result.h"
#include "core/population/PopulationStore.h"
#include "core/query/AreaMatrix.h"
#include "core/query/ResourceQuery.h"

#include <QHash>
#include <QPainterPath>
#include <QPointF>

#include <atomic>
#include <optional>
#include <vector>

namespace careatlas {
class Store;
}

namespace careatlas::geo {

class MapProjection;

// Distance coverage (docs/statistics.md): which part of each area lies within a radius (straight
// line) of at least one resource. Computed by OGR/GEOS in the map's metric projection (UTM of the
// data): the resources' points buffered by the radius (one geometry, the union of the circles,
// 32 segments per quarter circle), intersected with each area, areas measured in square metres.
struct CoverageInput {
    QList<AreaRecord> areas;                  // the areas measured (WKB, EPSG:6668)
    // Areas of a finer level with population: their figures are weighted by the covered share of
    // their surface and added to the area `areaCode` (of `areas`) they belong to.
    struct PopulatedArea {
        QByteArray wkb;
        QString areaCode;
        PopulationFigures people;
    };
    QList<PopulatedArea> populated;
    std::vector<QPointF> points;              // longitude, latitude of the resources
    double radiusMetres = 0;
};

struct CoverageResult {
    QHash<QString, AreaCoverage> byArea;      // by area code
    QPainterPath uncovered;                   // the areas' parts beyond the radius, in the projection's metres
    int unreadable = 0;                       // areas whose geometry could not be read or repaired
};

// Progress (0–100) and cancel through `feedback`: a cancelled computation returns Cancelled.
Result<CoverageResult> computeCoverage(const CoverageInput &input, const MapProjection &projection, const Feedback &feedback = {});

// The coverage of a statistics matrix: its level's areas (read from `store`), the resources of
// `result` in the matrix's rated categories, and — when a level finer than the matrix's has a
// population table — that population, area-weighted. The uncovered parts are in `projection`'s
// metres (a UTM projection of the areas when null). setCoverage(matrix, km, byArea,
// populationLevel) puts the figures into the matrix.
struct MatrixCoverage {
    QHash<QString, AreaCoverage> byArea;
    QString populationLevel;                  // label of the level whose population weighs the shares; empty: none
    QPainterPath uncovered;
};
Result<MatrixCoverage> matrixCoverage(const AreaMatrix &matrix, double km, const ResourceSnapshot &snapshot, const FilterResult &result,
                                      const Store &store, const QHash<QString, PopulationTable> *population,
                                      const MapProjection *projection = nullptr, const Feedback &feedback = {});

} // namespace careatlas::geo
