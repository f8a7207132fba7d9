// careatlas-bench: what users feel, measured on national-scale synthetic data (bench/NationalData.h)
// and the demo region. Each figure is the median of repeated runs after a warm-up. See
// docs/performance.md for the figures and how to read them.
//
//   careatlas-bench                          every scenario at full scale
//   careatlas-bench --scale 0.1 --json       every scenario on 10 % of the data, as JSON
//   careatlas-bench --scenario text_query    one scenario (repeat the option for more)
#include "bench/NationalData.h"
#include "bench/ServerSyncBench.h"

#include "core/query/AreaMatrix.h"
#include "core/query/Classification.h"
#include "core/import/ResourceImporter.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"
#include "core/store/Store.h"
#include "data/demogen/DemoCity.h"
#include "geo/GdalSupport.h"
#include "geo/areas/AreaImport.h"
#include "geo/areas/ResourceAssignment.h"
#include "geo/import/ResourceFileImport.h"
#include "geo/basemap/BaseMap.h"
#include "geo/render/MapRenderer.h"
#include "geo/query/StatisticsMap.h"
#include "geo/edit/ResourceChange.h"
#include "geo/render/StoreScene.h"
#include "core/Platform.h"
#include "core/export/ExportData.h"
#include "geo/export/Atlas.h"
#include "geo/export/PdfList.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <random>
#include <thread>

#ifndef CAREATLAS_BENCH_DATA_DIR
#define CAREATLAS_BENCH_DATA_DIR "bench-data"
#endif

using namespace careatlas;
using namespace Qt::StringLiterals;

namespace {

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

struct Figure {
    QString name;
    std::vector<double> ms;
    std::vector<double> cpuMs;   // CPU time of the process over the same runs
    // Whole-process scenarios: the same work done by another program, beside ours.
    struct Contender {
        QString name;            // "sqlite3", "ogr2ogr", …
        QString command;         // what was run, for the table
        std::vector<double> ms, cpuMs;
        bool installed = true;
    };
    std::vector<Contender> contenders;
    double median() const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
    }
    double min() const { return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end()); }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "careatlas-bench: %s: %s (%s) %s\n", qPrintable(what), qPrintable(errorCodeName(error.code)),
                 qPrintable(error.detail), qPrintable(error.file));
    std::exit(1);
}

template <typename T> T take(Result<T> result, const QString &what)
{
    if (!result)
        fail(what, result.error());
    return std::move(*result);
}

void check(const Status &status, const QString &what)
{
    if (!status)
        fail(what, status.error());
}

double elapsedMs(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

using platform::processCpuMs;

// Runs `setup` (untimed) and `body` (timed) warmup + runs times; keeps the timed runs.
Figure measure(const QString &name, int warmup, int runs, const std::function<void()> &setup, const std::function<void()> &body)
{
    Figure figure{name, {}, {}};
    for (int i = 0; i < warmup + runs; ++i) {
        if (setup)
            setup();
        const double cpu = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        body();
        const double ms = elapsedMs(timer);
        if (i >= warmup) {
            figure.ms.push_back(ms);
            figure.cpuMs.push_back(processCpuMs() - cpu);
        }
    }
    return figure;
}

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return {};
}

using platform::peakMemoryMb;

// Everything the scenarios share, made when first needed.
class Bench
{
public:
    Bench(QString dataDir, bench::NationalDataSpec spec, int runsOverride, int warmupOverride, bool verbose)
        : m_dataDir(std::move(dataDir)), m_spec(spec), m_runsOverride(runsOverride), m_warmupOverride(warmupOverride), m_verbose(verbose)
    {
    }

    int runs(int normal) const { return m_runsOverride > 0 ? m_runsOverride : normal; }
    int warmup(int normal) const
    {
        if (m_warmupOverride >= 0)
            return m_warmupOverride;
        return m_runsOverride > 0 ? std::min(normal, 1) : normal;
    }

    const bench::NationalData &national()
    {
        if (!m_national)
            m_national = take(bench::ensureNationalData(m_dataDir, m_spec, m_verbose), u"generating the national data"_s);
        return *m_national;
    }
    Store &nationalReadOnly()
    {
        if (!m_readOnly)
            m_readOnly = take(Store::open(national().store, Store::OpenMode::ReadOnly), u"opening the national store"_s);
        return *m_readOnly;
    }
    QString scratch(const QString &name) const { return QDir(m_scratch.path()).filePath(name); }
    void removeStore(const QString &path)
    {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
    // A writable copy of the national store (made once).
    Store &nationalCopy()
    {
        if (!m_copy) {
            const QString path = scratch(u"copy.gpkg"_s);
            removeStore(path);
            if (!QFile::copy(national().store, path))
                fail(u"copying the national store"_s, Error(ErrorCode::FileWriteFailed).inFile(path));
            m_copy = take(Store::open(path), u"opening the copy of the national store"_s);
        }
        return *m_copy;
    }
    ResourceSnapshotPointer snapshot()
    {
        if (!m_snapshot)
            m_snapshot = take(ResourceSnapshot::load(nationalReadOnly()), u"loading the snapshot"_s);
        return m_snapshot;
    }
    geo::MapScenePointer nationalScene()
    {
        if (!m_nationalScene)
            m_nationalScene = take(geo::buildSceneFromStore(national().store), u"building the national scene"_s);
        return m_nationalScene;
    }
    geo::MapScenePointer demoScene()
    {
        if (!m_demoScene) {
            const auto city = take(demo::generateDemoCity(), u"generating the demo city"_s);
            const QString path = scratch(u"levels.gpkg"_s);
            removeStore(path);
            auto store = take(Store::create(path), u"creating a store"_s);
            geo::MapSceneInput input;
            input.levels = take(store->areaLevels(), u"reading levels"_s);
            input.categories = take(store->categories(), u"reading categories"_s);
            input.groups = take(store->categoryGroups(), u"reading groups"_s);
            input.areas = city.areasByLevel;
            input.resources = city.resources;
            for (int i = 0; i < input.resources.size(); ++i)
                input.resources[i].id = i + 1;
            input.datasetLabelJa = city.labelJa;
            input.datasetLabelEn = city.labelEn;
            m_demoScene = take(geo::buildScene(input), u"building the demo scene"_s);
        }
        return m_demoScene;
    }

    // The demo region written as a store (for the exports, which read a store).
    const QString &demoStore()
    {
        if (m_demoStore.isEmpty()) {
            const auto city = take(demo::generateDemoCity(), u"generating the demo city"_s);
            const QString path = scratch(u"demo.gpkg"_s);
            removeStore(path);
            check(demo::writeDemoStore(city, path), u"writing the demo store"_s);
            m_demoStore = path;
        }
        return m_demoStore;
    }

private:
    QString m_demoStore;
    QString m_dataDir;
    bench::NationalDataSpec m_spec;
    int m_runsOverride = 0;
    int m_warmupOverride = -1;
    bool m_verbose = false;
    QTemporaryDir m_scratch;
    std::optional<bench::NationalData> m_national;
    std::unique_ptr<Store> m_readOnly, m_copy;
    ResourceSnapshotPointer m_snapshot;
    geo::MapScenePointer m_nationalScene, m_demoScene;
};

const QSize FrameSize(1280, 800);

Figure renderFrames(const QString &name, Bench &b, const geo::MapScenePointer &scene, const std::vector<geo::MapViewport> &viewports,
                    int warmup, int runs)
{
    const geo::RenderSettings settings;
    size_t frame = 0;
    return measure(name, warmup, runs, {}, [&] {
        const QImage image = geo::MapRenderer::renderImage(*scene, viewports[frame++ % viewports.size()], settings);
        if (image.isNull())
            fail(name, Error(ErrorCode::Internal, u"no image"_s));
    });
}

// The densest part of a scene: the centre of the 1 km cell holding the most resources.
QPointF densest(const geo::MapScene &scene)
{
    std::map<std::pair<int, int>, int> cells;
    for (const geo::SceneResource &r : scene.resources)
        ++cells[{int(std::floor(r.position.x() / 1000)), int(std::floor(r.position.y() / 1000))}];
    std::pair<int, int> best{0, 0};
    int count = -1;
    for (const auto &[cell, n] : cells)
        if (n > count) {
            best = cell;
            count = n;
        }
    return {best.first * 1000.0 + 500, best.second * 1000.0 + 500};
}

// Base map tiles as a tile server would send them (PNG, ~15–30 KB: streets, blocks and a label),
// written into a disk cache for `source` over the views' footprints at the zoom they use.
void fillTileCache(geo::TileCache &cache, const geo::TileSource &source, const geo::MapScene &scene, const std::vector<geo::MapViewport> &views)
{
    for (const geo::MapViewport &view : views) {
        const QRectF r = view.visibleMapRect();
        const QPointF sw = scene.projection.inverse(r.topLeft()), ne = scene.projection.inverse(r.bottomRight());
        const QRectF bounds(QPointF(sw.x() - 0.01, sw.y() - 0.01), QPointF(ne.x() + 0.01, ne.y() + 0.01));
        const int z = geo::tiles::zoomFor(view.metresPerPixel() / view.devicePixelRatio(), bounds.center().y());
        for (const geo::TileKey &key : geo::tiles::tilesCovering(bounds, z)) {
            if (cache.read(source.cacheKey(), key))
                continue;
            QImage tile(256, 256, QImage::Format_RGB32);
            tile.fill(QColor(0xf2, 0xef, 0xe9));
            QPainter p(&tile);
            p.setRenderHint(QPainter::Antialiasing);
            std::mt19937 random(uint32_t(key.x * 7919 + key.y * 104729 + key.z));
            for (int i = 0; i < 40; ++i) {
                p.setPen(QPen(i % 5 ? QColor(0xff, 0xff, 0xff) : QColor(0xf6, 0xc3, 0x7a), 2 + int(random() % 5)));
                p.drawLine(QPointF(random() % 256, random() % 256), QPointF(random() % 256, random() % 256));
            }
            p.setPen(Qt::black);
            p.drawText(QRectF(0, 0, 256, 256), Qt::AlignCenter, QStringLiteral("%1/%2/%3").arg(key.z).arg(key.x).arg(key.y));
            p.end();
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            tile.save(&buffer, "PNG");
            cache.write(source.cacheKey(), key, png);
        }
    }
}

using Scenario = std::function<Figure(Bench &)>;

struct ScenarioEntry {
    QString name;
    QString what;
    Scenario run;
};

void addProcessScenarios(std::vector<ScenarioEntry> &list);

std::vector<ScenarioEntry> scenarios()
{
    std::vector<ScenarioEntry> list;
    list.push_back({u"load_areas"_s, u"Shapefile (CP932) of the school districts → a new store (load, repair, write)"_s, [](Bench &b) {
        const auto &data = b.national();
        const QString path = b.scratch(u"areas.gpkg"_s);
        std::unique_ptr<Store> store;
        return measure(u"load_areas"_s, b.warmup(1), b.runs(3),
            [&] {
                store.reset();
                b.removeStore(path);
                store = take(Store::create(path), u"creating a store"_s);
            },
            [&] {
                geo::AreaImportOptions options;
                options.level = u"school_district"_s;
                options.load.codeField = u"CODE"_s;
                options.load.nameField = u"NAME"_s;
                auto report = take(geo::importAreas(*store, data.districtsShp, options), u"load_areas"_s);
                if (report.imported != data.districtCount)
                    fail(u"load_areas"_s, Error(ErrorCode::Internal, u"%1 areas imported, %2 expected"_s.arg(report.imported).arg(data.districtCount)));
            });
    }});
    list.push_back({u"import_resources"_s, u"standard-format CSV → a new store (convert, write, full-text index)"_s, [](Bench &b) {
        const auto &data = b.national();
        const QString path = b.scratch(u"import.gpkg"_s);
        std::unique_ptr<Store> store;
        return measure(u"import_resources"_s, b.warmup(1), b.runs(3),
            [&] {
                store.reset();
                b.removeStore(path);
                store = take(Store::create(path), u"creating a store"_s);
            },
            [&] {
                ResourceImporter importer(*store, ImportOptions{});
                const auto report = take(importer.importCsvFile(data.resourcesCsv), u"import_resources"_s);
                if (report.added != data.resourceCount)
                    fail(u"import_resources"_s, Error(ErrorCode::Internal, u"%1 added, %2 expected"_s.arg(report.added).arg(data.resourceCount)));
            });
    }});
    list.push_back({u"import_resource_file"_s, u"the CLI/GUI import (geo::importResourceFile: nested transaction, re-assignment) → a new store"_s, [](Bench &b) {
        const auto &data = b.national();
        const QString path = b.scratch(u"import-file.gpkg"_s);
        std::unique_ptr<Store> store;
        return measure(u"import_resource_file"_s, b.warmup(1), b.runs(3),
            [&] {
                store.reset();
                b.removeStore(path);
                store = take(Store::create(path), u"creating a store"_s);
            },
            [&] {
                const auto result = take(geo::importResourceFile(*store, data.resourcesCsv, ImportOptions{}), u"import_resource_file"_s);
                if (result.report.added != data.resourceCount)
                    fail(u"import_resource_file"_s, Error(ErrorCode::Internal, u"%1 added"_s.arg(result.report.added)));
            });
    }});
    list.push_back({u"import_mhlw_10k"_s, u"10,000 real MHLW 介護サービス情報公表 rows (jigyosho_120/550/730/760.csv of ../shared/data) → a new store, as the CLI does"_s, [](Bench &b) {
        // The four real files have 9,408 rows; the first 592 rows of jigyosho_730 follow again
        // (merged as duplicates), so the file has exactly 10,000 data rows, all as published.
        const QString shared = QStringLiteral(CAREATLAS_SHARED_DATA_DIR) + u"/mhlw-kaigo/"_s;
        const QString csv = b.scratch(u"jigyosho_10000.csv"_s);
        if (!QFile::exists(csv)) {
            QByteArray out;
            QList<QByteArray> rows730;
            for (const char *name : {"jigyosho_120.csv", "jigyosho_550.csv", "jigyosho_730.csv", "jigyosho_760.csv"}) {
                QFile file(shared + QLatin1String(name));
                if (!file.open(QIODevice::ReadOnly))
                    fail(u"import_mhlw_10k"_s, Error(ErrorCode::FileNotFound).inFile(file.fileName()));
                QList<QByteArray> lines = file.readAll().split('\n');
                if (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
                    lines.removeLast();
                if (out.isEmpty())
                    out = lines.constFirst() + '\n';   // the header (with its BOM)
                for (qsizetype i = 1; i < lines.size(); ++i)
                    out += lines.at(i) + '\n';
                if (QLatin1String(name) == QLatin1String("jigyosho_730.csv"))
                    rows730 = lines.mid(1, 592);
            }
            for (const QByteArray &line : rows730)
                out += line + '\n';
            QFile file(csv);
            if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size())
                fail(u"import_mhlw_10k"_s, Error(ErrorCode::StoreIo).inFile(csv));
        }
        const QString path = b.scratch(u"mhlw.gpkg"_s);
        std::unique_ptr<Store> store;
        return measure(u"import_mhlw_10k"_s, b.warmup(1), b.runs(5),
            [&] {
                store.reset();
                b.removeStore(path);
                store = take(Store::create(path), u"creating a store"_s);
            },
            [&] {
                const auto result = take(geo::importResourceFile(*store, csv, ImportOptions{}), u"import_mhlw_10k"_s);
                if (result.report.rowsRead != 10000 || result.report.added + result.report.duplicates != 10000)
                    fail(u"import_mhlw_10k"_s, Error(ErrorCode::Internal, u"%1 rows, %2 added"_s.arg(result.report.rowsRead).arg(result.report.added)));
            });
    }});
    list.push_back({u"assign_resources"_s, u"every resource to its school district (20,000 polygons), computed and stored"_s, [](Bench &b) {
        Store &store = b.nationalCopy();
        return measure(u"assign_resources"_s, b.warmup(1), b.runs(5), {}, [&] {
            take(geo::reassignResources(store, {u"school_district"_s}), u"assign_resources"_s);
        });
    }});
    list.push_back({u"assign_all_levels"_s, u"every resource to its area at every level (47 + 1,900 + 20,000), stored"_s, [](Bench &b) {
        Store &store = b.nationalCopy();
        return measure(u"assign_all_levels"_s, b.warmup(1), b.runs(3), {}, [&] {
            take(geo::reassignResources(store), u"assign_all_levels"_s);
        });
    }});
    list.push_back({u"text_query"_s, u"full-text search (FTS5 trigram) for 訪問看護"_s, [](Bench &b) {
        Store &store = b.nationalReadOnly();
        const QString text = QString::fromUtf8("訪問看護");
        return measure(u"text_query"_s, b.warmup(3), b.runs(20), {}, [&] {
            const auto ids = take(store.searchResources(text), u"text_query"_s);
            if (ids.isEmpty())
                fail(u"text_query"_s, Error(ErrorCode::Internal, u"nothing found"_s));
        });
    }});
    list.push_back({u"text_query_long"_s, u"a pasted 3,000-character search against a 3,000-character stored note (found, and not found)"_s, [](Bench &b) {
        Store &store = b.nationalCopy();
        const QString sentence = QString::fromUtf8("送迎あり。入浴は午前、リハビリは午後。");
        static bool added = false;
        if (!added) {
            Resource r;
            r.categoryCode = u"day_service"_s;
            r.name = QString::fromUtf8("長い備考の事業所");
            r.notes = sentence.repeated(150);
            take(store.insertResource(r), u"text_query_long"_s);
            added = true;
        }
        const QString found = sentence.repeated(150);
        const QString missing = sentence.repeated(75) + QString::fromUtf8("夜間") + sentence.repeated(75);
        return measure(u"text_query_long"_s, b.warmup(1), b.runs(5), {}, [&] {
            if (take(store.searchResources(found), u"text_query_long"_s).size() != 1)
                fail(u"text_query_long"_s, Error(ErrorCode::Internal, u"the long note was not found"_s));
            take(store.searchResources(missing), u"text_query_long"_s);
        });
    }});
    list.push_back({u"text_query_many_words"_s, u"16 different two-character words (the most a search takes: a scan each)"_s, [](Bench &b) {
        Store &store = b.nationalReadOnly();
        const QString text = QString::fromUtf8("介護 看護 訪問 通所 福祉 支援 相談 医療 病院 薬局 地域 包括 予防 生活 住宅 施設");
        return measure(u"text_query_many_words"_s, b.warmup(1), b.runs(5), {}, [&] {
            take(store.searchResources(text), u"text_query_many_words"_s);
        });
    }});
    list.push_back({u"open_read_only"_s, u"open the national store read-only (damage check remembered) and close it"_s, [](Bench &b) {
        const QString path = b.national().store;
        take(Store::open(path, Store::OpenMode::ReadOnly), u"open_read_only"_s);   // checks once if the file changed
        return measure(u"open_read_only"_s, b.warmup(1), b.runs(10), {}, [&] {
            take(Store::open(path, Store::OpenMode::ReadOnly), u"open_read_only"_s);
        });
    }});
    list.push_back({u"text_query_short"_s, u"a two-character search (ケア: a scan of the folded text)"_s, [](Bench &b) {
        Store &store = b.nationalReadOnly();
        const QString text = QString::fromUtf8("ケア");
        return measure(u"text_query_short"_s, b.warmup(2), b.runs(10), {}, [&] {
            take(store.searchResources(text), u"text_query_short"_s);
        });
    }});
    list.push_back({u"snapshot_load"_s, u"reading the store into the filter's columnar snapshot"_s, [](Bench &b) {
        Store &store = b.nationalReadOnly();
        return measure(u"snapshot_load"_s, b.warmup(1), b.runs(3), {}, [&] {
            take(ResourceSnapshot::load(store), u"snapshot_load"_s);
        });
    }});
    list.push_back({u"filter_change"_s, u"evaluateFilter with every count (category, flag, area) over all resources"_s, [](Bench &b) {
        const auto snapshot = b.snapshot();
        std::vector<ResourceFilter> filters(4);
        filters[0].categories = QStringList{u"home_visit_nursing"_s};
        filters[1].categories = QStringList{u"day_service"_s, u"care_plan_office"_s};
        const int cityLevel = snapshot->levelIndex(u"city"_s);
        if (cityLevel >= 0 && !snapshot->levels[cityLevel].areas.isEmpty())
            filters[2].area = AreaChoice{u"city"_s, snapshot->levels[cityLevel].areas.first().code, {}};
        filters[3].categories = QStringList{u"home_help"_s};
        size_t k = 0;
        return measure(u"filter_change"_s, b.warmup(3), b.runs(20), {}, [&] {
            const FilterResult result = evaluateFilter(*snapshot, filters[k++ % filters.size()], nullptr);
            if (result.perCategory.empty())
                fail(u"filter_change"_s, Error(ErrorCode::Internal, u"no counts"_s));
        });
    }});
    list.push_back({u"stats_matrix"_s, u"the statistics matrix: every school district (20,000) × every category, rolled up, with capacity and population rates"_s, [](Bench &b) {
        const auto snapshot = b.snapshot();
        const int level = snapshot->levelIndex(u"school_district"_s);
        if (level < 0)
            fail(u"stats_matrix"_s, Error(ErrorCode::NotFound, u"no school_district level"_s));
        const FilterResult all = evaluateFilter(*snapshot, ResourceFilter(), nullptr);
        QHash<QString, PopulationTable> population;
        PopulationTable &table = population[u"school_district"_s];
        table.levelCode = u"school_district"_s;
        qint64 k = 0;
        for (const auto &area : snapshot->levels[level].areas) {
            ++k;
            table.byArea.insert(area.code, PopulationFigures{8000 + k % 5000, 2000 + k % 1500, 1000 + k % 800});
        }
        MatrixOptions options;
        return measure(u"stats_matrix"_s, b.warmup(2), b.runs(10), {}, [&] {
            const AreaMatrix m = buildAreaMatrix(*snapshot, all, level, options, &population);
            const MatrixText text = matrixText(m);
            if (text.rows.size() < snapshot->levels[level].areas.size())
                fail(u"stats_matrix"_s, Error(ErrorCode::Internal, u"rows missing"_s));
        });
    }});
    list.push_back({u"choropleth_national_full"_s, u"national data at full extent, 1280×800, the 20,000 districts coloured by count (5 quantile classes, zeros hatched)"_s, [](Bench &b) {
        const auto scene = b.nationalScene();
        const auto snapshot = b.snapshot();
        const int level = snapshot->levelIndex(u"school_district"_s);
        ResourceFilter nursing;
        nursing.categories = QStringList{u"home_visit_nursing"_s};
        // The matrix without the filter's categories, which are rated — as the Statistics panel
        // and `render --choropleth count --category home_visit_nursing` build it.
        MatrixOptions options;
        options.ratedCategories = nursing.categories;
        const AreaMatrix m = buildAreaMatrix(*snapshot, evaluateFilter(*snapshot, geo::statisticsFilter(nursing), nullptr), level, options);
        geo::StatisticsMapRequest request;
        request.levelCode = u"school_district"_s;
        request.measure = geo::ChoroplethMeasure::Count;
        const auto choropleth = geo::makeChoropleth(m, *snapshot, request);
        if (!choropleth || choropleth->values.size() < snapshot->levels[level].areas.size())
            fail(u"choropleth_national_full"_s, Error(ErrorCode::Internal, u"areas missing"_s));
        geo::RenderSettings settings;
        settings.choropleth = choropleth;
        const geo::MapViewport view = geo::MapViewport::fitting(scene->extent(), FrameSize);
        return measure(u"choropleth_national_full"_s, b.warmup(1), b.runs(5), {}, [&] {
            if (geo::MapRenderer::renderImage(*scene, view, settings).isNull())
                fail(u"choropleth_national_full"_s, Error(ErrorCode::Internal, u"no image"_s));
        });
    }});
    list.push_back({u"edit_resource"_s, u"one edit (move a resource) off the UI thread: write, assign that resource, patch scene and snapshot"_s, [](Bench &b) {
        Store &copy = b.nationalCopy();
        const QString path = copy.path();
        auto scene = b.nationalScene();
        auto snapshot = b.snapshot();
        Resource resource = snapshot->resources[snapshot->resources.size() / 2];
        const double latitude = resource.latitude.value_or(35.68);
        const double longitude = resource.longitude.value_or(139.76);
        int k = 0;
        return measure(u"edit_resource"_s, b.warmup(1), b.runs(5), {}, [&] {
            resource.latitude = latitude + 0.001 * (++k % 3);
            resource.longitude = longitude;
            geo::ResourceChange change;
            change.kind = geo::ResourceChange::Kind::Update;
            change.resource = resource;
            // Each edit starts from what the last one left, as the window's next edit does.
            const geo::AppliedChange applied = take(geo::applyResourceChange(path, change, scene, snapshot), u"edit_resource"_s);
            scene = applied.scene;
            snapshot = applied.snapshot;
        });
    }});
    list.push_back({u"scene_build"_s, u"national store → map scene (project every polygon and resource, index)"_s, [](Bench &b) {
        const QString path = b.national().store;
        return measure(u"scene_build"_s, b.warmup(1), b.runs(3), {}, [&] {
            take(geo::buildSceneFromStore(path), u"scene_build"_s);
        });
    }});
    list.push_back({u"render_demo"_s, u"demo region (54 areas, ~1,500 resources) at full extent, 1280×800"_s, [](Bench &b) {
        const auto scene = b.demoScene();
        return renderFrames(u"render_demo"_s, b, scene, {geo::MapViewport::fitting(scene->extent(), FrameSize)}, b.warmup(2), b.runs(10));
    }});
    // Pan frames over a base map whose tiles are in the disk cache (offline: no server); each
    // frame moves 160 px, so most tiles are in memory from the frames before and the new ones
    // are read and decoded from disk, as when the user pans.
    auto baseMapPan = [](Bench &b, int count, std::vector<geo::MapViewport> &frames) {
        const auto scene = b.demoScene();
        frames = {geo::MapViewport(scene->extent().center() - QPointF(6000, 0), 4.0, FrameSize)};
        for (int i = 1; i < count; ++i)
            frames.push_back(frames.back().panned(QPointF(-160, i % 3 == 0 ? -60 : 40)));
        auto cache = std::make_shared<geo::TileCache>(b.scratch(u"tiles"_s));
        auto source = take(geo::TileSource::fromUrlTemplate(u"http://127.0.0.1:9/{z}/{x}/{y}.png"_s, u"bench tiles"_s), u"tile source"_s);
        fillTileCache(*cache, source, *scene, frames);
        return std::pair{cache, source};
    };
    list.push_back({u"render_basemap_pan"_s, u"demo region panned at 4 m/px (each frame moved 160 px) over a base map from the disk cache, whole frame, 1280×800"_s, [baseMapPan](Bench &b) {
        std::vector<geo::MapViewport> frames;
        const auto [cache, source] = baseMapPan(b, 24, frames);
        const auto scene = b.demoScene();
        geo::RenderSettings settings;
        settings.baseMap = take(geo::BaseMap::open(source, {true, cache}), u"base map"_s);
        size_t frame = 0;
        return measure(u"render_basemap_pan"_s, 1, b.runs(20), {}, [&] {
            const QImage image = geo::MapRenderer::renderImage(*scene, frames[frame++ % frames.size()], settings);
            if (image.isNull())
                fail(u"render_basemap_pan"_s, Error(ErrorCode::Internal, u"no image"_s));
        });
    }});
    list.push_back({u"basemap_layer_cold"_s, u"the base map layer alone with nothing in memory: every tile of a 1280×800 frame read and decoded from the disk cache"_s, [baseMapPan](Bench &b) {
        std::vector<geo::MapViewport> frames;
        const auto [cache, source] = baseMapPan(b, 12, frames);
        const auto scene = b.demoScene();
        std::shared_ptr<geo::BaseMap> map;
        size_t frame = 0;
        return measure(u"basemap_layer_cold"_s, 1, b.runs(12), [&] { map = take(geo::BaseMap::open(source, {true, cache}), u"base map"_s); }, [&] {
            if (map->render(frames[frame++ % frames.size()], scene->projection).image.isNull())
                fail(u"basemap_layer_cold"_s, Error(ErrorCode::Internal, u"no image"_s));
        });
    }});
    list.push_back({u"render_national_full"_s, u"national data at full extent, 1280×800"_s, [](Bench &b) {
        const auto scene = b.nationalScene();
        return renderFrames(u"render_national_full"_s, b, scene, {geo::MapViewport::fitting(scene->extent(), FrameSize)}, b.warmup(1), b.runs(5));
    }});
    list.push_back({u"render_national_street"_s, u"national data at street zoom (1 m/px) in its densest place"_s, [](Bench &b) {
        const auto scene = b.nationalScene();
        return renderFrames(u"render_national_street"_s, b, scene, {geo::MapViewport(densest(*scene), 1.0, FrameSize)}, b.warmup(2), b.runs(10));
    }});
    list.push_back({u"render_national_city"_s, u"national data at city zoom (20 m/px) in its densest place"_s, [](Bench &b) {
        const auto scene = b.nationalScene();
        return renderFrames(u"render_national_city"_s, b, scene, {geo::MapViewport(densest(*scene), 20.0, FrameSize)}, b.warmup(2), b.runs(10));
    }});
    list.push_back({u"render_national_pan"_s, u"panning frames at 20 m/px (each moved 160 px): the frame a pan waits for"_s, [](Bench &b) {
        const auto scene = b.nationalScene();
        std::vector<geo::MapViewport> frames{geo::MapViewport(densest(*scene), 20.0, FrameSize)};
        for (int i = 1; i < 12; ++i)
            frames.push_back(frames.back().panned(QPointF(160, i % 3 == 0 ? -60 : 40)));
        return renderFrames(u"render_national_pan"_s, b, scene, frames, 0, b.runs(12));
    }});
    list.push_back({u"export_pdf_list"_s, u"a 200-row PDF list (A4, the table's columns) from the national store"_s, [](Bench &b) {
        Store &store = b.nationalReadOnly();
        auto all = take(store.resources(), u"reading resources"_s);
        QList<Resource> rows;
        for (const Resource &r : all) {
            if (r.categoryCode == u"home_visit_nursing"_s)
                rows.append(r);
            if (rows.size() == 200)
                break;
        }
        all.clear();
        const ExportData data = take(loadExportData(store, rows, u"city"_s), u"export data"_s);
        const QString path = b.scratch(u"list.pdf"_s);
        return measure(u"export_pdf_list"_s, b.warmup(1), b.runs(5), [&] { QFile::remove(path); }, [&] {
            const auto report = take(geo::exportPdfList(data, path), u"export_pdf_list"_s);
            if (report.rows != int(rows.size()))
                fail(u"export_pdf_list"_s, Error(ErrorCode::Internal, u"%1 rows"_s.arg(report.rows)));
        });
    }});
    list.push_back({u"export_atlas"_s, u"an atlas of the demo region's 19 daily-life areas (PDF, a map and a list per area)"_s, [](Bench &b) {
        const QString storePath = b.demoStore();
        auto store = take(Store::open(storePath, Store::OpenMode::ReadOnly), u"opening the demo store"_s);
        const auto scene = take(geo::buildSceneFromStore(storePath), u"demo scene"_s);
        const ExportData data = take(loadExportData(*store, take(store->resources(), u"reading resources"_s), u"daily_life_area"_s),
                                     u"export data"_s);
        const QString path = b.scratch(u"atlas.pdf"_s);
        return measure(u"export_atlas"_s, b.warmup(1), b.runs(3), [&] { QFile::remove(path); }, [&] {
            const auto report = take(geo::exportAtlas(*scene, data, path), u"export_atlas"_s);
            if (report.areas != 19)
                fail(u"export_atlas"_s, Error(ErrorCode::Internal, u"%1 areas"_s.arg(report.areas)));
        });
    }});
    // The UI thread's share of a render: the canvas paints the last finished image moved and
    // scaled (MapCanvas::paintEvent) while the job runs elsewhere. This is what must stay < 16 ms.
    auto handoff = [](const QString &name, bool zoom) {
        return [name, zoom](Bench &b) {
            QImage last(FrameSize, QImage::Format_ARGB32_Premultiplied);
            last.fill(QColor(0xfb, 0xfa, 0xf5));
            {
                QPainter p(&last);
                p.setRenderHint(QPainter::Antialiasing);
                for (int i = 0; i < 400; ++i) {
                    p.setPen(QColor::fromHsv(i * 7 % 360, 160, 200));
                    p.drawLine(QPointF(i * 3.2, 0), QPointF(1280 - i * 3.2, 800));
                }
            }
            QImage widget(FrameSize, QImage::Format_ARGB32_Premultiplied);
            int frame = 0;
            return measure(name, b.warmup(3), b.runs(30), {}, [&] {
                ++frame;
                QPainter painter(&widget);
                painter.fillRect(widget.rect(), QColor(0xe4, 0xeb, 0xef));
                const double factor = zoom ? 1.0 + 0.02 * (frame % 20) : 1.0;
                const QPointF offset = zoom ? QPointF(-320 * (factor - 1), -200 * (factor - 1)) : QPointF(frame % 40 * 7, frame % 25 * 5);
                painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom);
                painter.drawImage(QRectF(offset, QSizeF(FrameSize) * factor), last);
                painter.end();
            });
        };
    };
    list.push_back({u"ui_handoff_pan"_s, u"UI thread: paint the last frame moved (while panning)"_s, handoff(u"ui_handoff_pan"_s, false)});
    list.push_back({u"ui_handoff_zoom"_s, u"UI thread: paint the last frame scaled, smooth (while zooming)"_s, handoff(u"ui_handoff_zoom"_s, true)});
    // Needs a server (docs/team.md): `pg_virtualenv careatlas-bench --scenario sync_1000`.
    if (bench::serverAvailable())
        list.push_back({u"sync_1000"_s, u"offline copy: sync of 1,000 edited resources (5,000 in the copy) with a local PostGIS server"_s, [](Bench &b) {
            auto sync = take(bench::SyncBench::create(b.scratch(u"sync"_s), 5000), u"sync bench"_s);
            return measure(u"sync_1000"_s, b.warmup(1), b.runs(5), [&] { check(sync->prepareCopy(1000), u"sync copy"_s); },
                           [&] { check(sync->sync(), u"sync"_s); });
        }});
    // `pg_virtualenv careatlas-bench --scenario publish_national --data-dir DIR`.
    if (bench::serverAvailable())
        list.push_back({u"publish_national"_s, u"careatlas-cli publish of the national store (200,000 resources, 20,000 districts) to a local PostGIS server"_s,
                        [](Bench &b) {
                            auto publish = take(bench::PublishBench::create(b.national().store), u"publish bench"_s);
                            return measure(u"publish_national"_s, b.warmup(0), b.runs(3), [&] { check(publish->prepare(), u"publish database"_s); },
                                           [&] { check(publish->publish(), u"publish"_s); });
                        }});
    addProcessScenarios(list);
    return list;
}


// ---- Whole processes: the CLI as a user runs it, and the programs a user would reach for ----

#ifndef CAREATLAS_CLI_PATH
#define CAREATLAS_CLI_PATH "careatlas-cli"
#endif

struct ProcessRun {
    double ms = 0;
    double cpuMs = 0;   // the child's user + system time (getrusage of waited-for children)
};

// Runs a program to the end, its output discarded, and times it: wall clock and the child's
// own CPU time. A failure ends the benchmark (a figure of a failed run would mislead).
ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &what, const QStringList &extraEnvironment = {})
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const QString &variable : extraEnvironment)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    process.setProcessEnvironment(environment);
    const double cpuBefore = platform::childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(-1) || !process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(what, Error(ErrorCode::Internal, u"%1 %2 failed (exit %3)"_s.arg(program, arguments.join(u' ')).arg(process.exitCode())));
    ProcessRun run{elapsedMs(timer), 0};
    run.cpuMs = platform::childrenCpuMs() - cpuBefore;
    return run;
}

// One side-by-side scenario: our command and each contender's, alternating run by run (so a
// change in the machine's load touches both), after one warm-up each. `setup` (untimed) runs
// before every run, e.g. removing the output of the last one.
struct ProcessCommand {
    QString name;         // the contender's name; empty for ours
    QString program;      // empty: not installed
    QStringList arguments;
    QStringList environment;   // NAME=value, beside the bench's own
};

Figure measureProcesses(const QString &scenario, int warmup, int runs, const ProcessCommand &ours,
                        const std::vector<ProcessCommand> &others, const std::function<void()> &setup = {})
{
    Figure figure{scenario, {}, {}, {}};
    for (const ProcessCommand &other : others) {
        Figure::Contender c;
        c.name = other.name;
        c.installed = !other.program.isEmpty();
        c.command = (c.installed ? QFileInfo(other.program).fileName() + u' ' + other.arguments.join(u' ') : QString()).left(160);
        figure.contenders.push_back(c);
    }
    for (int i = 0; i < warmup + runs; ++i) {
        if (setup)
            setup();
        const ProcessRun mine = runProcess(ours.program, ours.arguments, scenario, ours.environment);
        if (i >= warmup) {
            figure.ms.push_back(mine.ms);
            figure.cpuMs.push_back(mine.cpuMs);
        }
        for (size_t k = 0; k < others.size(); ++k) {
            if (others[k].program.isEmpty())
                continue;
            if (setup)
                setup();
            const ProcessRun theirs = runProcess(others[k].program, others[k].arguments, scenario + u':' + others[k].name, others[k].environment);
            if (i >= warmup) {
                figure.contenders[k].ms.push_back(theirs.ms);
                figure.contenders[k].cpuMs.push_back(theirs.cpuMs);
            }
        }
    }
    return figure;
}

QString installed(const QString &program) { return QStandardPaths::findExecutable(program); }

QString windowPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/../app/careatlas"_s;
    return QFileInfo::exists(beside) ? QFileInfo(beside).canonicalFilePath() : u"careatlas"_s;
}

// The Python that has QGIS's bindings (Debian's python3-qgis is for /usr/bin/python3, which
// need not be the first python3 on PATH), or empty when none has.
QString qgisPython()
{
    static const QString found = [] {
        for (const QString &python : {u"/usr/bin/python3"_s, installed(u"python3"_s)})
            if (!python.isEmpty() && QProcess::execute(python, {u"-c"_s, u"import qgis.core"_s}) == 0)
                return python;
        return QString();
    }();
    return found;
}

// The PyQGIS script beside the bench's sources.
QString qgisRenderer() { return QStringLiteral(CAREATLAS_BENCH_SOURCE_DIR "/qgis_render.py"); }

QString cliPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/../app/careatlas-cli"_s;
    return QFileInfo::exists(beside) ? QFileInfo(beside).canonicalFilePath() : QStringLiteral(CAREATLAS_CLI_PATH);
}

// The centre (latitude, longitude) of the 0.01° cell holding the most located resources.
std::pair<double, double> densestPlace(Store &store)
{
    std::map<std::pair<int, int>, int> cells;
    for (const Store::Location &l : take(store.resourceLocations(), u"reading locations"_s))
        if (l.latitude && l.longitude)
            ++cells[{int(std::floor(*l.latitude * 100)), int(std::floor(*l.longitude * 100))}];
    std::pair<int, int> best{3568, 13976};
    int most = -1;
    for (const auto &[cell, n] : cells)
        if (n > most) {
            best = cell;
            most = n;
        }
    return {(best.first + 0.5) / 100.0, (best.second + 0.5) / 100.0};
}

void addProcessScenarios(std::vector<ScenarioEntry> &list)
{
    const QString text = QString::fromUtf8("訪問看護");
    list.push_back({u"process_query_text"_s, u"whole process: careatlas-cli query --text 訪問看護 (CSV) vs sqlite3 on the store's FTS5 index and LIKE"_s, [text](Bench &b) {
        const QString store = b.national().store;
        const QString sqlite = installed(u"sqlite3"_s);
        const QString columns = u"fid, category, name, kana, address, phone, flags"_s;
        return measureProcesses(u"process_query_text"_s, b.warmup(1), b.runs(5), {{}, cliPath(), {u"query"_s, store, u"--text"_s, text}},
            {{u"sqlite3 FTS5"_s, sqlite, {u"-readonly"_s, u"-csv"_s, store,
              u"SELECT %1 FROM resources WHERE fid IN (SELECT rowid FROM ca_resource_search WHERE ca_resource_search MATCH '\"%2\"') ORDER BY kana"_s.arg(columns, text)}},
             {u"sqlite3 LIKE"_s, sqlite, {u"-readonly"_s, u"-csv"_s, store,
              u"SELECT %1 FROM resources WHERE name LIKE '%%2%' OR kana LIKE '%%2%' OR address LIKE '%%2%' OR operator LIKE '%%2%' OR notes LIKE '%%2%' ORDER BY kana"_s.arg(columns, text)}}});
    }});
    list.push_back({u"process_stats_level"_s, u"whole process: careatlas-cli stats --level school_district (CSV) vs sqlite3 GROUP BY and SpatiaLite ST_Contains"_s, [](Bench &b) {
        const QString store = b.national().store;
        const QString groupBy = u"SELECT a.area_code, r.category, count(*) FROM ca_resource_areas a JOIN resources r ON r.fid = a.resource_id "
                                "WHERE a.level_code = 'school_district' GROUP BY 1, 2"_s;
        // From geometry, as a GIS user would: each district's resources by the R*Tree, then ST_Contains.
        const QString contains = u"SELECT EnableGpkgAmphibiousMode(); SELECT d.code, r.category, count(*) FROM areas_school_district d "
                                 "JOIN resources r ON r.fid IN (SELECT id FROM rtree_resources_geom WHERE minx >= ST_MinX(d.geom) AND maxx <= ST_MaxX(d.geom) "
                                 "AND miny >= ST_MinY(d.geom) AND maxy <= ST_MaxY(d.geom)) WHERE ST_Contains(d.geom, r.geom) GROUP BY 1, 2;"_s;
        return measureProcesses(u"process_stats_level"_s, b.warmup(1), b.runs(3), {{}, cliPath(), {u"stats"_s, store, u"--level"_s, u"school_district"_s}},
            {{u"sqlite3 GROUP BY"_s, installed(u"sqlite3"_s), {u"-readonly"_s, u"-csv"_s, store, groupBy}},
             {u"spatialite ST_Contains"_s, installed(u"spatialite"_s), {u"-bail"_s, u"-silent"_s, store, contains}}});
    }});
    list.push_back({u"process_render_city"_s, u"whole process: careatlas-cli render, city view (20 m/px ≈ 1:75,600) in the densest place, 1280×800 PNG"_s, [](Bench &b) {
        const QString store = b.national().store;
        const auto [lat, lon] = densestPlace(b.nationalReadOnly());
        const QString out = b.scratch(u"city.png"_s);
        return measureProcesses(u"process_render_city"_s, b.warmup(1), b.runs(3),
            {{}, cliPath(), {u"render"_s, store, u"--out"_s, out, u"--width"_s, u"1280"_s, u"--height"_s, u"800"_s,
                              u"--centre"_s, u"%1,%2"_s.arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5), u"--scale"_s, u"75600"_s}},
            {{u"QGIS (PyQGIS)"_s, qgisPython(),
              {qgisRenderer(), store, b.scratch(u"city-qgis.png"_s), u"%1"_s.arg(lon, 0, 'f', 5), u"%1"_s.arg(lat, 0, 'f', 5), u"20"_s, u"1280"_s, u"800"_s}}});
    }});
    list.push_back({u"process_render_full"_s, u"whole process: careatlas-cli render, the full extent, 1280×800 PNG"_s, [](Bench &b) {
        const QString store = b.national().store;
        const QString out = b.scratch(u"full.png"_s);
        return measureProcesses(u"process_render_full"_s, b.warmup(1), b.runs(3),
            {{}, cliPath(), {u"render"_s, store, u"--out"_s, out, u"--width"_s, u"1280"_s, u"--height"_s, u"800"_s}},
            {{u"QGIS (PyQGIS)"_s, qgisPython(),
              {qgisRenderer(), store, b.scratch(u"full-qgis.png"_s), u"full"_s, u"full"_s, u"0"_s, u"1280"_s, u"800"_s}}});
    }});
    list.push_back({u"process_window_first_frame"_s, u"whole process: the window (offscreen) opens the store and saves its first frame (CAREATLAS_SNAPSHOT_FIRST_FRAME)"_s, [](Bench &b) {
        const QString store = b.national().store;
        const QString out = b.scratch(u"window.png"_s);
        return measureProcesses(u"process_window_first_frame"_s, b.warmup(1), b.runs(3),
            {{}, windowPath(), {store, u"--snapshot"_s, out}, {u"CAREATLAS_SNAPSHOT_FIRST_FRAME=1"_s}}, {});
    }});
    list.push_back({u"process_window_loaded"_s, u"whole process: the window (offscreen) opens the store, reads it whole (list, tree, statistics) and saves itself"_s, [](Bench &b) {
        const QString store = b.national().store;
        const QString out = b.scratch(u"window-loaded.png"_s);
        return measureProcesses(u"process_window_loaded"_s, b.warmup(0), b.runs(2), {{}, windowPath(), {store, u"--snapshot"_s, out}}, {});
    }});
    list.push_back({u"process_import_areas"_s, u"whole process: careatlas-cli import-areas of the 20,000 districts into a new store vs ogr2ogr to a GeoPackage"_s, [](Bench &b) {
        const auto &data = b.national();
        const QString ours = b.scratch(u"process-areas.gpkg"_s), theirs = b.scratch(u"process-areas-ogr.gpkg"_s);
        const QString cli = cliPath();
        return measureProcesses(u"process_import_areas"_s, b.warmup(0), b.runs(2),
            {{}, cli, {u"import-areas"_s, ours, data.districtsShp, u"--level"_s, u"school_district"_s, u"--code-field"_s, u"CODE"_s, u"--name-field"_s, u"NAME"_s}},
            {{u"ogr2ogr"_s, installed(u"ogr2ogr"_s), {u"-f"_s, u"GPKG"_s, theirs, data.districtsShp, u"-nln"_s, u"districts"_s}}},
            [&] {
                b.removeStore(ours);
                b.removeStore(theirs);
                runProcess(cli, {u"init"_s, ours}, u"process_import_areas init"_s);   // the empty store is not timed
            });
    }});
    list.push_back({u"process_import"_s, u"whole process: careatlas-cli import of 200,000 CSV rows (text index, assignment) into a new store vs ogr2ogr CSV → GeoPackage"_s, [](Bench &b) {
        const auto &data = b.national();
        const QString ours = b.scratch(u"process-import.gpkg"_s), theirs = b.scratch(u"process-import-ogr.gpkg"_s);
        const QString cli = cliPath();
        return measureProcesses(u"process_import"_s, b.warmup(0), b.runs(2), {{}, cli, {u"import"_s, ours, data.resourcesCsv}},
            {{u"ogr2ogr"_s, installed(u"ogr2ogr"_s), {u"-f"_s, u"GPKG"_s, theirs, data.resourcesCsv, u"-oo"_s, QString::fromUtf8("X_POSSIBLE_NAMES=経度"),
              u"-oo"_s, QString::fromUtf8("Y_POSSIBLE_NAMES=緯度"), u"-a_srs"_s, u"EPSG:6668"_s, u"-nln"_s, u"resources"_s}}},
            [&] {
                b.removeStore(ours);
                b.removeStore(theirs);
                runProcess(cli, {u"init"_s, ours}, u"process_import init"_s);
            });
    }});
}

} // namespace

int main(int argc, char **argv)
{
    Store::configureSqlite();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"CareAtlas benchmark: named scenarios on national-scale synthetic data."_s);
    parser.addHelpOption();
    const QCommandLineOption scaleOption(u"scale"_s, u"Share of the national data, 0.01 to 1 (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the synthetic data."_s, u"N"_s, QString::number(bench::NationalDataSpec().seed));
    const QCommandLineOption scenarioOption(u"scenario"_s, u"Run only this scenario (repeatable; comma-separated list allowed)."_s, u"NAME"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs per scenario (default: per scenario), one warm-up."_s, u"N"_s);
    const QCommandLineOption warmupOption(u"warmup"_s, u"Untimed warm-up runs per scenario (default: per scenario)."_s, u"N"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"Cache of generated data (default: the build's bench-data)."_s, u"DIR"_s,
                                        QString::fromUtf8(CAREATLAS_BENCH_DATA_DIR));
    const QCommandLineOption jsonOption(u"json"_s, u"Print the figures as JSON."_s);
    const QCommandLineOption listOption(u"list"_s, u"List the scenarios and exit."_s);
    const QCommandLineOption quietOption(u"quiet"_s, u"No progress on standard error."_s);
    parser.addOptions({scaleOption, seedOption, scenarioOption, runsOption, warmupOption, dataOption, jsonOption, listOption, quietOption});
    parser.process(app);

    const auto all = scenarios();
    if (parser.isSet(listOption)) {
        for (const ScenarioEntry &s : all)
            std::printf("%-24s %s\n", qPrintable(s.name), qPrintable(s.what));
        return 0;
    }
    bool ok = false;
    bench::NationalDataSpec spec;
    spec.scale = parser.value(scaleOption).toDouble(&ok);
    if (!ok || spec.scale < 0.001 || spec.scale > 1.0) {
        std::fprintf(stderr, "careatlas-bench: --scale must be a number from 0.001 to 1\n");
        return 2;
    }
    spec.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "careatlas-bench: --seed must be a non-negative integer\n");
        return 2;
    }
    int runs = 0;
    if (parser.isSet(runsOption)) {
        runs = parser.value(runsOption).toInt(&ok);
        if (!ok || runs < 1) {
            std::fprintf(stderr, "careatlas-bench: --runs must be a positive integer\n");
            return 2;
        }
    }
    int warmup = -1;
    if (parser.isSet(warmupOption)) {
        warmup = parser.value(warmupOption).toInt(&ok);
        if (!ok || warmup < 0) {
            std::fprintf(stderr, "careatlas-bench: --warmup must be a non-negative integer\n");
            return 2;
        }
    }
    QStringList wanted;
    for (const QString &value : parser.values(scenarioOption))
        wanted += value.split(u',', Qt::SkipEmptyParts);
    for (const QString &name : wanted) {
        if (std::none_of(all.begin(), all.end(), [&](const ScenarioEntry &s) { return s.name == name; })) {
            std::fprintf(stderr, "careatlas-bench: unknown scenario %s (see --list)\n", qPrintable(name));
            return 2;
        }
    }
    const bool json = parser.isSet(jsonOption);
    const bool verbose = !parser.isSet(quietOption);
    geo::ensureGdalRegistered();

    Bench bench(parser.value(dataOption), spec, runs, warmup, verbose);
    std::vector<Figure> figures;
    if (!json)
        std::printf("%-24s %10s %10s %10s %4s\n", "scenario", "median_ms", "min_ms", "max_ms", "n");
    for (const ScenarioEntry &s : all) {
        if (!wanted.isEmpty() && !wanted.contains(s.name))
            continue;
        if (verbose)
            std::fprintf(stderr, "bench: %s …\n", qPrintable(s.name));
        Figure f = s.run(bench);
        if (!json) {
            std::printf("%-24s %10.2f %10.2f %10.2f %4d\n", qPrintable(f.name), f.median(), f.min(), f.max(), int(f.ms.size()));
            // Side by side: ours and each contender, wall and CPU medians, ratio theirs/ours (> 1: we are faster).
            for (const Figure::Contender &c : f.contenders) {
                if (!c.installed) {
                    std::printf("  vs %-24s not installed\n", qPrintable(c.name));
                    continue;
                }
                const double theirs = medianOf(c.ms), theirsCpu = medianOf(c.cpuMs), ours = f.median(), oursCpu = medianOf(f.cpuMs);
                std::printf("  vs %-24s ours %9.1f ms (cpu %9.1f)  theirs %9.1f ms (cpu %9.1f)  ratio %5.2f (cpu %5.2f)\n", qPrintable(c.name), ours,
                            oursCpu, theirs, theirsCpu, ours > 0 ? theirs / ours : 0.0, oursCpu > 0 ? theirsCpu / oursCpu : 0.0);
            }
            std::fflush(stdout);
        }
        figures.push_back(std::move(f));
    }
    const unsigned cores = std::thread::hardware_concurrency();
    const double peak = peakMemoryMb();
    const double load = platform::loadAverage();   // other work on the machine skews every figure: say how busy it was
    if (json) {
        QJsonArray list;
        for (const Figure &f : figures)
        {
            QJsonObject figure{{u"scenario"_s, f.name}, {u"median_ms"_s, f.median()}, {u"min_ms"_s, f.min()},
                               {u"max_ms"_s, f.max()}, {u"n"_s, int(f.ms.size())},
                               {u"cpu_median_ms"_s, medianOf(f.cpuMs)}};
            QJsonArray contenders;
            for (const Figure::Contender &c : f.contenders) {
                QJsonObject entry{{u"name"_s, c.name}, {u"installed"_s, c.installed}};
                if (c.installed) {
                    entry.insert(u"command"_s, c.command);
                    entry.insert(u"median_ms"_s, medianOf(c.ms));
                    entry.insert(u"cpu_median_ms"_s, medianOf(c.cpuMs));
                    entry.insert(u"ratio"_s, f.median() > 0 ? medianOf(c.ms) / f.median() : 0.0);
                    entry.insert(u"cpu_ratio"_s, medianOf(f.cpuMs) > 0 ? medianOf(c.cpuMs) / medianOf(f.cpuMs) : 0.0);
                }
                contenders.append(entry);
            }
            if (!contenders.isEmpty())
                figure.insert(u"contenders"_s, contenders);
            list.append(figure);
        }
        const QJsonObject root{{u"scale"_s, spec.scale}, {u"seed"_s, qint64(spec.seed)}, {u"cores"_s, int(cores)},
                               {u"cpu"_s, cpuModel()}, {u"peak_memory_mb"_s, peak}, {u"load_average"_s, load},
                               {u"figures"_s, list}};
        std::printf("%s\n", QJsonDocument(root).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("peak_memory_mb %.1f\ncores %u\ncpu %s\nload_average %.2f\nscale %g\n", peak, cores, qPrintable(cpuModel()),
                    load, spec.scale);
    }
    return 0;
}
