#include "app/window/BaseMapMenu.h"

#include "app/i18n/ErrorText.h"
#include "geo/basemap/BaseMap.h"
#include "geo/basemap/TileSource.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace careatlas {

namespace {
QSettings settings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }
const int Opacities[] = {100, 75, 50, 30};
}

BaseMapMenu::BaseMapMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("baseMapMenu"));
    m_sourceGroup = new QActionGroup(this);
    for (const geo::TileSource &preset : geo::TileSource::presets()) {
        QAction *action = addAction(QString());
        action->setCheckable(true);
        action->setData(preset.id);
        m_sourceGroup->addAction(action);
        m_presetActions << action;
        connect(action, &QAction::triggered, this, [this, id = preset.id] { setSource(id); });
    }
    m_customAction = addAction(QString());
    m_customAction->setCheckable(true);
    m_sourceGroup->addAction(m_customAction);
    connect(m_customAction, &QAction::triggered, this, &BaseMapMenu::chooseCustomUrl);
    m_packageAction = addAction(QString());
    m_packageAction->setCheckable(true);
    m_sourceGroup->addAction(m_packageAction);
    connect(m_packageAction, &QAction::triggered, this, &BaseMapMenu::choosePackage);
    m_noneAction = addAction(QString());
    m_noneAction->setCheckable(true);
    m_sourceGroup->addAction(m_noneAction);
    connect(m_noneAction, &QAction::triggered, this, [this] { setSource(QString()); });
    addSeparator();
    m_offlineAction = addAction(QString());
    m_offlineAction->setCheckable(true);
    connect(m_offlineAction, &QAction::toggled, this, [this](bool on) {
        settings().setValue(QStringLiteral("map/basemap/offline"), on);
        open();
    });
    m_greyAction = addAction(QString());
    m_greyAction->setCheckable(true);
    connect(m_greyAction, &QAction::toggled, this, [this](bool on) {
        settings().setValue(QStringLiteral("map/basemap/greyscale"), on);
        Q_EMIT changed();
    });
    m_opacityMenu = addMenu(QString());
    m_opacityGroup = new QActionGroup(this);
    for (int percent : Opacities) {
        QAction *action = m_opacityMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(percent);
        m_opacityGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, percent] {
            settings().setValue(QStringLiteral("map/basemap/opacity"), percent);
            Q_EMIT changed();
        });
    }
    addSeparator();
    m_clearCacheAction = addAction(QString());
    connect(m_clearCacheAction, &QAction::triggered, this, [this] {
        geo::TileCache(geo::TileCache::defaultDirectory()).clear();
        Q_EMIT message(tr("The base map's tile cache was emptied."));
    });
    const QSettings s = settings();
    m_offlineAction->setChecked(s.value(QStringLiteral("map/basemap/offline"), false).toBool());
    m_greyAction->setChecked(s.value(QStringLiteral("map/basemap/greyscale"), false).toBool());
    const int opacity = s.value(QStringLiteral("map/basemap/opacity"), 100).toInt();
    for (QAction *action : m_opacityGroup->actions())
        action->setChecked(action->data().toInt() == opacity);
    retranslate();
}

void BaseMapMenu::retranslate()
{
    setTitle(tr("Base M&ap"));
    const QStringList names = {tr("GSI Tiles: Standard Map (地理院タイル 標準地図)"), tr("GSI Tiles: Pale Map (地理院タイル 淡色地図)"),
                               tr("GSI Tiles: Photographs (地理院タイル 写真)"), tr("OpenStreetMap")};
    for (int i = 0; i < m_presetActions.size() && i < names.size(); ++i)
        m_presetActions[i]->setText(names[i]);
    m_customAction->setText(tr("Custom Tile URL…"));
    m_packageAction->setText(tr("Offline Package…"));
    m_packageAction->setStatusTip(tr("Tiles from an MBTiles or GeoPackage file, for computers without internet"));
    m_noneAction->setText(tr("None"));
    m_offlineAction->setText(tr("Work Offline"));
    m_offlineAction->setStatusTip(tr("Use only tiles already in the cache; ask no server"));
    m_greyAction->setText(tr("Greyscale"));
    m_opacityMenu->setTitle(tr("Opacity"));
    for (QAction *action : m_opacityGroup->actions())
        action->setText(QLocale().toString(action->data().toInt()) + QStringLiteral(" %"));
    m_clearCacheAction->setText(tr("Empty the Tile Cache"));
}

void BaseMapMenu::restore()
{
    const QSettings s = settings();
    m_source = s.value(QStringLiteral("map/basemap/source")).toString();
    m_attribution = s.value(QStringLiteral("map/basemap/attribution")).toString();
    open();
}

bool BaseMapMenu::setSource(const QString &source, const QString &attribution)
{
    const QString previous = m_source, previousAttribution = m_attribution;
    m_source = source;
    m_attribution = attribution;
    open();
    if (!source.isEmpty() && !m_baseMap) {
        m_source = previous;
        m_attribution = previousAttribution;
        open();
        return false;
    }
    QSettings s = settings();
    s.setValue(QStringLiteral("map/basemap/source"), m_source);
    s.setValue(QStringLiteral("map/basemap/attribution"), m_attribution);
    return true;
}

void BaseMapMenu::open()
{
    m_baseMap.reset();
    if (!m_source.isEmpty()) {
        auto opened = geo::BaseMap::open(m_source, {m_offlineAction->isChecked(), nullptr}, m_attribution);
        if (opened)
            m_baseMap = *opened;
        else
            Q_EMIT message(tr("The base map %1 could not be used: %2").arg(m_source, errorMessage(opened.error())));
    }
    syncChecks();
    Q_EMIT changed();
}

void BaseMapMenu::syncChecks()
{
    const QString id = m_baseMap ? m_baseMap->source().id : QString();
    m_noneAction->setChecked(!m_baseMap);
    m_customAction->setChecked(id == QLatin1String("custom"));
    m_packageAction->setChecked(id == QLatin1String("package"));
    for (QAction *action : std::as_const(m_presetActions))
        action->setChecked(action->data().toString() == id);
}

void BaseMapMenu::chooseCustomUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(parentWidget(), tr("Custom Tile URL"),
                                              tr("Tile URL with {z}, {x} and {y} (XYZ; start with tms: for TMS rows), or a WMTS REST URL with "
                                                 "{TileMatrix}, {TileRow} and {TileCol}:"),
                                              QLineEdit::Normal, m_source.startsWith(QLatin1String("http")) ? m_source : QString(), &ok);
    if (!ok || url.trimmed().isEmpty()) {
        syncChecks();
        return;
    }
    auto source = geo::TileSource::parse(url.trimmed());
    if (!source) {
        QMessageBox::warning(parentWidget(), tr("Custom Tile URL"), errorMessage(source.error()));
        syncChecks();
        return;
    }
    QString attribution = source->attribution;
    if (source->id == QLatin1String("custom")) {
        attribution = QInputDialog::getText(parentWidget(), tr("Custom Tile URL"), tr("Credit line the provider asks for (drawn on every map):"),
                                            QLineEdit::Normal, m_attribution.isEmpty() ? source->attribution : m_attribution, &ok);
        if (!ok) {
            syncChecks();
            return;
        }
    }
    setSource(url.trimmed(), source->id == QLatin1String("custom") ? attribution : QString());
}

void BaseMapMenu::choosePackage()
{
    const QString start = settings().value(QStringLiteral("dialogs/baseMapFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Offline Base Map Package"), start, tr("Tile packages (*.mbtiles *.gpkg);;All files (*)"));
    if (path.isEmpty()) {
        syncChecks();
        return;
    }
    settings().setValue(QStringLiteral("dialogs/baseMapFolder"), QFileInfo(path).absolutePath());
    if (!setSource(path))
        syncChecks();
}

void BaseMapMenu::apply(geo::RenderSettings &renderSettings) const
{
    renderSettings.baseMap = m_baseMap;
    renderSettings.baseMapGreyscale = m_greyAction->isChecked();
    const QAction *opacity = m_opacityGroup->checkedAction();
    renderSettings.baseMapOpacity = opacity ? opacity->data().toInt() / 100.0 : 1.0;
}

} // namespace careatlas
