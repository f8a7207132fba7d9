// careatlas-bench: timings of the operations the issues give budgets for.
//   careatlas-bench atlas STORE [LEVEL]   the atlas PDF of every area of LEVEL (default
//                                         daily_life_area) with its lists; budget 10 s for 19 areas
#include "core/export/ExportData.h"
#include "core/store/Store.h"
#include "geo/export/Atlas.h"
#include "geo/render/StoreScene.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <gdal.h>

#include <cstdio>

using namespace careatlas;

namespace {

int benchAtlas(const QString &storePath, const QString &level)
{
    QElapsedTimer timer;
    timer.start();
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(storePath));
        return 1;
    }
    auto resources = (*store)->resources();
    auto data = resources ? loadExportData(**store, *resources, level) : Result<ExportData>(resources.error());
    auto scene = geo::buildSceneFromStore(storePath);
    if (!data || !scene) {
        std::fprintf(stderr, "cannot read the store\n");
        return 1;
    }
    const qint64 loaded = timer.elapsed();
    QTemporaryDir dir;
    const auto report = geo::exportAtlas(**scene, *data, dir.filePath(QStringLiteral("atlas.pdf")));
    const qint64 total = timer.elapsed();
    if (!report) {
        std::fprintf(stderr, "atlas failed: %s\n", qPrintable(report.error().detail));
        return 1;
    }
    std::printf("atlas: %d areas, %d pages, %lld resources: load %lld ms, total %lld ms (budget 10000 ms) %s\n", report->areas,
                report->pages, (long long)data->resources.size(), (long long)loaded, (long long)total, total < 10000 ? "OK" : "SLOW");
    return total < 10000 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    GDALAllRegister();
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() >= 2 && arguments[0] == QLatin1String("atlas"))
        return benchAtlas(arguments[1], arguments.value(2, QStringLiteral("daily_life_area")));
    std::fprintf(stderr, "usage: careatlas-bench atlas STORE [LEVEL]\n");
    return 2;
}
