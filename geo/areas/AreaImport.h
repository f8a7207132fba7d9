#pragma once

#include "core/Area.h"
#include "core/Result.h"
#include "geo/areas/AreaHierarchy.h"
#include "geo/areas/AreaLoader.h"
#include "geo/areas/JobControl.h"
#include "geo/areas/ResourceAssignment.h"

namespace careatlas {
class Store;
}

namespace careatlas::geo {

struct AreaImportOptions {
    AreaLoadOptions load;          // layer, fields, encoding, CRS; parentField = parents by attribute
    QString level;                 // a level's code or label (standard: city, welfare_area,
                                   // daily_life_area, school_district), or a new code [a-z][a-z0-9_]*
    QString newLevelLabel;         // label of a new level (default: its code)
    int newLevelRank = -1;         // rank of a new level (default: below every existing level)
    double splitThreshold = 0.95;  // a child with less of its surface in its parent is "split"
    bool allowDropped = false;     // import even when features cannot be read or used (after
                                   // the user has seen them); else such a file is refused
};

struct AreaImportReport {
    AreaLoadReport load;
    AreaLevel level;
    bool levelCreated = false;
    int imported = 0;
    QString parentLevel;                   // code of the level above (empty: none with areas)
    QString parentMethod;                  // "surface", "attribute" or empty
    QList<ParentAssignment> parents;       // one per imported area (when there is a level above)
    QString childLevel;                    // the level below, whose parents were checked
    int childrenReparented = 0;            // children whose parent code no longer existed
    LevelAssignment resources;             // resources of the store in the new areas
};

// Imports one layer of a vector file as the areas of a level, replacing that level's areas:
// loads and repairs them (AreaLoader.h), finds each one's parent in the level above (by
// surface, or by the parent field when given), re-parents the level below where its parent
// codes disappeared, and assigns the store's resources to the new areas. All in one
// transaction: on any error or cancel the store is as it was. A file with features that cannot
// be read or used (AreaLoadReport::dropped) is refused with FeaturesDropped, naming them,
// unless `allowDropped`: a level is never replaced by part of a broken file. The project's resources pick
// the plane-rectangular zone when the file has no CRS.
Result<AreaImportReport> importAreas(Store &store, const QString &path, const AreaImportOptions &options, const JobControl &job = {});

} // namespace careatlas::geo
