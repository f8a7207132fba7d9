// careatlas-bench runs on a tiny share of the national data and reports in the promised shape.
// Timings are never asserted (speed is proven by the program, not by tests).
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace careatlas::test;

TEST_CASE("careatlas-bench --json on 1 % of the data reports every scenario asked for", "[app][bench]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList scenarios{QStringLiteral("text_query"), QStringLiteral("filter_change"), QStringLiteral("render_national_full"),
                                QStringLiteral("ui_handoff_pan")};
    const ProcessResult run = runBuiltProgram(QStringLiteral("bench/careatlas-bench"),
                                              {QStringLiteral("--scale"), QStringLiteral("0.01"), QStringLiteral("--runs"), QStringLiteral("2"),
                                               QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quiet"), QStringLiteral("--json"),
                                               QStringLiteral("--scenario"), scenarios.join(QLatin1Char(','))},
                                              600000);
    INFO(run.standardError.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.standardOutput.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = document.object();
    CHECK(root.value(QStringLiteral("scale")).toDouble() == Approx(0.01));
    CHECK(root.value(QStringLiteral("cores")).toInt() >= 1);
    CHECK(root.value(QStringLiteral("peak_memory_mb")).toDouble() > 0);
    CHECK(root.contains(QStringLiteral("cpu")));
    const QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
    REQUIRE(figures.size() == scenarios.size());
    QSet<QString> seen;
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        seen.insert(figure.value(QStringLiteral("scenario")).toString());
        CHECK(figure.value(QStringLiteral("n")).toInt() == 2);
        const double median = figure.value(QStringLiteral("median_ms")).toDouble(-1);
        CHECK(figure.value(QStringLiteral("min_ms")).toDouble(-1) >= 0);
        CHECK(figure.value(QStringLiteral("min_ms")).toDouble() <= median);
        CHECK(median <= figure.value(QStringLiteral("max_ms")).toDouble());
    }
    CHECK(seen == QSet<QString>(scenarios.begin(), scenarios.end()));

    // The generated data is cached: a second run finds it (and the text form has one line per figure).
    const ProcessResult again = runBuiltProgram(QStringLiteral("bench/careatlas-bench"),
                                                {QStringLiteral("--scale"), QStringLiteral("0.01"), QStringLiteral("--runs"), QStringLiteral("1"),
                                                 QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--scenario"), QStringLiteral("text_query")});
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.standardError.contains(QStringLiteral("generating")));
    const QStringList lines = again.standardOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].split(QLatin1Char(' '), Qt::SkipEmptyParts) == QStringList{QStringLiteral("scenario"), QStringLiteral("median_ms"),
                                                                             QStringLiteral("min_ms"), QStringLiteral("max_ms"), QStringLiteral("n")});
    CHECK(lines[1].split(QLatin1Char(' '), Qt::SkipEmptyParts).size() == 5);
    CHECK(lines[1].startsWith(QStringLiteral("text_query")));
    CHECK(again.standardOutput.contains(QStringLiteral("peak_memory_mb")));
    CHECK(again.standardOutput.contains(QStringLiteral("cores")));

    // A scenario that does not exist is a usage error.
    const ProcessResult unknown = runBuiltProgram(QStringLiteral("bench/careatlas-bench"), {QStringLiteral("--scenario"), QStringLiteral("nope")});
    CHECK(unknown.exitCode == 2);
}
