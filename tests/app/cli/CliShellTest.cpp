#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using careatlas::test::runBuiltProgram;

namespace {
const QString Cli = QStringLiteral("app/careatlas-cli");
}

TEST_CASE("careatlas-cli --version names the version, Qt and GDAL", "[app][cli]")
{
    const auto result = runBuiltProgram(Cli, {QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.standardOutput.startsWith(QStringLiteral("careatlas-cli ")));
    CHECK(result.standardOutput.contains(QStringLiteral("GDAL")));
}

TEST_CASE("careatlas-cli --help lists the commands", "[app][cli]")
{
    const auto result = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    CHECK(result.standardOutput.contains(QStringLiteral("Commands:")));
    CHECK(result.standardOutput.contains(QStringLiteral("  init ")));
}

TEST_CASE("careatlas-cli speaks Japanese with --lang ja", "[app][cli][i18n]")
{
    const auto result = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    CHECK(result.standardOutput.contains(QString::fromUtf8("コマンド")));
}

TEST_CASE("An unknown command or no command is a usage error on stderr", "[app][cli][errors]")
{
    SECTION("unknown command")
    {
        const auto result = runBuiltProgram(Cli, {QStringLiteral("frobnicate")});
        CHECK(result.exitCode == 2);
        CHECK(result.standardOutput.isEmpty());
        CHECK(result.standardError.contains(QStringLiteral("frobnicate")));
    }
    SECTION("no command")
    {
        const auto result = runBuiltProgram(Cli, {});
        CHECK(result.exitCode == 2);
        CHECK(result.standardError.contains(QStringLiteral("Usage")));
    }
}

TEST_CASE("careatlas-cli init creates a store once and refuses to overwrite it", "[app][cli][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.gpkg"));
    const auto created = runBuiltProgram(Cli, {QStringLiteral("init"), path, QStringLiteral("--json")});
    REQUIRE(created.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(created.standardOutput.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("categories")).toInt() == 50);
    CHECK(summary.value(QStringLiteral("area_levels")).toInt() == 4);

    const auto again = runBuiltProgram(Cli, {QStringLiteral("init"), path, QStringLiteral("--json")});
    CHECK(again.exitCode == 1);
    CHECK(again.standardError.contains(path));
    const QJsonObject error = QJsonDocument::fromJson(again.standardOutput.toUtf8()).object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("file_exists"));

    SECTION("a missing argument is a usage error")
    {
        CHECK(runBuiltProgram(Cli, {QStringLiteral("init")}).exitCode == 2);
    }
    SECTION("--help describes the command")
    {
        const auto help = runBuiltProgram(Cli, {QStringLiteral("init"), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.standardOutput.contains(QStringLiteral("STORE")));
    }
}
