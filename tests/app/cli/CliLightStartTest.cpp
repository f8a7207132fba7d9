// careatlas-cli's executable runs the help and the commands that need only the store itself
// (QtCore, SQLite) and loads its full module (GDAL, QtGui) for the rest (app/cli/main.cpp).
// Whichever part runs a command line, the user must see the same: each command line below runs
// once the light way and once entirely in the full module (CAREATLAS_CLI_FULL=1, as before the
// split), in English and in Japanese, and the exit code, standard output, standard error and
// written files are compared byte for byte.
#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <utility>

using careatlas::test::ProcessResult;
using careatlas::test::runProgram;

namespace {

QString cliPath() { return careatlas::test::binaryDir() + QStringLiteral("/app/careatlas-cli"); }

ProcessResult runCli(const QStringList &arguments, bool full, const QString &workingDirectory,
                     QList<QPair<QString, QString>> environment = {})
{
    environment += {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                    {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                    {QStringLiteral("CAREATLAS_CLI_FULL"), full ? QStringLiteral("1") : QString()}};
    return runProgram(cliPath(), arguments, workingDirectory, environment);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

// Each command line in a fresh folder of its own per way (a copy of the demo store as
// demo.gpkg; files it writes compared by name), both ways; returns the exit codes seen.
QList<int> compareBothWays(const QList<QStringList> &commandLines, const QStringList &writtenFiles = {})
{
    QList<int> exitCodes;
    for (const QStringList &arguments : commandLines) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        QTemporaryDir lightDir, fullDir;
        REQUIRE(lightDir.isValid());
        REQUIRE(fullDir.isValid());
        careatlas::test::copyDemoStore(lightDir);
        careatlas::test::copyDemoStore(fullDir);
        ProcessResult light = runCli(arguments, false, lightDir.path());
        ProcessResult full = runCli(arguments, true, fullDir.path());
        for (auto [result, folder] : {std::pair{&light, lightDir.path()}, std::pair{&full, fullDir.path()}}) {
            result->standardOutput.replace(folder, QStringLiteral("DIR"));
            result->standardError.replace(folder, QStringLiteral("DIR"));
        }
        INFO("light: " << light.standardError.toStdString() << "\nfull: " << full.standardError.toStdString());
        CHECK(light.exitCode == full.exitCode);
        CHECK(light.standardOutput == full.standardOutput);
        CHECK(light.standardError == full.standardError);
        for (const QString &name : writtenFiles) {
            INFO(name.toStdString());
            CHECK(fileBytes(lightDir.filePath(name)) == fileBytes(fullDir.filePath(name)));
        }
        exitCodes << light.exitCode;
    }
    return exitCodes;
}

QStringList withLanguage(const QString &language, const QStringList &arguments)
{
    return QStringList{QStringLiteral("--lang"), language} + arguments;
}

} // namespace

TEST_CASE("careatlas-cli's light start prints the same help, usage errors and messages as its full module", "[app][cli][light]")
{
    QList<QStringList> lines;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        for (const QStringList &arguments : QList<QStringList>{
                 {QStringLiteral("--help")},
                 {},
                 {QStringLiteral("no-such-command")},
                 {QStringLiteral("query"), QStringLiteral("--help")},
                 {QStringLiteral("stats"), QStringLiteral("--help")},
                 {QStringLiteral("query")},
                 {QStringLiteral("query"), QStringLiteral("demo.gpkg"), QStringLiteral("--no-such-option")},
                 {QStringLiteral("query"), QStringLiteral("demo.gpkg"), QStringLiteral("--category"), QStringLiteral("no_such_category")},
                 {QStringLiteral("query"), QStringLiteral("missing.gpkg")},
                 {QStringLiteral("stats"), QStringLiteral("demo.gpkg")},
                 {QStringLiteral("stats"), QStringLiteral("demo.gpkg"), QStringLiteral("--level"), QStringLiteral("no_such_level")},
                 {QStringLiteral("stats"), QStringLiteral("demo.gpkg"), QStringLiteral("--level"), QStringLiteral("school_district"),
                  QStringLiteral("--out"), QStringLiteral("matrix.txt")},
                 {QStringLiteral("locate"), QStringLiteral("demo.gpkg"), QString::fromUtf8("存在しない町1丁目")},
             })
            lines << withLanguage(language, arguments);
    }
    lines << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("query")};
    const QList<int> exitCodes = compareBothWays(lines);
    CHECK(exitCodes.count(0) == 6);   // the help three times per language
    CHECK(exitCodes.count(2) >= 12);  // usage errors
    CHECK(exitCodes.contains(1));     // a missing store
}

TEST_CASE("careatlas-cli's light start prints the same results as its full module", "[app][cli][light]")
{
    const QString text = QString::fromUtf8("訪問看護");
    QList<QStringList> lines;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        for (const QStringList &arguments : QList<QStringList>{
                 {QStringLiteral("query"), QStringLiteral("demo.gpkg"), QStringLiteral("--text"), text},
                 {QStringLiteral("query"), QStringLiteral("demo.gpkg"), QStringLiteral("--area"), QString::fromUtf8("北園中学校区"), QStringLiteral("--format"),
                  QStringLiteral("json")},
                 // The snapshot path (distances through Qt Positioning) in the light executable.
                 {QStringLiteral("query"), QStringLiteral("demo.gpkg"), QStringLiteral("--near"), QStringLiteral("36.56,136.65"), QStringLiteral("--radius-km"),
                  QStringLiteral("1.5")},
                 {QStringLiteral("stats"), QStringLiteral("demo.gpkg"), QStringLiteral("--level"), QStringLiteral("school_district")},
                 {QStringLiteral("stats"), QStringLiteral("demo.gpkg"), QStringLiteral("--level"), QStringLiteral("daily_life_area"), QStringLiteral("--matrix")},
                 {QStringLiteral("stats"), QStringLiteral("demo.gpkg"), QStringLiteral("--level"), QStringLiteral("daily_life_area"), QStringLiteral("--matrix"),
                  QStringLiteral("--format"), QStringLiteral("json")},
                 // Coverage needs GEOS: the light executable hands the whole line to the module.
                 {QStringLiteral("stats"), QStringLiteral("demo.gpkg"), QStringLiteral("--level"), QStringLiteral("daily_life_area"), QStringLiteral("--coverage-km"),
                  QStringLiteral("1")},
             })
            lines << withLanguage(language, arguments);
    }
    const QList<int> exitCodes = compareBothWays(lines);
    CHECK(exitCodes.count(0) == exitCodes.size());
}

TEST_CASE("careatlas-cli's light start writes the same stores and files as its full module", "[app][cli][light]")
{
    // A command that writes a new store: the same answer, and both stores hold the catalogue.
    const QList<int> init = compareBothWays({{QStringLiteral("init"), QStringLiteral("new.gpkg"), QStringLiteral("--json")}});
    CHECK(init == QList<int>{0});
    // The matrix as CSV: the light executable hands `stats --out` to the module.
    const QList<int> matrix = compareBothWays({{QStringLiteral("stats"), QStringLiteral("demo.gpkg"), QStringLiteral("--level"),
                                                QStringLiteral("school_district"), QStringLiteral("--out"), QStringLiteral("matrix.csv")}},
                                              {QStringLiteral("matrix.csv")});
    CHECK(matrix == QList<int>{0});
}

#ifdef Q_OS_LINUX
TEST_CASE("careatlas-cli runs query and stats without loading GDAL or QtGui", "[app][cli][light]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString store = careatlas::test::copyDemoStore(dir);
    for (const QStringList &arguments : QList<QStringList>{
             {QStringLiteral("--help")},
             {QStringLiteral("query"), store, QStringLiteral("--text"), QString::fromUtf8("訪問看護")},
             {QStringLiteral("stats"), store, QStringLiteral("--level"), QStringLiteral("school_district")}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        // The dynamic linker's list of the libraries it loads (glibc's LD_DEBUG).
        const QString log = dir.filePath(QStringLiteral("ld"));
        const ProcessResult result = runCli(arguments, false, dir.path(),
                                            {{QStringLiteral("LD_DEBUG"), QStringLiteral("files")}, {QStringLiteral("LD_DEBUG_OUTPUT"), log}});
        CHECK(result.exitCode == 0);
        QByteArray loaded;
        for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("ld.*")})) {
            loaded += fileBytes(dir.filePath(name));
            QFile::remove(dir.filePath(name));
        }
        CHECK(loaded.contains("libQt6Core.so"));
        CHECK_FALSE(loaded.contains("libgdal"));
        CHECK_FALSE(loaded.contains("libQt6Gui"));
        CHECK_FALSE(loaded.contains("careatlas-cli-gis"));
    }
    // and `render` does load the module (the full part).
    const QString log = dir.filePath(QStringLiteral("ld"));
    runCli({QStringLiteral("render"), QStringLiteral("--help")}, false, dir.path(),
           {{QStringLiteral("LD_DEBUG"), QStringLiteral("files")}, {QStringLiteral("LD_DEBUG_OUTPUT"), log}});
    QByteArray loaded;
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("ld.*")}))
        loaded += fileBytes(dir.filePath(name));
    CHECK(loaded.contains("careatlas-cli-gis"));
    CHECK(loaded.contains("libgdal"));
}
#endif
