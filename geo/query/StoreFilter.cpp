#include "geo/query/StoreFilter.h"

#include "core/store/Store.h"
#include "geo/query/Geodesic.h"

namespace careatlas::geo {

Result<FilteredResources> filterStore(Store &store, const ResourceFilter &filter, ResourceSnapshotPointer snapshot)
{
    if (!snapshot) {
        auto loaded = ResourceSnapshot::load(store);
        if (!loaded)
            return loaded.error();
        snapshot = *loaded;
    }
    QSet<qint64> matches;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        auto ids = store.searchResources(text);
        if (!ids)
            return ids.error();
        matches = QSet<qint64>(ids->begin(), ids->end());
    }
    FilteredResources out{snapshot, filter, {}};
    out.result = evaluateFilter(*snapshot, filter, text.isEmpty() ? nullptr : &matches, geodesicDistanceFunction());
    return out;
}

} // namespace careatlas::geo
