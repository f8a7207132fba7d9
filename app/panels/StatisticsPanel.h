#pragma once

#include "core/Result.h"
#include "core/export/CsvExport.h"
#include "core/population/PopulationStore.h"
#include "core/query/ResourceFilter.h"
#include "geo/export/StatisticsExport.h"
#include "geo/query/DistanceCoverage.h"
#include "geo/query/StatisticsMap.h"
#include "geo/render/RenderSettings.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace careatlas {

class JobRunner;
class StatisticsModel;
class StatisticsSortModel;
class Workspace;

// The statistics view (docs/statistics.md): areas of a chosen level × categories or groups,
// following the filter's features, text and distance (not its area and categories: those are
// what a click on a cell chooses, and they are highlighted), with roll-ups, the total, capacity
// and, where population is imported, rates per 1,000 aged 65+ and 75+ of the filter's
// categories. Sortable; zero cells hatched; a click on a cell filters to that area and column.
class StatisticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPanel(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    StatisticsModel *model() const { return m_model; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *columnsBox() const { return m_columns; }
    // Map ▸ what colours the areas of the level: none, count, per1000_65, per1000_75, capacity_per1000_65;
    // and how the classes are made (quantile, equal-interval, natural-breaks).
    QComboBox *mapBox() const { return m_map; }
    QComboBox *methodBox() const { return m_method; }
    // The choropleth's palette (ylgnbu, orrd, viridis, greys).
    QComboBox *paletteBox() const { return m_palette; }
    // What the panel puts on the map, as `careatlas-cli render --choropleth …` asks for it.
    geo::StatisticsMapRequest mapRequest() const;
    // Distance coverage: the radius in km (0: off) and whether the uncovered parts are drawn.
    // The coverage is computed on the job runner (progress, Cancel: the distance goes back to
    // Off), without a runner on the UI thread.
    QDoubleSpinBox *coverageBox() const { return m_coverageKm; }
    QCheckBox *coverageMapBox() const { return m_coverageMap; }

    // Re-reads the population tables of the store (after an import).
    void reloadPopulation();
    // Sets the filter from a cell of the table (a view index): its area and its column's categories.
    void activateCell(const QModelIndex &viewIndex);
    // The exports of the matrix as shown (its language, level and columns).
    Result<CsvReport> exportCsv(const QString &path, CsvEncoding encoding = CsvEncoding::Utf8WithBom, const Feedback *feedback = nullptr);
    Result<int> exportPdf(const QString &path, const Feedback *feedback = nullptr);
    // The window's way: the export of the matrix as shown runs on the job runner (progress,
    // Cancel; temporary file + rename), a message when it fails. A .pdf path writes the PDF,
    // anything else the CSV. False when no runner is set or another task runs.
    void setJobRunner(JobRunner *jobs);
    bool startExport(const QString &path, CsvEncoding encoding = CsvEncoding::Utf8WithBom);

Q_SIGNALS:
    void resourcesShown();      // a click set the filter: the window shows the resource table
    void exportFinished(bool written);   // after startExport: false when it failed or was cancelled

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildLevels();
    void schedule();
    void recompute();
    void updateChoropleth();
    bool applyCoverageLayer(geo::RenderSettings &options) const;   // true when it changed
    void addCoverage(AreaMatrix &matrix, const ResourceSnapshot &snapshot, const ResourceFilter &filter, const FilterResult &result);
    geo::StatisticsDocument pdfDocument() const;
    void chooseCsv();
    void choosePdf();

    Workspace *m_workspace;
    JobRunner *m_jobs = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_columns = nullptr;
    QLabel *m_levelLabel = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QLabel *m_population = nullptr;
    QLabel *m_mapLabel = nullptr;
    QComboBox *m_map = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_paletteLabel = nullptr;
    QComboBox *m_palette = nullptr;
    QLabel *m_coverageLabel = nullptr;
    QDoubleSpinBox *m_coverageKm = nullptr;
    QCheckBox *m_coverageMap = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QTableView *m_view = nullptr;
    StatisticsModel *m_model = nullptr;
    StatisticsSortModel *m_proxy = nullptr;
    QHash<QString, PopulationTable> m_populationTables;
    QString m_savedLevel;        // from the settings, until a store has that level
    QString m_populationFor;     // the store path the tables were read from
    QTimer m_timer;
    // What a coverage is computed from.
    struct CoverageKey {
        ResourceSnapshotPointer snapshot;      // held, so that its address is not reused
        QString storePath;
        int levelIndex = -1;
        double km = 0;
        ResourceFilter filter;                 // without area; categories are the rated ones
        int populationGeneration = -1;
        bool operator==(const CoverageKey &) const = default;
    };
    // The last coverage computed, reused while its inputs stay the same.
    struct CoverageCache {
        CoverageKey key;
        geo::MatrixCoverage coverage;
        std::shared_ptr<const geo::CoverageGaps> gaps;
    };
    void startCoverage(const CoverageKey &key, const AreaMatrix &matrix, const FilterResult &result);
    void coverageComputed(const CoverageKey &key, Result<geo::MatrixCoverage> computed);
    std::optional<CoverageCache> m_coverage;
    std::optional<CoverageKey> m_coverageRunning;   // a coverage job on the runner
    bool m_coverageSuperseded = false;              // it was cancelled because its inputs changed
    int m_populationGeneration = 0;
};

} // namespace careatlas
