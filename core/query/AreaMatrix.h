#pragma once

#include "core/population/PopulationStore.h"
#include "core/query/ResourceQuery.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace careatlas {

// The statistics matrix (docs/statistics.md): areas of a level × categories or groups, built on
// countByArea's AreaCountTable, with the roll-ups to the levels above, a total row, the
// capacity (定員) and, where a population table is stored, rates per 1,000 residents aged 65+
// and 75+.
enum class MatrixColumns { Categories, Groups };

// Distance coverage of one area (docs/statistics.md): its surface and the part of it within the
// radius of at least one rated resource (square metres, in the map's metric projection); with a
// finer level's population, that population and the part of it living within the radius
// (area-weighted: each finer area's figures times the covered share of its surface).
struct AreaCoverage {
    double area = 0;
    double covered = 0;
    std::optional<double> people;             // total residents of the finer areas in this area
    std::optional<double> peopleCovered;
    std::optional<double> aged65;
    std::optional<double> aged65Covered;
    void add(const AreaCoverage &other);
    std::optional<double> areaShare() const { return area > 0 ? std::optional<double>(covered / area) : std::nullopt; }
    std::optional<double> peopleShare() const;
    std::optional<double> aged65Share() const;
};

struct AreaMatrix {
    struct Column {
        QString code;                         // category or group code
        QString label;                        // in the matrix's language
        QStringList categoryCodes;            // what the column counts
    };
    struct Row {
        int levelIndex = -1;                  // snapshot level; -1 for the total row
        QString levelCode;
        QString levelLabel;
        QString areaCode;
        QString areaName;
        QString parentCode;
        std::vector<int> counts;              // per column
        int total = 0;                        // over the columns
        int rated = 0;                        // resources of the rated categories (what rates count)
        qint64 capacity = 0;                  // sum of the rated resources' capacity (定員)
        int withCapacity = 0;                 // how many of them state one
        PopulationFigures population;         // the level's table, or the sum of the children's when all have one
        std::optional<AreaCoverage> coverage; // with setCoverage()
        bool isTotal() const { return levelIndex < 0; }
    };
    QString language;
    MatrixColumns grouping = MatrixColumns::Categories;
    int levelIndex = -1;
    QList<Column> columns;
    QList<Row> rows;                          // the level's areas, then each level above, then the total
    bool hasPopulation = false;               // any row has a population figure
    QDate populationAsOf;                     // of the chosen level's table (else the nearest above)
    QString populationSource;
    QStringList ratedCategories;              // empty: every category
    double coverageKm = 0;                    // > 0: coverage columns (setCoverage)
    QString coveragePopulationLevel;          // the label of the level whose population weighs the shares; empty: none

    // Per 1,000 people; nullopt without a positive population.
    static std::optional<double> perThousand(double value, const std::optional<qint64> &people);
};

struct MatrixOptions {
    MatrixColumns grouping = MatrixColumns::Categories;
    QString language = QStringLiteral("ja");
    QStringList columnCategories;             // the categories shown as columns (or whose groups are); empty: all
    QStringList ratedCategories;              // what rates and capacity count; empty: all
};

// Counts the resources of `result` (countByArea) per area of `levelIndex`. `population`:
// loadPopulation()'s tables (may be null). Columns in catalogue order; with Groups, one column
// per group that has categories.
AreaMatrix buildAreaMatrix(const ResourceSnapshot &snapshot, const FilterResult &result, int levelIndex, const MatrixOptions &options,
                           const QHash<QString, PopulationTable> *population = nullptr);

// Adds the coverage of the matrix level's areas (by area code) and rolls it up: each row above
// the sum of its children, the total the sum of the level's areas.
void setCoverage(AreaMatrix &matrix, double km, const QHash<QString, AreaCoverage> &byArea, const QString &populationLevel = QString());

// The matrix as a table of text for CSV and PDF: a header row in the matrix's language
// (category names, not codes) and one row per matrix row. Rates with one decimal; empty cells
// where a rate cannot be computed. Population columns only when the matrix has population.
struct MatrixText {
    QStringList header;
    QList<QStringList> rows;
    int firstCountColumn = 0;                 // index of the first category/group column
    int countColumns = 0;
    int firstCoverageColumn = -1;             // the coverage columns (percentages), -1 without
    QStringList notes;                        // the population's as-of date and source
};
MatrixText matrixText(const AreaMatrix &matrix);

} // namespace careatlas
