#pragma once

#include "core/Area.h"
#include "geo/render/RenderSettings.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace careatlas {

// The layer panel, as QGIS's: the area levels with a check box each (shown or hidden) in their
// draw order (drag to reorder: the top one is drawn on top and labelled first), the style of
// the selected level (outline colour and width, fill, labels) and the resources layer on/off.
// Everything is kept in QSettings (map/levels/<code>/…, map/levelOrder, map/resources).
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);

    // The levels of the open store, coarsest first (their rank order).
    void setLevels(const QList<AreaLevel> &levels, const QString &language);

    // The style of each level: its default by rank with what the user changed.
    QHash<QString, geo::LevelStyle> levelStyles() const;
    // Level codes, top (drawn last) first.
    QStringList levelOrder() const;
    bool resourcesVisible() const;
    bool isLevelVisible(const QString &code) const;

public Q_SLOTS:
    void setLevelVisible(const QString &code, bool visible);
    void setResourcesVisible(bool visible);
    // Forgets the user's styles and order for the current levels.
    void resetStyles();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildList();
    void showStyleOf(QListWidgetItem *item);
    void styleEdited();
    void orderChanged();
    geo::LevelStyle storedStyle(const QString &code) const;
    void storeStyle(const QString &code, const geo::LevelStyle &style) const;
    QListWidgetItem *currentLevelItem() const;

    QList<AreaLevel> m_levels;
    QString m_language;
    bool m_updating = false;
    QCheckBox *m_resources = nullptr;
    QLabel *m_levelsTitle = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_styleTitle = nullptr;
    QLabel *m_outlineLabel = nullptr;
    QToolButton *m_colourButton = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QCheckBox *m_fill = nullptr;
    QCheckBox *m_labels = nullptr;
    QToolButton *m_reset = nullptr;
    QColor m_colour;
};

} // namespace careatlas
