#pragma once

#include "geo/render/MapRenderer.h"
#include "geo/render/MapScene.h"
#include "geo/render/MapViewport.h"
#include "geo/render/RenderSettings.h"

#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QImage>
#include <QList>
#include <QTimer>
#include <QSet>
#include <QWidget>

class QRubberBand;

#include <atomic>
#include <memory>

namespace careatlas::geo {
class LayerCache;
}

namespace careatlas {

class Workspace;

// The map widget, as QGIS's canvas: render jobs run off the UI thread (a newer view cancels
// the older job), the last finished image is moved and scaled at once while the user pans or
// zooms, and replaced when the new frame is ready. Navigation: drag to pan, wheel or pinch to
// zoom around the cursor, keys (+ - arrows Home), back/forward through previous views.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // What a left click does: pan and pick (default), measure a distance (each click adds a
    // point; right-click or double-click ends the line, Esc ends the tool), or draw a radius
    // circle (a click sets the centre, the next fixes the radius).
    enum class Tool { Pan, MeasureDistance, RadiusCircle };
    Q_ENUM(Tool)
    Tool tool() const { return m_tool; }
    // The resource drawn at a point of the widget (the one a click would pick), or 0.
    qint64 resourceIdAt(const QPoint &position) const;
    void setTool(Tool tool);
    // The measured line (geodesic, through Qt Positioning) and its length in metres, the live
    // segment to the cursor included while measuring.
    QList<QGeoCoordinate> measurePoints() const { return m_measurePoints; }
    double measuredMetres() const;
    // The radius circle: its centre and radius in metres (0: none).
    QGeoCoordinate radiusCentre() const { return m_radiusCentre; }
    double radiusMetres() const;
    // "1.25 km", "830 m".
    static QString formatDistance(double metres);

    // The render cache shared by the jobs (per-layer caching; see geo/render/LayerCache.h).
    std::shared_ptr<geo::LayerCache> layerCache() const { return m_layerCache; }

    // Follows a workspace: its scene, what it asks to draw (canvasSettings) and, the other way,
    // the view it shows (Workspace::viewExtent).
    void setWorkspace(Workspace *workspace);

    // A new scene. `sameData`: a reload of the data shown (after an import or an edit): the
    // view and its back/forward history stay.
    void setScene(geo::MapScenePointer scene, bool sameData = false);
    // The first frame's scene of a store being opened (read by extent): drawn, but the canvas
    // has no scene yet for exports, tools and the window (hasScene) until setScene.
    void setFirstFrameScene(geo::MapScenePointer scene);
    geo::MapScenePointer scene() const { return m_scene; }
    bool hasScene() const { return m_scene != nullptr && !m_firstFrameOnly; }

    void setRenderSettings(const geo::RenderSettings &settings);
    const geo::RenderSettings &renderSettings() const { return m_settings; }

    geo::MapViewport viewport() const { return m_viewport; }
    void setViewport(const geo::MapViewport &viewport, bool remember = true);
    // Shows a rectangle of map metres whole.
    void zoomToMapRect(const QRectF &mapRect);

    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }
    // True while a render job is running.
    bool isRendering() const;
    // The last finished frame (for tests and snapshots).
    QImage lastFrame() const { return m_image; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFullExtent();
    void previousView();
    void nextView();
    void refresh();
    // Shows the resources with these ids whole (at least a few hundred metres around a single
    // one); false when none of them is on the map.
    bool zoomToResources(const QSet<qint64> &ids);

Q_SIGNALS:
    void cursorMoved(double longitude, double latitude);
    void cursorLeft();
    void scaleChanged(double denominator);
    void viewChanged();
    void historyChanged();
    void renderFinished();
    // Before the whole store is read: the scene of the view's extent was read (a pan or zoom).
    void extentSceneRead();
    void resourceClicked(qint64 id, Qt::KeyboardModifiers modifiers);
    void mapClicked(double longitude, double latitude);
    void resourcesSelected(const QSet<qint64> &ids, Qt::KeyboardModifiers modifiers);   // Shift-drag rubber band
    void toolChanged(careatlas::MapCanvas::Tool tool);
    // The measurement in words ("Distance: 1.25 km (segment 300 m)"), empty when none.
    void measurementChanged(const QString &text);
    // Why the base map lacks tiles (server down, offline), empty when it has them.
    void baseMapNoticeChanged(const QString &notice);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // A frame, and the scene it was drawn from when the job read it first (a scene of one
    // extent that did not serve the view: ExtentScene.h).
    struct Frame {
        QImage image;
        geo::MapScenePointer scene;
    };
    struct Job {
        std::shared_ptr<std::atomic_bool> cancel;
        geo::MapViewport viewport;
        QFutureWatcher<Frame> *watcher = nullptr;
    };

    void scheduleRender();
    void watchBaseMap(const geo::RenderSettings &settings);
    void startRender();
    void jobFinished(QFutureWatcher<Frame> *watcher);
    void cancelJob();
    void changeView(const geo::MapViewport &viewport);
    void rememberView();
    int resourceAt(const QPointF &screen) const;
    void showTooltip(const QPoint &position, int resource);
    geo::MapViewport currentSizedViewport() const;
    void toolClick(const QPointF &screen);
    void drawToolOverlay(QPainter &painter);
    QString measurementText() const;
    QGeoCoordinate coordinateAt(const QPointF &screen) const;
    QPointF screenOf(const QGeoCoordinate &coordinate) const;

    geo::MapScenePointer m_scene;
    // The scene is one of an extent (the first frame's, before the whole store is read): a view
    // it does not serve reads the scene of its own extent before it is drawn.
    bool m_firstFrameOnly = false;
    geo::RenderSettings m_settings;
    geo::MapViewport m_viewport;
    QImage m_image;
    geo::MapViewport m_imageViewport;
    Job m_job;
    QList<QFutureWatcher<Frame> *> m_retired;   // cancelled jobs still running
    QTimer m_renderTimer;
    QTimer m_historyTimer;
    QTimer m_tilesTimer;              // tiles arrived: redraw, a few at a time
    bool m_tilesPending = false;      // tiles arrived while a job ran
    QMetaObject::Connection m_tilesConnection, m_noticeConnection;
    QList<geo::MapViewport> m_history;
    int m_historyIndex = -1;
    bool m_dragging = false;
    QPointF m_pressPosition;
    geo::MapViewport m_pressViewport;
    int m_hovered = -1;
    QRubberBand *m_rubberBand = nullptr;
    QPoint m_rubberOrigin;
    std::shared_ptr<geo::LayerCache> m_layerCache;
    Tool m_tool = Tool::Pan;
    QList<QGeoCoordinate> m_measurePoints;
    bool m_measuring = false;         // the line is still growing
    QGeoCoordinate m_radiusCentre;
    QGeoCoordinate m_radiusEdge;
    bool m_radiusFixed = false;
    QGeoCoordinate m_cursor;          // under the mouse, for the live segment or radius
};

} // namespace careatlas
