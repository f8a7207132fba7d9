#pragma once

#include "core/Area.h"
#include "geo/areas/AreaImport.h"
#include "geo/areas/AreaSource.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace careatlas {

// "Add area layer…": which layer of a boundary file becomes which level, and which fields
// hold names, codes and (optionally) parent codes, with what was guessed and why. Changing the
// encoding reads the file again so the user sees the names as they will be imported.
class AddAreaLayerDialog : public QDialog
{
    Q_OBJECT
public:
    // `levels`: the store's levels, outermost first; `filledLevels`: codes of those with areas.
    AddAreaLayerDialog(const QString &path, const geo::SourceInfo &source, const QList<AreaLevel> &levels,
                       const QStringList &filledLevels, QWidget *parent = nullptr);

    geo::AreaImportOptions options() const;

private:
    void layerChanged();
    void encodingChanged();
    void levelChanged();
    void updateInfo();
    const geo::LayerInfo *currentLayer() const;

    QString m_path;
    geo::SourceInfo m_source;
    QList<AreaLevel> m_levels;
    QComboBox *m_layer = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_newLevelLabel = nullptr;
    QLineEdit *m_newLevelCode = nullptr;
    QComboBox *m_nameField = nullptr;
    QComboBox *m_codeField = nullptr;
    QComboBox *m_parentField = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_crs = nullptr;
    QCheckBox *m_allowDropped = nullptr;
    QLabel *m_info = nullptr;
};

} // namespace careatlas
