#pragma once

#include "core/query/ResourceFilter.h"
#include "core/query/ResourceSnapshot.h"

#include <QSet>

#include <functional>
#include <vector>

namespace careatlas {

// Geodesic distance in metres between two latitude/longitude points. Core has no geodesy of
// its own: geo/ passes Qt Positioning's (geo/query/Geodesic.h).
using DistanceFunction = std::function<double(double lat1, double lon1, double lat2, double lon2)>;

// What a filter lets through, and the counts the panels show beside each choice.
struct FilterResult {
    std::vector<bool> matches;                  // per resource of the snapshot
    std::vector<int> rows;                      // matching resources: nearest first with a centre, else by kana/name
    std::vector<double> distance;               // per resource, metres; NaN without a centre or location
    int matched = 0;
    // Counts with every part of the filter except the one the count is for, so that each
    // choice shows what choosing it would give:
    std::vector<int> perCategory;               // ignoring the category part
    std::vector<int> perFlag;                   // resources with that flag, ignoring the flag part
    std::vector<std::vector<int>> perArea;      // per level, per area, ignoring the area part
    int withoutLocation = 0;                    // among the matches
};

// Evaluates a filter over a snapshot in memory. `textMatches`: the ids the store's full-text
// search returned for filter.text (Store::searchResources), or null when the text is empty.
// `distance` is needed when the filter has a centre.
FilterResult evaluateFilter(const ResourceSnapshot &snapshot, const ResourceFilter &filter, const QSet<qint64> *textMatches,
                            const DistanceFunction &distance = {});

// Resources per area of one level and category, rolled up to the levels above (each parent's
// count is the sum of its children's), areas without a category listed with zero.
struct AreaCountTable {
    struct Row {
        QString levelCode;
        QString areaCode;
        QString areaName;
        QString parentCode;
        std::vector<int> perCategory;           // index = snapshot category
        int total = 0;
    };
    QList<Row> rows;                            // the level first, then each level above
};
AreaCountTable countByArea(const ResourceSnapshot &snapshot, const FilterResult &result, int levelIndex);
// The table from the counts of the chosen level (per area of that level, per category),
// rolled up to the levels above: countByArea's second half, shared with the store's own
// count (core/query/SqlFilter.h).
AreaCountTable rollUpAreaCounts(const ResourceSnapshot &snapshot, int levelIndex, std::vector<std::vector<int>> levelCounts);

} // namespace careatlas
