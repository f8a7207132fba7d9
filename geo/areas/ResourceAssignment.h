#pragma once

#include "core/Result.h"
#include "geo/areas/JobControl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace careatlas {
class Store;
}

namespace careatlas::geo {

// How the resources of a store fell into the areas of one level.
struct LevelAssignment {
    QString levelCode;
    int areaCount = 0;
    int assigned = 0;          // resources inside an area of the level
    int outside = 0;           // located resources in no area of the level
    int withoutLocation = 0;   // resources with no coordinates
};

// Which area of each level every resource lies in, computed but not yet stored.
struct ResourceAssignments {
    QList<LevelAssignment> levels;
    QList<QList<QPair<qint64, QString>>> pairs;   // per level: (resource id, area code)
};

// Computes the assignments of every resource to its area at each of `levelCodes` (every
// level when empty) with an AreaIndex per level. Reads the store as this connection sees it
// (so inside an open transaction, with its uncommitted areas).
Result<ResourceAssignments> computeResourceAssignments(Store &store, const QStringList &levelCodes = {}, const JobControl &job = {});

// Stores them (Store::replaceResourceAreas per level); joins an open Store::Transaction.
Status writeResourceAssignments(Store &store, const ResourceAssignments &assignments);

// Assigns every resource of the store to its area at each of `levelCodes` (every level when
// empty) with an AreaIndex per level, and stores the result (Store::replaceResourceAreas) in
// one transaction. Call it after areas or resources change; it recomputes from scratch, so
// the result does not depend on what was stored before. Cancelled: nothing changes.
Result<QList<LevelAssignment>> reassignResources(Store &store, const QStringList &levelCodes = {}, const JobControl &job = {});

} // namespace careatlas::geo
