#include "app/window/MainWindow.h"

#include "app/canvas/MapCanvas.h"
#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"
#include "app/window/DemoStore.h"
#include "app/window/SceneLoader.h"
#include "core/store/Store.h"
#include "geo/render/MapRenderer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
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

    m_coordinatesLabel = new QLabel(this);
    m_scaleLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    for (QLabel *label : {m_countsLabel, m_coordinatesLabel, m_scaleLabel}) {
        label->setMinimumWidth(120);
        statusBar()->addPermanentWidget(label);
    }

    createActions();
    createMenus();
    retranslate();
    restoreSettings();
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
    m_fileMenu->addAction(m_saveImageAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

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

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_openAction);
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
    rebuildLevelMenu();
    rebuildRecentMenu();
    updateStatusCounts();
    updateWindowTitle();
    if (m_canvas->hasScene())
        m_scaleLabel->setText(tr("Scale 1:%1").arg(QLocale().toString(qRound64(m_canvas->viewport().scaleDenominator()))));
}

void MainWindow::rebuildLevelMenu()
{
    const QList<QAction *> old = m_levelMenu->actions();
    QSettings s = settings();
    m_levelMenu->clear();
    qDeleteAll(old);
    const auto scene = m_canvas->scene();
    m_levelMenu->setEnabled(scene && !scene->levels.isEmpty());
    if (!scene)
        return;
    for (const geo::SceneAreaLevel &level : scene->levels) {
        QAction *action = m_levelMenu->addAction(level.level.label(currentLanguage()));
        action->setCheckable(true);
        action->setData(level.level.code);
        action->setChecked(s.value(QStringLiteral("map/levels/%1/visible").arg(level.level.code), true).toBool());
        connect(action, &QAction::toggled, this, [this, code = level.level.code](bool on) {
            settings().setValue(QStringLiteral("map/levels/%1/visible").arg(code), on);
            applyRenderOptions();
        });
    }
}

void MainWindow::applyRenderOptions()
{
    geo::RenderSettings renderSettings = m_canvas->renderSettings();
    renderSettings.language = currentLanguage();
    renderSettings.legend = m_legendAction->isChecked();
    renderSettings.clusters = m_clustersAction->isChecked();
    renderSettings.levelStyles.clear();
    if (const auto scene = m_canvas->scene()) {
        const QList<QAction *> levelActions = m_levelMenu->actions();
        for (int l = 0; l < scene->levels.size(); ++l) {
            geo::LevelStyle style = geo::defaultLevelStyle(l, int(scene->levels.size()));
            for (QAction *action : levelActions)
                if (action->data().toString() == scene->levels[l].level.code)
                    style.visible = action->isChecked();
            if (!m_labelsAction->isChecked())
                style.labels = false;
            renderSettings.levelStyles.insert(scene->levels[l].level.code, style);
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
}

void MainWindow::saveSettings() const
{
    QSettings s = settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("map/legend"), m_legendAction->isChecked());
    s.setValue(QStringLiteral("map/clusters"), m_clustersAction->isChecked());
    s.setValue(QStringLiteral("map/areaLabels"), m_labelsAction->isChecked());
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
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)) {
            openStore(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    statusBar()->showMessage(tr("Drop a CareAtlas store (.gpkg) to open it."), 5000);
}

void MainWindow::openStore(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_loader->load(path);
}

void MainWindow::sceneLoaded(const QString &path, geo::MapScenePointer scene)
{
    QApplication::restoreOverrideCursor();
    m_storePath = path;
    m_canvas->setScene(scene);
    rebuildLevelMenu();
    applyRenderOptions();
    addRecentFile(path);
    updateStatusCounts();
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
    QString text = tr("%n resource(s) on the map", nullptr, int(scene->resources.size()));
    if (scene->unlocatedCount > 0)
        text += tr(" · %n without location", nullptr, scene->unlocatedCount);
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
    const QList<QAction *> old = m_recentMenu->actions();
    m_recentMenu->clear();
    qDeleteAll(old);
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
