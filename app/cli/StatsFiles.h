#pragma once

// The parts of `careatlas-cli stats --matrix` that need GDAL or QtGui: the coverage columns
// (--coverage-km: distances through GEOS) and the files (--out: the PDF is drawn with QtGui).
// They live in the full module (CmdStatsFiles.cpp), which sets statsFileParts() before it runs
// a command; in the light executable it stays null and `stats` with those options returns
// ExitNeedsFull before it prints anything, so that main() runs it in the full module.

#include "core/Result.h"
#include "core/export/CsvExport.h"
#include "core/population/PopulationStore.h"
#include "core/query/AreaMatrix.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"

#include <QHash>
#include <QString>

namespace careatlas {
class Store;
}

namespace careatlas::cli {

struct StatsFileRequest {
    QString path;
    bool pdf = false;                 // else CSV
    CsvEncoding encoding = CsvEncoding::Utf8WithBom;
    QString language;
    QString levelLabel;               // the PDF's default title
    QString filterDescription;        // a line under it, when not empty
    bool a3 = false;
    bool fitPaper = true;             // no --paper: A3 for a wide table
};

struct StatsFileParts {
    Status (*addCoverage)(AreaMatrix &matrix, double km, const ResourceSnapshot &snapshot, const FilterResult &result,
                          const Store &store, const QHash<QString, PopulationTable> *population);
    Status (*write)(const MatrixText &text, const StatsFileRequest &request);
};

// Null unless the full module set it (to gisStatsFileParts, defined there only).
const StatsFileParts *&statsFileParts();
extern const StatsFileParts gisStatsFileParts;

} // namespace careatlas::cli
