#pragma once

#include "core/Resource.h"
#include "core/Result.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/render/MapScene.h"

#include <QHash>
#include <QString>

namespace careatlas {
class Store;
}

namespace careatlas::geo {

// One change to one resource, as an edit in the window makes it.
struct ResourceChange {
    enum class Kind { Add, Update, Delete };
    Kind kind = Kind::Update;
    Resource resource;   // Add, Update: the record as it is to be (Update: by resource.id)
    qint64 id = 0;       // Delete
    // Update, Delete: the row as the editor read it (its version decides whether someone else
    // changed it since). Empty: the snapshot's row.
    std::optional<Resource> base;
};

// What a change left: the resource's id (new for an add), and the scene and snapshot with the
// change applied (everything else shared with the ones given).
struct AppliedChange {
    qint64 id = 0;
    MapScenePointer scene;
    ResourceSnapshotPointer snapshot;
};

// The areas a point lies in at every level of the store (level code → area code), found
// through each layer's R*Tree and an exact point-in-polygon test with the rules of
// reassignResources (a point on a shared border goes to the lowest code).
Result<QHash<QString, QString>> areasOfPoint(Store &store, double longitude, double latitude);

// Writes one change in one transaction together with that one resource's areas (no other
// resource is assigned again), then patches `scene` and `snapshot` instead of reading the
// store again. An update writes only the fields changed since the row the editor read, and
// only on that version (Store::saveResourceChanges): another change of other fields merges, a
// change of the same field is ErrorCode::EditConflict with both sides; a delete of a row changed
// meanwhile too. Runs off the UI thread; the window swaps in the result.
Result<AppliedChange> applyResourceChange(const QString &storePath, const ResourceChange &change, const MapScenePointer &scene,
                                          const ResourceSnapshotPointer &snapshot);

} // namespace careatlas::geo
