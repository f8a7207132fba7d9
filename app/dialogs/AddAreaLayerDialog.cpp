#include "app/dialogs/AddAreaLayerDialog.h"
#include "app/i18n/ErrorDetailText.h"

#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace careatlas {

namespace {

// Values read from the file, quoted as data: 「a」、「b」 (“a”, “b” in English).
QString quotedExamples(const QStringList &examples)
{
    QStringList quoted;
    for (const QString &example : examples)
        quoted << QCoreApplication::translate("careatlas::AddAreaLayerDialog", "“%1”").arg(example);
    return quoted.join(QCoreApplication::translate("careatlas::AddAreaLayerDialog", ", "));
}

const QString NewLevel = QStringLiteral("\x01new");

} // namespace

AddAreaLayerDialog::AddAreaLayerDialog(const QString &path, const geo::SourceInfo &source, const QList<AreaLevel> &levels,
                                       const QStringList &filledLevels, QWidget *parent)
    : QDialog(parent), m_path(path), m_source(source), m_levels(levels)
{
    setWindowTitle(tr("Add Area Layer"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *file = new QLabel(QStringLiteral("<b>%1</b> (%2)").arg(QFileInfo(path).fileName().toHtmlEscaped(), source.driver.toHtmlEscaped()), this);
    file->setToolTip(path);
    form->addRow(tr("File:"), file);

    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("layer"));
    for (const geo::LayerInfo &layer : source.layers)
        m_layer->addItem(tr("%1 (%n feature(s), %2)", nullptr, int(layer.featureCount)).arg(layer.name, geometryTypeLabel(layer.geometryType)), layer.name);
    form->addRow(tr("&Layer:"), m_layer);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    const QString language = currentLanguage();
    // The level the file was recognised as; else the first level without areas.
    const QString recognised = source.layers.isEmpty() ? QString() : source.layers.constFirst().level;
    int preferred = -1;
    for (int i = 0; i < levels.size(); ++i) {
        m_level->addItem(levels[i].label(language), levels[i].code);
        if (levels[i].code == recognised)
            preferred = i;
    }
    for (int i = 0; i < levels.size() && preferred < 0; ++i)
        if (!filledLevels.contains(levels[i].code))
            preferred = i;
    m_level->addItem(tr("New level…"), NewLevel);
    m_level->setCurrentIndex(preferred >= 0 ? preferred : std::max(0, int(levels.size()) - 1));
    form->addRow(tr("Import as le&vel:"), m_level);
    m_newLevelLabel = new QLineEdit(this);
    m_newLevelLabel->setPlaceholderText(tr("e.g. 民生委員地区"));
    form->addRow(tr("New level's na&me:"), m_newLevelLabel);
    m_newLevelCode = new QLineEdit(this);
    m_newLevelCode->setPlaceholderText(tr("e.g. welfare_district"));
    m_newLevelCode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_]{0,40}")), this));
    form->addRow(tr("New level's co&de:"), m_newLevelCode);

    m_nameField = new QComboBox(this);
    m_nameField->setObjectName(QStringLiteral("nameField"));
    form->addRow(tr("&Name field:"), m_nameField);
    m_codeField = new QComboBox(this);
    m_codeField->setObjectName(QStringLiteral("codeField"));
    form->addRow(tr("&Code field:"), m_codeField);
    m_parentField = new QComboBox(this);
    m_parentField->setObjectName(QStringLiteral("parentField"));
    form->addRow(tr("&Parent field:"), m_parentField);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Automatic"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("Shift_JIS (CP932)"), QStringLiteral("CP932"));
    m_encoding->addItem(QStringLiteral("EUC-JP"), QStringLiteral("EUC-JP"));
    form->addRow(tr("Text &encoding:"), m_encoding);
    m_crs = new QLineEdit(this);
    m_crs->setObjectName(QStringLiteral("crs"));
    m_crs->setPlaceholderText(tr("From the file, or guessed (e.g. EPSG:6675)"));
    form->addRow(tr("Coordinate &reference system:"), m_crs);
    m_allowDropped = new QCheckBox(tr("Import even if some features cannot be read or used (they are listed when an import is refused)"), this);
    m_allowDropped->setToolTip(tr("Without this, a file with unreadable or unusable features is refused and the level stays as it was."));
    m_allowDropped->setObjectName(QStringLiteral("allowDropped"));
    form->addRow(QString(), m_allowDropped);

    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setMinimumWidth(520);
    layout->addWidget(m_info);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_level->currentData().toString() == NewLevel && (m_newLevelLabel->text().trimmed().isEmpty() || m_newLevelCode->text().isEmpty())) {
            QMessageBox::warning(this, windowTitle(), tr("Give the new level a name and a code (lower-case letters, digits and _)."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &AddAreaLayerDialog::layerChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &AddAreaLayerDialog::encodingChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &AddAreaLayerDialog::levelChanged);
    for (QComboBox *box : {m_nameField, m_codeField, m_parentField})
        connect(box, &QComboBox::currentIndexChanged, this, &AddAreaLayerDialog::updateInfo);
    layerChanged();
    levelChanged();
}

const geo::LayerInfo *AddAreaLayerDialog::currentLayer() const
{
    const int index = m_layer->currentIndex();
    return index >= 0 && index < m_source.layers.size() ? &m_source.layers[index] : nullptr;
}

void AddAreaLayerDialog::layerChanged()
{
    const geo::LayerInfo *layer = currentLayer();
    for (QComboBox *box : {m_nameField, m_codeField, m_parentField}) {
        const QSignalBlocker blocker(box);
        box->clear();
    }
    m_codeField->addItem(tr("(automatic)"), QString());
    m_parentField->addItem(tr("(none: by surface, from the level above)"), QString());
    if (layer) {
        for (const geo::FieldInfo &field : layer->fields) {
            m_nameField->addItem(field.name, field.name);
            m_codeField->addItem(field.name, field.name);
            m_parentField->addItem(field.name, field.name);
        }
        if (int i = m_nameField->findData(layer->nameField.field); i >= 0)
            m_nameField->setCurrentIndex(i);
        if (int i = m_codeField->findData(layer->codeField.field); i >= 0)
            m_codeField->setCurrentIndex(i);
        if (int i = m_level->findData(layer->level); i >= 0 && !layer->level.isEmpty())
            m_level->setCurrentIndex(i);
    }
    updateInfo();
}

void AddAreaLayerDialog::encodingChanged()
{
    // Names decode differently: read the file again with the chosen encoding.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto source = geo::inspectSource(m_path, m_encoding->currentData().toString());
    QApplication::restoreOverrideCursor();
    if (!source) {
        QMessageBox::warning(this, windowTitle(), errorMessage(source.error()));
        return;
    }
    const int layerIndex = m_layer->currentIndex();
    m_source = *source;
    layerChanged();
    if (layerIndex >= 0 && layerIndex < m_layer->count())
        m_layer->setCurrentIndex(layerIndex);
}

void AddAreaLayerDialog::levelChanged()
{
    const bool newLevel = m_level->currentData().toString() == NewLevel;
    m_newLevelLabel->setEnabled(newLevel);
    m_newLevelCode->setEnabled(newLevel);
}

void AddAreaLayerDialog::updateInfo()
{
    const geo::LayerInfo *layer = currentLayer();
    if (!layer) {
        m_info->clear();
        return;
    }
    QStringList lines;
    if (!layer->nameField.reason.isEmpty())
        lines << tr("Name field: %1").arg(layer->nameField.reason.toHtmlEscaped());
    if (!layer->codeField.reason.isEmpty())
        lines << tr("Code field: %1").arg(layer->codeField.reason.toHtmlEscaped());
    if (!layer->level.isEmpty())
        lines << tr("Level: recognised as %1 — %2").arg(m_level->itemText(std::max(0, m_level->findData(layer->level))).toHtmlEscaped(), layer->levelReason.toHtmlEscaped());
    for (const QString &note : layer->notes)
        lines << tr("Note: %1").arg(note.toHtmlEscaped());
    if (!layer->encoding.isEmpty())
        lines << tr("Text encoding: %1 — %2").arg(layer->encoding.toHtmlEscaped(), layer->encodingReason.toHtmlEscaped());
    for (const geo::GarbledField &garbled : layer->garbledFields)
        lines << QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                     .arg(tr("The values of %1 look garbled (mojibake), e.g. %2. Try another text encoding; if none helps, "
                             "the file was damaged before it reached you.")
                              .arg(garbled.field.toHtmlEscaped(), quotedExamples(garbled.examples).toHtmlEscaped()));
    if (!layer->geometryType.contains(QLatin1String("Polygon"), Qt::CaseInsensitive) && !layer->geometryType.isEmpty())
        lines << QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(tr("This layer holds %1 geometries, not polygons.").arg(geometryTypeLabel(layer->geometryType).toHtmlEscaped()));
    m_info->setText(lines.join(QStringLiteral("<br>")));
}

geo::AreaImportOptions AddAreaLayerDialog::options() const
{
    geo::AreaImportOptions options;
    options.load.layer = m_layer->currentData().toString();
    options.load.nameField = m_nameField->currentData().toString();
    options.load.codeField = m_codeField->currentData().toString();
    options.load.parentField = m_parentField->currentData().toString();
    options.load.encoding = m_encoding->currentData().toString();
    options.load.crs = m_crs->text().trimmed();
    options.allowDropped = m_allowDropped->isChecked();
    if (m_level->currentData().toString() == NewLevel) {
        options.level = m_newLevelCode->text();
        options.newLevelLabel = m_newLevelLabel->text().trimmed();
    } else {
        options.level = m_level->currentData().toString();
    }
    return options;
}

} // namespace careatlas
