#include "geo/export/ExportPipeline.h"

#include "core/GuardedRun.h"
#include "core/export/SafeFile.h"
#include "core/population/PopulationStore.h"
#include "core/store/Store.h"
#include "geo/export/Atlas.h"
#include "geo/export/GisExport.h"
#include "geo/export/MapLayout.h"
#include "geo/export/PdfDocument.h"
#include "geo/export/PdfTextFix.h"
#include "geo/query/StoreFilter.h"
#include "geo/render/StoreScene.h"

#include <QFile>
#include <QPagedPaintDevice>
#include <QFileInfo>

namespace careatlas::geo {

namespace {

// The level the Area column, area grouping and atlas use: the asked one, else the daily-life
// areas, else the finest level that has areas; empty when the store has none.
Result<QString> chooseAreaLevel(const Store &store, const QString &asked)
{
    if (!asked.isEmpty())
        return asked;
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    QList<AreaLevel> ordered = *levels;
    std::stable_sort(ordered.begin(), ordered.end(), [](const AreaLevel &l, const AreaLevel &r) {
        if ((l.code == AreaLevels::DailyLifeArea) != (r.code == AreaLevels::DailyLifeArea))
            return l.code == AreaLevels::DailyLifeArea;
        return l.rank > r.rank;
    });
    for (const AreaLevel &level : ordered) {
        auto areas = store.areas(level.code);
        if (areas && !areas->isEmpty())
            return level.code;
    }
    return QString();
}

// The map's styles for a page: the data is the filtered resources already, and a page shows no selection.
RenderSettings pageSettings(const ExportRequest &request)
{
    RenderSettings settings = request.settings;
    settings.resourceMask.reset();
    settings.selection.clear();
    return settings;
}

bool needsScene(ExportKind kind) { return kind == ExportKind::MapLayout || kind == ExportKind::Atlas; }

PdfListOptions pdfListOptions(const ExportRequest &request)
{
    PdfListOptions options;
    options.page = request.page;
    options.columns = request.columns;
    options.grouping = request.grouping;
    return options;
}

AtlasOptions atlasOptions(const ExportRequest &request)
{
    AtlasOptions options;
    options.page = request.page;
    options.columns = request.columns;
    options.settings = pageSettings(request);
    return options;
}

MapLayoutOptions mapLayoutOptions(const ExportRequest &request)
{
    MapLayoutOptions options;
    options.page = request.page;
    options.extent = request.mapExtent;
    options.settings = pageSettings(request);
    options.pngDotsPerInch = request.pngDotsPerInch;
    options.handout = request.handout;
    if (!request.mapAreaCode.isEmpty()) {
        options.areaLevel = request.mapAreaLevel;
        options.areaCode = request.mapAreaCode;
    } else if (request.filter.area) {
        options.areaLevel = request.filter.area->levelCode;
        options.areaCode = request.filter.area->areaCode;
    }
    return options;
}

ExportOutcome outcomeOf(const PreparedExport &prepared)
{
    ExportOutcome outcome;
    outcome.kind = prepared.request.kind;
    outcome.resources = int(prepared.data.resources.size());
    outcome.filterDescription = prepared.data.filterDescription;
    outcome.filtered = prepared.filtered;
    return outcome;
}

} // namespace

std::optional<ExportKind> exportKindFor(const QString &path, bool map)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg") || (map && suffix == QLatin1String("pdf")))
        return ExportKind::MapLayout;
    if (suffix == QLatin1String("csv"))
        return ExportKind::Csv;
    if (suffix == QLatin1String("pdf"))
        return ExportKind::PdfList;
    if (gisFormatFor(path))
        return ExportKind::Gis;
    return std::nullopt;
}

Result<PreparedExport> prepareExport(const ExportRequest &request, const Feedback &feedback, MapScenePointer scene,
                                     ResourceSnapshotPointer snapshot)
{
    return runGuarded([&]() -> Result<PreparedExport> {
        auto store = Store::open(request.storePath, Store::OpenMode::ReadOnly);
        if (!store)
            return store.error();
        feedback.report(2);
        auto filtered = filterStore(**store, request.filter, std::move(snapshot));
        if (!filtered)
            return filtered.error();
        if (feedback.cancelled())
            return Error(ErrorCode::Cancelled);
        feedback.report(8);
        const ResourceSnapshot &snapshot = *filtered->snapshot;
        QList<Resource> resources;
        resources.reserve(int(filtered->result.rows.size()));
        QHash<qint64, double> distanceOf;
        for (int row : filtered->result.rows) {
            resources.push_back(snapshot.resources[row]);
            if (request.filter.near && row < int(filtered->result.distance.size()))
                distanceOf.insert(snapshot.resources[row].id, filtered->result.distance[row]);
        }
        auto level = chooseAreaLevel(**store, request.areaLevel);
        if (!level)
            return level.error();
        auto data = loadExportData(**store, resources, *level, request.language);
        if (!data)
            return data.error();
        data->title = request.title;
        data->filterDescription = request.filter.describe(snapshot.categories, snapshot.flags, request.language);
        data->distanceOf = std::move(distanceOf);
        if (request.grouping == ListGrouping::Area && data->areaLevel.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("area grouping needs areas in the store"));
        if (request.kind == ExportKind::Atlas && !data->areaLevel.isEmpty()) {
            // Atlas pages give the counts per 1,000 aged 65+ where the level has a population table.
            auto population = loadPopulation(**store);
            if (!population)
                return population.error();
            if (auto it = population->constFind(data->areaLevel); it != population->cend() && !it->isEmpty())
                data->areaPopulation = *it;
        }
        store->reset();
        feedback.report(10);
        if (needsScene(request.kind) && !scene) {
            auto built = buildSceneFromStore(request.storePath, feedback.cancel);
            if (!built)
                return built.error();
            scene = *built;
        }
        if (feedback.cancelled())
            return Error(ErrorCode::Cancelled);
        feedback.report(20);
        return PreparedExport{request, std::move(*data), std::move(scene), !request.filter.isEmpty()};
    });
}

Result<ExportOutcome> writeExport(const PreparedExport &prepared, const QString &path, const Feedback &feedback)
{
    return runGuarded([&]() -> Result<ExportOutcome> {
        const ExportRequest &request = prepared.request;
        const ExportData &data = prepared.data;
        ExportOutcome outcome = outcomeOf(prepared);
        switch (request.kind) {
        case ExportKind::Csv: {
            CsvOptions options = request.csv;
            if (!request.columns.isEmpty())
                options.columns = request.columns;
            auto report = exportCsv(data, path, options, feedback);
            if (!report)
                return report.error();
            outcome.replacedCharacters = report->replacedCharacters;
            outcome.firstReplacement = report->firstReplacement;
            return outcome;
        }
        case ExportKind::PdfList: {
            auto report = exportPdfList(data, path, pdfListOptions(request), feedback);
            if (!report)
                return report.error();
            outcome.pages = report->pages;
            return outcome;
        }
        case ExportKind::MapLayout: {
            if (!prepared.scene)
                return Error(ErrorCode::Internal, QStringLiteral("no scene"));
            auto report = exportMapLayout(*prepared.scene, data, path, mapLayoutOptions(request), feedback);
            if (!report)
                return report.error();
            outcome.pages = report->pages;
            outcome.numbered = report->numbered;
            outcome.unplacedAreas = report->unplacedAreas;
            return outcome;
        }
        case ExportKind::Atlas: {
            if (!prepared.scene)
                return Error(ErrorCode::Internal, QStringLiteral("no scene"));
            auto report = exportAtlas(*prepared.scene, data, path, atlasOptions(request), feedback);
            if (!report)
                return report.error();
            outcome.pages = report->pages;
            outcome.areas = report->areas;
            return outcome;
        }
        case ExportKind::Gis: {
            auto report = exportGis(data, path, feedback);
            if (!report)
                return report.error();
            outcome.withoutLocation = report->withoutLocation;
            return outcome;
        }
        }
        return Error(ErrorCode::Internal);
    });
}

Result<ExportOutcome> runExport(const ExportRequest &request, const QString &path, const Feedback &feedback, MapScenePointer scene,
                                ResourceSnapshotPointer snapshot)
{
    auto prepared = prepareExport(request, feedback.part(0, 20), std::move(scene), std::move(snapshot));
    if (!prepared)
        return prepared.error();
    return writeExport(*prepared, path, feedback.part(20, 100));
}

Result<ExportOutcome> paintExport(const PreparedExport &prepared, QPagedPaintDevice &device, QPainter &painter, const Feedback &feedback)
{
    return runGuarded([&]() -> Result<ExportOutcome> {
        const ExportRequest &request = prepared.request;
        ExportOutcome outcome = outcomeOf(prepared);
        if (!isPagePixelDevice(device))
            return Error(ErrorCode::Internal, QStringLiteral("the device is not at 96 dpi"));
        switch (request.kind) {
        case ExportKind::PdfList: {
            auto report = paintPdfList(device, painter, prepared.data, pdfListOptions(request), feedback);
            if (!report)
                return report.error();
            outcome.pages = report->pages;
            return outcome;
        }
        case ExportKind::MapLayout: {
            if (!prepared.scene)
                return Error(ErrorCode::Internal, QStringLiteral("no scene"));
            auto report = paintMapLayout(painter, *prepared.scene, prepared.data, mapLayoutOptions(request), feedback.cancel);
            if (!report)
                return report.error();
            outcome.pages = report->pages;
            outcome.numbered = report->numbered;
            outcome.unplacedAreas = report->unplacedAreas;
            return outcome;
        }
        case ExportKind::Atlas: {
            if (!prepared.scene)
                return Error(ErrorCode::Internal, QStringLiteral("no scene"));
            auto report = paintAtlas(device, painter, *prepared.scene, prepared.data, atlasOptions(request), feedback);
            if (!report)
                return report.error();
            outcome.pages = report->pages;
            outcome.areas = report->areas;
            return outcome;
        }
        case ExportKind::Csv:
        case ExportKind::Gis:
            break;
        }
        return Error(ErrorCode::InvalidArgument, QStringLiteral("only pages can be printed"));
    });
}

Status repairPrintedPdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, file.errorString()).inFile(path);
    const QByteArray bytes = file.readAll();
    file.close();
    return writeFileSafely(path, fixPdfRadicals(bytes));
}

} // namespace careatlas::geo
