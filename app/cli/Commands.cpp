#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// Compiled twice: into the full module as it stands, and into the light executable with
// CAREATLAS_CLI_LIGHT, where a command whose run function needs GDAL or QtGui is marked
// CAREATLAS_CLI_FULL(run) and has no run function (it runs in the full module). The light
// ones (their Cmd*.cpp in careatlas_cli_light, app/CMakeLists.txt) are in both.
#ifdef CAREATLAS_CLI_LIGHT
#define CAREATLAS_CLI_FULL(run) nullptr
#else
#define CAREATLAS_CLI_FULL(run) run
#endif

namespace careatlas::cli {

// Each command lives in its own Cmd*.cpp file; declare its run function here and add a row.
int runInit(const QStringList &arguments);
int runAreas(const QStringList &arguments);
int runImportAreas(const QStringList &arguments);
int runAssignAreas(const QStringList &arguments);
int runRenameArea(const QStringList &arguments);
int runAreaNames(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runRender(const QStringList &arguments);
int runQuery(const QStringList &arguments);
int runImportAddresses(const QStringList &arguments);
int runLocate(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runImportPopulation(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runRecover(const QStringList &arguments);
int runTiles(const QStringList &arguments);
int runShortlist(const QStringList &arguments);
int runPublish(const QStringList &arguments);
int runReplica(const QStringList &arguments);
int runSync(const QStringList &arguments);
int runCentre(const QStringList &arguments);

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> all = {
        {QStringLiteral("init"), [] { return QCoreApplication::translate("cli", "Create an empty store with the default catalogue"); }, runInit},
        {QStringLiteral("areas"), [] { return QCoreApplication::translate("cli", "Inspect an area boundary file"); }, CAREATLAS_CLI_FULL(runAreas)},
        {QStringLiteral("import-areas"), [] { return QCoreApplication::translate("cli", "Import area boundaries into a store as one level"); }, CAREATLAS_CLI_FULL(runImportAreas)},
        {QStringLiteral("assign-areas"), [] { return QCoreApplication::translate("cli", "Recompute which area each resource lies in"); }, CAREATLAS_CLI_FULL(runAssignAreas)},
        {QStringLiteral("rename-area"), [] { return QCoreApplication::translate("cli", "Rename an area, or change its code"); }, runRenameArea},
        {QStringLiteral("area-names"), [] { return QCoreApplication::translate("cli", "Replace a level's area names from a CSV table"); }, runAreaNames},
        {QStringLiteral("import"), [] { return QCoreApplication::translate("cli", "Import resources from a CSV file or a point layer"); }, CAREATLAS_CLI_FULL(runImport)},
        {QStringLiteral("import-addresses"), [] { return QCoreApplication::translate("cli", "Import address reference points (位置参照情報)"); }, runImportAddresses},
        {QStringLiteral("locate"), [] { return QCoreApplication::translate("cli", "Find an address's coordinates"); }, runLocate},
        {QStringLiteral("query"), [] { return QCoreApplication::translate("cli", "Print the resources that match a filter"); }, [](const QStringList &arguments) { return runOnWorkingCopy(runQuery, arguments); }},
        {QStringLiteral("stats"), [] { return QCoreApplication::translate("cli", "Count resources per area and category"); }, [](const QStringList &arguments) { return runOnWorkingCopy(runStats, arguments); }},
        {QStringLiteral("import-population"), [] { return QCoreApplication::translate("cli", "Import population per area (total, 65+, 75+) for rates"); }, runImportPopulation},
        {QStringLiteral("render"), [] { return QCoreApplication::translate("cli", "Render a store's map to an image"); }, CAREATLAS_CLI_FULL([](const QStringList &arguments) { return runOnWorkingCopy(runRender, arguments); })},
        {QStringLiteral("check"), [] { return QCoreApplication::translate("cli", "Check a store for damage and say what is wrong"); }, CAREATLAS_CLI_FULL(runCheck)},
        {QStringLiteral("recover"), [] { return QCoreApplication::translate("cli", "Copy what a damaged store still holds into a new store"); }, CAREATLAS_CLI_FULL(runRecover)},
        {QStringLiteral("export"), [] { return QCoreApplication::translate("cli", "Export resources as CSV, a PDF list, a map layout, an atlas or a GIS layer"); }, CAREATLAS_CLI_FULL([](const QStringList &arguments) { return runOnWorkingCopy(runExport, arguments); })},
        {QStringLiteral("shortlist"), [] { return QCoreApplication::translate("cli", "Keep referral shortlists (候補リスト) and print a 紹介候補リスト"); }, CAREATLAS_CLI_FULL(runShortlist)},
        {QStringLiteral("publish"), [] { return QCoreApplication::translate("cli", "Put a store on a PostgreSQL/PostGIS server for a team (schema, areas, resources)"); }, CAREATLAS_CLI_FULL(runPublish)},
        {QStringLiteral("replica"), [] { return QCoreApplication::translate("cli", "Make a GeoPackage copy of a server store to work where the server cannot be reached"); }, CAREATLAS_CLI_FULL(runReplica)},
        {QStringLiteral("sync"), [] { return QCoreApplication::translate("cli", "Sync an offline copy with its server: bring in the server's changes, send the copy's edits"); }, CAREATLAS_CLI_FULL(runSync)},
        {QStringLiteral("centre"), [] { return QCoreApplication::translate("cli", "Define a centre on a server store: its areas and who works for it"); }, CAREATLAS_CLI_FULL(runCentre)},
        {QStringLiteral("tiles"), [] { return QCoreApplication::translate("cli", "Make an offline base map package (MBTiles) for computers without internet"); }, CAREATLAS_CLI_FULL(runTiles)},
    };
    return all;
}

} // namespace careatlas::cli
