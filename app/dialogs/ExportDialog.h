#pragma once

#include "core/Area.h"
#include "geo/export/ExportPipeline.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QGroupBox;
class QRadioButton;
class QVBoxLayout;

namespace careatlas {

// File ▸ Export…: what to write from the filtered resources — a list (PDF or CSV), a map
// layout (PDF, PNG, SVG), an atlas of every area of a level, or GIS data — and how. Its choices
// complete the workspace's export request, as the options of `careatlas-cli export` do.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    using Kind = geo::ExportKind;

    ExportDialog(const QString &defaultTitle, const QList<AreaLevel> &levels, int matches, QWidget *parent = nullptr);

    Kind kind() const;
    QString title() const;
    bool a3() const;
    bool landscape() const;
    bool cp932() const;
    bool replaceUnencodable() const;   // CP932: '?' for characters it cannot hold, instead of stopping
    int grouping() const;            // 0 none, 1 category, 2 area
    QString atlasLevel() const;
    bool wholeStore() const;         // map layout: everything rather than the current view
    // `base` (the workspace's request) with the dialog's choices.
    geo::ExportRequest request(geo::ExportRequest base) const;
    // The file name filter and default extension for the chosen kind.
    QString fileFilter() const;
    QString defaultSuffix() const;

    // Map layouts to hand out: numbered symbols and list, names, large print, safe colours.
    geo::HandoutOptions handout() const;

private:
    void kindChanged();
    void addHandoutSection(QVBoxLayout *layout);

    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_replace = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_extent = nullptr;
    // The handout section.
    QGroupBox *m_handoutBox = nullptr;
    QCheckBox *m_numbered = nullptr;
    QCheckBox *m_nameAreas = nullptr;
    QCheckBox *m_largePrint = nullptr;
    QCheckBox *m_safeColours = nullptr;
};

} // namespace careatlas
