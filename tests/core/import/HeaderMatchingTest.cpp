#include "core/import/ColumnMap.h"
#include "core/import/HeaderNormalizer.h"
#include "core/import/ImportField.h"
#include "core/import/SourceFormat.h"

#include <catch2/catch.hpp>

using namespace careatlas;

namespace {
QString u(const char *text) { return QString::fromUtf8(text); }

QStringList utf8List(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}
} // namespace

TEST_CASE("Headers are normalised: NFKC, BOM, quotes, spaces and brackets", "[core][import][headers]")
{
    CHECK(normalizeHeader(u("\xEF\xBB\xBF\"名称\"")) == u("名称"));
    CHECK(normalizeHeader(u("　正式名称（フリガナ） ")) == u("正式名称(フリガナ)"));
    CHECK(normalizeHeader(u("【方書】")) == u("(方書)"));
    CHECK(normalizeHeader(u("ＦＡＸ番号")) == u("fax番号"));
    CHECK(headerKey(u("建物名等（方書）")) == headerKey(u("建物名等_方書")));
}

TEST_CASE("Drifting header spellings map to the same field", "[core][import][headers]")
{
    SECTION("方書 spelled three ways")
    {
        for (const char *header : {"建物名等(方書)", "建物名等（方書）", "方書", "方書（ビル名等）", "建物名・方書"})
            CHECK(importFieldForHeader(u(header)) == ImportField::Building);
    }
    SECTION("full-width brackets in the ナビイ coordinate columns")
    {
        CHECK(importFieldForHeader(u("所在地座標（緯度）")) == ImportField::Latitude);
        CHECK(importFieldForHeader(u("所在地座標(経度)")) == ImportField::Longitude);
        CHECK(importFieldForHeader(u("正式名称（フリガナ）")) == ImportField::Kana);
    }
    SECTION("a BOM and quotes stuck to the first header, spaces around")
    {
        CHECK(importFieldForHeader(u("\xEF\xBB\xBF\"名称\"")) == ImportField::Name);
        CHECK(importFieldForHeader(u(" 緯度 ")) == ImportField::Latitude);
        CHECK(importFieldForHeader(u("Latitude")) == ImportField::Latitude);
    }
    SECTION("法人番号 is not an official number and an unknown header maps to nothing")
    {
        CHECK_FALSE(importFieldForHeader(u("法人番号")).has_value());
        CHECK_FALSE(importFieldForHeader(u("_id_extra")).has_value());
        CHECK_FALSE(importFieldForHeader(u("_id")).has_value());
        CHECK(importFieldForHeader(u("ID")) == ImportField::SourceId);
    }
}

TEST_CASE("Columns are found by name wherever they are, and unused ones are listed", "[core][import][headers]")
{
    const auto a = ColumnMap::fromHeaders(utf8List({"名称", "緯度", "経度", "_id"}));
    const auto b = ColumnMap::fromHeaders(utf8List({"経度", "extra", "緯度", "名称"}));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->column(ImportField::Name) == 0);
    CHECK(b->column(ImportField::Name) == 3);
    CHECK(b->column(ImportField::Latitude) == 2);
    CHECK(b->unusedHeaders() == QStringList{QStringLiteral("extra")});
    CHECK(b->value(utf8List({"137.5", "x", "34.7", "ケアセンター"}), ImportField::Name) == u("ケアセンター"));
}

TEST_CASE("A user's column mapping overrides the aliases, and a wrong one is an error", "[core][import][headers]")
{
    const QStringList headers = utf8List({"施設", "Y座標", "X座標"});
    const auto map = ColumnMap::fromHeaders(headers, {{ImportField::Name, u("施設")}, {ImportField::Latitude, u("Y座標")}, {ImportField::Longitude, u("X座標")}});
    REQUIRE(map.ok());
    CHECK(map->column(ImportField::Latitude) == 1);
    CHECK(map->column(ImportField::Longitude) == 2);
    const auto wrong = ColumnMap::fromHeaders(headers, {{ImportField::Name, u("名前")}});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::FieldNotFound);
}

TEST_CASE("The published layouts are recognised by their headers", "[core][import][format]")
{
    auto detect = [](std::initializer_list<const char *> headers) {
        return detectSourceFormat(*ColumnMap::fromHeaders(utf8List(headers)));
    };
    CHECK(detect({"全国地方公共団体コード", "ID", "地方公共団体名", "名称", "名称_カナ", "所在地_連結表記", "建物名等(方書)", "緯度", "経度", "実施サービス"})
          == SourceFormat::JpStandard);
    CHECK(detect({"都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "名称_カナ", "医療機関の種類", "住所", "方書", "緯度", "経度"})
          == SourceFormat::JpStandardOld);
    CHECK(detect({"都道府県コード又は市町村コード", "NO（※システム内の固有の番号、連番）", "都道府県名", "市区町村名", "事業所名", "事業所名カナ",
                  "サービスの種類", "住所", "方書（ビル名等）", "緯度", "経度", "事業所番号"})
          == SourceFormat::Mhlw);
    CHECK(detect({"ID", "正式名称", "正式名称（フリガナ）", "機関区分", "所在地", "所在地座標（緯度）", "所在地座標（経度）"}) == SourceFormat::Navii);
    CHECK(detect({"HID", "Type", "SubType", "Name", "Add1", "Add2"}) == SourceFormat::Caremap);
    CHECK(detect({"P04_001", "P04_002", "P04_003"}) == SourceFormat::Ksj);
    CHECK(detect({"name", "category", "lat", "lon"}) == SourceFormat::Generic);
}

TEST_CASE("Format names parse as typed on the command line", "[core][import][format]")
{
    CHECK(sourceFormatFromName(QStringLiteral("jp-standard")) == SourceFormat::JpStandard);
    CHECK(sourceFormatFromName(QStringLiteral("MHLW")) == SourceFormat::Mhlw);
    CHECK(sourceFormatFromName(QStringLiteral("csv")) == SourceFormat::Generic);
    CHECK_FALSE(sourceFormatFromName(QStringLiteral("xlsx")).has_value());
}
