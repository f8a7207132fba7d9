#pragma once

#include "core/Error.h"
#include "core/Resource.h"
#include "core/query/ResourceFilter.h"
#include "core/query/ResourceSnapshot.h"
#include "geo/render/MapScene.h"
#include "geo/render/RasterBackground.h"

#include <QSet>

#include <optional>

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QPushButton;
class QDockWidget;
class QMenu;

namespace careatlas {

class AreaTreePanel;
class EditController;
class ExportController;
class ImportController;
class JobRunner;
class BaseMapMenu;
class LayerPanel;
class DetailsPanel;
class FilterController;
class FilterPanel;
class MapCanvas;
class ResourceEditor;
class ResourceTablePanel;
class SceneLoader;
class ShortlistController;
class SyncController;
class ServerController;
class StatisticsController;
class Workspace;

// The application window: the map, menus, tool bar and status bar. Thin: it wires the views to
// the one Workspace they observe and the menus to the controllers (imports, exports and
// printing, edits); the work is done below app/. Its parts:
//   MainWindow.cpp         the store's life (open, reload, recent), docks, status, settings, language
//   MainWindowActions.cpp  actions, menus, tool bar and their texts
//   MainWindowMap.cpp      the map's layers, tools and background
//   ImportController, ExportController, EditController (app/window): what the menus do
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store (in the background); errors are shown, the current map stays.
    void openStore(const QString &path);
    QString storePath() const { return m_storePath; }
    MapCanvas *canvas() const { return m_canvas; }
    bool isReadOnly() const { return m_readOnly; }
    Workspace *workspace() const { return m_workspace; }
    FilterController *filterController() const;
    JobRunner *jobs() const { return m_jobs; }
    ExportController *exports() const { return m_exports; }
    ResourceTablePanel *resourceTable() const { return m_table; }
    ResourceEditor *editor() const { return m_editor; }
    DetailsPanel *details() const { return m_details; }
    // Referral shortlists: the dock, menu and sheet (ShortlistController.cpp).
    ShortlistController *shortlists() const { return m_shortlists; }
    StatisticsController *statistics() const { return m_statistics; }
    SyncController *syncController() const { return m_sync; }   // File ▸ Sync (SyncController.cpp)
    ServerController *serverController() const { return m_server; }   // a server store (ServerController.cpp)

    // File ▸ Add Area Layer… and File ▸ Import Resources… (a file dialog when `path` is empty):
    // options dialog, background job with progress and cancel, report, map reloaded. They
    // return at once; jobs()->isRunning() tells when the job has ended.
    void addAreaLayer(const QString &path = QString());
    void importResources(const QString &path = QString());

    // File ▸ Export… of the filtered resources (a file dialog when `path` is empty) and
    // File ▸ Print Map… (print preview of the current view's map layout); in the background.
    void exportResources(const QString &path = QString());
    void printMap();
    // The read-only banner's Save a Copy to Edit… (a file dialog when `target` is empty): a copy
    // of the store, written in the background, then opened for editing.
    void saveCopyToEdit(const QString &target = QString());

    // Switches the interface language ("ja", "en") at run time and keeps it in the settings.
    void switchLanguage(const QString &language);

    // Snapshot mode (--snapshot FILE): once the store's first frame is drawn, the window is
    // grabbed to FILE and the application quits (exit 0; 1 on any error, told on stderr).
    void setSnapshotPath(const QString &path);

    // A filter to apply when the first store has loaded (instead of the last one used).
    void setInitialFilter(const ResourceFilter &filter);

    // The map's layers, tools and background (MainWindowMap.cpp).
    LayerPanel *layerPanel() const { return m_layerPanel; }
    // View ▸ Background Map…: a raster GDAL reads drawn under the areas; false (and told) when
    // it cannot be used. An empty path clears it. Kept in the settings.
    bool setBackgroundMap(const QString &path);
    // View ▸ Zoom to Selection.
    void zoomToSelection();

    // The language saved in the settings ("ja", "en"), or empty.
    static QString savedLanguage();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void rebuildLevelMenu();
    void restoreSettings();
    void saveSettings() const;
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void updateStatusCounts();
    QString storeName() const;   // as shown in the title and status bar
    void updateWindowTitle();
    void applyRenderOptions();
    void showError(const QString &what, const Error &error);
    void showStatus(const QString &text, int timeoutMs);
    void finishSnapshot();
    void connectViews();

    void newStore();
    void updateStoreActions();
    // A store that cannot be written (its file or folder): the banner shows, editing is off.
    void updateReadOnly();
    void openStoreDialog();
    void openDemo();
    void about();

    void sceneLoaded(const QString &path, geo::MapScenePointer scene, ResourceSnapshotPointer snapshot);
    void createDocks();
    void zoomToResource(qint64 id);
    void zoomToArea(const QString &levelCode, const QString &areaCode);
    void savePreset();
    void findAddress(const QString &address);
    void rebuildPresetMenu();
    void saveLastFilter() const;
    void sceneFailed(const QString &path, const Error &error);

    // The map's layers, tools and background (MainWindowMap.cpp).
    void createMapControls();
    void retranslateMapControls();
    void layersChanged();
    void chooseBackgroundMap();

    MapCanvas *m_canvas = nullptr;
    Workspace *m_workspace = nullptr;
    FilterController *m_filter = nullptr;      // the workspace's
    JobRunner *m_jobs = nullptr;
    ImportController *m_imports = nullptr;
    ExportController *m_exports = nullptr;
    EditController *m_edits = nullptr;
    ShortlistController *m_shortlists = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    AreaTreePanel *m_areaPanel = nullptr;
    ResourceTablePanel *m_table = nullptr;
    DetailsPanel *m_details = nullptr;
    QDockWidget *m_filterDock = nullptr;
    QDockWidget *m_areaDock = nullptr;
    QDockWidget *m_tableDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QMenu *m_filterMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    ResourceEditor *m_editor = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addResourceAction = nullptr;
    QAction *m_editResourceAction = nullptr;
    QAction *m_deleteResourceAction = nullptr;
    QAction *m_placeResourceAction = nullptr;
    QMenu *m_presetMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    QAction *m_savePresetAction = nullptr;
    bool m_restoredLastFilter = false;
    std::optional<ResourceFilter> m_initialFilter;
    SceneLoader *m_loader = nullptr;
    QString m_storePath;
    bool m_readOnly = false;
    QFrame *m_readOnlyBanner = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QPushButton *m_saveCopyButton = nullptr;
    QString m_snapshotPath;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_levelMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_saveImageAction = nullptr;
    QAction *m_addAreasAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importAddressesAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fullExtentAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_legendAction = nullptr;
    QAction *m_clustersAction = nullptr;
    QAction *m_labelsAction = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_coordinatesLabel = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QLabel *m_countsLabel = nullptr;

    // The map's layers, tools and background (MainWindowMap.cpp).
    LayerPanel *m_layerPanel = nullptr;
    QDockWidget *m_layerDock = nullptr;
    QAction *m_zoomSelectionAction = nullptr;
    QAction *m_measureAction = nullptr;
    QAction *m_radiusAction = nullptr;
    QAction *m_backgroundAction = nullptr;
    QAction *m_clearBackgroundAction = nullptr;
    std::shared_ptr<const geo::RasterBackground> m_background;
    BaseMapMenu *m_baseMapMenu = nullptr;   // View ▸ Base Map (BaseMapMenu.cpp)
    SyncController *m_sync = nullptr;
    ServerController *m_server = nullptr;
    StatisticsController *m_statistics = nullptr;   // Statistics panel, File ▸ Import Population… (StatisticsController.cpp)
};

} // namespace careatlas
