#pragma once

// What `areas` and `import-areas` share: their file options and the report they print.

#include "geo/areas/AreaImport.h"
#include "geo/areas/AreaLoader.h"
#include "geo/areas/AreaSource.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

namespace careatlas::cli {

struct AreaFileOptions {
    QCommandLineOption layer{QStringLiteral("layer"), QString(), QStringLiteral("L")};
    QCommandLineOption nameField{QStringLiteral("name-field"), QString(), QStringLiteral("F")};
    QCommandLineOption codeField{QStringLiteral("code-field"), QString(), QStringLiteral("F")};
    QCommandLineOption parentField{QStringLiteral("parent-field"), QString(), QStringLiteral("F")};
    QCommandLineOption encoding{QStringLiteral("encoding"), QString(), QStringLiteral("E")};
    QCommandLineOption crs{QStringLiteral("crs"), QString(), QStringLiteral("CRS")};
    QCommandLineOption json{QStringLiteral("json"), QString()};

    AreaFileOptions();
    void addTo(QCommandLineParser &parser) const;
    geo::AreaLoadOptions read(const QCommandLineParser &parser) const;
};

// The load report as JSON: feature_count, crs, bbox_wgs84, name_field, names, repaired,
// dropped, and everything else that was guessed or found.
QJsonObject loadReportJson(const geo::AreaLoadReport &report, const QList<geo::LoadedArea> &areas);
QJsonObject layerJson(const geo::LayerInfo &layer);

QJsonObject importReportJson(const geo::AreaImportReport &report);

} // namespace careatlas::cli
