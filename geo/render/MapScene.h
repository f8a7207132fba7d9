#pragma once

#include "core/Area.h"
#include "core/Catalogue.h"
#include "core/Resource.h"
#include "core/store/OutlineStore.h"
#include "geo/render/MapProjection.h"
#include "geo/render/MapViewport.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <atomic>
#include <optional>
#include <memory>
#include <vector>

namespace careatlas::geo {

// One area as drawn: its outline projected to map metres.
struct SceneArea {
    QString code;
    QString name;
    QString parentCode;
    QPainterPath path;        // map metres, y up (odd-even fill keeps holes)
    // The outline simplified (Douglas-Peucker, Boost.Geometry) to LodTolerance[k] map metres,
    // for small scales: the renderer draws the coarsest one whose error stays under half a
    // pixel (a 256-vertex district a few pixels wide was stroked vertex by vertex). Rings that
    // vanish at a tolerance are left out of it.
    static constexpr double LodTolerance[2] = {40.0, 400.0};
    QPainterPath simplified[2];
    QRectF bounds;
    QPointF labelPoint;       // inside the polygon (centroid when inside, else a point on surface)
    double surface = 0;       // m²
    int parentIndex = -1;     // index in the level above, or -1
    // Its place among its level's areas in code order (the tint the renderer gives it): the
    // same whether the scene holds the whole level or only the areas of one extent.
    int codeRank = 0;
};

struct SceneAreaLevel {
    AreaLevel level;
    QList<SceneArea> areas;
    QRectF bounds;
};

// One located resource as drawn.
struct SceneResource {
    qint64 id = 0;
    int category = -1;        // index into MapScene::categories
    QPointF position;         // map metres
    double longitude = 0;
    double latitude = 0;
    QString name;
    QString address;
    QString phone;
    // How many resources it stands for: 1, or more for a group read as one (ExtentScene.h: at a
    // scale where crowded resources are drawn as counted clusters, the resources of one category
    // in one cluster cell are read as one count at their mean position; such a group's id is
    // minus the smallest id among them, so that it selects nothing).
    int weight = 1;
};

// What the store holds, ready to draw: immutable once built, shared between the UI thread and
// render jobs (MapScenePointer). Built off the UI thread (StoreScene.h).
class MapScene
{
public:
    MapScene();
    ~MapScene();

    MapProjection projection;
    QList<SceneAreaLevel> levels;             // outermost first
    std::vector<SceneResource> resources;     // located resources only
    int unlocatedCount = 0;                   // resources without coordinates (not drawn)
    QList<Category> categories;
    QList<CategoryGroup> groups;
    QHash<QString, int> categoryIndex;        // code → index
    QHash<qint64, int> resourceIndex;         // id → index into resources
    QString datasetLabelJa;
    QString datasetLabelEn;
    QString sourcePath;
    // A scene of one extent (ExtentScene.h) says what it was read for: the map rectangle, the
    // scale and, when its resources are grouped in cluster cells, the view of those cells. The
    // whole store's scene has none.
    struct ReadFor {
        QRectF mapRect;
        double metresPerPixel = 0;
        std::optional<MapViewport> clusterView;
    };
    std::optional<ReadFor> readFor;

    QRectF extent() const;                    // areas and resources, map metres
    // The located resources the scene stands for (groups counted by their weight).
    qint64 resourceCount() const;
    // Indices of the resources inside a map rectangle (R-tree).
    std::vector<int> resourcesIn(const QRectF &mapRect) const;
    // The resource nearest to a map point within maxDistance (map metres), or -1 (groups, weight > 1, are passed over).
    int nearestResource(const QPointF &map, double maxDistance, const std::vector<bool> *mask = nullptr) const;
    // The area of a level containing a map point, or -1.
    int areaAt(int levelIndex, const QPointF &map) const;

    // Builds the spatial index; called once by the builder after filling the scene.
    void finish();
    // A scene of one extent (ExtentScene.h) reports the store's whole extent, not its own.
    void setExtent(const QRectF &extent) { m_extent = extent; }

    // A copy with one resource added or changed (by id; without a location it is taken off the
    // map), or removed; the areas are shared, the resources' index rebuilt. For an edit, off
    // the UI thread: the scene need not be read from the store again.
    // `wasUnlocated`: the resource existed before, without a location (counted in unlocatedCount).
    std::shared_ptr<const MapScene> withResource(const Resource &resource, bool wasUnlocated = false) const;
    std::shared_ptr<const MapScene> withoutResource(qint64 id, bool hadLocation) const;

private:
    struct Index;
    std::unique_ptr<Index> m_index;
    QRectF m_extent;
};

using MapScenePointer = std::shared_ptr<const MapScene>;

// Everything a scene is built from, without the store (tests, benchmarks, the store loader).
struct MapSceneInput {
    QList<AreaLevel> levels;                          // any order; sorted by rank
    QHash<QString, QList<AreaRecord>> areas;          // level code → areas (EPSG:6668 WKB)
    // level code → the store's simplified outlines by area id (OutlineStore.h): an area that
    // has them is not simplified again; one without them is (tests, a store below version 6).
    QHash<QString, QHash<qint64, AreaOutline>> outlines;
    // level code → area id → place in the level's code order (SceneArea::codeRank); an area
    // not in it takes its place in `areas` (which then holds the whole level, in code order).
    QHash<QString, QHash<qint64, int>> codeRanks;
    // The projection to use (a scene of one extent uses the whole store's); none: chosen from
    // the middle of the input.
    std::optional<MapProjection> projection;
    QList<Resource> resources;
    // Resources as drawn, read without their full records (ExtentScene.h): id, category code
    // (in `categoryCodes`, by index) and longitude/latitude; projected and added after `resources`.
    struct PointInput {
        qint64 id = 0;
        int categoryCode = -1;   // index into categoryCodes
        double longitude = 0;
        double latitude = 0;
        QString name;
        QString address;
        QString phone;
        int weight = 1;          // SceneResource::weight
    };
    std::vector<PointInput> points;
    QStringList categoryCodes;
    QList<Category> categories;
    QList<CategoryGroup> groups;
    QString datasetLabelJa;
    QString datasetLabelEn;
    QString sourcePath;
};

// Projects and indexes the input. `cancel` is polled; a cancelled build returns Cancelled.
Result<MapScenePointer> buildScene(const MapSceneInput &input, const std::atomic_bool *cancel = nullptr);

} // namespace careatlas::geo
