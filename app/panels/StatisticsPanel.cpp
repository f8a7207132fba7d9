#include "app/panels/StatisticsPanel.h"

#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/models/FilterController.h"
#include "app/models/StatisticsModel.h"
#include "app/models/Workspace.h"
#include "core/query/AreaMatrix.h"
#include "core/query/Classification.h"
#include "core/store/Store.h"
#include "geo/export/StatisticsExport.h"
#include "geo/query/Geodesic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace careatlas {

StatisticsPanel::StatisticsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("statisticsPanel"));
    m_levelLabel = new QLabel(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("statisticsLevel"));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_columnsLabel = new QLabel(this);
    m_columns = new QComboBox(this);
    m_columns->setObjectName(QStringLiteral("statisticsColumns"));
    m_columns->addItem(QString(), QStringLiteral("category"));
    m_columns->addItem(QString(), QStringLiteral("group"));
    m_mapLabel = new QLabel(this);
    m_map = new QComboBox(this);
    m_map->setObjectName(QStringLiteral("statisticsMap"));
    for (geo::ChoroplethMeasure measure : {geo::ChoroplethMeasure::None, geo::ChoroplethMeasure::Count, geo::ChoroplethMeasure::Per1000Aged65,
                                           geo::ChoroplethMeasure::Per1000Aged75, geo::ChoroplethMeasure::CapacityPer1000Aged65})
        m_map->addItem(QString(), geo::choroplethMeasureName(measure));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("statisticsClasses"));
    for (ClassMethod method : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks})
        m_method->addItem(QString(), classMethodName(method));
    m_mapLabel->setBuddy(m_map);
    m_paletteLabel = new QLabel(this);
    m_palette = new QComboBox(this);
    m_palette->setObjectName(QStringLiteral("statisticsPalette"));
    for (geo::ChoroplethPalette palette : {geo::ChoroplethPalette::YlGnBu, geo::ChoroplethPalette::OrRd, geo::ChoroplethPalette::Viridis, geo::ChoroplethPalette::Greys})
        m_palette->addItem(QString(), geo::choroplethPaletteName(palette));
    m_paletteLabel->setBuddy(m_palette);
    m_coverageLabel = new QLabel(this);
    m_coverageKm = new QDoubleSpinBox(this);
    m_coverageKm->setObjectName(QStringLiteral("statisticsCoverageKm"));
    m_coverageKm->setRange(0, 50);
    m_coverageKm->setDecimals(1);
    m_coverageKm->setSingleStep(0.5);
    m_coverageLabel->setBuddy(m_coverageKm);
    m_coverageMap = new QCheckBox(this);
    m_coverageMap->setObjectName(QStringLiteral("statisticsCoverageMap"));
    m_coverageMap->setChecked(true);
    m_csvButton = new QPushButton(this);
    m_pdfButton = new QPushButton(this);
    m_population = new QLabel(this);
    m_population->setWordWrap(true);
    m_levelLabel->setBuddy(m_level);
    m_columnsLabel->setBuddy(m_columns);

    m_model = new StatisticsModel(this);
    m_proxy = new StatisticsSortModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StatisticsModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("statisticsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setDefaultSectionSize(64);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);   // a long category name ends in “…” (the tooltip has it whole)
    // At least eight rows of areas, however the window's docks were left.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 9 + m_view->horizontalHeader()->sizeHint().height());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_levelLabel);
    bar->addWidget(m_level);
    bar->addSpacing(8);
    bar->addWidget(m_columnsLabel);
    bar->addWidget(m_columns);
    bar->addSpacing(8);
    bar->addWidget(m_mapLabel);
    bar->addWidget(m_map);
    bar->addWidget(m_method);
    bar->addStretch(1);
    bar->addWidget(m_csvButton);
    bar->addWidget(m_pdfButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    // Distance coverage on a line of its own: the bar above already takes the window's width.
    auto *coverageBar = new QHBoxLayout;
    coverageBar->addWidget(m_paletteLabel);
    coverageBar->addWidget(m_palette);
    coverageBar->addSpacing(8);
    coverageBar->addWidget(m_coverageLabel);
    coverageBar->addWidget(m_coverageKm);
    coverageBar->addWidget(m_coverageMap);
    coverageBar->addStretch(1);
    layout->addLayout(coverageBar);
    layout->addWidget(m_population);
    layout->addWidget(m_view, 1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &StatisticsPanel::recompute);
    FilterController *filter = m_workspace->filter();
    connect(filter, &FilterController::resultChanged, this, &StatisticsPanel::schedule);
    connect(m_workspace, &Workspace::dataChanged, this, [this] {
        rebuildLevels();
        if (m_populationFor != m_workspace->storePath())
            reloadPopulation();
        schedule();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &StatisticsPanel::schedule);
    connect(m_columns, &QComboBox::currentIndexChanged, this, &StatisticsPanel::schedule);
    connect(m_map, &QComboBox::currentIndexChanged, this, &StatisticsPanel::schedule);
    connect(m_method, &QComboBox::currentIndexChanged, this, &StatisticsPanel::schedule);
    connect(m_palette, &QComboBox::currentIndexChanged, this, &StatisticsPanel::updateChoropleth);
    connect(m_coverageKm, &QDoubleSpinBox::valueChanged, this, &StatisticsPanel::schedule);
    connect(m_coverageMap, &QCheckBox::toggled, this, &StatisticsPanel::updateChoropleth);
    connect(m_view, &QTableView::clicked, this, &StatisticsPanel::activateCell);
    connect(m_csvButton, &QPushButton::clicked, this, &StatisticsPanel::chooseCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &StatisticsPanel::choosePdf);
    // The choices of the last session (the level is restored when a store has it).
    const QSettings settings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas"));
    m_savedLevel = settings.value(QStringLiteral("statistics/level")).toString();
    for (auto [box, key] : {std::pair{m_columns, "statistics/columns"}, std::pair{m_map, "statistics/map"}, std::pair{m_method, "statistics/classes"},
                            std::pair{m_palette, "statistics/palette"}})
        if (const int i = box->findData(settings.value(QLatin1String(key))); i >= 0)
            box->setCurrentIndex(i);
    auto save = [this] {
        QSettings settings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas"));
        if (m_level->currentIndex() >= 0)
            settings.setValue(QStringLiteral("statistics/level"), m_level->currentData());
        settings.setValue(QStringLiteral("statistics/columns"), m_columns->currentData());
        settings.setValue(QStringLiteral("statistics/map"), m_map->currentData());
        settings.setValue(QStringLiteral("statistics/classes"), m_method->currentData());
        settings.setValue(QStringLiteral("statistics/palette"), m_palette->currentData());
    };
    for (QComboBox *box : {m_level, m_columns, m_map, m_method, m_palette})
        connect(box, &QComboBox::activated, this, save);
    m_coverageKm->setValue(settings.value(QStringLiteral("statistics/coverageKm"), 0.0).toDouble());
    connect(m_coverageKm, &QDoubleSpinBox::editingFinished, this, [this] {
        QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")).setValue(QStringLiteral("statistics/coverageKm"), m_coverageKm->value());
    });
    retranslate();
    rebuildLevels();
}

void StatisticsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildLevels();
        schedule();
    }
    QWidget::changeEvent(event);
}

void StatisticsPanel::retranslate()
{
    m_levelLabel->setText(tr("Area level:"));
    m_columnsLabel->setText(tr("Columns:"));
    m_columns->setItemText(0, tr("Categories"));
    m_columns->setItemText(1, tr("Groups"));
    m_mapLabel->setText(tr("Map:"));
    for (int i = 0; i < m_map->count(); ++i)
        m_map->setItemText(i, geo::choroplethMeasureLabel(*geo::choroplethMeasureFromName(m_map->itemData(i).toString())));
    m_paletteLabel->setText(tr("Colours:"));
    for (int i = 0; i < m_palette->count(); ++i)
        m_palette->setItemText(i, geo::choroplethPaletteLabel(*geo::choroplethPaletteFromName(m_palette->itemData(i).toString())));
    m_palette->setToolTip(tr("The choropleth's colours; every palette is colour-blind safe"));
    m_map->setToolTip(tr("Colour the areas of the level on the map (choropleth); areas with none are hatched"));
    m_method->setItemText(0, tr("Quantiles"));
    m_method->setItemText(1, tr("Equal intervals"));
    m_method->setItemText(2, tr("Natural breaks"));
    m_coverageLabel->setText(tr("Within:"));
    m_coverageKm->setSuffix(tr(" km"));
    m_coverageKm->setSpecialValueText(tr("Off"));
    m_coverageKm->setToolTip(tr("Distance coverage: the share of each area (and of its residents, where a finer level has population) within this distance of a resource of the filter's categories"));
    m_coverageMap->setText(tr("Uncovered on map"));
    m_coverageMap->setToolTip(tr("Draw the parts of the areas beyond this distance grey and hatched on the map"));
    m_csvButton->setText(tr("Export CSV"));
    m_csvButton->setToolTip(tr("Export the table as CSV for Excel (UTF-8 with BOM, or Shift_JIS)"));
    m_pdfButton->setText(tr("Export PDF"));
    m_pdfButton->setToolTip(tr("Export the table as a PDF to print"));
}

void StatisticsPanel::rebuildLevels()
{
    const ResourceSnapshotPointer snapshot = m_workspace->snapshot();
    const QString language = currentLanguage();
    const QString current = m_level->count() > 0 ? m_level->currentData().toString() : m_savedLevel;
    QSignalBlocker blocker(m_level);
    m_level->clear();
    if (!snapshot)
        return;
    int chosen = -1, fallback = -1;
    for (const auto &l : snapshot->levels) {
        if (l.areas.isEmpty())
            continue;
        m_level->addItem(l.level.label(language), l.level.code);
        if (l.level.code == current)
            chosen = m_level->count() - 1;
        if (l.level.code == QLatin1String("daily_life_area"))
            fallback = m_level->count() - 1;
    }
    if (chosen < 0)
        chosen = fallback >= 0 ? fallback : m_level->count() - 1;
    m_level->setCurrentIndex(chosen);
}

void StatisticsPanel::reloadPopulation()
{
    m_populationTables.clear();
    m_populationFor = m_workspace->storePath();
    if (m_populationFor.isEmpty())
        return;
    if (auto store = Store::open(m_populationFor, Store::OpenMode::ReadOnly))
        if (auto tables = loadPopulation(**store))
            m_populationTables = *tables;
    ++m_populationGeneration;
    schedule();
}

void StatisticsPanel::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void StatisticsPanel::recompute()
{
    const ResourceSnapshotPointer snapshot = m_workspace->snapshot();
    FilterController *controller = m_workspace->filter();
    const int level = snapshot ? snapshot->levelIndex(m_level->currentData().toString()) : -1;
    if (!snapshot || level < 0) {
        m_model->setMatrix(AreaMatrix());
        m_population->clear();
        updateChoropleth();
        return;
    }
    // The filter without its area and categories: those are the cells.
    ResourceFilter filter = controller->filter();
    const std::optional<AreaChoice> area = filter.area;
    const QStringList categories = filter.categories;
    filter.area.reset();
    filter.categories.clear();
    const FilterResult result = filter == controller->filter()
                                    ? controller->result()
                                    : evaluateFilter(*snapshot, filter, controller->textMatches(), geo::geodesicDistanceFunction());
    MatrixOptions options;
    options.grouping = m_columns->currentData().toString() == QLatin1String("group") ? MatrixColumns::Groups : MatrixColumns::Categories;
    options.language = currentLanguage();
    options.ratedCategories = categories;
    AreaMatrix built = buildAreaMatrix(*snapshot, result, level, options, &m_populationTables);
    ResourceFilter rated = filter;
    rated.categories = categories;
    addCoverage(built, *snapshot, rated, result);
    m_model->setMatrix(std::move(built));
    m_model->setHighlight(area ? area->levelCode : QString(), area ? area->areaCode : QString(), categories);
    const AreaMatrix &m = m_model->matrix();
    if (m.hasPopulation) {
        QStringList rated;
        for (const QString &code : categories)
            if (const int c = snapshot->categoryIndex(code); c >= 0)
                rated << snapshot->categories[c].label(options.language);
        m_population->setText(m_model->text().notes.join(QLatin1Char(' ')) + QLatin1Char(' ')
                              + (rated.isEmpty() ? tr("Rates count every category.") : tr("Rates count: %1.").arg(rated.join(QStringLiteral("・")))));
    } else {
        m_population->setText(tr("No population for this level: import it with File ▸ Import Population… to see rates per 1,000 aged 65+."));
    }
    // Each column as wide as its header and figures, within limits: the area names whole, the
    // count columns from 56 to 150 pixels (longer category names are elided).
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        if (c != 2)
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 56, 150));
    updateChoropleth();
}

void StatisticsPanel::setJobRunner(JobRunner *jobs)
{
    m_jobs = jobs;
    // A coverage asked for while another task ran starts when it ends.
    if (m_jobs)
        connect(m_jobs, &JobRunner::finished, this, [this] {
            if (m_coverageKm->value() > 0 && !m_coverage)
                schedule();
        });
}

void StatisticsPanel::addCoverage(AreaMatrix &matrix, const ResourceSnapshot &snapshot, const ResourceFilter &rated, const FilterResult &result)
{
    const double km = m_coverageKm->value();
    if (km <= 0 || matrix.levelIndex < 0) {
        m_coverage.reset();
        if (m_coverageRunning && m_jobs) {
            m_coverageSuperseded = true;
            m_jobs->cancel();
        }
        return;
    }
    const CoverageKey key{m_workspace->snapshot(), m_workspace->storePath(), matrix.levelIndex, km, rated, m_populationGeneration};
    if (key.snapshot.get() != &snapshot)
        return;
    if (!m_coverage || !(m_coverage->key == key)) {
        m_coverage.reset();
        if (!m_jobs) {
            // No runner (a panel on its own): computed here.
            const geo::MapScenePointer scene = m_workspace->scene();
            auto store = Store::open(key.storePath, Store::OpenMode::ReadOnly);
            if (!store || !scene)
                return;
            coverageComputed(key, geo::matrixCoverage(matrix, km, snapshot, result, **store, &m_populationTables, &scene->projection));
        } else {
            startCoverage(key, matrix, result);
        }
        if (!m_coverage)
            return;   // the columns come when the job has finished
    }
    setCoverage(matrix, km, m_coverage->coverage.byArea, m_coverage->coverage.populationLevel);
}

void StatisticsPanel::startCoverage(const CoverageKey &key, const AreaMatrix &matrix, const FilterResult &result)
{
    if (m_coverageRunning) {
        if (*m_coverageRunning == key)
            return;
        m_coverageSuperseded = true;   // started again with these inputs when it has stopped
        m_jobs->cancel();
        return;
    }
    const geo::MapScenePointer scene = m_workspace->scene();
    if (!scene || m_jobs->isRunning())
        return;   // another task: tried again when it ends
    // The task gets copies: the panel's state may change while it runs.
    const QHash<QString, PopulationTable> population = m_populationTables;
    QPointer<StatisticsPanel> self(this);
    const bool started = m_jobs->run<geo::MatrixCoverage>(
        tr("Computing the distance coverage…"),
        [key, matrix, result, population, scene](const Feedback &feedback) -> Result<geo::MatrixCoverage> {
            auto store = Store::open(key.storePath, Store::OpenMode::ReadOnly);
            if (!store)
                return store.error();
            return geo::matrixCoverage(matrix, key.km, *key.snapshot, result, **store, &population, &scene->projection, feedback);
        },
        [self, key](Result<geo::MatrixCoverage> computed) {
            if (self)
                self->coverageComputed(key, std::move(computed));
        });
    if (started)
        m_coverageRunning = key;
}

void StatisticsPanel::coverageComputed(const CoverageKey &key, Result<geo::MatrixCoverage> computed)
{
    const bool wasJob = m_coverageRunning.has_value();
    m_coverageRunning.reset();
    const bool superseded = std::exchange(m_coverageSuperseded, false);
    if (!computed) {
        if (computed.error().code == ErrorCode::Cancelled && superseded) {
            schedule();                       // the inputs changed: computed again for the new ones
        } else {
            if (computed.error().code != ErrorCode::Cancelled)
                QMessageBox::warning(this, tr("Distance Coverage"), errorMessage(computed.error()));
            m_coverageKm->setValue(0);        // cancelled or failed: the distance is Off
        }
        return;
    }
    const QString language = currentLanguage();
    m_coverage = CoverageCache{key, *computed,
                               geo::makeCoverageGaps(computed->uncovered, key.km, key.filter.categories, *key.snapshot, language)};
    if (wasJob)
        schedule();                           // the matrix again, now with the coverage
}

bool StatisticsPanel::applyCoverageLayer(geo::RenderSettings &options) const
{
    std::shared_ptr<const geo::CoverageGaps> wanted;
    if (m_coverage && m_coverageMap->isChecked() && m_coverageKm->value() > 0)
        wanted = m_coverage->gaps;
    if (options.coverageGaps == wanted)
        return false;
    options.coverageGaps = wanted;
    return true;
}

void StatisticsPanel::updateChoropleth()
{
    geo::RenderSettings options = m_workspace->renderOptions();
    const bool gapsChanged = applyCoverageLayer(options);
    const AreaMatrix &m = m_model->matrix();
    const QString what = m_map->currentData().toString();
    const ResourceSnapshotPointer snapshot = m_workspace->snapshot();
    if (what == QLatin1String("none") || !snapshot || m.levelIndex < 0) {
        if (options.choropleth || gapsChanged) {
            options.choropleth.reset();
            m_workspace->setRenderOptions(options);
        }
        return;
    }
    options.choropleth = geo::makeChoropleth(m, *snapshot, mapRequest());
    m_workspace->setRenderOptions(options);
}

geo::StatisticsMapRequest StatisticsPanel::mapRequest() const
{
    geo::StatisticsMapRequest request;
    request.levelCode = m_level->currentData().toString();
    request.measure = geo::choroplethMeasureFromName(m_map->currentData().toString()).value_or(geo::ChoroplethMeasure::None);
    classMethodFromName(m_method->currentData().toString(), &request.method);
    request.palette = geo::choroplethPaletteFromName(m_palette->currentData().toString()).value_or(geo::ChoroplethPalette::YlGnBu);
    request.coverageKm = m_coverageMap->isChecked() ? m_coverageKm->value() : 0;
    return request;
}

void StatisticsPanel::activateCell(const QModelIndex &viewIndex)
{
    const QModelIndex index = m_proxy->mapToSource(viewIndex);
    const AreaMatrix::Row *row = m_model->matrixRow(index.row());
    if (!row)
        return;
    ResourceFilter filter = m_workspace->filter()->filter();
    if (row->isTotal())
        filter.area.reset();
    else
        filter.area = AreaChoice{row->levelCode, row->areaCode, row->areaName};
    if (const int c = m_model->matrixColumn(index.column()); c >= 0)
        filter.categories = m_model->matrix().columns[c].categoryCodes;
    else if (index.column() >= m_model->text().firstCountColumn)
        filter.categories.clear();
    m_workspace->filter()->setFilter(filter);
    Q_EMIT resourcesShown();
}

namespace {

CsvOptions statisticsCsvOptions(CsvEncoding encoding)
{
    CsvOptions options;
    options.encoding = encoding;
    options.unencodable = UnencodableCharacters::Replace;
    return options;
}

} // namespace

geo::StatisticsDocument StatisticsPanel::pdfDocument() const
{
    const ResourceSnapshotPointer snapshot = m_workspace->snapshot();
    geo::StatisticsDocument document;
    document.language = currentLanguage();
    document.title = geo::defaultStatisticsTitle(document.language, m_level->currentText());
    if (snapshot) {
        ResourceFilter filter = m_workspace->filter()->filter();
        filter.area.reset();
        if (const QString described = filter.describe(snapshot->categories, snapshot->flags, document.language); !described.isEmpty())
            document.lines << tr("Filter: %1").arg(described);
    }
    return document;
}

Result<CsvReport> StatisticsPanel::exportCsv(const QString &path, CsvEncoding encoding, const Feedback *feedback)
{
    return geo::writeStatisticsCsv(path, m_model->text(), statisticsCsvOptions(encoding), feedback);
}

Result<int> StatisticsPanel::exportPdf(const QString &path, const Feedback *feedback)
{
    return geo::writeStatisticsPdf(path, m_model->text(), pdfDocument(), feedback);
}

bool StatisticsPanel::startExport(const QString &path, CsvEncoding encoding)
{
    if (!m_jobs)
        return false;
    // The task gets copies: the matrix may change while it runs.
    const MatrixText table = m_model->text();
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const geo::StatisticsDocument document = pdfDocument();
    const CsvOptions csv = statisticsCsvOptions(encoding);
    return m_jobs->run<int>(
        tr("Exporting %1…").arg(QFileInfo(path).fileName()),
        [=](const Feedback &feedback) -> Result<int> {
            if (pdf)
                return geo::writeStatisticsPdf(path, table, document, &feedback);
            auto written = geo::writeStatisticsCsv(path, table, csv, &feedback);
            if (!written)
                return written.error();
            return written->rows;
        },
        [this](Result<int> written) {
            if (!written && written.error().code != ErrorCode::Cancelled)
                QMessageBox::warning(this, tr("Export Statistics"), errorMessage(written.error()));
            Q_EMIT exportFinished(written.ok());
        });
}

void StatisticsPanel::chooseCsv()
{
    const QString utf8 = tr("CSV, UTF-8 with BOM (*.csv)");
    const QString sjis = tr("CSV, Shift_JIS (*.csv)");
    QString selected = utf8;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("statisticsFolder")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), folder, utf8 + QStringLiteral(";;") + sjis, &selected);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("statisticsFolder"), QFileInfo(path).absolutePath());
    startExport(path, selected == sjis ? CsvEncoding::Cp932 : CsvEncoding::Utf8WithBom);
}

void StatisticsPanel::choosePdf()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("statisticsFolder")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), folder, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("statisticsFolder"), QFileInfo(path).absolutePath());
    startExport(path);
}

} // namespace careatlas
