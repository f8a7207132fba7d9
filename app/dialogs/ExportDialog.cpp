#include "app/dialogs/ExportDialog.h"

#include "app/i18n/Translations.h"

#include <QCheckBox>
#include <QGroupBox>
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
    m_kind->setObjectName(QStringLiteral("exportKind"));
    m_kind->addItem(tr("Resource list (PDF)"), int(Kind::PdfList));
    m_kind->addItem(tr("Resource list (CSV for Excel)"), int(Kind::Csv));
    m_kind->addItem(tr("Map layout (PDF, PNG or SVG)"), int(Kind::MapLayout));
    m_kind->addItem(tr("Atlas: a page for every area of a level (PDF)"), int(Kind::Atlas));
    m_kind->addItem(tr("GIS data (GeoPackage, GeoJSON or Shapefile)"), int(Kind::Gis));
    form->addRow(tr("&What:"), m_kind);
    m_title = new QLineEdit(defaultTitle, this);
    m_title->setObjectName(QStringLiteral("exportTitle"));
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
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    m_encoding->addItems({tr("UTF-8 with BOM (Excel opens it as it is)"), tr("Shift_JIS (CP932)")});
    form->addRow(tr("Text &encoding:"), m_encoding);
    m_replace = new QCheckBox(tr("Write “?” for characters Shift_JIS cannot hold (otherwise the export stops and names them)"), this);
    m_replace->setObjectName(QStringLiteral("replaceUnencodable"));
    form->addRow(QString(), m_replace);
    m_level = new QComboBox(this);
    const QString language = currentLanguage();
    for (const AreaLevel &level : levels)
        m_level->addItem(level.label(language), level.code);
    // As `careatlas-cli export` chooses: the daily-life areas, else the finest level.
    if (const int daily = m_level->findData(AreaLevels::DailyLifeArea); daily >= 0)
        m_level->setCurrentIndex(daily);
    else if (m_level->count() > 0)
        m_level->setCurrentIndex(m_level->count() - 1);
    form->addRow(tr("Area &level:"), m_level);
    m_extent = new QComboBox(this);
    m_extent->addItems({tr("The current view"), tr("Everything")});
    form->addRow(tr("&Map shows:"), m_extent);
    addHandoutSection(layout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    kindChanged();
    setMinimumWidth(460);
}

void ExportDialog::kindChanged()
{
    const Kind k = kind();
    const bool paged = k == Kind::PdfList || k == Kind::MapLayout || k == Kind::Atlas;
    m_title->setEnabled(k != Kind::Gis && k != Kind::Csv);
    m_paper->setEnabled(paged);
    m_orientation->setEnabled(paged);
    m_grouping->setEnabled(k == Kind::PdfList);
    m_encoding->setEnabled(k == Kind::Csv);
    m_replace->setEnabled(k == Kind::Csv && cp932());
    m_level->setEnabled(k == Kind::Atlas || k == Kind::PdfList || k == Kind::Gis || k == Kind::Csv || (k == Kind::MapLayout && m_nameAreas->isChecked()));
    m_extent->setEnabled(k == Kind::MapLayout);
    m_handoutBox->setEnabled(k == Kind::MapLayout);
}

// ── Map to hand out (docs/export.md) ────────────────────────────────────────────────────
void ExportDialog::addHandoutSection(QVBoxLayout *layout)
{
    m_handoutBox = new QGroupBox(tr("Map to hand out"), this);
    m_handoutBox->setObjectName(QStringLiteral("handoutOptions"));
    auto *box = new QVBoxLayout(m_handoutBox);
    m_numbered = new QCheckBox(tr("&Number the symbols and print the numbered list (no count rings)"), m_handoutBox);
    m_numbered->setObjectName(QStringLiteral("handoutNumbered"));
    m_nameAreas = new QCheckBox(tr("Name every area of the area level (list the names that find no room)"), m_handoutBox);
    m_nameAreas->setObjectName(QStringLiteral("handoutNames"));
    m_largePrint = new QCheckBox(tr("Large p&rint (list at 12 pt, larger symbols)"), m_handoutBox);
    m_largePrint->setObjectName(QStringLiteral("handoutLargePrint"));
    m_safeColours = new QCheckBox(tr("Colour-&blind-safe symbol colours"), m_handoutBox);
    m_safeColours->setObjectName(QStringLiteral("handoutColours"));
    for (QCheckBox *check : {m_numbered, m_nameAreas, m_largePrint, m_safeColours})
        box->addWidget(check);
    connect(m_nameAreas, &QCheckBox::toggled, this, &ExportDialog::kindChanged);
    layout->addWidget(m_handoutBox);
}

geo::HandoutOptions ExportDialog::handout() const
{
    geo::HandoutOptions options;
    if (kind() != Kind::MapLayout)
        return options;
    options.numbered = m_numbered->isChecked();
    options.largePrint = m_largePrint->isChecked();
    options.colourBlindSafe = m_safeColours->isChecked();
    if (m_nameAreas->isChecked())
        options.namedLevel = atlasLevel();
    return options;
}

ExportDialog::Kind ExportDialog::kind() const { return Kind(m_kind->currentData().toInt()); }
QString ExportDialog::title() const { return m_title->text().trimmed(); }
bool ExportDialog::a3() const { return m_paper->currentIndex() == 1; }
bool ExportDialog::landscape() const { return m_orientation->currentIndex() == 1; }
bool ExportDialog::cp932() const { return m_encoding->currentIndex() == 1; }
int ExportDialog::grouping() const { return m_grouping->currentIndex(); }
QString ExportDialog::atlasLevel() const { return m_level->currentData().toString(); }
bool ExportDialog::wholeStore() const { return m_extent->currentIndex() == 1; }
bool ExportDialog::replaceUnencodable() const { return m_replace->isChecked(); }

geo::ExportRequest ExportDialog::request(geo::ExportRequest base) const
{
    base.kind = kind();
    base.title = title();
    base.page.paper = a3() ? geo::PaperSize::A3 : geo::PaperSize::A4;
    base.page.landscape = landscape();
    base.grouping = base.kind != Kind::PdfList ? geo::ListGrouping::None
        : grouping() == 1                     ? geo::ListGrouping::Category
        : grouping() == 2                     ? geo::ListGrouping::Area
                                              : geo::ListGrouping::None;
    base.areaLevel = atlasLevel();
    base.csv.encoding = cp932() ? CsvEncoding::Cp932 : CsvEncoding::Utf8WithBom;
    base.csv.unencodable = cp932() && replaceUnencodable() ? UnencodableCharacters::Replace : UnencodableCharacters::Fail;
    if (base.kind != Kind::MapLayout || wholeStore())
        base.mapExtent = QRectF();
    base.handout = handout();
    return base;
}

QString ExportDialog::fileFilter() const
{
    switch (kind()) {
    case Kind::PdfList:
    case Kind::Atlas:
        return tr("PDF (*.pdf)");
    case Kind::Csv:
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
    case Kind::Csv: return QStringLiteral("csv");
    case Kind::Gis: return QStringLiteral("gpkg");
    default: return QStringLiteral("pdf");
    }
}

} // namespace careatlas
