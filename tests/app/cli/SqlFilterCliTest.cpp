// `query` and `stats` answer most filters through the store's indexes (core/query/SqlFilter.h)
// and fall back to the snapshot of every resource otherwise. Both paths must print the same
// bytes: each filter below runs once each way (CAREATLAS_SNAPSHOT_FILTER forces the snapshot
// path) on the demo store and on a store built from Kosai's real published data.
#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using careatlas::test::runBuiltProgram;
using careatlas::test::runProgram;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

careatlas::test::ProcessResult runCli(const QStringList &arguments, bool snapshotPath)
{
    const QString program = careatlas::test::binaryDir() + QStringLiteral("/") + Cli;
    QList<QPair<QString, QString>> environment{{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                                               {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                               {QStringLiteral("CAREATLAS_SNAPSHOT_FILTER"), snapshotPath ? QStringLiteral("1") : QString()}};
    return runProgram(program, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments, {}, environment);
}

// Runs each command both ways and compares the output byte for byte; returns how many runs
// printed more than a header line (so that a test sees it compared real rows).
int compareBothPaths(const QString &store, const QList<QStringList> &commands)
{
    int withRows = 0;
    for (const QStringList &command : commands) {
        QStringList arguments{command.front(), store};
        arguments += command.mid(1);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto fast = runCli(arguments, false);
        const auto full = runCli(arguments, true);
        INFO(fast.standardError.toStdString() << full.standardError.toStdString());
        REQUIRE(fast.exitCode == full.exitCode);
        CHECK(fast.standardOutput == full.standardOutput);
        if (fast.standardOutput.count(QLatin1Char('\n')) > 2)
            ++withRows;
    }
    return withRows;
}

} // namespace

TEST_CASE("query and stats print the same through the store's indexes as through the snapshot (demo store)", "[app][cli][query][stats]")
{
    const QString store = careatlas::test::binaryDir() + QStringLiteral("/data/demo.gpkg");
    const QString text = QString::fromUtf8("訪問看護");
    const QList<QStringList> commands{
        {QStringLiteral("query")},
        {QStringLiteral("query"), QStringLiteral("--text"), text},
        {QStringLiteral("query"), QStringLiteral("--text"), QString::fromUtf8("ケア")},
        {QStringLiteral("query"), QStringLiteral("--text"), QString::fromUtf8("存在しない事業所名")},
        {QStringLiteral("query"), QStringLiteral("--category"), QStringLiteral("home_visit_nursing,day_service"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("query"), QStringLiteral("--flag"), QStringLiteral("dementia"), QStringLiteral("--text"), QString::fromUtf8("デイ")},
        {QStringLiteral("query"), QStringLiteral("--area"), QString::fromUtf8("泉野"), QStringLiteral("--category"), QStringLiteral("care_plan_office")},
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("school_district")},
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("daily_life_area"), QStringLiteral("--text"), text},
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("school_district"), QStringLiteral("--flag"), QStringLiteral("dementia"),
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("school_district"), QStringLiteral("--category"), QStringLiteral("day_service"),
         QStringLiteral("--area"), QString::fromUtf8("泉野")},
    };
    CHECK(compareBothPaths(store, commands) >= 8);
}

TEST_CASE("query and stats print the same through the store's indexes as through the snapshot (Kosai's real data)", "[app][cli][query][stats]")
{
    const QString spots = careatlas::test::sharedDataFile(QStringLiteral("kosai/spot.geojson"));
    const QString schools = careatlas::test::sharedDataFile(QStringLiteral("kosai/school.geojson"));
    if (spots.isEmpty() || schools.isEmpty())
        return;
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("kosai.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import-areas"), store, schools, QStringLiteral("--level"), QStringLiteral("school_district")}).exitCode == 0);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), store, spots}).exitCode == 0);
    const QList<QStringList> commands{
        {QStringLiteral("query")},
        {QStringLiteral("query"), QStringLiteral("--text"), QString::fromUtf8("湖西")},
        {QStringLiteral("query"), QStringLiteral("--text"), QString::fromUtf8("デイサービス")},
        {QStringLiteral("query"), QStringLiteral("--category"), QStringLiteral("clinic"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("school_district")},
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("school_district"), QStringLiteral("--text"), QString::fromUtf8("湖西")},
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("school_district"), QStringLiteral("--category"), QStringLiteral("clinic,hospital"),
         QStringLiteral("--format"), QStringLiteral("json")},
    };
    CHECK(compareBothPaths(store, commands) >= 5);
}
