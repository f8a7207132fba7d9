#include "app/window/MainWindow.h"

#include "app/canvas/MapCanvas.h"
#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/models/FilterController.h"
#include "app/models/ResourceEditor.h"
#include "app/models/Workspace.h"
#include "app/panels/AreaTreePanel.h"
#include "app/panels/DetailsPanel.h"
#include "app/panels/FilterPanel.h"
#include "app/panels/LayerPanel.h"
#include "app/panels/ResourceTablePanel.h"
#include "app/window/BaseMapMenu.h"
#include "app/window/DemoStore.h"
#include "app/window/EditController.h"
#include "app/window/ExportController.h"
#include "app/window/ImportController.h"
#include "app/window/SceneLoader.h"
#include "app/window/ShortlistController.h"
#include "app/window/SyncController.h"
#include "app/window/ServerController.h"
#include "app/window/StatisticsController.h"
#include "core/address/AddressReference.h"
#include "core/store/Store.h"
#include "geo/areas/AreaSource.h"
#include "geo/import/PointSourceReader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

namespace careatlas {

namespace {

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
    m_workspace = new Workspace(this);
    m_filter = m_workspace->filter();
    m_jobs = new JobRunner(this);
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_canvas->setWorkspace(m_workspace);
    {
        // The map, under a banner that shows only for a store that cannot be written.
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        m_readOnlyBanner = new QFrame(central);
        m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
        m_readOnlyBanner->setStyleSheet(QStringLiteral("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #d4b106; }"));
        auto *bannerLayout = new QHBoxLayout(m_readOnlyBanner);
        bannerLayout->setContentsMargins(8, 4, 8, 4);
        m_readOnlyLabel = new QLabel(m_readOnlyBanner);
        m_readOnlyLabel->setWordWrap(true);
        m_saveCopyButton = new QPushButton(m_readOnlyBanner);
        m_saveCopyButton->setObjectName(QStringLiteral("saveCopyButton"));
        connect(m_saveCopyButton, &QPushButton::clicked, this, [this] { saveCopyToEdit(); });
        bannerLayout->addWidget(m_readOnlyLabel, 1);
        bannerLayout->addWidget(m_saveCopyButton);
        m_readOnlyBanner->hide();
        layout->addWidget(m_readOnlyBanner);
        layout->addWidget(m_canvas, 1);
        setCentralWidget(central);
    }
    m_loader = new SceneLoader(this);
    m_editor = new ResourceEditor(m_workspace, this);
    m_imports = new ImportController(this, m_workspace, m_jobs);
    m_exports = new ExportController(this, m_workspace, m_jobs, m_canvas);
    m_edits = new EditController(this, m_workspace, m_editor, m_canvas);
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
    m_shortlists = new ShortlistController(this, m_workspace, m_jobs, m_canvas, m_table, m_details);
    m_shortlists->installMenu(menuBar(), m_helpMenu->menuAction(), m_panelsMenu);
    createMapControls();
    m_statistics = new StatisticsController(this, m_workspace, m_jobs, m_tableDock, m_fileMenu, m_exportAction, m_panelsMenu);
    m_sync = new SyncController(this, m_workspace, m_jobs, m_fileMenu, m_quitAction);
    m_server = new ServerController(this, m_workspace, m_jobs, m_sync, m_fileMenu, m_sync->syncAction());
    statusBar()->insertPermanentWidget(0, m_server->statusLabel());
    retranslate();
    restoreSettings();
    connectViews();
    applyRenderOptions();
    updateWindowTitle();
    updateStoreActions();
}

FilterController *MainWindow::filterController() const { return m_filter; }

void MainWindow::addAreaLayer(const QString &path) { m_imports->addAreaLayer(path); }
void MainWindow::importResources(const QString &path) { m_imports->importResources(path); }
void MainWindow::exportResources(const QString &path) { m_exports->exportResources(path); }
void MainWindow::printMap() { m_exports->printMap(); }

void MainWindow::showStatus(const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); }

// What the views and controllers tell each other goes through the workspace; the window only
// turns clicks into requests and messages into the status bar.
void MainWindow::connectViews()
{
    connect(m_filter, &FilterController::resultChanged, this, &MainWindow::updateStatusCounts);
    connect(m_filter, &FilterController::filterChanged, this, &MainWindow::saveLastFilter);
    connect(m_canvas, &MapCanvas::resourceClicked, this, [this](qint64 id, Qt::KeyboardModifiers modifiers) {
        QSet<qint64> ids{id};
        if (modifiers & Qt::ControlModifier) {
            ids = m_workspace->selection();
            if (ids.contains(id))
                ids.remove(id);
            else
                ids.insert(id);
        }
        m_workspace->setSelection(ids);
    });
    connect(m_canvas, &MapCanvas::resourcesSelected, this, [this](const QSet<qint64> &ids, Qt::KeyboardModifiers modifiers) {
        m_workspace->setSelection((modifiers & Qt::ControlModifier) ? m_workspace->selection() + ids : ids);
    });
    connect(m_canvas, &MapCanvas::mapClicked, this, [this](double lon, double lat) {
        if (m_edits->placeAt(lon, lat))
            return;
        if (m_filterPanel->isPickingCentre()) {
            // Described by its coordinates, as `careatlas-cli --near LAT,LON` describes it.
            NearChoice near{lat, lon, m_filter->filter().near ? m_filter->filter().near->radiusMetres : 2000.0, QString()};
            m_filter->setNear(near);
            m_filterPanel->finishPickingCentre();
            m_canvas->unsetCursor();
        } else if (!m_workspace->selection().isEmpty()) {
            m_workspace->setSelection({});
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
        const QSet<qint64> &selection = m_workspace->selection();
        const auto resource = selection.isEmpty() ? std::nullopt : m_workspace->resource(*selection.begin());
        if (!resource) {
            statusBar()->showMessage(tr("Select a resource first."), 5000);
            return;
        }
        if (!resource->hasLocation()) {
            statusBar()->showMessage(tr("The selected resource has no location."), 5000);
            return;
        }
        m_filter->setNear(NearChoice{*resource->latitude, *resource->longitude,
                                     m_filter->filter().near ? m_filter->filter().near->radiusMetres : 2000.0, resource->name});
    });
    connect(m_filterPanel, &FilterPanel::addressSearchRequested, this, &MainWindow::findAddress);
    connect(m_table, &ResourceTablePanel::resourceActivated, this, &MainWindow::zoomToResource);
    connect(m_areaPanel, &AreaTreePanel::zoomToAreaRequested, this, &MainWindow::zoomToArea);
    connect(m_details, &DetailsPanel::editRequested, m_edits, &EditController::editResource);
    connect(m_details, &DetailsPanel::deleteRequested, m_edits, &EditController::deleteResource);
    connect(m_details, &DetailsPanel::placeRequested, m_edits, &EditController::startPlacing);
    // An edit patches the workspace's data; nothing is read again unless a change failed.
    connect(m_editor, &ResourceEditor::changeApplied, this, [this](qint64 focus) {
        if (focus != 0)
            m_workspace->setSelection({focus});
        updateStatusCounts();
    });
    connect(m_editor, &ResourceEditor::reloadNeeded, this, [this] { openStore(m_storePath); });
    connect(m_editor, &ResourceEditor::areasChanged, this, [this] { openStore(m_storePath); });
    connect(m_areaPanel, &AreaTreePanel::renameAreaRequested, m_editor, &ResourceEditor::renameArea);
    connect(m_areaPanel, &AreaTreePanel::changeAreaCodeRequested, m_editor, &ResourceEditor::changeAreaCode);
    connect(m_editor, &ResourceEditor::failed, this, [this](const Error &error) { showError(tr("The change could not be saved."), error); });
    connect(m_imports, &ImportController::statusMessage, this, &MainWindow::showStatus);
    connect(m_exports, &ExportController::statusMessage, this, &MainWindow::showStatus);
    connect(m_edits, &EditController::statusMessage, this, &MainWindow::showStatus);
    connect(m_imports, &ImportController::failed, this, &MainWindow::showError);
    connect(m_exports, &ExportController::failed, this, &MainWindow::showError);
    connect(m_shortlists, &ShortlistController::statusMessage, this, &MainWindow::showStatus);
    connect(m_shortlists, &ShortlistController::failed, this, &MainWindow::showError);
    connect(m_imports, &ImportController::storeWritten, this, [this] { openStore(m_storePath); });
    connect(m_sync, &SyncController::reloadNeeded, this, [this] { openStore(m_storePath); });
    connect(m_sync, &SyncController::statusMessage, this, &MainWindow::showStatus);
    connect(m_sync, &SyncController::failed, this, &MainWindow::showError);
    connect(m_server, &ServerController::openCopy, this, &MainWindow::openStore);
    connect(m_server, &ServerController::reloadNeeded, this, [this] { openStore(m_storePath); });
    connect(m_server, &ServerController::statusMessage, this, &MainWindow::showStatus);
    connect(m_server, &ServerController::failed, this, &MainWindow::showError);
    connect(m_editor, &ResourceEditor::changeApplied, m_server, &ServerController::syncSoon);   // a save goes to the server at once
    connect(m_jobs, &JobRunner::refused, this, [this] { statusBar()->showMessage(tr("Another task is still running; wait for it or cancel it first."), 8000); });

    connect(m_loader, &SceneLoader::loaded, this, &MainWindow::sceneLoaded);
    connect(m_loader, &SceneLoader::preview, this, [this](const QString &, geo::MapScenePointer scene) {
        if (m_canvas->scene()) {   // a store opened over another: the other stays until this one is read
            m_loader->firstFrameShown();
            return;
        }
        // The window's first store: its map before the whole store is read (which waits for it).
        m_canvas->setFirstFrameScene(std::move(scene));
        auto shown = std::make_shared<QMetaObject::Connection>();
        *shown = connect(m_canvas, &MapCanvas::renderFinished, this, [this, shown] {
            disconnect(*shown);
            m_loader->firstFrameShown();
        });
    });
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
        // The snapshot shows the window once the store is read whole (list, tree, statistics),
        // or with CAREATLAS_SNAPSHOT_FIRST_FRAME set, at its first frame (performance.md).
        if (!m_snapshotPath.isEmpty() && m_canvas->scene() && !m_canvas->isRendering()
            && (m_workspace->snapshot() || qEnvironmentVariableIsSet("CAREATLAS_SNAPSHOT_FIRST_FRAME")))
            QTimer::singleShot(0, this, &MainWindow::finishSnapshot);
    });
}

MainWindow::~MainWindow() = default;

QString MainWindow::savedLanguage()
{
    return settings().value(QStringLiteral("ui/language")).toString();
}

void MainWindow::applyRenderOptions()
{
    geo::RenderSettings renderSettings = m_workspace->renderOptions();
    renderSettings.language = currentLanguage();
    renderSettings.legend = m_legendAction->isChecked();
    renderSettings.clusters = m_clustersAction->isChecked();
    renderSettings.levelStyles.clear();
    renderSettings.levelOrder = m_layerPanel->levelOrder();
    renderSettings.showResources = m_layerPanel->resourcesVisible();
    renderSettings.background = m_background;
    if (m_baseMapMenu)
        m_baseMapMenu->apply(renderSettings);
    if (const auto scene = m_workspace->scene()) {
        const QHash<QString, geo::LevelStyle> styles = m_layerPanel->levelStyles();
        for (int l = 0; l < scene->levels.size(); ++l) {
            const QString &code = scene->levels[l].level.code;
            geo::LevelStyle style = styles.value(code, geo::defaultLevelStyle(l, int(scene->levels.size())));
            if (!m_labelsAction->isChecked())
                style.labels = false;
            renderSettings.levelStyles.insert(code, style);
        }
    }
    m_workspace->setRenderOptions(renderSettings);
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
    if (!m_storePath.isEmpty())   // a server: its connection string (never a password), not its working copy
        s.setValue(QStringLiteral("session/lastStore"), m_server->connectionString().isEmpty() ? m_storePath : m_server->connectionString());
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
    if (m_server && m_server->open(path))   // postgresql://… or service=NAME: its working copy
        return;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_loader->load(path, m_canvas->size(), m_clustersAction->isChecked());
}

void MainWindow::sceneLoaded(const QString &path, geo::MapScenePointer scene, ResourceSnapshotPointer snapshot)
{
    QApplication::restoreOverrideCursor();
    m_editor->setStorePath(path);
    m_workspace->setData(path, std::move(scene), std::move(snapshot));
    m_storePath = path;
    m_readOnly = !Store::canWrite(path);
    updateReadOnly();
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
    statusBar()->showMessage(tr("Opened %1.").arg(storeName()), 5000);
    if (m_snapshotPath.isEmpty())
        settings().setValue(QStringLiteral("session/lastStore"), m_server->connectionString().isEmpty() ? path : m_server->connectionString());
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
    const auto snapshot = m_filter->snapshot();
    // Retired resources are in the scene but not on the map unless the filter asks for them.
    const bool fromSnapshot = filtered || (snapshot && !snapshot->retiredAt.isEmpty());
    const int total = !snapshot ? 0 : m_filter->filter().retired == RetiredChoice::Hide ? snapshot->currentCount() : int(snapshot->resources.size());
    QString text = filtered ? tr("%1 of %n resource(s) match", nullptr, total).arg(result.matched)
                            : tr("%n resource(s) on the map", nullptr, fromSnapshot ? result.matched : int(scene->resourceCount()));
    const int unlocated = fromSnapshot ? result.withoutLocation : scene->unlocatedCount;
    if (unlocated > 0)
        text += tr(" · %n without location", nullptr, unlocated);
    m_countsLabel->setText(text);
}

QString MainWindow::storeName() const
{
    // A server store: the server (password masked), not its working copy's file.
    return m_server && !m_server->connectionString().isEmpty() ? m_server->serverName() : QFileInfo(m_storePath).fileName();
}

void MainWindow::updateWindowTitle()
{
    const QString product = tr("CareAtlas — Regional Resource Map");
    //: The window's title: the open file, then the product ("demo.gpkg - CareAtlas 地域資源マップ" in Japanese).
    setWindowTitle(m_storePath.isEmpty() ? product : tr("%1 — %2").arg(storeName(), product));
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
    // The centre is named by the reference it matched (never the address typed: a client's), and
    // the status bar says to which level it matched.
    m_filter->setNear(NearChoice{chosen.latitude, chosen.longitude, radius, chosen.address});
    m_shortlists->setMatchedPlace(chosen.town, chosen.latitude, chosen.longitude);
    const QString level = chosen.level == QLatin1String("block") ? tr("block (番地)")
                          : chosen.town.contains(QStringLiteral("丁目")) ? tr("chōme (丁目)")
                                                                        : tr("town (町)");
    statusBar()->showMessage(chosen.exact ? tr("Found “%1” to the %2: the distances are measured from its point.").arg(chosen.address, level)
                                          : tr("“%1” was found only to the %2 “%3”: the distances are measured from that point.")
                                                .arg(address, level, chosen.address),
                             15000);
    if (const auto scene = m_canvas->scene()) {
        const QPointF centre = scene->projection.forward(chosen.longitude, chosen.latitude);
        m_canvas->zoomToMapRect(QRectF(centre - QPointF(radius * 1.2, radius * 1.2), QSizeF(radius * 2.4, radius * 2.4)));
    }
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_filterPanel = new FilterPanel(m_filter, this);
    m_areaPanel = new AreaTreePanel(m_filter, this);
    m_table = new ResourceTablePanel(m_workspace, this);
    m_details = new DetailsPanel(this);
    m_details->setWorkspace(m_workspace);
    auto dock = [this](QWidget *widget, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    // The filter panel scrolls rather than setting the window's minimum height (a 1366×768 laptop).
    auto *filterScroll = new QScrollArea(this);
    filterScroll->setObjectName(QStringLiteral("filterScroll"));
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filterScroll->setWidget(m_filterPanel);
    m_filterDock = dock(filterScroll, QStringLiteral("filterDock"), Qt::LeftDockWidgetArea);
    m_areaDock = dock(m_areaPanel, QStringLiteral("areaDock"), Qt::LeftDockWidgetArea);
    m_tableDock = dock(m_table, QStringLiteral("tableDock"), Qt::BottomDockWidgetArea);
    m_detailsDock = dock(m_details, QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_filterDock, m_areaDock);
    m_filterDock->raise();
    resizeDocks({m_filterDock}, {300}, Qt::Horizontal);
    resizeDocks({m_detailsDock}, {320}, Qt::Horizontal);
    resizeDocks({m_tableDock}, {220}, Qt::Vertical);
}

void MainWindow::zoomToResource(qint64 id)
{
    m_workspace->setSelection({id});
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
    const bool writable = open && !m_readOnly;
    m_addAreasAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_importAddressesAction->setEnabled(writable);
    for (QAction *edit : {m_addResourceAction, m_editResourceAction, m_deleteResourceAction, m_placeResourceAction})
        edit->setEnabled(!m_readOnly);
    m_saveImageAction->setEnabled(m_canvas->hasScene());
    m_exportAction->setEnabled(m_canvas->hasScene());
    m_printAction->setEnabled(m_canvas->hasScene());
}

void MainWindow::updateReadOnly()
{
    m_edits->setReadOnly(m_readOnly);
    m_details->setEditable(!m_readOnly);
    m_areaPanel->setEditable(!m_readOnly);
    m_readOnlyLabel->setText(tr("<b>Read-only</b>: %1 cannot be changed here (its file or folder cannot be written). "
                                "You can view, filter, export and print. To edit, save a copy to a folder you can write.")
                                 .arg(QFileInfo(m_storePath).fileName().toHtmlEscaped()));
    m_saveCopyButton->setText(tr("Save a Copy to Edit…"));
    m_readOnlyBanner->setVisible(m_readOnly && !m_storePath.isEmpty());
    updateStoreActions();
}

void MainWindow::saveCopyToEdit(const QString &chosen)
{
    const QString source = m_storePath;
    if (source.isEmpty())
        return;
    QString target = chosen;
    if (target.isEmpty()) {
        const QString suggested = QDir::home().filePath(QFileInfo(source).completeBaseName() + tr("-copy") + QStringLiteral(".gpkg"));
        target = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Store"), suggested, storeFilter());
    }
    if (target.isEmpty())
        return;
    m_jobs->run<bool>(
        tr("Saving a copy of %1…").arg(QFileInfo(source).fileName()),
        [source, target](const Feedback &) -> Result<bool> {
            auto store = Store::open(source, Store::OpenMode::ReadOnly);
            if (!store)
                return store.error();
            if (Status copied = (*store)->saveCopy(target); !copied)
                return copied.error();
            return true;
        },
        [this, target](Result<bool> done) {
            if (!done) {
                showError(tr("Could not save a copy to %1.").arg(QFileInfo(target).fileName()), done.error());
                return;
            }
            statusBar()->showMessage(tr("Saved a copy to %1; it is open for editing.").arg(QFileInfo(target).fileName()), 10000);
            openStore(target);
        });
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

void MainWindow::switchLanguage(const QString &language)
{
    if (m_snapshotPath.isEmpty())
        settings().setValue(QStringLiteral("ui/language"), language);
    installTranslations(language);   // replaces the translators; sends LanguageChange to every widget
    (language == QLatin1String("ja") ? m_japaneseAction : m_englishAction)->setChecked(true);
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
    if (!m_workspace->snapshot()) {
        // The first frame's snapshot (a measurement): the store's load still runs and would be
        // waited for on the way out.
        std::fflush(stdout);
        std::_Exit(0);
    }
    QCoreApplication::exit(0);
}

} // namespace careatlas
