// MainWindow: the map's layer panel, tools (measure, radius circle, zoom to selection) and
// background map. Kept apart from MainWindow.cpp so that each file fits in the head.
#include "app/window/MainWindow.h"

#include "app/canvas/MapCanvas.h"
#include "app/i18n/ErrorText.h"
#include "app/models/Workspace.h"
#include "app/panels/LayerPanel.h"
#include "app/window/BaseMapMenu.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace careatlas {

namespace {
QSettings settings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }
}

void MainWindow::createMapControls()
{
    m_layerPanel = new LayerPanel(this);
    m_layerPanel->setObjectName(QStringLiteral("layerPanel"));
    m_layerDock = new QDockWidget(this);
    m_layerDock->setObjectName(QStringLiteral("layerDock"));
    m_layerDock->setWidget(m_layerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_layerDock);
    tabifyDockWidget(m_areaDock, m_layerDock);
    m_filterDock->raise();
    m_panelsMenu->addAction(m_layerDock->toggleViewAction());
    connect(m_layerPanel, &LayerPanel::changed, this, &MainWindow::layersChanged);

    m_zoomSelectionAction = new QAction(this);
    m_zoomSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_zoomSelectionAction, &QAction::triggered, this, &MainWindow::zoomToSelection);
    m_measureAction = new QAction(this);
    m_measureAction->setCheckable(true);
    m_measureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_radiusAction = new QAction(this);
    m_radiusAction->setCheckable(true);
    connect(m_measureAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_canvas->setTool(MapCanvas::Tool::MeasureDistance);
        else if (m_canvas->tool() == MapCanvas::Tool::MeasureDistance)
            m_canvas->setTool(MapCanvas::Tool::Pan);
    });
    connect(m_radiusAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_canvas->setTool(MapCanvas::Tool::RadiusCircle);
        else if (m_canvas->tool() == MapCanvas::Tool::RadiusCircle)
            m_canvas->setTool(MapCanvas::Tool::Pan);
    });
    connect(m_canvas, &MapCanvas::toolChanged, this, [this](MapCanvas::Tool tool) {
        m_measureAction->setChecked(tool == MapCanvas::Tool::MeasureDistance);
        m_radiusAction->setChecked(tool == MapCanvas::Tool::RadiusCircle);
        if (tool == MapCanvas::Tool::MeasureDistance)
            statusBar()->showMessage(tr("Click points to measure; double-click or right-click ends the line, Esc ends measuring."));
        else if (tool == MapCanvas::Tool::RadiusCircle)
            statusBar()->showMessage(tr("Click the centre, then the edge of the circle; Esc ends."));
        else
            statusBar()->clearMessage();
    });
    connect(m_canvas, &MapCanvas::measurementChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            statusBar()->showMessage(text);
    });
    m_backgroundAction = new QAction(this);
    connect(m_backgroundAction, &QAction::triggered, this, &MainWindow::chooseBackgroundMap);
    m_clearBackgroundAction = new QAction(this);
    m_clearBackgroundAction->setEnabled(false);
    connect(m_clearBackgroundAction, &QAction::triggered, this, [this] { setBackgroundMap(QString()); });

    // View menu: after Full Extent, then a block of tools and the background before the levels.
    const QList<QAction *> viewActions = m_viewMenu->actions();
    const int fullExtent = int(viewActions.indexOf(m_fullExtentAction));
    QAction *afterFullExtent = fullExtent >= 0 && fullExtent + 1 < viewActions.size() ? viewActions[fullExtent + 1] : nullptr;
    m_viewMenu->insertAction(afterFullExtent, m_zoomSelectionAction);
    QAction *beforeLevels = m_levelMenu->menuAction();
    m_viewMenu->insertAction(beforeLevels, m_measureAction);
    m_viewMenu->insertAction(beforeLevels, m_radiusAction);
    m_viewMenu->insertSeparator(beforeLevels);
    m_viewMenu->insertAction(beforeLevels, m_backgroundAction);
    m_viewMenu->insertAction(beforeLevels, m_clearBackgroundAction);
    m_baseMapMenu = new BaseMapMenu(this);
    m_viewMenu->insertMenu(m_backgroundAction, m_baseMapMenu);
    m_viewMenu->insertSeparator(beforeLevels);
    connect(m_baseMapMenu, &BaseMapMenu::changed, this, &MainWindow::applyRenderOptions);
    connect(m_baseMapMenu, &BaseMapMenu::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_canvas, &MapCanvas::baseMapNoticeChanged, this, [this](const QString &notice) {
        if (!notice.isEmpty())
            statusBar()->showMessage(notice, 10000);
    });
    m_baseMapMenu->restore();
    m_toolBar->addAction(m_measureAction);
    m_toolBar->addAction(m_radiusAction);

    const QString background = settings().value(QStringLiteral("map/background")).toString();
    if (!background.isEmpty()) {
        auto opened = geo::RasterBackground::open(background);
        if (opened) {
            m_background = *opened;
            m_clearBackgroundAction->setEnabled(true);
        } else {
            statusBar()->showMessage(tr("The background map %1 could not be opened: %2").arg(QFileInfo(background).fileName(), errorMessage(opened.error())), 10000);
        }
    }
}

void MainWindow::retranslateMapControls()
{
    m_layerDock->setWindowTitle(tr("Layers"));
    m_zoomSelectionAction->setText(tr("Zoom to &Selection"));
    m_zoomSelectionAction->setStatusTip(tr("Show the selected resources whole"));
    m_measureAction->setText(tr("&Measure Distance"));
    m_measureAction->setStatusTip(tr("Measure a distance on the ground by clicking points"));
    m_radiusAction->setText(tr("&Radius Circle"));
    m_radiusAction->setStatusTip(tr("Draw a circle of a given distance around a clicked point"));
    m_backgroundAction->setText(tr("Bac&kground Map…"));
    m_backgroundAction->setStatusTip(tr("Show a local raster map (GeoTIFF, MBTiles) under the areas"));
    m_clearBackgroundAction->setText(tr("Cl&ear Background Map"));
    m_baseMapMenu->retranslate();
}

void MainWindow::layersChanged()
{
    for (QAction *action : m_levelMenu->actions())
        action->setChecked(m_layerPanel->isLevelVisible(action->data().toString()));
    applyRenderOptions();
}

void MainWindow::zoomToSelection()
{
    if (m_workspace->selection().isEmpty()) {
        statusBar()->showMessage(tr("Select a resource first."), 5000);
        return;
    }
    if (!m_canvas->zoomToResources(m_workspace->selection()))
        statusBar()->showMessage(tr("The selected resources have no location."), 5000);
}

void MainWindow::chooseBackgroundMap()
{
    const QString start = settings().value(QStringLiteral("dialogs/backgroundFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Background Map"), start,
                                                      tr("Raster maps (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;All files (*)"));
    if (path.isEmpty())
        return;
    settings().setValue(QStringLiteral("dialogs/backgroundFolder"), QFileInfo(path).absolutePath());
    setBackgroundMap(path);
}

bool MainWindow::setBackgroundMap(const QString &path)
{
    if (path.isEmpty()) {
        m_background.reset();
        settings().remove(QStringLiteral("map/background"));
    } else {
        auto opened = geo::RasterBackground::open(path);
        if (!opened) {
            showError(tr("Could not use %1 as the background map.").arg(QFileInfo(path).fileName()), opened.error());
            return false;
        }
        m_background = *opened;
        if (m_snapshotPath.isEmpty())
            settings().setValue(QStringLiteral("map/background"), path);
    }
    m_clearBackgroundAction->setEnabled(m_background != nullptr);
    applyRenderOptions();
    return true;
}

} // namespace careatlas
