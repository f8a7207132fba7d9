#pragma once

#include "core/Area.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace careatlas {

// File ▸ Export…: what to write from the filtered resources — a list (PDF or CSV), a map
// layout (PDF, PNG, SVG), an atlas of every area of a level, or GIS data — and how.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { ListPdf, ListCsv, MapLayout, Atlas, Gis };

    ExportDialog(const QString &defaultTitle, const QList<AreaLevel> &levels, int matches, QWidget *parent = nullptr);

    Kind kind() const;
    QString title() const;
    bool a3() const;
    bool landscape() const;
    bool cp932() const;
    int grouping() const;            // 0 none, 1 category, 2 area
    QString atlasLevel() const;
    bool wholeStore() const;         // map layout: everything rather than the current view
    // The file name filter and default extension for the chosen kind.
    QString fileFilter() const;
    QString defaultSuffix() const;

private:
    void kindChanged();

    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_extent = nullptr;
};

} // namespace careatlas
