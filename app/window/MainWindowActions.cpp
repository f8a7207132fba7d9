#include "app/window/MainWindow.h"

// The window's actions, menus and tool bar, and their texts in the interface language.

#include "app/canvas/MapCanvas.h"
#include "app/i18n/Translations.h"
#include "app/models/FilterController.h"
#include "app/models/ResourceEditor.h"
#include "app/panels/DetailsPanel.h"
#include "app/panels/FilterPanel.h"
#include "app/panels/LayerPanel.h"
#include "app/window/EditController.h"
#include "app/window/ExportController.h"
#include "app/window/ImportController.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QToolBar>
#include <QUndoStack>

namespace careatlas {

namespace {

constexpr int MaxRecentFiles = 8;

QSettings settings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }

// A menu text as a toolbar button shows it: "開く(&O)…" → "開く", "&Open Store…" → "Open Store".
QString toolbarText(QString text)
{
    static const QRegularExpression accessKey(QStringLiteral("\\(&[^)]\\)"));
    text.remove(accessKey);
    text.remove(QChar(0x2026));
    text.remove(QStringLiteral("..."));
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

} // namespace

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
    connect(m_importAddressesAction, &QAction::triggered, this, [this] { m_imports->importAddressReference(); });
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportResources(); });
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printMap);
    m_saveImageAction = new QAction(this);
    m_saveImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveImageAction, &QAction::triggered, m_exports, &ExportController::saveMapImage);
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
    connect(m_addResourceAction, &QAction::triggered, m_edits, &EditController::addResource);
    m_editResourceAction = new QAction(this);
    m_editResourceAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editResourceAction, &QAction::triggered, this, [this] { m_edits->editResource(m_details->resourceId()); });
    m_deleteResourceAction = new QAction(this);
    m_deleteResourceAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteResourceAction, &QAction::triggered, this, [this] { m_edits->deleteResource(m_details->resourceId()); });
    m_placeResourceAction = new QAction(this);
    m_placeResourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_placeResourceAction, &QAction::triggered, this, [this] { m_edits->startPlacing(m_details->resourceId()); });

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
    updateReadOnly();   // the banner's words
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_levelMenu->setTitle(tr("Area &Levels"));
    m_languageMenu->setTitle(tr("Lang&uage"));
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
    m_importAddressesAction->setText(tr("Import Address Re&ference…"));
    m_importAddressesAction->setStatusTip(tr("Import 位置参照情報 (MLIT address reference points) to find clients' homes by address"));
    m_quitAction->setText(tr("&Quit"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fullExtentAction->setText(tr("Full E&xtent"));
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
    // Toolbar buttons show the menu text without its access key and ellipsis (the glossary).
    for (QToolBar *bar : findChildren<QToolBar *>())
        for (QAction *action : bar->actions())
            if (!action->isSeparator() && !action->text().isEmpty()) {
                action->setIconText(toolbarText(action->text()));
                // Qt's own tip is the menu text with "(O)…" left in it; the button's tip is its text.
                if (action != m_backAction && action != m_forwardAction)
                    action->setToolTip(toolbarText(action->text()));
            }
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

} // namespace careatlas
