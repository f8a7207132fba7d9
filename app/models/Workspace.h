#pragma once

#include "core/Resource.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/export/ExportPipeline.h"
#include "geo/render/MapScene.h"
#include "geo/render/RenderSettings.h"

#include <QObject>
#include <QRectF>
#include <QSet>

#include <optional>

namespace careatlas {

class FilterController;

// The one state of a window (architecture.md, "One state, many views"; Tiled's MapDocument and
// QGIS's layer-owned selection are the models): the open store and what was read of it (the map
// scene and the filter snapshot), the filter and its result (FilterController), the selection,
// the map's view and its render options. The canvas, the resource table, the area tree, the
// details panel and every export observe it; nothing is copied between them by hand.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);

    // The open store and what was read of it. `setData` replaces both (a store opened, reloaded
    // after an import, or changed by an edit); on the same store the filter, the selection (of
    // resources that still exist) and the view stay.
    QString storePath() const { return m_storePath; }
    geo::MapScenePointer scene() const { return m_scene; }
    ResourceSnapshotPointer snapshot() const;
    void setData(const QString &storePath, geo::MapScenePointer scene, ResourceSnapshotPointer snapshot);
    bool hasData() const { return m_scene != nullptr; }
    // A resource as last read, or nullopt.
    std::optional<Resource> resource(qint64 id) const;

    FilterController *filter() const { return m_filter; }

    // The selected resources, by id. The selection is the data's, not a view's: resources the
    // filter hides stay selected until deselected.
    const QSet<qint64> &selection() const { return m_selection; }
    void setSelection(const QSet<qint64> &ids);
    // What a view changed of the part it shows.
    void changeSelection(const QSet<qint64> &selected, const QSet<qint64> &deselected);

    // The part of the map the window shows (map metres), for exports of "the current view".
    QRectF viewExtent() const { return m_viewExtent; }
    void setViewExtent(const QRectF &extent);

    // The map's styles and options (legend, clusters, level styles, background, language).
    const geo::RenderSettings &renderOptions() const { return m_renderOptions; }
    void setRenderOptions(const geo::RenderSettings &options);
    // What the canvas draws: the render options with the filter's mask and centre and the selection.
    geo::RenderSettings canvasSettings() const;

    // An export of what the window shows: the store, the filter, the language, the map's styles
    // and (for map layouts) the current view. The caller sets the format's own options.
    geo::ExportRequest exportRequest(geo::ExportKind kind) const;

Q_SIGNALS:
    void storeChanged();          // another store was opened
    void dataChanged();           // the scene and snapshot were replaced
    void selectionChanged();
    void renderOptionsChanged();  // render options, filter mask, centre or selection: the canvas redraws

private:
    QString m_storePath;
    geo::MapScenePointer m_scene;
    std::vector<qint64> m_sceneIds;
    FilterController *m_filter = nullptr;
    QSet<qint64> m_selection;
    QRectF m_viewExtent;
    geo::RenderSettings m_renderOptions;
};

} // namespace careatlas
