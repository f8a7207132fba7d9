#pragma once

#include "geo/render/RenderSettings.h"

#include <QMenu>

#include <memory>

class QAction;
class QActionGroup;

namespace careatlas {

// View ▸ Base Map: the tiles under the map (背景地図). Presets (地理院タイル 標準地図, 淡色地図, 写真;
// OpenStreetMap), a custom tile URL, an offline package (MBTiles, GeoPackage) or none; work
// offline; greyscale; opacity. Remembered in the settings (map/basemap/…).
class BaseMapMenu : public QMenu
{
    Q_OBJECT
public:
    explicit BaseMapMenu(QWidget *parent);

    // Puts the chosen base map and its options into render settings.
    void apply(geo::RenderSettings &settings) const;
    // Opens the remembered base map (at start); false, with a message, when it cannot be.
    void restore();
    void retranslate();
    // A base map source: a preset id, a tile URL template or a package path; empty: none.
    bool setSource(const QString &source, const QString &attribution = {});

Q_SIGNALS:
    void changed();
    void message(const QString &text);

private:
    void chooseCustomUrl();
    void choosePackage();
    void open();
    void syncChecks();

    QString m_source;
    QString m_attribution;
    std::shared_ptr<geo::BaseMap> m_baseMap;
    QActionGroup *m_sourceGroup = nullptr;
    QActionGroup *m_opacityGroup = nullptr;
    QList<QAction *> m_presetActions;
    QAction *m_customAction = nullptr;
    QAction *m_packageAction = nullptr;
    QAction *m_noneAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QAction *m_greyAction = nullptr;
    QMenu *m_opacityMenu = nullptr;
    QAction *m_clearCacheAction = nullptr;
};

} // namespace careatlas
