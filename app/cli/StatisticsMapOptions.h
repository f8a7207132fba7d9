#pragma once

// The statistics options of `render` and `export` (maps and atlases), the Statistics panel's
// Map, Colours and Within choices (geo/query/StatisticsMap.h):
//   --choropleth count|per1000_65|per1000_75|capacity_per1000_65  --choropleth-level LEVEL
//   --classes quantile|equal-interval|natural-breaks  --palette ylgnbu|orrd|viridis|greys
//   --coverage-km KM (the uncovered parts as a layer)
// The filter's features, text and distance count; its categories are the rated ones.

#include "core/Result.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/query/StatisticsMap.h"

class QCommandLineParser;

namespace careatlas::cli {

void addStatisticsMapOptions(QCommandLineParser &parser);

// The request the options describe; the level checked against the store's (default: the
// daily-life areas, else the finest level with areas). A usage problem is an InvalidArgument
// error whose detail says what is wrong.
Result<geo::StatisticsMapRequest> readStatisticsMapRequest(const QCommandLineParser &parser, const ResourceSnapshot &snapshot);

} // namespace careatlas::cli
