#include "app/cli/CliCommand.h"

#include "core/server/PgConnection.h"
#include "core/server/ServerPublish.h"
#include "core/server/ServerReplica.h"
#include "core/server/ServerSchema.h"
#include "core/server/ServerStore.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace careatlas::cli {

// The commands of a server store (docs/team.md). publish STORE SERVER: the server schema
// created or migrated, and the store's areas and resources uploaded in one transaction.
int runPublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Create or update the CareAtlas schema on a PostgreSQL/PostGIS server and upload a store's area levels, areas and "
               "resources into its empty database, all or nothing. SERVER is a libpq connection string: a URL "
               "(postgresql://host/database?sslmode=verify-full) or service=NAME. Passwords come from ~/.pgpass or the "
               "service file, never from the command line."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "Path of the store file (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("SERVER"), QCoreApplication::translate("cli", "The server database (postgresql://… or service=NAME)"));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON")});
    const QCommandLineOption schemaOnly(QStringLiteral("schema-only"), QCoreApplication::translate("cli", "Only create or update the schema; upload nothing"));
    parser.addOption(schemaOnly);
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli publish")} + arguments))
        return reportUsage(QStringLiteral("publish"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return reportUsage(QStringLiteral("publish"), QCoreApplication::translate("cli", "expected a STORE path and a SERVER connection string"));
    const QString path = parser.positionalArguments().at(0);
    const QString server = parser.positionalArguments().at(1);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!PgConnection::isConnectionString(server))
        return reportUsage(QStringLiteral("publish"), QCoreApplication::translate("cli", "SERVER must be a postgresql:// URL or libpq words such as service=NAME"));

    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    if (!store)
        return reportError(store.error(), json);
    auto connection = PgConnection::connect(server);
    if (!connection)
        return reportError(connection.error(), json);
    const QString shown = PgConnection::displayName(server);
    if (parser.isSet(schemaOnly)) {
        if (Status migrated = migrateServerSchema(**connection); !migrated)
            return reportError(Error(migrated.error()).inFile(shown), json);
        if (json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("server"), shown}, {QStringLiteral("schema_version"), ServerSchemaVersion}}));
        else
            printLine(QCoreApplication::translate("cli", "%1: the CareAtlas schema is at version %2.").arg(shown).arg(ServerSchemaVersion));
        return ExitOk;
    }
    auto report = publishStore(**store, **connection);
    if (!report)
        return reportError(Error(report.error()).inFile(shown), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("store"), path},
                                            {QStringLiteral("server"), shown},
                                            {QStringLiteral("schema_created"), report->schemaVersionBefore == 0},
                                            {QStringLiteral("area_levels"), report->areaLevels},
                                            {QStringLiteral("areas"), report->areas},
                                            {QStringLiteral("resources"), report->resources},
                                            {QStringLiteral("resource_areas"), report->resourceAreas}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Published %1 to %2 (resources: %3, areas: %4, area levels: %5).")
                      .arg(path, shown).arg(report->resources).arg(report->areas).arg(report->areaLevels));
    }
    return ExitOk;
}

// replica SERVER --out FILE: a GeoPackage copy of what the sign-in may read.
int runReplica(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Make a GeoPackage copy of a server store (what your sign-in may read) to work with where the server cannot be "
               "reached. The copy is read from one moment of the server and written whole or not at all. Edits made in the copy "
               "are recorded; careatlas-cli sync sends them back."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("SERVER"), QCoreApplication::translate("cli", "The server database (postgresql://… or service=NAME)"));
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("cli", "Path of the new store"), QStringLiteral("NEW"));
    parser.addOption(outOption);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON")});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli replica")} + arguments))
        return reportUsage(QStringLiteral("replica"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1 || !PgConnection::isConnectionString(parser.positionalArguments().constFirst()))
        return reportUsage(QStringLiteral("replica"), QCoreApplication::translate("cli", "SERVER must be a postgresql:// URL or libpq words such as service=NAME"));
    if (!parser.isSet(outOption))
        return reportUsage(QStringLiteral("replica"), QCoreApplication::translate("cli", "--out NEW is required"));
    const QString server = parser.positionalArguments().constFirst();
    const QString out = parser.value(outOption);
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString shown = PgConnection::displayName(server);
    auto store = ServerStore::open(server);
    if (!store)
        return reportError(store.error(), json);
    auto report = writeReplica(**store, shown, out);
    if (!report)
        return reportError(report.error(), json);
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("server"), shown},
                                            {QStringLiteral("out"), out},
                                            {QStringLiteral("areas"), report->areas},
                                            {QStringLiteral("resources"), report->resources},
                                            {QStringLiteral("change_seq"), report->changeSeq}}));
    } else {
        printLine(QCoreApplication::translate("cli", "Copied %1 to %2 (resources: %3, areas: %4).")
                      .arg(shown, out).arg(report->resources).arg(report->areas));
    }
    return ExitOk;
}

} // namespace careatlas::cli
