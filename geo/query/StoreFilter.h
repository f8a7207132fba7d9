#pragma once

#include "core/Result.h"
#include "core/query/ResourceFilter.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"

namespace careatlas {
class Store;
}

namespace careatlas::geo {

// A filter applied to a store: the snapshot it was evaluated over and the result (matches in
// order, distances, counts).
struct FilteredResources {
    ResourceSnapshotPointer snapshot;
    ResourceFilter filter;
    FilterResult result;
};

// Evaluates `filter` over the store the way the window does: in memory over the snapshot
// (read from the store unless given), the text part through the store's full-text index,
// distances geodesic. The one path of `query`, `stats` and every export, from the CLI and the
// window alike.
Result<FilteredResources> filterStore(Store &store, const ResourceFilter &filter, ResourceSnapshotPointer snapshot = nullptr);

} // namespace careatlas::geo
