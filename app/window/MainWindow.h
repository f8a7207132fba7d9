#pragma once

#include "core/Error.h"
#include "geo/render/MapScene.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace careatlas {

class MapCanvas;
class SceneLoader;

// The application window: the map, menus, tool bar and status bar. Thin: it wires the canvas,
// the loaders and the dialogs together; the work is done below app/.
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

    // Snapshot mode (--snapshot FILE): once the store's first frame is drawn, the window is
    // grabbed to FILE and the application quits (exit 0; 1 on any error, told on stderr).
    void setSnapshotPath(const QString &path);

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
    void updateWindowTitle();
    void applyRenderOptions();
    void showError(const QString &what, const Error &error);
    void finishSnapshot();

    void newStore();
    void openStoreDialog();
    void openDemo();
    void saveMapImage();
    void switchLanguage(const QString &language);
    void about();

    void sceneLoaded(const QString &path, geo::MapScenePointer scene);
    void sceneFailed(const QString &path, const Error &error);

    MapCanvas *m_canvas = nullptr;
    SceneLoader *m_loader = nullptr;
    QString m_storePath;
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
};

} // namespace careatlas
