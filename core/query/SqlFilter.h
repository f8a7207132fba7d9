#pragma once

// Read only what is asked: a filter answered through the store's indexes (FTS5, the category
// and flag indexes, the stored area assignments) instead of a snapshot of every resource.
// The CLI's `query` and `stats` take this path when the filter allows it (sqlCanFilter) and
// give the same output as the snapshot path (geo::filterStore); tests compare the two.

#include "core/Result.h"
#include "core/query/ResourceFilter.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"

namespace careatlas {

class Store;

// The store's catalogue and area levels, as ResourceSnapshot::load reads them.
struct StoreCatalogue {
    QList<Category> categories;
    QList<CategoryGroup> groups;
    QList<Flag> flags;
    QList<AreaLevel> levels;
};
Result<StoreCatalogue> readStoreCatalogue(Store &store);

// The store's catalogue (categories, groups, flags) and areas (codes, names, parents; no
// outlines) as a snapshot without resources: what reading and checking a filter needs.
// Without `withAreas` the levels are there but hold no areas (a query without an area part
// need not read 20,000 district names).
Result<ResourceSnapshotPointer> loadCatalogueSnapshot(Store &store, bool withAreas = true);

// Whether the store's indexes answer the filter: every part but a centre and radius (those
// need geodesic distances and the nearest-first order of the snapshot path) and "not
// confirmed for N months" (the snapshot's last-confirmed dates).
bool sqlCanFilter(const ResourceFilter &filter);

// The filter evaluated over only the rows the indexes let through. `snapshot` holds those
// rows (and the catalogue and areas of `catalogue`); `result.rows` lists them in the order
// evaluateFilter gives over the full snapshot. The counts beside each choice (perCategory,
// perFlag, perArea) cover only these rows. Requires sqlCanFilter(filter).
struct SqlFiltered {
    ResourceSnapshotPointer snapshot;
    FilterResult result;
};
Result<SqlFiltered> filterWithSql(Store &store, const ResourceSnapshot &catalogue, const ResourceFilter &filter);

// countByArea of the filter's matches, counted by the store (GROUP BY over the stored
// assignments of the level) and rolled up like countByArea. Requires sqlCanFilter(filter).
Result<AreaCountTable> countByAreaWithSql(Store &store, const ResourceSnapshot &catalogue, const ResourceFilter &filter, int levelIndex);

} // namespace careatlas
