// The full module's parts of `stats --matrix` (StatsFiles.h): coverage through GEOS, the files.
#include "app/cli/StatsFiles.h"

#include "core/store/Store.h"
#include "geo/export/StatisticsExport.h"
#include "geo/query/DistanceCoverage.h"

#include <QCoreApplication>

namespace careatlas::cli {

namespace {

Status addCoverage(AreaMatrix &matrix, double km, const ResourceSnapshot &snapshot, const FilterResult &result, const Store &store,
                   const QHash<QString, PopulationTable> *population)
{
    auto covered = geo::matrixCoverage(matrix, km, snapshot, result, store, population);
    if (!covered)
        return covered.error();
    setCoverage(matrix, km, covered->byArea, covered->populationLevel);
    return {};
}

Status write(const MatrixText &text, const StatsFileRequest &request)
{
    if (request.pdf) {
        geo::StatisticsDocument document;
        document.language = request.language;
        document.title = geo::defaultStatisticsTitle(request.language, request.levelLabel);
        if (!request.filterDescription.isEmpty())
            document.lines << QCoreApplication::translate("PdfList", "Filter: %1").arg(request.filterDescription);
        document.page.paper = request.a3 ? geo::PaperSize::A3 : geo::PaperSize::A4;
        document.fitPaper = request.fitPaper;
        auto written = geo::writeStatisticsPdf(request.path, text, document);
        if (!written)
            return written.error();
        return {};
    }
    CsvOptions csv;
    csv.encoding = request.encoding;
    csv.unencodable = UnencodableCharacters::Replace;
    auto written = geo::writeStatisticsCsv(request.path, text, csv);
    if (!written)
        return written.error();
    return {};
}

} // namespace

const StatsFileParts gisStatsFileParts{addCoverage, write};

} // namespace careatlas::cli
