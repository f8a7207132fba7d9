#include "core/text/DisplayFormat.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace careatlas;

TEST_CASE("Dates are written as the interface language writes them", "[core][text][format]")
{
    const QDate date(2026, 12, 1);
    CHECK(formatDate(date, QStringLiteral("ja")) == QStringLiteral("2026年12月1日"));
    CHECK(formatDate(date, QStringLiteral("en")) == QStringLiteral("1 December 2026"));
    CHECK(formatAsOf(date, QStringLiteral("ja")) == QStringLiteral("2026年12月1日時点"));
    CHECK(formatAsOf(date, QStringLiteral("en")) == QStringLiteral("as of 1 December 2026"));
    SECTION("dense table cells keep leading zeros")
    {
        CHECK(formatCellDate(QDate(2026, 4, 1), QStringLiteral("ja")) == QStringLiteral("2026/04/01"));
        CHECK(formatCellDate(QDate(2026, 4, 1), QStringLiteral("en")) == QStringLiteral("2026-04-01"));
    }
    SECTION("no date is an empty text")
    {
        CHECK(formatDate(QDate(), QStringLiteral("ja")).isEmpty());
        CHECK(formatAsOf(QDate(), QStringLiteral("en")).isEmpty());
        CHECK(formatDateTime(QDateTime(), QStringLiteral("ja")).isEmpty());
    }
}

TEST_CASE("Times are local, 24-hour, after the date", "[core][text][format]")
{
    const QDateTime local(QDate(2026, 12, 1), QTime(14, 5), Qt::LocalTime);
    CHECK(formatDateTime(local, QStringLiteral("ja")) == QStringLiteral("2026年12月1日 14:05"));
    CHECK(formatDateTime(local, QStringLiteral("en")) == QStringLiteral("1 December 2026 14:05"));
    // A stored UTC time is shown in local time, never with "Z".
    const QDateTime utc = local.toUTC();
    CHECK(formatDateTime(utc, QStringLiteral("ja")) == QStringLiteral("2026年12月1日 14:05"));
}

TEST_CASE("Counts are grouped by thousands in both languages", "[core][text][format]")
{
    CHECK(formatCount(1538, QStringLiteral("ja")) == QStringLiteral("1,538"));
    CHECK(formatCount(1234567, QStringLiteral("en")) == QStringLiteral("1,234,567"));
    CHECK(formatCount(946, QStringLiteral("ja")) == QStringLiteral("946"));
}

TEST_CASE("A label's count is in full-width brackets in Japanese, grouped in both languages", "[core][text][format]")
{
    CHECK(formatLabelCount(QStringLiteral("訪問看護ステーション"), 12, QStringLiteral("ja")) == QStringLiteral("訪問看護ステーション（12）"));
    CHECK(formatLabelCount(QStringLiteral("医療"), 1204, QStringLiteral("ja")) == QStringLiteral("医療（1,204）"));
    CHECK(formatLabelCount(QStringLiteral("Medical"), 1204, QStringLiteral("en")) == QStringLiteral("Medical (1,204)"));
}
