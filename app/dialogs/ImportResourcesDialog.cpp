#include "app/dialogs/ImportResourcesDialog.h"

#include "app/i18n/Translations.h"
#include "geo/import/PointSourceReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careatlas {

ImportResourcesDialog::ImportResourcesDialog(const QString &path, const QList<Category> &categories, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Resources"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *file = new QLabel(QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()), this);
    file->setToolTip(path);
    form->addRow(tr("File:"), file);

    m_format = new QComboBox(this);
    const QList<QPair<SourceFormat, QString>> formats{
        {SourceFormat::Auto, tr("Detect from the headers")},
        {SourceFormat::JpStandard, tr("自治体標準オープンデータセット (Digital Agency)")},
        {SourceFormat::JpStandardOld, tr("推奨データセット (old standard layout)")},
        {SourceFormat::Mhlw, tr("介護サービス情報公表システム (MHLW open data)")},
        {SourceFormat::Navii, tr("医療情報ネット (ナビイ)")},
        {SourceFormat::Ksj, tr("国土数値情報 P04/P14")},
        {SourceFormat::Caremap, tr("Care-map GeoJSON (Type, SubType, Name…)")},
        {SourceFormat::Generic, tr("Any table with a name column")}};
    for (const auto &[format, label] : formats)
        m_format->addItem(label, int(format));
    form->addRow(tr("&Layout:"), m_format);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("Shift_JIS (CP932)"), int(TextEncoding::Cp932));
    m_encoding->addItem(QStringLiteral("UTF-16"), int(TextEncoding::Utf16LE));
    form->addRow(tr("Text &encoding:"), m_encoding);

    m_defaultCategory = new QComboBox(this);
    m_defaultCategory->addItem(tr("(reject rows of an unknown type)"), QString());
    const QString language = currentLanguage();
    for (const Category &category : categories)
        m_defaultCategory->addItem(category.label(language), category.code);
    form->addRow(tr("Unknown types become:"), m_defaultCategory);

    m_layer = new QLineEdit(this);
    m_layer->setPlaceholderText(tr("the first layer"));
    m_layer->setEnabled(geo::isVectorSourcePath(path));
    form->addRow(tr("La&yer:"), m_layer);

    m_dryRun = new QCheckBox(tr("Only &check the file; write nothing"), this);
    form->addRow(QString(), m_dryRun);

    auto *note = new QLabel(tr("All rows are imported or none: a problem in the file leaves the store as it was. "
                               "Resources already in the store (same official number, or same name and address) are updated."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_dryRun, &QCheckBox::toggled, this, [buttons](bool on) {
        buttons->button(QDialogButtonBox::Ok)->setText(on ? tr("&Check") : tr("&Import"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

ImportOptions ImportResourcesDialog::options() const
{
    ImportOptions options;
    options.format = SourceFormat(m_format->currentData().toInt());
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.defaultCategory = m_defaultCategory->currentData().toString();
    options.dryRun = m_dryRun->isChecked();
    return options;
}

QString ImportResourcesDialog::layer() const { return m_layer->text().trimmed(); }

} // namespace careatlas
