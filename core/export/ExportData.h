#pragma once

#include "core/Catalogue.h"
#include "core/Resource.h"
#include "core/Result.h"
#include "core/export/ResourceColumns.h"
#include "core/population/PopulationStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace careatlas {

class Store;

// A snapshot of what an exporter writes: the resources (already filtered), the catalogue to
// name their categories and flags, and the area each lies in at one level. Exporters take it by
// const reference and never touch the store or the session.
struct ExportData {
    QList<Resource> resources;
    QList<Category> categories;
    QList<CategoryGroup> groups;
    QList<Flag> flags;
    QString language = QStringLiteral("ja");

    QString title;                    // set by the user; a default when empty
    QString filterDescription;        // the filter in words (ResourceFilter::describe), or empty
    QDate date = QDate::currentDate();
    QString dataSources;              // e.g. "介護サービス情報公表システム (2026-03)"; from the resources when empty

    QString areaLevel;                // the level the Area column and area grouping use
    QString areaLevelLabel;
    QHash<qint64, QString> areaCodeOf;    // resource id → area code at areaLevel
    QHash<QString, QString> areaNameOf;   // area code → name

    QHash<qint64, double> distanceOf;     // resource id → metres from the filter's centre; empty: no centre
    // The population of the areas at areaLevel (atlas pages: counts per 1,000 aged 65+), when
    // the store has a table for that level.
    std::optional<PopulationTable> areaPopulation;

    // Text of a cell, as shown in lists and CSV (dates ISO, flags as labels joined by "・").
    QString cell(const Resource &resource, ResourceColumn column) const;
    // Text of a cell on a printed page: dates as 2026/12/01, times local, distances grouped.
    QString printedCell(const Resource &resource, ResourceColumn column) const;
    QString categoryLabel(const QString &code) const;
    QString flagLabel(const QString &code) const;
    QString areaName(const Resource &resource) const;   // empty when not assigned
    // The distinct sources of the resources ("source (date)"), joined by "; ".
    QString sourcesSummary() const;
    // The same for some of the resources (an atlas page's), never the overall dataSources.
    QString sourcesSummaryOf(const QList<Resource> &some) const;
    // The columns to write when none are chosen: `defaults`, with Distance after Name when the
    // filter has a centre.
    QList<ResourceColumn> columnsOrDefault(const QList<ResourceColumn> &chosen, const QList<ResourceColumn> &defaults) const;
    // The title, or the default ("Resource list").
    QString effectiveTitle() const;
};

// Fills the catalogue and (when `areaLevel` is not empty) the areas of a level from a store.
// `resources` are taken as they are (already filtered by the caller).
Result<ExportData> loadExportData(const Store &store, const QList<Resource> &resources, const QString &areaLevel = {},
                                  const QString &language = QStringLiteral("ja"));

} // namespace careatlas
