#include "app/window/MainWindow.h"

#include "app/canvas/MapCanvas.h"
#include "app/dialogs/AddAreaLayerDialog.h"
#include "app/dialogs/ImportResourcesDialog.h"
#include "app/dialogs/JobProgress.h"
#include "app/dialogs/ReportDialog.h"
#include "app/i18n/ImportIssueText.h"
#include "app/dialogs/EditConflictDialog.h"
#include "app/dialogs/EditResourceDialog.h"
#include "app/dialogs/ExportDialog.h"
#include "app/models/FilterController.h"
#include "app/models/ResourceEditor.h"
#include "app/panels/AreaTreePanel.h"
#include "app/panels/DetailsPanel.h"
#include "app/panels/FilterPanel.h"
#include "app/panels/LayerPanel.h"
#include "app/panels/ResourceTablePanel.h"
#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"
#include "app/window/DemoStore.h"
#include "app/window/SceneLoader.h"
#include "core/address/AddressReference.h"
#include "core/store/Store.h"
#include "core/export/CsvExport.h"
#include "core/export/ExportData.h"
#include "geo/areas/AreaImport.h"
#include "geo/export/Atlas.h"
#include "geo/export/GisExport.h"
#include "geo/export/MapLayout.h"
#include "geo/export/PdfList.h"
#include "geo/areas/AreaSource.h"
#include "geo/import/PointSourceReader.h"
#include "geo/import/ResourceFileImport.h"
#include "geo/render/MapRenderer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QPushButton>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QUndoStack>
#include <QDockWidget>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <cstdio>

namespace careatlas {

namespace {

constexpr int MaxRecentFiles = 8;
constexpr int SnapshotTimeoutMs = 60000;

QSettings settings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }

QString storeFilter()
{
    return QCoreApplication::translate("MainWindow", "CareAtlas stores (*.gpkg);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/careatlas.svg")));
    setAcceptDrops(true);
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);
    m_loader = new SceneLoader(this);
    m_filter = new FilterController(this);
    m_editor = new ResourceEditor(this);
    createDocks();

    m_coordinatesLabel = new QLabel(this);
    m_scaleLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    for (QLabel *label : {m_countsLabel, m_coordinatesLabel, m_scaleLabel}) {
        label->setMinimumWidth(120);
        statusBar()->addPermanentWidget(label);
    }

    createActions();
    createMenus();
    createMapControls();
    retranslate();
    restoreSettings();
    connect(m_filter, &FilterController::resultChanged, this, &MainWindow::filterResultChanged);
    connect(m_filter, &FilterController::filterChanged, this, &MainWindow::saveLastFilter);
    connect(m_canvas, &MapCanvas::resourceClicked, this, [this](qint64 id, Qt::KeyboardModifiers modifiers) {
        QSet<qint64> ids{id};
        if (modifiers & Qt::ControlModifier) {
            ids = m_selection;
            if (ids.contains(id))
                ids.remove(id);
            else
                ids.insert(id);
        }
        setSelection(ids);
    });
    connect(m_canvas, &MapCanvas::resourcesSelected, this, [this](const QSet<qint64> &ids, Qt::KeyboardModifiers modifiers) {
        setSelection((modifiers & Qt::ControlModifier) ? m_selection + ids : ids);
    });
    connect(m_canvas, &MapCanvas::mapClicked, this, [this](double lon, double lat) {
        if (m_placingId != 0) {
            const qint64 id = m_placingId;
            m_placingId = 0;
            m_canvas->unsetCursor();
            if (auto resource = snapshotResource(id))
                m_editor->placeResource(*resource, lat, lon);
        } else if (m_filterPanel->isPickingCentre()) {
            NearChoice near{lat, lon, m_filter->filter().near ? m_filter->filter().near->radiusMetres : 2000.0,
                            tr("the point %1, %2").arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5)};
            m_filter->setNear(near);
            m_filterPanel->finishPickingCentre();
            m_canvas->unsetCursor();
        } else if (!m_selection.isEmpty()) {
            setSelection({});
        }
    });
    connect(m_filterPanel, &FilterPanel::pickCentreRequested, this, [this](bool on) {
        if (on) {
            m_canvas->setCursor(Qt::CrossCursor);
            statusBar()->showMessage(tr("Click the map where the client lives."), 10000);
        } else {
            m_canvas->unsetCursor();
        }
    });
    connect(m_filterPanel, &FilterPanel::centreAtSelectionRequested, this, [this] {
        const auto snapshot = m_filter->snapshot();
        if (!snapshot || m_selection.isEmpty()) {
            statusBar()->showMessage(tr("Select a resource first."), 5000);
            return;
        }
        const int index = snapshot->indexOfId.value(*m_selection.begin(), -1);
        if (index < 0 || !snapshot->resources[index].hasLocation()) {
            statusBar()->showMessage(tr("The selected resource has no location."), 5000);
            return;
        }
        const Resource &r = snapshot->resources[index];
        m_filter->setNear(NearChoice{*r.latitude, *r.longitude, m_filter->filter().near ? m_filter->filter().near->radiusMetres : 2000.0, r.name});
    });
    connect(m_filterPanel, &FilterPanel::addressSearchRequested, this, &MainWindow::findAddress);
    connect(m_table, &ResourceTablePanel::selectionChanged, this, [this](const QSet<qint64> &ids) { setSelection(ids, true); });
    connect(m_table, &ResourceTablePanel::resourceActivated, this, &MainWindow::zoomToResource);
    connect(m_areaPanel, &AreaTreePanel::zoomToAreaRequested, this, &MainWindow::zoomToArea);
    connect(m_details, &DetailsPanel::editRequested, this, &MainWindow::editResource);
    connect(m_details, &DetailsPanel::deleteRequested, this, &MainWindow::deleteResource);
    connect(m_details, &DetailsPanel::placeRequested, this, &MainWindow::startPlacing);
    connect(m_editor, &ResourceEditor::storeChanged, this, [this](qint64 focus) {
        m_pendingFocus = focus;
        openStore(m_storePath);
    });
    connect(m_editor, &ResourceEditor::failed, this, [this](const Error &error) {
        // Someone else changed the same fields: theirs and mine side by side, the user chooses.
        const auto snapshot = m_filter->snapshot();
        if (error.code == ErrorCode::EditConflict && error.conflict && !error.conflict->deleted && snapshot) {
            EditConflictDialog dialog(*error.conflict, snapshot->categories, this);
            if (dialog.exec() == QDialog::Accepted)
                m_editor->editResource(error.conflict->theirs, dialog.resolved());
            else
                Q_EMIT m_editor->storeChanged(error.conflict->theirs.id);   // show theirs
            return;
        }
        showError(tr("The change could not be saved."), error);
    });
    applyRenderOptions();

    connect(m_loader, &SceneLoader::loaded, this, &MainWindow::sceneLoaded);
    connect(m_loader, &SceneLoader::failed, this, &MainWindow::sceneFailed);
    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](double lon, double lat) {
        m_coordinatesLabel->setText(tr("%1° N  %2° E").arg(QLocale().toString(lat, 'f', 5), QLocale().toString(lon, 'f', 5)));
    });
    connect(m_canvas, &MapCanvas::cursorLeft, this, [this] { m_coordinatesLabel->clear(); });
    connect(m_canvas, &MapCanvas::scaleChanged, this, [this](double denominator) {
        m_scaleLabel->setText(tr("Scale 1:%1").arg(QLocale().toString(qRound64(denominator))));
    });
    connect(m_canvas, &MapCanvas::historyChanged, this, [this] {
        m_backAction->setEnabled(m_canvas->canGoBack());
        m_forwardAction->setEnabled(m_canvas->canGoForward());
    });
    connect(m_canvas, &MapCanvas::renderFinished, this, [this] {
        if (!m_snapshotPath.isEmpty() && m_canvas->hasScene() && !m_canvas->isRendering())
            QTimer::singleShot(0, this, &MainWindow::finishSnapshot);
    });
    updateWindowTitle();
    updateStoreActions();
}

MainWindow::~MainWindow() = default;

QString MainWindow::savedLanguage()
{
    return settings().value(QStringLiteral("ui/language")).toString();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newStore);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openStoreDialog);
    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_addAreasAction = new QAction(this);
    m_addAreasAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_addAreasAction, &QAction::triggered, this, [this] { addAreaLayer(); });
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { importResources(); });
    m_importAddressesAction = new QAction(this);
    connect(m_importAddressesAction, &QAction::triggered, this, &MainWindow::importAddressReference);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportResources(); });
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printMap);
    m_saveImageAction = new QAction(this);
    m_saveImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveImageAction, &QAction::triggered, this, &MainWindow::saveMapImage);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);
    m_fullExtentAction = new QAction(this);
    m_fullExtentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_fullExtentAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    m_backAction = new QAction(this);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, m_canvas, &MapCanvas::previousView);
    m_forwardAction = new QAction(this);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setEnabled(false);
    connect(m_forwardAction, &QAction::triggered, m_canvas, &MapCanvas::nextView);

    m_legendAction = new QAction(this);
    m_legendAction->setCheckable(true);
    m_legendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_clustersAction = new QAction(this);
    m_clustersAction->setCheckable(true);
    m_clustersAction->setChecked(true);
    m_labelsAction = new QAction(this);
    m_labelsAction->setCheckable(true);
    m_labelsAction->setChecked(true);
    for (QAction *action : {m_legendAction, m_clustersAction, m_labelsAction})
        connect(action, &QAction::toggled, this, &MainWindow::applyRenderOptions);

    m_languageGroup = new QActionGroup(this);
    m_japaneseAction = new QAction(QStringLiteral("日本語"), this);   // each language in its own name
    m_englishAction = new QAction(QStringLiteral("English"), this);
    for (QAction *action : {m_japaneseAction, m_englishAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    (currentLanguage() == QLatin1String("ja") ? m_japaneseAction : m_englishAction)->setChecked(true);
    connect(m_japaneseAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("ja")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });

    m_undoAction = m_editor->undoStack()->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editor->undoStack()->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_addResourceAction = new QAction(this);
    m_addResourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addResourceAction, &QAction::triggered, this, &MainWindow::addResource);
    m_editResourceAction = new QAction(this);
    m_editResourceAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editResourceAction, &QAction::triggered, this, [this] { editResource(m_details->resourceId()); });
    m_deleteResourceAction = new QAction(this);
    m_deleteResourceAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteResourceAction, &QAction::triggered, this, [this] { deleteResource(m_details->resourceId()); });
    m_placeResourceAction = new QAction(this);
    m_placeResourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_placeResourceAction, &QAction::triggered, this, [this] { startPlacing(m_details->resourceId()); });

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterDock->show();
        m_filterDock->raise();
        m_filterPanel->searchField()->setFocus();
        m_filterPanel->searchField()->selectAll();
    });
    m_clearFilterAction = new QAction(this);
    m_clearFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_clearFilterAction, &QAction::triggered, m_filter, &FilterController::clear);
    m_savePresetAction = new QAction(this);
    connect(m_savePresetAction, &QAction::triggered, this, &MainWindow::savePreset);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_addAreasAction);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importAddressesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_saveImageAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addResourceAction);
    m_editMenu->addAction(m_editResourceAction);
    m_editMenu->addAction(m_placeResourceAction);
    m_editMenu->addAction(m_deleteResourceAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fullExtentAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_backAction);
    m_viewMenu->addAction(m_forwardAction);
    m_viewMenu->addSeparator();
    m_levelMenu = m_viewMenu->addMenu(QString());
    m_viewMenu->addAction(m_labelsAction);
    m_viewMenu->addAction(m_clustersAction);
    m_viewMenu->addAction(m_legendAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_japaneseAction);
    m_languageMenu->addAction(m_englishAction);

    m_filterMenu = menuBar()->addMenu(QString());
    m_filterMenu->addAction(m_findAction);
    m_filterMenu->addAction(m_clearFilterAction);
    m_filterMenu->addSeparator();
    m_filterMenu->addAction(m_savePresetAction);
    m_presetMenu = m_filterMenu->addMenu(QString());

    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *dock : {m_filterDock, m_areaDock, m_tableDock, m_detailsDock})
        m_panelsMenu->addAction(dock->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_addAreasAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_fullExtentAction);
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_legendAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_levelMenu->setTitle(tr("Area &Levels"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Tool Bar"));

    m_newAction->setText(tr("&New Store…"));
    m_newAction->setStatusTip(tr("Create an empty CareAtlas store"));
    m_openAction->setText(tr("&Open Store…"));
    m_openAction->setStatusTip(tr("Open a CareAtlas store (.gpkg)"));
    m_demoAction->setText(tr("Open &Demo Data"));
    m_demoAction->setStatusTip(tr("Open the bundled sample city (fictional data)"));
    m_saveImageAction->setText(tr("&Save Map as Image…"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Export the filtered resources: list (PDF, CSV), map layout, atlas, GIS data"));
    m_printAction->setText(tr("&Print Map…"));
    m_addAreasAction->setText(tr("Add &Area Layer…"));
    m_addAreasAction->setStatusTip(tr("Import area boundaries (Shapefile, GeoPackage, GeoJSON, KML, zip) as a level"));
    m_importAction->setText(tr("&Import Resources…"));
    m_importAction->setStatusTip(tr("Import resources from open-data CSV files or point layers"));
    m_importAddressesAction->setText(tr("Import Address &Reference…"));
    m_importAddressesAction->setStatusTip(tr("Import 位置参照情報 (MLIT address reference points) to find clients' homes by address"));
    m_quitAction->setText(tr("&Quit"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fullExtentAction->setText(tr("&Full Extent"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Previous view"));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Next view"));
    m_legendAction->setText(tr("Le&gend"));
    m_clustersAction->setText(tr("&Cluster Crowded Resources"));
    m_labelsAction->setText(tr("Area &Names"));
    m_aboutAction->setText(tr("&About CareAtlas"));
    m_filterMenu->setTitle(tr("F&ilter"));
    m_editMenu->setTitle(tr("&Edit"));
    m_addResourceAction->setText(tr("&Add Resource…"));
    m_editResourceAction->setText(tr("&Edit Resource…"));
    m_deleteResourceAction->setText(tr("&Delete Resource"));
    m_placeResourceAction->setText(tr("&Place Resource on Map"));
    m_findAction->setText(tr("&Find…"));
    m_clearFilterAction->setText(tr("&Clear Filter"));
    m_savePresetAction->setText(tr("&Save Filter as Preset…"));
    m_presetMenu->setTitle(tr("&Presets"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_filterDock->setWindowTitle(tr("Filter"));
    m_areaDock->setWindowTitle(tr("Areas"));
    m_tableDock->setWindowTitle(tr("Resources"));
    m_detailsDock->setWindowTitle(tr("Details"));
    retranslateMapControls();
    rebuildPresetMenu();
    rebuildLevelMenu();
    rebuildRecentMenu();
    updateStatusCounts();
    updateWindowTitle();
    if (m_canvas->hasScene())
        m_scaleLabel->setText(tr("Scale 1:%1").arg(QLocale().toString(qRound64(m_canvas->viewport().scaleDenominator()))));
}

void MainWindow::rebuildLevelMenu()
{
    // The menu mirrors the layer panel, which keeps the visibility in the settings.
    m_levelMenu->clear();   // deletes the actions the menu created
    const auto scene = m_canvas->scene();
    m_levelMenu->setEnabled(scene && !scene->levels.isEmpty());
    QList<AreaLevel> levels;
    if (scene)
        for (const geo::SceneAreaLevel &level : scene->levels)
            levels.push_back(level.level);
    m_layerPanel->setLevels(levels, currentLanguage());
    for (const AreaLevel &level : std::as_const(levels)) {
        QAction *action = m_levelMenu->addAction(level.label(currentLanguage()));
        action->setCheckable(true);
        action->setData(level.code);
        action->setChecked(m_layerPanel->isLevelVisible(level.code));
        connect(action, &QAction::toggled, this, [this, code = level.code](bool on) { m_layerPanel->setLevelVisible(code, on); });
    }
}

void MainWindow::applyRenderOptions()
{
    geo::RenderSettings renderSettings = m_canvas->renderSettings();
    renderSettings.language = currentLanguage();
    renderSettings.legend = m_legendAction->isChecked();
    renderSettings.clusters = m_clustersAction->isChecked();
    renderSettings.levelStyles.clear();
    renderSettings.levelOrder = m_layerPanel->levelOrder();
    renderSettings.showResources = m_layerPanel->resourcesVisible();
    renderSettings.background = m_background;
    if (const auto scene = m_canvas->scene()) {
        const QHash<QString, geo::LevelStyle> styles = m_layerPanel->levelStyles();
        for (int l = 0; l < scene->levels.size(); ++l) {
            const QString &code = scene->levels[l].level.code;
            geo::LevelStyle style = styles.value(code, geo::defaultLevelStyle(l, int(scene->levels.size())));
            if (!m_labelsAction->isChecked())
                style.labels = false;
            renderSettings.levelStyles.insert(code, style);
        }
    }
    m_canvas->setRenderSettings(renderSettings);
}

void MainWindow::restoreSettings()
{
    QSettings s = settings();
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 860);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_legendAction->setChecked(s.value(QStringLiteral("map/legend"), false).toBool());
    m_clustersAction->setChecked(s.value(QStringLiteral("map/clusters"), true).toBool());
    m_labelsAction->setChecked(s.value(QStringLiteral("map/areaLabels"), true).toBool());
    m_table->restoreHeaderState(s.value(QStringLiteral("table/header")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings s = settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("map/legend"), m_legendAction->isChecked());
    s.setValue(QStringLiteral("map/clusters"), m_clustersAction->isChecked());
    s.setValue(QStringLiteral("map/areaLabels"), m_labelsAction->isChecked());
    s.setValue(QStringLiteral("table/header"), m_table->saveHeaderState());
    if (!m_storePath.isEmpty())
        s.setValue(QStringLiteral("session/lastStore"), m_storePath);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_snapshotPath.isEmpty())
        saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        applyRenderOptions();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile())
        return;
    const QString path = urls.front().toLocalFile();
    event->acceptProposedAction();
    // A CareAtlas store opens; a table imports resources; any other vector file adds areas
    // (or, holding points, imports resources).
    if (path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) && Store::open(path, Store::OpenMode::ReadOnly).ok()) {
        openStore(path);
        return;
    }
    if (m_storePath.isEmpty()) {
        statusBar()->showMessage(tr("Open or create a store first, then drop boundary or resource files on it."), 8000);
        return;
    }
    if (!geo::isVectorSourcePath(path) && !QFileInfo(path).isDir()) {
        importResources(path);
        return;
    }
    addAreaLayer(path);
}

void MainWindow::openStore(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_loader->load(path);
}

void MainWindow::sceneLoaded(const QString &path, geo::MapScenePointer scene, ResourceSnapshotPointer snapshot)
{
    QApplication::restoreOverrideCursor();
    const bool sameStore = path == m_storePath;
    m_storePath = path;
    m_sceneIds.clear();
    for (const geo::SceneResource &r : scene->resources)
        m_sceneIds.push_back(r.id);
    m_canvas->setScene(scene);
    if (!sameStore)
        m_selection.clear();
    m_filter->setSnapshot(path, snapshot);
    m_editor->setStorePath(path);
    updateReadOnly();
    if (m_pendingFocus != 0) {
        setSelection({m_pendingFocus});
        m_pendingFocus = 0;
    } else if (sameStore && !m_selection.isEmpty()) {
        setSelection(m_selection);   // the details show the reloaded record
    }
    if (m_initialFilter) {
        m_restoredLastFilter = true;
        m_filter->setFilter(*m_initialFilter);
        m_initialFilter.reset();
    } else if (!m_restoredLastFilter && m_snapshotPath.isEmpty()) {
        // The last filter comes back when the same store opens again.
        m_restoredLastFilter = true;
        QSettings s = settings();
        if (s.value(QStringLiteral("filter/lastStore")).toString() == path) {
            if (auto filter = ResourceFilter::fromJson(QJsonDocument::fromJson(s.value(QStringLiteral("filter/last")).toByteArray()).object()))
                m_filter->setFilter(*filter);
        }
    }
    rebuildLevelMenu();
    applyRenderOptions();
    addRecentFile(path);
    updateStatusCounts();
    updateStoreActions();
    updateWindowTitle();
    statusBar()->showMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()), 5000);
    if (m_snapshotPath.isEmpty())
        settings().setValue(QStringLiteral("session/lastStore"), path);
}

void MainWindow::sceneFailed(const QString &path, const Error &error)
{
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    showError(tr("Could not open %1.").arg(QFileInfo(path).fileName()), error);
}

void MainWindow::showError(const QString &what, const Error &error)
{
    if (!m_snapshotPath.isEmpty()) {
        std::fprintf(stderr, "careatlas: %s %s\n", qPrintable(what), qPrintable(errorMessage(error)));
        QCoreApplication::exit(1);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("CareAtlas"), what, QMessageBox::Ok, this);
    box.setInformativeText(errorMessage(error));
    box.exec();
}

void MainWindow::updateStatusCounts()
{
    const auto scene = m_canvas->scene();
    if (!scene) {
        m_countsLabel->clear();
        return;
    }
    const FilterResult &result = m_filter->result();
    const bool filtered = !m_filter->filter().isEmpty();
    QString text = filtered ? tr("%1 of %n resource(s) match", nullptr, int(m_filter->snapshot() ? m_filter->snapshot()->resources.size() : 0)).arg(result.matched)
                            : tr("%n resource(s) on the map", nullptr, int(scene->resources.size()));
    const int unlocated = filtered ? result.withoutLocation : scene->unlocatedCount;
    if (unlocated > 0)
        text += tr(" · %n without location", nullptr, unlocated);
    m_countsLabel->setText(text);
}

void MainWindow::updateWindowTitle()
{
    const QString product = tr("CareAtlas — Regional Resource Map");
    setWindowTitle(m_storePath.isEmpty() ? product : QStringLiteral("%1 — %2").arg(QFileInfo(m_storePath).fileName(), product));
}

void MainWindow::addRecentFile(const QString &path)
{
    if (!m_snapshotPath.isEmpty())
        return;
    QSettings s = settings();
    QStringList recent = s.value(QStringLiteral("session/recentStores")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    s.setValue(QStringLiteral("session/recentStores"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();   // deletes the actions the menu created
    const QStringList recent = settings().value(QStringLiteral("session/recentStores")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(recent[i]).fileName()));
        action->setToolTip(recent[i]);
        connect(action, &QAction::triggered, this, [this, path = recent[i]] { openStore(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newStore()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Store"), QString(), storeFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    if (QFileInfo::exists(path)) {
        showError(tr("Could not create %1.").arg(QFileInfo(path).fileName()), Error(ErrorCode::FileExists).inFile(path));
        return;
    }
    auto store = Store::create(path);
    if (!store) {
        showError(tr("Could not create %1.").arg(QFileInfo(path).fileName()), store.error());
        return;
    }
    store->reset();
    openStore(path);
}

void MainWindow::setInitialFilter(const ResourceFilter &filter) { m_initialFilter = filter; }

std::optional<Resource> MainWindow::snapshotResource(qint64 id) const
{
    const auto snapshot = m_filter->snapshot();
    const int index = snapshot ? snapshot->indexOfId.value(id, -1) : -1;
    if (index < 0)
        return std::nullopt;
    return snapshot->resources[index];
}

void MainWindow::importAddressReference()
{
    if (m_storePath.isEmpty())
        return;
    const QString path = chooseFile(tr("Import Address Reference"), QStringLiteral("addressFolder"), tr("位置参照情報 CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString storePath = m_storePath;
    auto report = runWithProgress<AddressImportReport>(this, tr("Importing %1…").arg(QFileInfo(path).fileName()),
                                                       [storePath, path](const geo::JobControl &job) -> Result<AddressImportReport> {
                                                           auto store = Store::open(storePath);
                                                           if (!store)
                                                               return store.error();
                                                           return careatlas::importAddressReference(**store, path, TextEncoding::Auto, [&job](qint64 done, qint64 total) {
                                                               job.report(done, total, 0, 100);
                                                               return !job.cancelled();
                                                           });
                                                       });
    if (!report) {
        reportImportFailure(path, report.error());
        return;
    }
    QMessageBox::information(this, tr("Import Address Reference"),
                             tr("Imported %1 reference points for %2 (%3 rows skipped). Type a client's address under Distance in the filter panel.")
                                 .arg(report->imported).arg(report->cities.join(QStringLiteral("、"))).arg(report->skipped));
}

void MainWindow::findAddress(const QString &address)
{
    if (m_storePath.isEmpty())
        return;
    auto store = Store::open(m_storePath, Store::OpenMode::ReadOnly);
    if (!store) {
        showError(tr("Could not open %1.").arg(QFileInfo(m_storePath).fileName()), store.error());
        return;
    }
    auto matches = lookupAddress(**store, address);
    if (!matches) {
        showError(tr("The address could not be looked up."), matches.error());
        return;
    }
    if (matches->isEmpty()) {
        const bool none = addressReferenceCount(**store).ok() && *addressReferenceCount(**store) == 0;
        statusBar()->showMessage(none ? tr("The store has no address reference yet: File ▸ Import Address Reference…")
                                      : tr("“%1” was not found in the address reference.").arg(address),
                                 10000);
        return;
    }
    AddressMatch chosen = matches->front();
    if (!chosen.exact && matches->size() > 1) {
        QStringList choices;
        for (const AddressMatch &m : *matches)
            choices << m.address;
        bool ok = false;
        const QString picked = QInputDialog::getItem(this, tr("Which Address?"), tr("Addresses that fit “%1”:").arg(address), choices, 0, false, &ok);
        if (!ok)
            return;
        chosen = (*matches)[int(choices.indexOf(picked))];
    }
    const double radius = m_filter->filter().near ? m_filter->filter().near->radiusMetres : 2000.0;
    m_filter->setNear(NearChoice{chosen.latitude, chosen.longitude, radius, address});
    if (const auto scene = m_canvas->scene()) {
        const QPointF centre = scene->projection.forward(chosen.longitude, chosen.latitude);
        m_canvas->zoomToMapRect(QRectF(centre - QPointF(radius * 1.2, radius * 1.2), QSizeF(radius * 2.4, radius * 2.4)));
    }
}

void MainWindow::exportResources(const QString &givenPath)
{
    const auto snapshot = m_filter->snapshot();
    const auto scene = m_canvas->scene();
    if (!snapshot || !scene)
        return;
    QList<AreaLevel> levels;
    for (const auto &level : snapshot->levels)
        if (!level.areas.isEmpty())
            levels.push_back(level.level);
    const QString description = m_filter->filter().describe(snapshot->categories, snapshot->flags, currentLanguage());
    ExportDialog dialog(description, levels, m_filter->result().matched, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString start = QDir(settings().value(QStringLiteral("dialogs/exportFolder")).toString())
                              .filePath((dialog.title().isEmpty() ? tr("resources") : dialog.title()) + QLatin1Char('.') + dialog.defaultSuffix());
    QString path = givenPath.isEmpty() ? QFileDialog::getSaveFileName(this, tr("Export"), start, dialog.fileFilter()) : givenPath;
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + dialog.defaultSuffix();
    settings().setValue(QStringLiteral("dialogs/exportFolder"), QFileInfo(path).absolutePath());

    // What is exported: the filter's matches, in its order.
    QList<Resource> resources;
    for (int index : m_filter->result().rows)
        resources.push_back(snapshot->resources[index]);
    const ExportDialog::Kind kind = dialog.kind();
    geo::PageSetup page;
    page.paper = dialog.a3() ? geo::PaperSize::A3 : geo::PaperSize::A4;
    page.landscape = dialog.landscape();
    const QString storePath = m_storePath;
    const QString title = dialog.title();
    const QString level = dialog.atlasLevel();
    const int grouping = dialog.grouping();
    const bool cp932 = dialog.cp932();
    geo::RenderSettings renderSettings = m_canvas->renderSettings();
    renderSettings.resourceMask.reset();   // the export's data is already the filtered resources
    renderSettings.selection.clear();
    const QRectF extent = dialog.wholeStore() ? QRectF() : m_canvas->viewport().visibleMapRect();
    const auto filter = m_filter->filter();
    auto done = runWithProgress<QString>(this, tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [=](const geo::JobControl &job) -> Result<QString> {
            ExportControl control;
            control.cancel = job.cancel;
            control.progress = job.progress;
            auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
            if (!store)
                return store.error();
            auto data = loadExportData(**store, resources, level, currentLanguage());
            if (!data)
                return data.error();
            data->title = title;
            data->filterDescription = description;
            switch (kind) {
            case ExportDialog::Kind::ListCsv: {
                CsvOptions options;
                options.encoding = cp932 ? CsvEncoding::Cp932 : CsvEncoding::Utf8WithBom;
                options.unencodable = UnencodableCharacters::Replace;
                auto report = exportCsv(*data, path, options, control);
                if (!report)
                    return report.error();
                return tr("%n resource(s) written.", nullptr, report->rows);
            }
            case ExportDialog::Kind::ListPdf: {
                geo::PdfListOptions options;
                options.page = page;
                options.grouping = grouping == 1 ? geo::ListGrouping::Category : grouping == 2 ? geo::ListGrouping::Area : geo::ListGrouping::None;
                auto report = geo::exportPdfList(*data, path, options, control);
                if (!report)
                    return report.error();
                return tr("%n page(s).", nullptr, report->pages);
            }
            case ExportDialog::Kind::MapLayout: {
                geo::MapLayoutOptions options;
                options.page = page;
                options.extent = extent;
                options.settings = renderSettings;
                if (filter.area) {
                    options.areaLevel = filter.area->levelCode;
                    options.areaCode = filter.area->areaCode;
                }
                auto report = geo::exportMapLayout(*scene, *data, path, options, control);
                if (!report)
                    return report.error();
                return tr("Map written.");
            }
            case ExportDialog::Kind::Atlas: {
                geo::AtlasOptions options;
                options.page = page;
                options.settings = renderSettings;
                auto report = geo::exportAtlas(*scene, *data, path, options, control);
                if (!report)
                    return report.error();
                return tr("%n page(s).", nullptr, report->pages);
            }
            case ExportDialog::Kind::Gis: {
                auto report = geo::exportGis(*data, path, control);
                if (!report)
                    return report.error();
                return tr("%n resource(s) written.", nullptr, report->features);
            }
            }
            return Error(ErrorCode::Internal);
        });
    if (!done) {
        if (done.error().code == ErrorCode::Cancelled)
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
        else
            showError(tr("Could not export to %1.").arg(QFileInfo(path).fileName()), done.error());
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Export"), tr("Exported %1. %2").arg(QFileInfo(path).fileName(), *done), QMessageBox::Ok, this);
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::printMap()
{
    const auto snapshot = m_filter->snapshot();
    const auto scene = m_canvas->scene();
    if (!snapshot || !scene)
        return;
    auto store = Store::open(m_storePath, Store::OpenMode::ReadOnly);
    if (!store) {
        showError(tr("Could not open %1.").arg(QFileInfo(m_storePath).fileName()), store.error());
        return;
    }
    QList<Resource> resources;
    for (int index : m_filter->result().rows)
        resources.push_back(snapshot->resources[index]);
    auto data = loadExportData(**store, resources, QString(), currentLanguage());
    if (!data) {
        showError(tr("Could not print the map."), data.error());
        return;
    }
    data->filterDescription = m_filter->filter().describe(snapshot->categories, snapshot->flags, currentLanguage());
    geo::MapLayoutOptions options;
    options.extent = m_canvas->viewport().visibleMapRect();
    options.settings = m_canvas->renderSettings();
    options.settings.resourceMask.reset();
    options.settings.selection.clear();
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);   // the layout draws its own margins
    printer.setPageLayout(options.page.pageLayout());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Map"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *device) {
        options.page.landscape = device->pageLayout().orientation() == QPageLayout::Landscape;
        options.page.paper = device->pageLayout().pageSize().id() == QPageSize::A3 ? geo::PaperSize::A3 : geo::PaperSize::A4;
        QPainter painter(device);
        // The layout is in page pixels (1/96 inch); the printer in its own dots.
        const double scale = device->resolution() / geo::PagePixelsPerInch;
        painter.scale(scale, scale);
        if (auto result = geo::paintMapLayout(painter, *scene, *data, options); !result)
            statusBar()->showMessage(errorMessage(result.error()), 8000);
    });
    preview.exec();
}

void MainWindow::updateReadOnly()
{
    // A store whose file or folder cannot be written is shown, never edited.
    m_readOnly = !m_storePath.isEmpty() && !Store::canWrite(m_storePath);
    for (QAction *action : {m_addResourceAction, m_editResourceAction, m_deleteResourceAction, m_placeResourceAction})
        action->setEnabled(!m_readOnly);
    if (!m_readOnlyBanner) {
        m_readOnlyBanner = new QLabel(this);
        m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
        m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5c4400; padding: 2px 8px; }"));
        statusBar()->addPermanentWidget(m_readOnlyBanner);
    }
    m_readOnlyBanner->setText(tr("Read-only: the store's folder cannot be written, so it can be viewed but not edited."));
    m_readOnlyBanner->setVisible(m_readOnly);
}

bool MainWindow::refuseReadOnly()
{
    if (m_readOnly)
        statusBar()->showMessage(tr("The store is read-only (its folder cannot be written): copy it to a folder you can write to edit it."), 8000);
    return m_readOnly;
}

void MainWindow::addResource()
{
    if (refuseReadOnly())
        return;
    const auto snapshot = m_filter->snapshot();
    if (!snapshot || m_storePath.isEmpty())
        return;
    Resource fresh;
    fresh.source = tr("Entered by hand");
    fresh.sourceDate = QDate::currentDate();
    EditResourceDialog dialog(fresh, snapshot->categories, snapshot->flags, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->addResource(dialog.resource());
}

void MainWindow::editResource(qint64 id)
{
    if (refuseReadOnly())
        return;
    const auto snapshot = m_filter->snapshot();
    const auto resource = snapshotResource(id);
    if (!snapshot || !resource) {
        statusBar()->showMessage(tr("Select a resource first."), 5000);
        return;
    }
    EditResourceDialog dialog(*resource, snapshot->categories, snapshot->flags, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Resource after = dialog.resource();
    Resource comparable = after;
    comparable.updatedAt = resource->updatedAt;
    if (comparable != *resource)
        m_editor->editResource(*resource, after);
}

void MainWindow::deleteResource(qint64 id)
{
    if (refuseReadOnly())
        return;
    const auto resource = snapshotResource(id);
    if (!resource) {
        statusBar()->showMessage(tr("Select a resource first."), 5000);
        return;
    }
    m_editor->deleteResource(*resource);
    statusBar()->showMessage(tr("Deleted “%1”. Edit ▸ Undo brings it back.").arg(resource->name), 8000);
}

void MainWindow::startPlacing(qint64 id)
{
    if (refuseReadOnly())
        return;
    const auto resource = snapshotResource(id);
    if (!resource) {
        statusBar()->showMessage(tr("Select a resource first."), 5000);
        return;
    }
    m_placingId = id;
    m_canvas->setCursor(Qt::CrossCursor);
    statusBar()->showMessage(tr("Click the map where “%1” is.").arg(resource->name), 15000);
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_filterPanel = new FilterPanel(m_filter, this);
    m_areaPanel = new AreaTreePanel(m_filter, this);
    m_table = new ResourceTablePanel(m_filter, this);
    m_details = new DetailsPanel(this);
    auto dock = [this](QWidget *widget, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_filterDock = dock(m_filterPanel, QStringLiteral("filterDock"), Qt::LeftDockWidgetArea);
    m_areaDock = dock(m_areaPanel, QStringLiteral("areaDock"), Qt::LeftDockWidgetArea);
    m_tableDock = dock(m_table, QStringLiteral("tableDock"), Qt::BottomDockWidgetArea);
    m_detailsDock = dock(m_details, QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_filterDock, m_areaDock);
    m_filterDock->raise();
    resizeDocks({m_filterDock}, {300}, Qt::Horizontal);
    resizeDocks({m_detailsDock}, {320}, Qt::Horizontal);
    resizeDocks({m_tableDock}, {220}, Qt::Vertical);
}

void MainWindow::filterResultChanged()
{
    geo::RenderSettings renderSettings = m_canvas->renderSettings();
    renderSettings.resourceMask = m_filter->maskFor(m_sceneIds);
    if (const auto &near = m_filter->filter().near) {
        renderSettings.centreLatitude = near->latitude;
        renderSettings.centreLongitude = near->longitude;
        renderSettings.radiusMetres = near->radiusMetres;
    } else {
        renderSettings.radiusMetres = 0;
    }
    m_canvas->setRenderSettings(renderSettings);
    updateStatusCounts();
}

void MainWindow::setSelection(const QSet<qint64> &ids, bool fromTable)
{
    m_selection = ids;
    geo::RenderSettings renderSettings = m_canvas->renderSettings();
    renderSettings.selection = ids;
    m_canvas->setRenderSettings(renderSettings);
    if (!fromTable)
        m_table->selectResources(ids);
    if (ids.size() == 1)
        m_details->showResource(m_filter->snapshot(), *ids.begin());
    else if (ids.isEmpty())
        m_details->clear();
}

void MainWindow::zoomToResource(qint64 id)
{
    setSelection({id});
    m_detailsDock->show();
    const auto scene = m_canvas->scene();
    if (!scene)
        return;
    const int index = scene->resourceIndex.value(id, -1);
    if (index < 0) {
        statusBar()->showMessage(tr("This resource has no location yet."), 5000);
        return;
    }
    // About 1:5,000 around the resource: street level, names shown.
    m_canvas->setViewport(geo::MapViewport(scene->resources[index].position, 1.3, m_canvas->size(), m_canvas->devicePixelRatioF()));
}

void MainWindow::zoomToArea(const QString &levelCode, const QString &areaCode)
{
    const auto scene = m_canvas->scene();
    if (!scene)
        return;
    for (const geo::SceneAreaLevel &level : scene->levels)
        if (level.level.code == levelCode)
            for (const geo::SceneArea &area : level.areas)
                if (area.code == areaCode) {
                    m_canvas->zoomToMapRect(area.bounds);
                    return;
                }
}

void MainWindow::saveLastFilter() const
{
    if (!m_snapshotPath.isEmpty() || m_storePath.isEmpty())
        return;
    QSettings s = settings();
    s.setValue(QStringLiteral("filter/lastStore"), m_storePath);
    s.setValue(QStringLiteral("filter/last"), QJsonDocument(m_filter->filter().toJson()).toJson(QJsonDocument::Compact));
}

void MainWindow::savePreset()
{
    bool ok = false;
    const auto snapshot = m_filter->snapshot();
    const QString suggestion = snapshot ? m_filter->filter().describe(snapshot->categories, snapshot->flags, currentLanguage()) : QString();
    const QString name = QInputDialog::getText(this, tr("Save Filter as Preset"), tr("Name of the preset:"), QLineEdit::Normal, suggestion, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    QSettings s = settings();
    QJsonObject presets = QJsonDocument::fromJson(s.value(QStringLiteral("filter/presets")).toByteArray()).object();
    presets.insert(name, m_filter->filter().toJson());
    s.setValue(QStringLiteral("filter/presets"), QJsonDocument(presets).toJson(QJsonDocument::Compact));
    rebuildPresetMenu();
    statusBar()->showMessage(tr("Saved the preset “%1”.").arg(name), 5000);
}

void MainWindow::rebuildPresetMenu()
{
    m_presetMenu->clear();
    const QJsonObject presets = QJsonDocument::fromJson(settings().value(QStringLiteral("filter/presets")).toByteArray()).object();
    for (auto it = presets.begin(); it != presets.end(); ++it) {
        QAction *action = m_presetMenu->addAction(it.key());
        connect(action, &QAction::triggered, this, [this, json = it.value().toObject(), name = it.key()] {
            auto filter = ResourceFilter::fromJson(json);
            if (!filter) {
                showError(tr("The preset “%1” cannot be used.").arg(name), filter.error());
                return;
            }
            m_filter->setFilter(*filter);
        });
    }
    if (!presets.isEmpty()) {
        m_presetMenu->addSeparator();
        QAction *remove = m_presetMenu->addAction(tr("Delete a Preset…"));
        connect(remove, &QAction::triggered, this, [this] {
            QSettings s = settings();
            QJsonObject presets = QJsonDocument::fromJson(s.value(QStringLiteral("filter/presets")).toByteArray()).object();
            bool ok = false;
            const QString name = QInputDialog::getItem(this, tr("Delete a Preset"), tr("Preset:"), presets.keys(), 0, false, &ok);
            if (!ok)
                return;
            presets.remove(name);
            s.setValue(QStringLiteral("filter/presets"), QJsonDocument(presets).toJson(QJsonDocument::Compact));
            rebuildPresetMenu();
        });
    }
    m_presetMenu->setEnabled(!presets.isEmpty());
}

void MainWindow::updateStoreActions()
{
    const bool open = !m_storePath.isEmpty();
    m_addAreasAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_importAddressesAction->setEnabled(open);
    m_saveImageAction->setEnabled(m_canvas->hasScene());
    m_exportAction->setEnabled(m_canvas->hasScene());
    m_printAction->setEnabled(m_canvas->hasScene());
}

QString MainWindow::chooseFile(const QString &title, const QString &folderKey, const QString &filter)
{
    const QString key = QStringLiteral("dialogs/%1").arg(folderKey);
    const QString path = QFileDialog::getOpenFileName(this, title, settings().value(key).toString(), filter);
    if (!path.isEmpty())
        settings().setValue(key, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::reportImportFailure(const QString &path, const Error &error)
{
    if (error.code == ErrorCode::Cancelled)
        statusBar()->showMessage(tr("Import cancelled; nothing was changed."), 8000);
    else
        showError(tr("Could not import %1; nothing was changed.").arg(QFileInfo(path).fileName()), error);
}

void MainWindow::addAreaLayer(const QString &givenPath)
{
    if (m_storePath.isEmpty())
        return;
    const QString path = givenPath.isEmpty() ? chooseFile(tr("Add Area Layer"), QStringLiteral("areaFolder"),
                                                          tr("Boundary files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.gml);;All files (*)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    auto source = runWithProgress<geo::SourceInfo>(this, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                                   [path](const geo::JobControl &) { return geo::inspectSource(path); });
    if (!source) {
        showError(tr("Could not read %1.").arg(QFileInfo(path).fileName()), source.error());
        return;
    }
    // A layer of points is a resource list, not boundaries.
    const bool points = !source->layers.isEmpty()
                        && std::all_of(source->layers.begin(), source->layers.end(), [](const geo::LayerInfo &layer) {
                               return layer.geometryType.contains(QLatin1String("Point"), Qt::CaseInsensitive);
                           });
    if (points) {
        importResources(path);
        return;
    }
    QList<AreaLevel> levels;
    QStringList filled;
    if (const auto scene = m_canvas->scene()) {
        for (const geo::SceneAreaLevel &level : scene->levels) {
            levels.push_back(level.level);
            if (!level.areas.isEmpty())
                filled.push_back(level.level.code);
        }
    }
    if (levels.isEmpty())
        levels = standardAreaLevels();
    AddAreaLayerDialog dialog(path, *source, levels, filled, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const geo::AreaImportOptions options = dialog.options();
    const QString storePath = m_storePath;
    auto report = runWithProgress<geo::AreaImportReport>(this, tr("Importing areas from %1…").arg(QFileInfo(path).fileName()),
                                                         [storePath, path, options](const geo::JobControl &job) -> Result<geo::AreaImportReport> {
                                                             auto store = Store::open(storePath);
                                                             if (!store)
                                                                 return store.error();
                                                             return geo::importAreas(**store, path, options, job);
                                                         });
    if (!report) {
        reportImportFailure(path, report.error());
        return;
    }
    const geo::AreaImportReport &r = *report;
    const QString language = currentLanguage();
    QStringList summary;
    summary << tr("Imported %n area(s) as the level “%1”.", nullptr, r.imported).arg(r.level.label(language));
    if (r.levelCreated)
        summary << tr("The level is new.");
    summary << tr("Layer: %1 (%n feature(s))", nullptr, int(r.load.featureCount)).arg(r.load.layer);
    summary << tr("Name field: %1 — %2").arg(r.load.nameField.field, r.load.nameField.reason);
    if (!r.load.codeField.field.isEmpty())
        summary << tr("Code field: %1 — %2").arg(r.load.codeField.field, r.load.codeField.reason);
    if (!r.load.encoding.isEmpty())
        summary << tr("Text encoding: %1 — %2").arg(r.load.encoding, r.load.encodingReason);
    summary << tr("Coordinate system: %1 (%2) — %3").arg(r.load.crs.name, r.load.crs.crs, r.load.crs.reason);
    if (!r.parentLevel.isEmpty()) {
        const int split = int(std::count_if(r.parents.begin(), r.parents.end(), [](const geo::ParentAssignment &p) { return p.split; }));
        summary << tr("Parents found in the level “%1”; %n area(s) lie across more than one parent.", nullptr, split).arg(r.parentLevel);
    }
    summary << tr("Resources inside these areas: %1; outside them: %2.").arg(r.resources.assigned).arg(r.resources.outside);
    if (r.load.namesLookGarbled)
        summary << tr("Warning: the names look garbled (mojibake). Check the text encoding.");
    QList<ReportDialog::Issue> issues;
    auto add = [&](const QList<geo::FeatureIssue> &list, const QString &kind) {
        for (const geo::FeatureIssue &issue : list)
            issues.push_back({tr("feature %1 %2").arg(issue.feature).arg(issue.code), kind, issue.message});
    };
    add(r.load.repaired, tr("repaired"));
    add(r.load.dropped, tr("dropped"));
    add(r.load.notes, tr("note"));
    for (const geo::ParentAssignment &p : r.parents)
        if (p.split || !p.problem.isEmpty())
            issues.push_back({p.childCode, tr("parent"), p.split ? tr("only %1 % of it lies in %2").arg(qRound(p.share * 100)).arg(p.parentCode) : p.problem});
    openStore(m_storePath);
    ReportDialog(tr("Area Import Report"), summary, issues, this).exec();
}

void MainWindow::importResources(const QString &givenPath)
{
    if (m_storePath.isEmpty())
        return;
    const QString path = givenPath.isEmpty() ? chooseFile(tr("Import Resources"), QStringLiteral("importFolder"),
                                                          tr("Resource lists (*.csv *.txt *.geojson *.json *.shp *.zip *.gpkg);;All files (*)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    QList<Category> categories;
    if (const auto scene = m_canvas->scene())
        categories = scene->categories;
    if (categories.isEmpty())
        categories = defaultCategories();
    ImportResourcesDialog dialog(path, m_storePath, categories, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportOptions options = dialog.options();
    const QString layer = dialog.layer();
    const QString storePath = m_storePath;
    auto imported = runWithProgress<geo::ResourceFileImport>(this, tr("Importing resources from %1…").arg(QFileInfo(path).fileName()),
                                                             [storePath, path, options, layer](const geo::JobControl &job) -> Result<geo::ResourceFileImport> {
                                                                 auto store = Store::open(storePath);
                                                                 if (!store)
                                                                     return store.error();
                                                                 return geo::importResourceFile(**store, path, options, layer, job);
                                                             });
    if (!imported) {
        reportImportFailure(path, imported.error());
        return;
    }
    const ImportReport &r = imported->report;
    QStringList summary;
    summary << (r.dryRun ? tr("Checked %1 (nothing was written).") : tr("Imported %1.")).arg(QFileInfo(path).fileName());
    summary << tr("Layout: %1").arg(r.format);
    if (!r.encoding.isEmpty())
        summary << (r.encodingDetected ? tr("Text encoding: %1 (detected)") : tr("Text encoding: %1")).arg(r.encoding);
    summary << tr("Rows read: %1 — added %2, updated %3, unchanged %4, rejected %5, merged duplicates %6.")
                   .arg(r.rowsRead).arg(r.added).arg(r.updated).arg(r.unchanged).arg(r.rejected).arg(r.duplicates);
    if (!r.unplacedLines.isEmpty())
        summary << tr("%n resource(s) have no location yet.", nullptr, int(r.unplacedLines.size()));
    if (!r.unusedColumns.isEmpty())
        summary << tr("Columns not used: %1").arg(r.unusedColumns.join(QStringLiteral(", ")));
    QList<ReportDialog::Issue> issues;
    for (const ImportIssue &issue : r.issues) {
        const QString where = issue.column.isEmpty() ? tr("line %1").arg(issue.line) : tr("line %1, %2").arg(issue.line).arg(issue.column);
        issues.push_back({where, isRejection(issue.kind) ? tr("rejected") : tr("warning"), importIssueMessage(issue)});
    }
    if (!r.dryRun)
        openStore(m_storePath);
    ReportDialog(tr("Resource Import Report"), summary, issues, this).exec();
}

void MainWindow::openStoreDialog()
{
    const QString start = m_storePath.isEmpty() ? QString() : QFileInfo(m_storePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Store"), start, storeFilter());
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::openDemo()
{
    auto path = userDemoStorePath();
    if (!path) {
        showError(tr("The demo data is not available."), path.error());
        return;
    }
    openStore(*path);
}

void MainWindow::saveMapImage()
{
    if (!m_canvas->hasScene())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Map as Image"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // Twice the screen's resolution, so the image prints sharply.
    geo::MapViewport viewport = m_canvas->viewport().resized(m_canvas->size(), 2.0);
    const QImage image = geo::MapRenderer::renderImage(*m_canvas->scene(), viewport, m_canvas->renderSettings());
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        showError(tr("Could not save %1.").arg(QFileInfo(path).fileName()),
                  Error(ErrorCode::FileWriteFailed, file.errorString()).inFile(path));
        return;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::switchLanguage(const QString &language)
{
    settings().setValue(QStringLiteral("ui/language"), language);
    installTranslations(language);   // sends LanguageChange to every widget
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CareAtlas"),
                       tr("<h3>CareAtlas %1</h3><p>A regional resource map for community-based integrated care: "
                          "medical, care, housing and community resources on one map, to find, filter and share.</p>"
                          "<p>Built with Qt, GDAL/OGR (PROJ), SQLite and Boost.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::setSnapshotPath(const QString &path)
{
    m_snapshotPath = path;
    QTimer::singleShot(SnapshotTimeoutMs, this, [] {
        std::fprintf(stderr, "careatlas: the snapshot timed out\n");
        QCoreApplication::exit(1);
    });
}

void MainWindow::finishSnapshot()
{
    if (m_snapshotPath.isEmpty() || m_canvas->isRendering())
        return;
    const QImage image = grab().toImage();
    QSaveFile file(m_snapshotPath);
    QImageWriter writer(&file, QFileInfo(m_snapshotPath).suffix().toLower() == QLatin1String("jpg") ? "jpg" : "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        std::fprintf(stderr, "careatlas: %s\n", qPrintable(errorMessage(Error(ErrorCode::FileWriteFailed, file.errorString()).inFile(m_snapshotPath))));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "careatlas: wrote %s\n", qPrintable(m_snapshotPath));
    QCoreApplication::exit(0);
}

} // namespace careatlas
