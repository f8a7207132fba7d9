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

TEST_CASE("The 22 headers of 推奨データセット 介護サービス事業所一覧 are all read", "[core][import][headers]")
{
    const QStringList headers = utf8List({"都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "介護サービス事業所名称",
                                          "介護サービス事業所名称_カナ", "実施サービス", "住所", "方書", "緯度", "経度", "電話番号",
                                          "内線番号", "FAX番号", "法人番号", "法人の名称", "事業所番号", "利用可能曜日",
                                          "利用可能曜日特記事項", "定員", "URL", "備考"});
    REQUIRE(headers.size() == 22);
    auto columns = ColumnMap::fromHeaders(headers);
    REQUIRE(columns);
    CHECK(columns->column(ImportField::Name) == 4);
    CHECK(columns->column(ImportField::Kana) == 5);
    CHECK(columns->column(ImportField::ServiceType) == 6);
    CHECK(columns->column(ImportField::Address) == 7);
    CHECK(columns->column(ImportField::Building) == 8);
    CHECK(columns->column(ImportField::PhoneExtension) == 12);
    CHECK(columns->column(ImportField::Operator) == 15);
    CHECK(columns->column(ImportField::OfficialNumber) == 16);
    CHECK(columns->column(ImportField::OpenNotes) == 18);
    CHECK(columns->column(ImportField::LocalGovernmentCode) == 0);
    CHECK(columns->unusedHeaders() == utf8List({"NO", "法人番号"}));
    CHECK(detectSourceFormat(*columns) == SourceFormat::JpStandardOld);
    // The other converters' spelling of the notes column.
    CHECK(importFieldForHeader(u("利用可能日時特記事項")) == ImportField::OpenNotes);
}

TEST_CASE("LinkData English headers, 施設・場所名 and phone1 are recognised", "[core][import][headers]")
{
    // 高松市: "telephone　number" with an ideographic space.
    CHECK(importFieldForHeader(u("telephone\u3000number")) == ImportField::Phone);
    CHECK(importFieldForHeader(u("telephoneNumber")) == ImportField::Phone);
    CHECK(importFieldForHeader(u("numberOfBeds")) == ImportField::Beds);
    CHECK(importFieldForHeader(u("medicalSubjects")) == ImportField::Departments);
    CHECK(importFieldForHeader(u("location")) == ImportField::Location);
    CHECK(importFieldForHeader(u("katagaki")) == ImportField::Building);
    CHECK(importFieldForHeader(u("施設・場所名")) == ImportField::Name);
    CHECK(importFieldForHeader(u("施設･場所名")) == ImportField::Name);   // half-width middle dot
    CHECK(importFieldForHeader(u("phone1")) == ImportField::Phone);
    CHECK(importFieldForHeader(u("ＰＨＯＮＥ１")) == ImportField::Phone);
    // alternativeName is the medical kind only in a LinkData table.
    CHECK_FALSE(importFieldForHeader(u("alternativeName")).has_value());
    auto columns = ColumnMap::fromHeaders(utf8List({"#property", "latitude", "longitude", "address", "alternativeName", "name"}));
    REQUIRE(columns);
    REQUIRE(detectSourceFormat(*columns) == SourceFormat::LinkData);
    applyFormatColumns(*columns, SourceFormat::LinkData);
    CHECK(columns->column(ImportField::MedicalKind) == 4);
}

TEST_CASE("Width, ideographic spaces, brackets and both underscores are normalised away", "[core][import][headers]")
{
    CHECK(headerKey(u("介護サービス事業所名称＿カナ")) == headerKey(u("介護サービス事業所名称_カナ")));
    CHECK(headerKey(u("介護サービス事業所名称（カナ）")) == headerKey(u("介護サービス事業所名称_カナ")));
    CHECK(headerKey(u("介護サービス　事業所名称")) == headerKey(u("介護サービス事業所名称")));
    CHECK(headerKey(u("【方書】")) == headerKey(u("方書")));
    CHECK(importFieldForHeader(u("介護サービス事業所名称＿カナ")) == ImportField::Kana);
}
