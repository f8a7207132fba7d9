#include "app/canvas/MapCanvas.h"

#include "app/models/Workspace.h"

#include "geo/basemap/BaseMap.h"
#include "core/store/Store.h"
#include "geo/render/ExtentScene.h"
#include "geo/render/LayerCache.h"
#include "geo/render/MapRenderer.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace careatlas {

namespace {
constexpr double ZoomStep = 1.5;
constexpr int ClickSlop = 4;   // pixels a press may move and still be a click
}

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(15);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    // Wheel steps and key presses in quick succession make one entry in the view history.
    m_historyTimer.setSingleShot(true);
    m_historyTimer.setInterval(400);
    connect(&m_historyTimer, &QTimer::timeout, this, &MapCanvas::rememberView);
    m_layerCache = std::make_shared<geo::LayerCache>();
    // Base map tiles arriving from the network: one redraw for those of the next moment, never
    // cancelling a frame under way (it is redrawn when it finishes).
    m_tilesTimer.setSingleShot(true);
    m_tilesTimer.setInterval(120);
    connect(&m_tilesTimer, &QTimer::timeout, this, [this] {
        if (m_job.watcher)
            m_tilesPending = true;
        else
            scheduleRender();
    });
}

MapCanvas::~MapCanvas()
{
    cancelJob();
    for (QFutureWatcher<Frame> *watcher : std::as_const(m_retired))
        watcher->waitForFinished();
}

void MapCanvas::setWorkspace(Workspace *workspace)
{
    connect(workspace, &Workspace::storeChanged, this, [this, workspace] {
        if (!m_scene || m_scene->sourcePath != workspace->storePath())   // not the first frame's scene of the same store
            m_scene.reset();
    });
    connect(workspace, &Workspace::dataChanged, this, [this, workspace] {
        setRenderSettings(workspace->canvasSettings());
        setScene(workspace->scene(), m_scene != nullptr);
    });
    connect(workspace, &Workspace::renderOptionsChanged, this, [this, workspace] { setRenderSettings(workspace->canvasSettings()); });
    connect(this, &MapCanvas::viewChanged, workspace, [this, workspace] { workspace->setViewExtent(m_viewport.visibleMapRect()); });
}

void MapCanvas::setFirstFrameScene(geo::MapScenePointer scene)
{
    setScene(std::move(scene));
    m_firstFrameOnly = true;
}

void MapCanvas::setScene(geo::MapScenePointer scene, bool sameData)
{
    m_firstFrameOnly = false;
    const bool first = !m_scene;
    const bool sameProjection = m_scene && scene && m_scene->projection.epsg() == scene->projection.epsg();
    m_scene = std::move(scene);
    m_layerCache->clear();
    if (!sameData || !sameProjection) {
        m_history.clear();
        m_historyIndex = -1;
    }
    if (m_scene && (first || !m_viewport.isValid() || !m_scene->extent().intersects(m_viewport.visibleMapRect()))) {
        m_image = QImage();
        zoomToFullExtent();
    } else {
        if (m_historyIndex < 0)
            rememberView();
        scheduleRender();
    }
    Q_EMIT historyChanged();
}

void MapCanvas::setRenderSettings(const geo::RenderSettings &settings)
{
    if (settings.baseMap != m_settings.baseMap)
        watchBaseMap(settings);
    m_settings = settings;
    scheduleRender();
}

void MapCanvas::watchBaseMap(const geo::RenderSettings &settings)
{
    disconnect(m_tilesConnection);
    disconnect(m_noticeConnection);
    if (settings.baseMap) {
        // Emitted on the fetcher's thread: queued to this one.
        m_tilesConnection = connect(settings.baseMap.get(), &geo::BaseMap::tilesArrived, this, [this] {
            if (!m_tilesTimer.isActive())
                m_tilesTimer.start();
        }, Qt::QueuedConnection);
        m_noticeConnection = connect(settings.baseMap.get(), &geo::BaseMap::noticeChanged, this, [this](const QString &notice) {
            Q_EMIT baseMapNoticeChanged(notice);
            if (!m_tilesTimer.isActive())
                m_tilesTimer.start();   // the notice is drawn on the map
        }, Qt::QueuedConnection);
    }
    Q_EMIT baseMapNoticeChanged(settings.baseMap ? settings.baseMap->notice() : QString());
}

geo::MapViewport MapCanvas::currentSizedViewport() const
{
    return m_viewport.resized(size(), devicePixelRatioF());
}

void MapCanvas::setViewport(const geo::MapViewport &viewport, bool remember)
{
    changeView(viewport.resized(size(), devicePixelRatioF()));
    if (remember)
        rememberView();
}

void MapCanvas::zoomToMapRect(const QRectF &mapRect)
{
    if (mapRect.isEmpty() && mapRect.isNull())
        return;
    setViewport(geo::MapViewport::fitting(mapRect, size(), devicePixelRatioF()));
}

void MapCanvas::zoomToFullExtent()
{
    if (m_scene && !m_scene->extent().isNull())
        zoomToMapRect(m_scene->extent());
}

void MapCanvas::zoomIn()
{
    changeView(m_viewport.zoomed(ZoomStep, rect().center()));
    m_historyTimer.start();
}

void MapCanvas::zoomOut()
{
    changeView(m_viewport.zoomed(1.0 / ZoomStep, rect().center()));
    m_historyTimer.start();
}

void MapCanvas::previousView()
{
    if (!canGoBack())
        return;
    --m_historyIndex;
    changeView(m_history[m_historyIndex].resized(size(), devicePixelRatioF()));
    Q_EMIT historyChanged();
}

void MapCanvas::nextView()
{
    if (!canGoForward())
        return;
    ++m_historyIndex;
    changeView(m_history[m_historyIndex].resized(size(), devicePixelRatioF()));
    Q_EMIT historyChanged();
}

void MapCanvas::refresh() { scheduleRender(); }

bool MapCanvas::isRendering() const { return m_job.watcher != nullptr || m_renderTimer.isActive(); }

void MapCanvas::rememberView()
{
    m_historyTimer.stop();
    if (!m_viewport.isValid())
        return;
    if (m_historyIndex >= 0 && m_history[m_historyIndex].centre() == m_viewport.centre()
        && m_history[m_historyIndex].metresPerPixel() == m_viewport.metresPerPixel())
        return;
    while (m_history.size() > m_historyIndex + 1)
        m_history.removeLast();
    m_history.push_back(m_viewport);
    if (m_history.size() > 100)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size()) - 1;
    Q_EMIT historyChanged();
}

void MapCanvas::changeView(const geo::MapViewport &viewport)
{
    const double oldScale = m_viewport.scaleDenominator();
    m_viewport = viewport;
    update();
    scheduleRender();
    Q_EMIT viewChanged();
    if (oldScale != m_viewport.scaleDenominator())
        Q_EMIT scaleChanged(m_viewport.scaleDenominator());
}

void MapCanvas::scheduleRender()
{
    if (!m_scene || !m_viewport.isValid())
        return;
    cancelJob();   // a newer view makes the running job useless
    m_renderTimer.start();
}

void MapCanvas::cancelJob()
{
    if (!m_job.watcher)
        return;
    m_job.cancel->store(true);
    // The watcher lives on until its job returns; its result is ignored.
    m_retired.push_back(m_job.watcher);
    m_job = Job();
}

void MapCanvas::startRender()
{
    if (!m_scene || !m_viewport.isValid() || width() <= 0 || height() <= 0)
        return;
    cancelJob();
    m_job.cancel = std::make_shared<std::atomic_bool>(false);
    m_job.viewport = currentSizedViewport();
    m_job.watcher = new QFutureWatcher<Frame>(this);
    QFutureWatcher<Frame> *watcher = m_job.watcher;
    connect(watcher, &QFutureWatcher<Frame>::finished, this, [this, watcher] { jobFinished(watcher); });
    // Before the whole store is read, a view the scene does not serve reads its own extent
    // first (a pan or zoom of the first frame): in this job, cancelled by the next view.
    const bool clusters = geo::drawsClusters(m_settings, m_job.viewport);
    const bool readExtent = m_firstFrameOnly && !geo::extentSceneServes(*m_scene, m_job.viewport, clusters);
    watcher->setFuture(QtConcurrent::run([scene = m_scene, viewport = m_job.viewport, settings = m_settings, cancel = m_job.cancel,
                                          cache = m_layerCache, readExtent, clusters]() -> Frame {
        Frame frame;
        if (readExtent) {
            auto store = Store::open(scene->sourcePath, Store::OpenMode::ReadOnly);
            if (!store)
                return frame;
            // The store's projection stays the scene's (the frame as the first frame read it).
            auto storeFrame = geo::readStoreFrame(**store);
            if (!storeFrame || cancel->load())
                return frame;
            storeFrame->projection = scene->projection;
            auto read = geo::buildSceneForExtent(**store, *storeFrame, geo::extentToRead(viewport), geo::extentOptionsFor(viewport, clusters),
                                                 cancel.get());
            if (!read || cancel->load())
                return frame;
            frame.scene = *read;
        }
        frame.image = geo::MapRenderer::renderImage(frame.scene ? *frame.scene : *scene, viewport, settings, cancel.get(), nullptr,
                                                    frame.scene ? nullptr : cache.get());
        return frame;
    }));
}

void MapCanvas::jobFinished(QFutureWatcher<Frame> *watcher)
{
    if (m_retired.removeOne(watcher)) {
        watcher->deleteLater();
        return;
    }
    if (watcher != m_job.watcher)
        return;
    const bool cancelled = m_job.cancel->load();
    const Frame frame = watcher->result();
    const geo::MapViewport viewport = m_job.viewport;
    watcher->deleteLater();
    m_job = Job();
    if (m_tilesPending) {
        m_tilesPending = false;
        scheduleRender();
    }
    if (cancelled || frame.image.isNull())
        return;
    if (frame.scene && m_firstFrameOnly && m_scene && frame.scene->sourcePath == m_scene->sourcePath) {
        // The scene read for this view takes the first one's place (still one of an extent).
        m_scene = frame.scene;
        m_layerCache->clear();
        m_hovered = -1;
        Q_EMIT extentSceneRead();
    }
    m_image = frame.image;
    m_imageViewport = viewport;
    update();
    Q_EMIT renderFinished();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xe4, 0xeb, 0xef));
    if (m_image.isNull() || !m_imageViewport.isValid())
        return;
    // The last frame, moved and scaled to where its map now lies.
    const QPointF topLeft = m_viewport.toScreen(m_imageViewport.toMap(QPointF(0, 0)));
    const QPointF bottomRight = m_viewport.toScreen(m_imageViewport.toMap(QPointF(m_imageViewport.size().width(), m_imageViewport.size().height())));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_imageViewport.metresPerPixel() != m_viewport.metresPerPixel());
    painter.drawImage(QRectF(topLeft, bottomRight), m_image);
    if (m_hovered >= 0 && m_scene && m_hovered < int(m_scene->resources.size())) {
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF p = m_viewport.toScreen(m_scene->resources[m_hovered].position);
        painter.setPen(QPen(QColor(0x26, 0x32, 0x38), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(p, m_settings.symbolSize * 0.9, m_settings.symbolSize * 0.9);
    }
    drawToolOverlay(painter);
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (!m_scene)
        return;
    if (!m_viewport.isValid()) {
        zoomToFullExtent();
        return;
    }
    changeView(currentSizedViewport());
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        // Shift-drag: select the resources inside a rectangle.
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
        m_rubberOrigin = event->position().toPoint();
        m_rubberBand->setGeometry(QRect(m_rubberOrigin, QSize()));
        m_rubberBand->show();
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_pressPosition = event->position();
        m_pressViewport = m_viewport;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::RightButton && m_tool == Tool::MeasureDistance && m_measuring) {
        m_measuring = false;   // right-click ends the line
        update();
        Q_EMIT measurementChanged(measurementText());
    } else if (event->button() == Qt::BackButton) {
        previousView();
    } else if (event->button() == Qt::ForwardButton) {
        nextView();
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_scene && m_viewport.isValid()) {
        const QPointF lonLat = m_scene->projection.inverse(m_viewport.toMap(event->position()));
        Q_EMIT cursorMoved(lonLat.x(), lonLat.y());
        m_cursor = QGeoCoordinate(lonLat.y(), lonLat.x());
        if ((m_tool == Tool::MeasureDistance && m_measuring) || (m_tool == Tool::RadiusCircle && m_radiusCentre.isValid() && !m_radiusFixed)) {
            update();
            Q_EMIT measurementChanged(measurementText());
        }
    }
    if (m_rubberBand && m_rubberBand->isVisible()) {
        m_rubberBand->setGeometry(QRect(m_rubberOrigin, event->position().toPoint()).normalized());
        return;
    }
    if (m_dragging) {
        const QPointF delta = event->position() - m_pressPosition;
        if (delta.manhattanLength() > ClickSlop || m_viewport.centre() != m_pressViewport.centre())
            changeView(m_pressViewport.panned(delta));
        return;
    }
    const int hovered = m_tool == Tool::Pan ? resourceAt(event->position()) : -1;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
        showTooltip(event->globalPosition().toPoint(), hovered);
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_rubberBand && m_rubberBand->isVisible()) {
        m_rubberBand->hide();
        const QRect box = m_rubberBand->geometry();
        if (m_scene && box.width() > 2 && box.height() > 2) {
            const QPointF a = m_viewport.toMap(box.topLeft()), b = m_viewport.toMap(box.bottomRight());
            QSet<qint64> ids;
            const auto *mask = m_settings.resourceMask.get();
            for (int index : m_scene->resourcesIn(QRectF(a, b).normalized()))
                if (!mask || (index < int(mask->size()) && (*mask)[index]))
                    ids.insert(m_scene->resources[index].id);
            Q_EMIT resourcesSelected(ids, event->modifiers());
        }
        return;
    }
    if (!m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
    const QPointF delta = event->position() - m_pressPosition;
    if (delta.manhattanLength() <= ClickSlop) {
        m_viewport = m_pressViewport;   // a click, not a pan
        if (event->button() != Qt::LeftButton || !m_scene)
            return;
        if (m_tool != Tool::Pan) {
            toolClick(event->position());
            return;
        }
        const int hit = resourceAt(event->position());
        if (hit >= 0) {
            Q_EMIT resourceClicked(m_scene->resources[hit].id, event->modifiers());
        } else {
            const QPointF lonLat = m_scene->projection.inverse(m_viewport.toMap(event->position()));
            Q_EMIT mapClicked(lonLat.x(), lonLat.y());
        }
        return;
    }
    rememberView();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool == Tool::MeasureDistance) {
        m_measuring = false;   // a double-click ends the line
        update();
        Q_EMIT measurementChanged(measurementText());
        return;
    }
    if (m_tool != Tool::Pan)
        return;
    if (event->button() == Qt::LeftButton && resourceAt(event->position()) < 0) {
        changeView(m_viewport.zoomed(2.0, event->position()));
        rememberView();
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    changeView(m_viewport.zoomed(std::pow(1.25, steps), event->position()));
    m_historyTimer.start();
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double pan = 0.25;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Home:
        zoomToFullExtent();
        return;
    case Qt::Key_Escape:
        if (m_tool != Tool::Pan) {
            setTool(Tool::Pan);
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    case Qt::Key_Left:
        changeView(m_viewport.panned(QPointF(width() * pan, 0)));
        m_historyTimer.start();
        return;
    case Qt::Key_Right:
        changeView(m_viewport.panned(QPointF(-width() * pan, 0)));
        m_historyTimer.start();
        return;
    case Qt::Key_Up:
        changeView(m_viewport.panned(QPointF(0, height() * pan)));
        m_historyTimer.start();
        return;
    case Qt::Key_Down:
        changeView(m_viewport.panned(QPointF(0, -height() * pan)));
        m_historyTimer.start();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent *)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    Q_EMIT cursorLeft();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            changeView(m_viewport.zoomed(1.0 + gesture->value(), gesture->position()));
            m_historyTimer.start();
            return true;
        }
    }
    return QWidget::event(event);
}

qint64 MapCanvas::resourceIdAt(const QPoint &position) const
{
    const int index = resourceAt(QPointF(position));
    return index >= 0 ? m_scene->resources[size_t(index)].id : 0;
}

int MapCanvas::resourceAt(const QPointF &screen) const
{
    if (!m_scene || !m_viewport.isValid() || !m_settings.showResources)
        return -1;
    return m_scene->nearestResource(m_viewport.toMap(screen), m_settings.symbolSize * 0.8 * m_viewport.metresPerPixel(),
                                    m_settings.resourceMask.get());
}

void MapCanvas::showTooltip(const QPoint &position, int resource)
{
    if (resource < 0 || !m_scene) {
        QToolTip::hideText();
        return;
    }
    const geo::SceneResource &r = m_scene->resources[resource];
    const QString category = r.category >= 0 ? m_scene->categories[r.category].label(m_settings.language) : QString();
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(r.name.toHtmlEscaped(), category.toHtmlEscaped());
    if (!r.address.isEmpty())
        text += QStringLiteral("<br>%1").arg(r.address.toHtmlEscaped());
    if (!r.phone.isEmpty())
        text += QStringLiteral("<br>%1 %2").arg(tr("Tel."), r.phone.toHtmlEscaped());
    QToolTip::showText(position, text, this);
}

bool MapCanvas::zoomToResources(const QSet<qint64> &ids)
{
    if (!m_scene)
        return false;
    double left = 0, right = 0, bottom = 0, top = 0;
    bool any = false;
    for (qint64 id : ids) {
        const int index = m_scene->resourceIndex.value(id, -1);
        if (index < 0)
            continue;
        const QPointF p = m_scene->resources[index].position;
        left = any ? std::min(left, p.x()) : p.x();
        right = any ? std::max(right, p.x()) : p.x();
        bottom = any ? std::min(bottom, p.y()) : p.y();
        top = any ? std::max(top, p.y()) : p.y();
        any = true;
    }
    if (!any)
        return false;
    constexpr double MinimumSpan = 600.0;   // metres: a street's surroundings around one resource
    const QPointF centre((left + right) / 2, (bottom + top) / 2);
    const double w = std::max(right - left, MinimumSpan), h = std::max(top - bottom, MinimumSpan);
    setViewport(geo::MapViewport::fitting(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h), size(), devicePixelRatioF(), 48));
    return true;
}

void MapCanvas::setTool(Tool tool)
{
    m_measurePoints.clear();
    m_measuring = false;
    m_radiusCentre = QGeoCoordinate();
    m_radiusEdge = QGeoCoordinate();
    m_radiusFixed = false;
    m_tool = tool;
    if (tool == Tool::Pan)
        unsetCursor();
    else
        setCursor(Qt::CrossCursor);
    m_hovered = -1;
    update();
    Q_EMIT toolChanged(tool);
    Q_EMIT measurementChanged(QString());
}

QGeoCoordinate MapCanvas::coordinateAt(const QPointF &screen) const
{
    if (!m_scene || !m_viewport.isValid())
        return {};
    const QPointF lonLat = m_scene->projection.inverse(m_viewport.toMap(screen));
    return QGeoCoordinate(lonLat.y(), lonLat.x());
}

QPointF MapCanvas::screenOf(const QGeoCoordinate &coordinate) const
{
    return m_viewport.toScreen(m_scene->projection.forward(coordinate.longitude(), coordinate.latitude()));
}

void MapCanvas::toolClick(const QPointF &screen)
{
    const QGeoCoordinate at = coordinateAt(screen);
    if (!at.isValid())
        return;
    m_cursor = at;
    if (m_tool == Tool::MeasureDistance) {
        if (!m_measuring) {   // a new line
            m_measurePoints.clear();
            m_measuring = true;
        }
        m_measurePoints.push_back(at);
    } else if (m_tool == Tool::RadiusCircle) {
        if (!m_radiusCentre.isValid() || m_radiusFixed) {
            m_radiusCentre = at;
            m_radiusEdge = QGeoCoordinate();
            m_radiusFixed = false;
        } else {
            m_radiusEdge = at;
            m_radiusFixed = true;
        }
    }
    update();
    Q_EMIT measurementChanged(measurementText());
}

double MapCanvas::measuredMetres() const
{
    double total = 0;
    for (int i = 1; i < m_measurePoints.size(); ++i)
        total += m_measurePoints[i - 1].distanceTo(m_measurePoints[i]);
    if (m_measuring && !m_measurePoints.isEmpty() && m_cursor.isValid())
        total += m_measurePoints.back().distanceTo(m_cursor);
    return total;
}

double MapCanvas::radiusMetres() const
{
    if (!m_radiusCentre.isValid())
        return 0;
    const QGeoCoordinate edge = m_radiusFixed ? m_radiusEdge : m_cursor;
    return edge.isValid() ? m_radiusCentre.distanceTo(edge) : 0;
}

QString MapCanvas::formatDistance(double metres)
{
    const QLocale locale;
    if (metres < 1000)
        return tr("%1 m").arg(locale.toString(metres, 'f', 0));
    return tr("%1 km").arg(locale.toString(metres / 1000.0, 'f', metres < 10000 ? 2 : 1));
}

QString MapCanvas::measurementText() const
{
    if (m_tool == Tool::MeasureDistance && !m_measurePoints.isEmpty()) {
        QString text = tr("Distance: %1").arg(formatDistance(measuredMetres()));
        if (m_measuring && m_cursor.isValid())
            text += tr(" (segment %1)").arg(formatDistance(m_measurePoints.back().distanceTo(m_cursor)));
        return text;
    }
    if (m_tool == Tool::RadiusCircle && m_radiusCentre.isValid())
        return tr("Radius: %1").arg(formatDistance(radiusMetres()));
    return {};
}

void MapCanvas::drawToolOverlay(QPainter &painter)
{
    if (!m_scene || m_tool == Tool::Pan)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0xc6, 0x28, 0x28);
    QPointF labelAt;
    if (m_tool == Tool::MeasureDistance && !m_measurePoints.isEmpty()) {
        QPolygonF line;
        for (const QGeoCoordinate &c : std::as_const(m_measurePoints))
            line << screenOf(c);
        if (m_measuring && m_cursor.isValid())
            line << screenOf(m_cursor);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setPen(QPen(ink, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(ink);
        for (const QGeoCoordinate &c : std::as_const(m_measurePoints))
            painter.drawEllipse(screenOf(c), 4, 4);
        labelAt = line.back();
    } else if (m_tool == Tool::RadiusCircle && m_radiusCentre.isValid()) {
        const double radius = radiusMetres();
        const QPointF centre = screenOf(m_radiusCentre);
        if (radius > 0) {
            // True on the ground: points at the radius every 5° of azimuth.
            QPolygonF circle;
            for (int azimuth = 0; azimuth < 360; azimuth += 5)
                circle << screenOf(m_radiusCentre.atDistanceAndAzimuth(radius, azimuth));
            painter.setPen(QPen(ink, 2, Qt::DashLine));
            painter.setBrush(QColor(ink.red(), ink.green(), ink.blue(), 30));
            painter.drawPolygon(circle);
            painter.setPen(QPen(ink, 1.5));
            painter.drawLine(centre, screenOf(m_radiusCentre.atDistanceAndAzimuth(radius, 90)));
        }
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(ink);
        painter.drawEllipse(centre, 4.5, 4.5);
        labelAt = screenOf(m_radiusCentre.atDistanceAndAzimuth(radius, 90));
    }
    const QString text = measurementText();
    if (!text.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        const QFontMetricsF fm(font);
        QRectF box(labelAt + QPointF(12, 10), QSizeF(fm.horizontalAdvance(text) + 14, fm.height() + 8));
        box.moveLeft(std::min(box.left(), width() - box.width() - 4));
        box.moveTop(std::min(box.top(), height() - box.height() - 4));
        painter.setPen(QPen(ink, 1));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 4, 4);
        painter.setFont(font);
        painter.setPen(QColor(0x26, 0x32, 0x38));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

} // namespace careatlas
