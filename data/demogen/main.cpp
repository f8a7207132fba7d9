// careatlas-demogen: writes the demo region (a fictional city at Kanazawa's coordinates) into
// a new CareAtlas store. The build runs it; the output depends only on the seed.
#include "core/store/Store.h"
#include "data/demogen/DemoCity.h"

#include "geo/GdalSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

using namespace careatlas;

int main(int argc, char **argv)
{
    careatlas::Store::configureSqlite();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generate the CareAtlas demo region (sample data)."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Store to write (.gpkg); replaced if present."), QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default %1).").arg(demo::DefaultSeed), QStringLiteral("N"));
    parser.addOption(outOption);
    parser.addOption(seedOption);
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(outOption)) {
        err << "careatlas-demogen: --out FILE is required\n";
        return 2;
    }
    bool seedOk = true;
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt(&seedOk) : demo::DefaultSeed;
    if (!seedOk) {
        err << "careatlas-demogen: --seed must be a non-negative integer\n";
        return 2;
    }
    geo::ensureGdalRegistered();

    auto city = demo::generateDemoCity(seed);
    if (!city) {
        err << "careatlas-demogen: " << city.error().detail << '\n';
        return 1;
    }
    // Written beside the target and renamed when complete: an interrupted build never leaves a
    // half-written demo store under the target's name.
    const QString target = parser.value(outOption);
    const QString partial = target + QStringLiteral(".part");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(partial + QLatin1String(suffix));
    if (auto status = demo::writeDemoStore(*city, partial); !status) {
        err << "careatlas-demogen: " << status.error().detail << '\n';
        QFile::remove(partial);
        return 1;
    }
    // Rollback-journal mode, not WAL: a WAL database cannot be read where its folder is not
    // writable (the -shm file), and the installed demo lives in a read-only share/careatlas.
    // (Users edit a copy; a store opened for editing switches to WAL again.)
    sqlite3 *db = nullptr;
    int code = sqlite3_open_v2(partial.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (code == SQLITE_OK)
        code = sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    if (code != SQLITE_OK) {
        err << "careatlas-demogen: cannot leave WAL mode in " << partial << ": " << sqlite3_errstr(code) << '\n';
        QFile::remove(partial);
        return 1;
    }
    std::error_code error;
    std::filesystem::rename(partial.toStdString(), target.toStdString(), error);
    if (error) {
        err << "careatlas-demogen: cannot rename " << partial << ": " << QString::fromStdString(error.message()) << '\n';
        return 1;
    }
    QTextStream(stdout) << "careatlas-demogen: wrote " << target << " (" << city->resources.size() << " resources)\n";
    return 0;
}
