#include "core/import/CategoryMapping.h"

#include <catch2/catch.hpp>

using namespace careatlas;

namespace {
QString u(const char *text) { return QString::fromUtf8(text); }
std::optional<QString> code(const char *text) { return QString::fromLatin1(text); }
} // namespace

TEST_CASE("Care service names map to our categories, the most specific first", "[core][import][categories]")
{
    CHECK(categoryFromServiceName(u("看護小規模多機能型居宅介護")) == code("nursing_small_multifunction"));
    CHECK(categoryFromServiceName(u("小規模多機能型居宅介護")) == code("small_multifunction"));
    CHECK(categoryFromServiceName(u("定期巡回・随時対応型訪問介護看護")) == code("regular_visit_24h"));
    CHECK(categoryFromServiceName(u("訪問介護")) == code("home_help"));
    CHECK(categoryFromServiceName(u("訪問看護")) == code("home_visit_nursing"));
    CHECK(categoryFromServiceName(u("地域密着型通所介護")) == code("day_service"));
    CHECK(categoryFromServiceName(u("通所リハビリテーション")) == code("day_rehab"));
    CHECK(categoryFromServiceName(u("ショートステイ（生活介護）")) == code("short_stay"));
    CHECK(categoryFromServiceName(u("地域密着型介護老人福祉施設入所者生活介護")) == code("nursing_home"));
    CHECK(categoryFromServiceName(u("認知症対応型共同生活介護")) == code("dementia_group_home"));
    CHECK(categoryFromServiceName(u("サービス付き高齢者向け住宅")) == code("service_housing"));
    CHECK(categoryFromServiceName(u("通所型サービス（独自）、地域密着型通所介護")) == code("day_service"));
    CHECK(categoryFromServiceName(u("訪問介護、居宅介護支援")) == code("home_help"));
    CHECK(categoryFromServiceName(u("福祉用具貸与,居宅介護支援")) == code("care_plan_office"));
    CHECK_FALSE(categoryFromServiceName(u("福祉用具（貸与・販売）")).has_value());
    CHECK_FALSE(categoryFromServiceName(QString()).has_value());
}

TEST_CASE("Medical kinds, ナビイ 機関区分 and P04 codes map to medical categories", "[core][import][categories]")
{
    CHECK(categoryFromMedicalKind(u("病院"), u("内科、外科")) == code("hospital"));
    CHECK(categoryFromMedicalKind(u("診療所"), u("内科、小児科")) == code("clinic"));
    CHECK(categoryFromMedicalKind(u("診療所"), u("歯科、小児歯科、矯正歯科")) == code("dental_clinic"));
    CHECK(categoryFromMedicalKind(u("歯科診療所"), QString()) == code("dental_clinic"));
    CHECK(categoryFromMedicalKind(QString(), u("内科、歯科口腔外科")) == code("clinic"));
    CHECK(categoryFromInstitutionKind(u("1")) == code("hospital"));
    CHECK(categoryFromInstitutionKind(u("３")) == code("dental_clinic"));
    CHECK(categoryFromInstitutionKind(u("5")) == code("pharmacy"));
    CHECK_FALSE(categoryFromInstitutionKind(u("4")).has_value());
    CHECK(categoryFromKsjMedicalCode(u("2")) == code("clinic"));
}

TEST_CASE("国土数値情報 P14 welfare class codes map where we have a category", "[core][import][categories]")
{
    // 小分類 first, then 中分類 (given, or the first four digits of the 小分類).
    CHECK(categoryFromKsjWelfareCode(u("0204"), QString()) == code("day_service"));
    CHECK(categoryFromKsjWelfareCode(u("0205"), u("")) == code("short_stay"));
    CHECK(categoryFromKsjWelfareCode(u("0202"), u("020203")) == code("care_house"));
    CHECK(categoryFromKsjWelfareCode(QString(), u("020201")) == code("care_house"));
    CHECK(categoryFromKsjWelfareCode(u("9907"), u("990701")) == code("private_nursing_home"));
    CHECK(categoryFromKsjWelfareCode(u("9907"), u("990702")) == code("service_housing"));
    CHECK(categoryFromKsjWelfareCode(u("9910"), u("991001")) == code("nursing_home"));
    CHECK(categoryFromKsjWelfareCode(u("9910"), u("991003")) == code("nursing_home"));
    CHECK(categoryFromKsjWelfareCode(u("9910"), u("991004")) == code("geriatric_health_facility"));
    CHECK(categoryFromKsjWelfareCode(u("9913"), u("991303")) == code("community_support_center"));
    CHECK(categoryFromKsjWelfareCode(u("０２０４"), QString()) == code("day_service"));   // full-width digits
    // A numeric field loses the leading zero: the fixed width puts it back.
    CHECK(categoryFromKsjWelfareCode(u("204"), QString()) == code("day_service"));
    CHECK(categoryFromKsjWelfareCode(u("202"), u("20203")) == code("care_house"));
    // Classes without a category of ours: 養護老人ホーム, 老人福祉センター, 介護医療院, 保育所.
    CHECK_FALSE(categoryFromKsjWelfareCode(u("0201"), u("020101")).has_value());
    CHECK_FALSE(categoryFromKsjWelfareCode(u("0203"), QString()).has_value());
    CHECK_FALSE(categoryFromKsjWelfareCode(u("9910"), u("991006")).has_value());
    CHECK_FALSE(categoryFromKsjWelfareCode(u("0504"), u("050401")).has_value());
    CHECK_FALSE(categoryFromKsjWelfareCode(u("24"), QString()).has_value());
}

TEST_CASE("Codes and labels of the catalogue are accepted as categories", "[core][import][categories]")
{
    const auto &categories = defaultCategories();
    CHECK(categoryFromCodeOrLabel(u("clinic"), categories) == code("clinic"));
    CHECK(categoryFromCodeOrLabel(u("地域包括支援センター"), categories) == code("community_support_center"));
    CHECK(categoryFromCodeOrLabel(u("Pharmacy"), categories) == code("pharmacy"));
    CHECK_FALSE(categoryFromCodeOrLabel(u("bakery"), categories).has_value());
}

TEST_CASE("The caremap Type and SubType map with the type deciding for medical rows", "[core][import][categories]")
{
    CHECK(categoryFromCaremapType(u("医療機関"), u("内科、外科、歯科口腔外科")) == code("clinic"));
    CHECK(categoryFromCaremapType(u("歯科医院"), u("歯科、矯正歯科")) == code("dental_clinic"));
    CHECK(categoryFromCaremapType(u("薬局"), QString()) == code("pharmacy"));
    CHECK(categoryFromCaremapType(u("一般介護予防"), u("健康体操")) == code("community_salon"));
    CHECK(categoryFromCaremapType(u("認知症関連"), u("認知症カフェ")) == code("dementia_cafe"));
    CHECK(categoryFromCaremapType(u("福祉施設"), u("認知症対応居宅介護（グループホーム）")) == code("dementia_group_home"));
    CHECK(categoryFromCaremapType(u("福祉施設"), u("経費老人ホーム")) == code("care_house"));
    CHECK_FALSE(categoryFromCaremapType(QString(), QString()).has_value());
}
