#pragma once

#include "core/Error.h"
#include "core/export/CsvExport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace careatlas::cli {

// One sub-command of careatlas-cli. `run` receives the arguments after the command's name
// and returns the process exit code (0 success, 1 failure, 2 usage error). In the light
// executable `run` is null for the commands that need GDAL or QtGui (Commands.cpp,
// CAREATLAS_CLI_FULL): those run in the full module (docs/architecture.md, *The CLI*).
struct CliCommand {
    QString name;
    QString (*summary)();   // one translated line for `careatlas-cli --help`
    int (*run)(const QStringList &arguments);
};

// Every command, in the order `--help` lists them (Commands.cpp).
const QList<CliCommand> &commands();

// Exit codes.
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitUsage = 2;
// Not an exit code of the program: what a command returns in the light executable, before it
// has printed anything, when these arguments need the full module (e.g. `stats --out x.pdf`);
// main() then runs the whole command line there.
inline constexpr int ExitNeedsFull = -100;

// Writes the error in the user's language to stderr (and, with json, as {"error": …} to
// stdout) and returns ExitFailure.
int reportError(const Error &error, bool json = false);

// Writes a usage problem to stderr and returns ExitUsage.
int reportUsage(const QString &commandName, const QString &problem);

void printJson(const QJsonDocument &document);

// -h/--help with its description in the user's language (Qt's own is not translated into
// Japanese); the command prints parser.helpText() when isSet("help").
void addHelpOption(QCommandLineParser &parser);

// --encoding of CSV output: utf-8 (with BOM), utf-8-nobom, cp932 (shift_jis, sjis); nullopt otherwise.
std::optional<CsvEncoding> csvEncodingFromName(const QString &name);
void printLine(const QString &text);
// Writes bytes to stdout as they are (no newline added, no flush): for large outputs built in blocks.
void printBytes(const QByteArray &bytes);

} // namespace careatlas::cli

namespace careatlas::cli {

// Runs a reading command (query, stats, export, render) whose STORE may be a server
// (postgresql://… or service=NAME): the server's working copy (core/server/WorkingCopy.h) is
// made or brought up to date first and the command runs on it, exactly as on a GeoPackage.
int runOnWorkingCopy(int (*run)(const QStringList &arguments), const QStringList &arguments);

} // namespace careatlas::cli
