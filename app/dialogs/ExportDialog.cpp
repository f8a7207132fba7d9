#include "app/dialogs/ExportDialog.h"

#include "app/i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careatlas {

ExportDialog::ExportDialog(const QString &defaultTitle, const QList<AreaLevel> &levels, int matches, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    auto *info = new QLabel(tr("%n resource(s) match the filter and will be exported.", nullptr, matches), this);
    layout->addWidget(info);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Resource list (PDF)"), int(Kind::ListPdf));
    m_kind->addItem(tr("Resource list (CSV for Excel)"), int(Kind::ListCsv));
    m_kind->addItem(tr("Map layout (PDF, PNG or SVG)"), int(Kind::MapLayout));
    m_kind->addItem(tr("Atlas: a page for every area of a level (PDF)"), int(Kind::Atlas));
    m_kind->addItem(tr("GIS data (GeoPackage, GeoJSON or Shapefile)"), int(Kind::Gis));
    form->addRow(tr("&What:"), m_kind);
    m_title = new QLineEdit(defaultTitle, this);
    m_title->setPlaceholderText(tr("Resource list"));
    form->addRow(tr("&Title:"), m_title);
    m_paper = new QComboBox(this);
    m_paper->addItems({QStringLiteral("A4"), QStringLiteral("A3")});
    form->addRow(tr("&Paper:"), m_paper);
    m_orientation = new QComboBox(this);
    m_orientation->addItems({tr("Portrait"), tr("Landscape")});
    form->addRow(tr("&Orientation:"), m_orientation);
    m_grouping = new QComboBox(this);
    m_grouping->addItems({tr("No grouping"), tr("By category"), tr("By area")});
    form->addRow(tr("&Group:"), m_grouping);
    m_encoding = new QComboBox(this);
    m_encoding->addItems({tr("UTF-8 with BOM (Excel opens it as it is)"), tr("Shift_JIS (CP932)")});
    form->addRow(tr("Text &encoding:"), m_encoding);
    m_level = new QComboBox(this);
    const QString language = currentLanguage();
    for (const AreaLevel &level : levels)
        m_level->addItem(level.label(language), level.code);
    if (const int daily = m_level->findData(AreaLevels::DailyLifeArea); daily >= 0)
        m_level->setCurrentIndex(daily);
    form->addRow(tr("Area &level:"), m_level);
    m_extent = new QComboBox(this);
    m_extent->addItems({tr("The current view"), tr("Everything")});
    form->addRow(tr("&Map shows:"), m_extent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    kindChanged();
    setMinimumWidth(460);
}

void ExportDialog::kindChanged()
{
    const Kind k = kind();
    const bool paged = k == Kind::ListPdf || k == Kind::MapLayout || k == Kind::Atlas;
    m_title->setEnabled(k != Kind::Gis && k != Kind::ListCsv);
    m_paper->setEnabled(paged);
    m_orientation->setEnabled(paged);
    m_grouping->setEnabled(k == Kind::ListPdf);
    m_encoding->setEnabled(k == Kind::ListCsv);
    m_level->setEnabled(k == Kind::Atlas || k == Kind::ListPdf || k == Kind::Gis || k == Kind::ListCsv);
    m_extent->setEnabled(k == Kind::MapLayout);
}

ExportDialog::Kind ExportDialog::kind() const { return Kind(m_kind->currentData().toInt()); }
QString ExportDialog::title() const { return m_title->text().trimmed(); }
bool ExportDialog::a3() const { return m_paper->currentIndex() == 1; }
bool ExportDialog::landscape() const { return m_orientation->currentIndex() == 1; }
bool ExportDialog::cp932() const { return m_encoding->currentIndex() == 1; }
int ExportDialog::grouping() const { return m_grouping->currentIndex(); }
QString ExportDialog::atlasLevel() const { return m_level->currentData().toString(); }
bool ExportDialog::wholeStore() const { return m_extent->currentIndex() == 1; }

QString ExportDialog::fileFilter() const
{
    switch (kind()) {
    case Kind::ListPdf:
    case Kind::Atlas:
        return tr("PDF (*.pdf)");
    case Kind::ListCsv:
        return tr("CSV (*.csv)");
    case Kind::MapLayout:
        return tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)");
    case Kind::Gis:
        return tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)");
    }
    return {};
}

QString ExportDialog::defaultSuffix() const
{
    switch (kind()) {
    case Kind::ListCsv: return QStringLiteral("csv");
    case Kind::Gis: return QStringLiteral("gpkg");
    default: return QStringLiteral("pdf");
    }
}

} // namespace careatlas
