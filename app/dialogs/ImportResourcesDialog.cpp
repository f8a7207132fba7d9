#include "app/dialogs/ImportResourcesDialog.h"

#include "app/i18n/ImportLabels.h"

#include "app/dialogs/ResourceImportReport.h"
#include "app/i18n/ErrorText.h"
#include "app/i18n/ImportIssueText.h"
#include "app/i18n/Translations.h"
#include "core/store/Store.h"
#include "geo/import/PointSourceReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace careatlas {

namespace {
const QString Automatic = QStringLiteral("\x01auto");
}

ImportResourcesDialog::ImportResourcesDialog(const QString &path, const QString &storePath, const QList<Category> &categories, QWidget *parent)
    : QDialog(parent), m_path(path), m_storePath(storePath), m_categories(categories)
{
    setWindowTitle(tr("Import Resources"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *file = new QLabel(QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()), this);
    file->setToolTip(path);
    form->addRow(tr("File:"), file);

    m_format = new QComboBox(this);
    for (SourceFormat format : {SourceFormat::Auto, SourceFormat::JpStandard, SourceFormat::JpStandardOld, SourceFormat::Mhlw,
                                SourceFormat::Navii, SourceFormat::Ksj, SourceFormat::Caremap, SourceFormat::LinkData, SourceFormat::Generic})
        m_format->addItem(sourceFormatLabel(format), int(format));
    form->addRow(tr("&Layout:"), m_format);

    m_encoding = new QComboBox(this);
    for (TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Cp932, TextEncoding::Utf16LE})
        m_encoding->addItem(textEncodingLabel(textEncodingName(encoding)), int(encoding));
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *mappingBox = new QGroupBox(tr("Columns (each header of the file and the field it fills)"), splitter);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    m_mapping = new QTableWidget(0, 2, mappingBox);
    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Header in the file"), tr("Field")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->setVisible(false);
    mappingLayout->addWidget(m_mapping);
    auto *mappingButtons = new QHBoxLayout;
    auto *load = new QPushButton(tr("Load Mapping…"), mappingBox);
    auto *save = new QPushButton(tr("Save Mapping…"), mappingBox);
    mappingButtons->addWidget(load);
    mappingButtons->addWidget(save);
    mappingButtons->addStretch(1);
    mappingLayout->addLayout(mappingButtons);
    auto *previewBox = new QGroupBox(tr("Preview: the first rows as they will be read"), splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(0, 6, previewBox);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Category"), tr("Address"), tr("Location"), tr("Problems")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewLayout->addWidget(m_preview);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_completeSource = new QCheckBox(tr("This file is the &whole list of its source: retire resources of the source it no longer has"), this);
    m_completeSource->setToolTip(tr("Retired resources are kept in the store with the date they left, and hidden from the map and lists."));
    layout->addWidget(m_completeSource);
    m_dryRun = new QCheckBox(tr("Only &check the file; write nothing"), this);
    layout->addWidget(m_dryRun);
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

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        readTable();
        refreshPreview();
    });
    connect(m_layer, &QLineEdit::editingFinished, this, [this] {
        readTable();
        refreshPreview();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportResourcesDialog::refreshPreview);
    connect(m_defaultCategory, &QComboBox::currentIndexChanged, this, &ImportResourcesDialog::refreshPreview);
    connect(load, &QPushButton::clicked, this, &ImportResourcesDialog::loadMapping);
    connect(save, &QPushButton::clicked, this, &ImportResourcesDialog::saveMapping);
    resize(860, 720);
    readTable();
    refreshPreview();
}

void ImportResourcesDialog::readTable()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TextEncoding encoding = TextEncoding(m_encoding->currentData().toInt());
    Result<RecordTable> table = geo::isVectorSourcePath(m_path) ? geo::readPointSource(m_path, layer(), encoding)
                                                                : readCsvFile(m_path, encoding);
    QApplication::restoreOverrideCursor();
    if (!table) {
        m_table.reset();
        m_status->setText(QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(errorMessage(table.error()).toHtmlEscaped()));
        return;
    }
    m_table = std::move(*table);
    m_mapping->setRowCount(0);   // headers may differ: the mapping is rebuilt from the preview
}

ColumnMapping ImportResourcesDialog::mapping() const
{
    ColumnMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        if (!box || box->currentData().toString() == Automatic)
            continue;
        if (const auto field = importFieldFromName(box->currentData().toString()))
            mapping.insert(*field, m_mapping->item(row, 0)->text());
    }
    return mapping;
}

void ImportResourcesDialog::fillMapping(const QStringList &headers)
{
    if (m_mapping->rowCount() == headers.size())
        return;   // the user's choices stay
    m_updating = true;
    m_mapping->setRowCount(int(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        auto *header = new QTableWidgetItem(headers[i]);
        header->setFlags(header->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(i, 0, header);
        auto *box = new QComboBox(m_mapping);
        const auto guessed = importFieldForHeader(headers[i]);
        box->addItem(guessed ? tr("(automatic: %1)").arg(importFieldLabel(*guessed)) : tr("(automatic: not used)"), Automatic);
        for (ImportField field : allImportFields())
            box->addItem(importFieldLabel(field), importFieldName(field));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refreshPreview();
        });
        m_mapping->setCellWidget(i, 1, box);
    }
    m_mapping->resizeColumnToContents(0);
    m_updating = false;
}

void ImportResourcesDialog::refreshPreview()
{
    if (m_updating || !m_table)
        return;
    auto store = Store::open(m_storePath, Store::OpenMode::ReadOnly);
    if (!store) {
        m_status->setText(errorMessage(store.error()).toHtmlEscaped());
        return;
    }
    fillMapping(m_table->headers);
    ResourceImporter importer(**store, options());
    auto preview = importer.preview(*m_table, 30);
    m_preview->setRowCount(0);
    if (!preview) {
        m_status->setText(QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(errorMessage(preview.error()).toHtmlEscaped()));
        return;
    }
    const QString language = currentLanguage();
    m_preview->setRowCount(int(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row) {
        const auto &r = preview->rows[row];
        QStringList problems;
        for (const ImportIssue &issue : r.issues)
            problems << importIssueMessage(issue);
        QString category, name, address, location;
        if (r.resource) {
            name = r.resource->name;
            address = r.resource->address;
            category = r.resource->categoryCode;
            for (const Category &c : m_categories)
                if (c.code == r.resource->categoryCode)
                    category = c.label(language);
            location = r.resource->hasLocation() ? QStringLiteral("%1, %2").arg(*r.resource->latitude, 0, 'f', 5).arg(*r.resource->longitude, 0, 'f', 5)
                                                 : tr("none");
        } else {
            name = tr("(rejected)");
        }
        const QStringList cells{QString::number(r.line), name, category, address, location, problems.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!r.resource)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_preview->setItem(row, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    if (!preview->proposals.isEmpty())
        proposeColumn(preview->proposals.constFirst());
    QStringList parts{tr("Layout: %1").arg(sourceFormatLabel(preview->format))};
    if (!preview->encoding.isEmpty())
        parts << (preview->encodingDetected ? tr("Text encoding: %1 (detected)") : tr("Text encoding: %1")).arg(textEncodingLabel(preview->encoding));
    parts << tr("%n row(s) in the file", nullptr, int(m_table->rows.size()));
    //: Between the parts of the import dialog's status line ("Layout: … · Text encoding: …").
    QString status = parts.join(tr(" · "));
    status = status.toHtmlEscaped();
    if (!m_proposal.isEmpty())
        status += QStringLiteral("<br><span style='color:#8a6d00'>%1</span>").arg(m_proposal.toHtmlEscaped());
    m_status->setText(status);
}

void ImportResourcesDialog::proposeColumn(const ColumnProposal &proposal)
{
    // Shown, chosen in the Columns table where the user sees it and can change it; the import
    // uses it only as the user's own mapping.
    if (proposal.column < 0 || proposal.column >= m_mapping->rowCount())
        return;
    auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(proposal.column, 1));
    if (!box)
        return;
    m_proposal = columnProposalText(proposal) + QLatin1Char(' ')
                 + tr("It is chosen in the Columns table (highlighted): check it, or choose another column, before importing.");
    m_updating = true;
    box->setCurrentIndex(std::max(0, box->findData(importFieldName(ImportField::Name))));
    m_mapping->item(proposal.column, 0)->setBackground(QColor(0xff, 0xf3, 0xc4));
    m_updating = false;
    refreshPreview();
}

void ImportResourcesDialog::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QString(), tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    auto loaded = readColumnMapping(path);
    if (!loaded) {
        QMessageBox::warning(this, windowTitle(), errorMessage(loaded.error()));
        return;
    }
    m_updating = true;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        box->setCurrentIndex(0);
        for (auto it = loaded->cbegin(); it != loaded->cend(); ++it)
            if (it.value() == m_mapping->item(row, 0)->text())
                box->setCurrentIndex(std::max(0, box->findData(importFieldName(it.key()))));
    }
    m_updating = false;
    refreshPreview();
}

void ImportResourcesDialog::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), QString(), tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (auto status = writeColumnMapping(path, mapping()); !status)
        QMessageBox::warning(this, windowTitle(), errorMessage(status.error()));
}

ImportOptions ImportResourcesDialog::options() const
{
    ImportOptions options;
    options.format = SourceFormat(m_format->currentData().toInt());
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.defaultCategory = m_defaultCategory->currentData().toString();
    options.dryRun = m_dryRun->isChecked();
    options.completeSource = m_completeSource->isChecked();
    options.columnMapping = mapping();
    options.sourceName = m_path;
    return options;
}

QString ImportResourcesDialog::layer() const { return m_layer->text().trimmed(); }

int ImportResourcesDialog::previewRowCount() const { return m_preview->rowCount(); }

} // namespace careatlas
