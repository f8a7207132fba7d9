#include "core/import/CategoryMapping.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace careatlas;

namespace {
QString u(const char *text) { return QString::fromUtf8(text); }
std::optional<QString> code(const char *text) { return QString::fromLatin1(text); }
}

TEST_CASE("Published service names map to categories, the most specific first", "[core][import][categories]")
{
    CHECK(categoryFromServiceName(u("看護小規模多機能型居宅介護")) == code("nursing_small_multifunction"));
    CHECK(categoryFromServiceName(u("複合型サービス")) == code("nursing_small_multifunction"));
    CHECK(categoryFromServiceName(u("小規模多機能型居宅介護")) == code("small_multifunction"));
    CHECK(categoryFromServiceName(u("定期巡回・随時対応型訪問介護看護")) == code("regular_visit_24h"));
    CHECK(categoryFromServiceName(u("夜間対応型訪問介護")) == code("night_home_help"));
    CHECK(categoryFromServiceName(u("訪問介護")) == code("home_help"));
    CHECK(categoryFromServiceName(u("訪問入浴介護")) == code("home_bathing"));
    CHECK(categoryFromServiceName(u("介護予防訪問入浴介護")) == code("home_bathing"));
    CHECK(categoryFromServiceName(u("訪問看護")) == code("home_visit_nursing"));
    CHECK(categoryFromServiceName(u("訪問リハビリテーション")) == code("home_visit_rehab"));
    CHECK(categoryFromServiceName(u("通所介護")) == code("day_service"));
    CHECK(categoryFromServiceName(u("地域密着型通所介護")) == code("community_day_service"));
    CHECK(categoryFromServiceName(u("指定療養通所介護")) == code("medical_day_service"));
    CHECK(categoryFromServiceName(u("認知症対応型通所介護")) == code("dementia_day_service"));
    CHECK(categoryFromServiceName(u("通所リハビリテーション")) == code("day_rehab"));
    CHECK(categoryFromServiceName(u("福祉用具貸与")) == code("welfare_equipment_rental"));
    CHECK(categoryFromServiceName(u("特定福祉用具販売")) == code("welfare_equipment_sales"));
    CHECK(categoryFromServiceName(u("福祉用具（貸与・販売）")) == code("welfare_equipment_rental"));
    CHECK(categoryFromServiceName(u("ショートステイ（生活介護）")) == code("short_stay"));
    CHECK(categoryFromServiceName(u("ショートステイ（療養介護）")) == code("short_stay_medical"));
    CHECK(categoryFromServiceName(u("短期入所療養介護（介護老人保健施設）")) == code("short_stay_medical"));
    CHECK(categoryFromServiceName(u("介護老人福祉施設（特別養護老人ホーム）")) == code("nursing_home"));
    CHECK(categoryFromServiceName(u("地域密着型介護老人福祉施設入所者生活介護")) == code("community_nursing_home"));
    CHECK(categoryFromServiceName(u("介護老人保健施設")) == code("geriatric_health_facility"));
    CHECK(categoryFromServiceName(u("介護医療院")) == code("care_medical_facility"));
    CHECK(categoryFromServiceName(u("介護療養型医療施設")) == code("long_term_care_hospital"));
    CHECK(categoryFromServiceName(u("特定施設入居者生活介護（サービス付き高齢者向け住宅）")) == code("designated_facility"));
    CHECK(categoryFromServiceName(u("地域密着型特定施設入居者生活介護（有料老人ホーム）")) == code("community_designated_facility"));
    CHECK(categoryFromServiceName(u("認知症対応型共同生活介護")) == code("dementia_group_home"));
    CHECK(categoryFromServiceName(u("サービス付き高齢者向け住宅")) == code("service_housing"));
    CHECK(categoryFromServiceName(u("養護老人ホーム")) == code("protective_home"));
    CHECK(categoryFromServiceName(u("認知症地域支援推進員")) == code("dementia_promoter"));
    CHECK(categoryFromServiceName(u("生活支援コーディネーター")) == code("life_support_coordinator"));
    CHECK(categoryFromServiceName(u("移送サービス・福祉車両の貸し出し")) == code("transport_service"));
    CHECK(categoryFromServiceName(u("訪問型サービスＡ")) == code("preventive_home_service"));
    CHECK(categoryFromServiceName(u("訪問介護、居宅介護支援")) == code("home_help"));
    CHECK(categoryFromServiceName(u("福祉用具貸与,居宅介護支援")) == code("welfare_equipment_rental"));
    CHECK_FALSE(categoryFromServiceName(QString()).has_value());
    CHECK_FALSE(categoryFromServiceName(u("粗大ごみの対応")).has_value());
}

TEST_CASE("A 介護保険 service in a list wins over a 総合事業 one", "[core][import][categories]")
{
    CHECK(categoryFromServiceName(u("通所型サービス（独自）、地域密着型通所介護")) == code("community_day_service"));
    CHECK(categoryFromServiceName(u("通所型サービス（独自）、通所介護")) == code("day_service"));
    CHECK(categoryFromServiceName(u("通所型サービス（独自）")) == code("preventive_day_service"));
}

TEST_CASE("Children's and disability services are never taken for elderly ones", "[core][import][categories]")
{
    CHECK_FALSE(categoryFromServiceName(u("短期入所（乳児院）")).has_value());
    CHECK_FALSE(categoryFromServiceName(u("ショートステイ（児童）")).has_value());
    CHECK_FALSE(categoryFromServiceName(u("障害者支援施設 短期入所")).has_value());
    CHECK_FALSE(categoryFromServiceName(u("放課後等デイサービス")).has_value());
    CHECK_FALSE(categoryFromServiceName(u("居宅介護（障がい者）")).has_value());
    CHECK_FALSE(categoryFromCaremapType(u("福祉施設"), u("子育て短期支援（ショートステイ）"), u("乳児院さくら")).has_value());
    CHECK(isChildOrDisabilityService(u("児童発達支援")));
    CHECK_FALSE(isChildOrDisabilityService(u("短期入所生活介護")));
}

TEST_CASE("Every MHLW 介護サービス情報公表 service code has its own category in the catalogue", "[core][import][categories]")
{
    QSet<QString> codes;
    for (const MhlwService &service : mhlwServices()) {
        INFO(service.code);
        REQUIRE(findDefaultCategory(QString::fromLatin1(service.category)) != nullptr);
        codes.insert(QString::fromLatin1(service.code));
        // The service's own name maps to the same category as its code.
        CHECK(categoryFromServiceName(QString::fromUtf8(service.name)) == categoryFromMhlwServiceCode(QString::fromLatin1(service.code)));
    }
    CHECK(codes.size() == 35);
    CHECK(categoryFromMhlwServiceCode(u("550")) == code("care_medical_facility"));
    CHECK(categoryFromMhlwServiceCode(u("520")) == code("geriatric_health_facility"));
    CHECK_FALSE(categoryFromMhlwServiceCode(u("999")).has_value());
    CHECK(mhlwServiceCodeOfFile(u("jigyosho_550.csv")) == u("550"));
    CHECK(mhlwServiceCodeOfFile(u("JIGYOSHO_120 (1).csv")) == u("120"));
    CHECK(mhlwServiceCodeOfFile(u("jigyosho_999.csv")).isEmpty());
    CHECK(mhlwServiceCodeOfFile(u("list.csv")).isEmpty());
}

TEST_CASE("Medical kinds and bed counts map to medical categories; departments never decide", "[core][import][categories]")
{
    CHECK(categoryFromMedicalKind(u("病院")) == code("hospital"));
    CHECK(categoryFromMedicalKind(u("有床診療所")) == code("clinic_with_beds"));
    CHECK(categoryFromMedicalKind(u("無床診療所")) == code("clinic"));
    CHECK(categoryFromMedicalKind(u("診療所")) == code("clinic"));
    CHECK(categoryFromMedicalKind(u("歯科")) == code("dental_clinic"));
    CHECK(categoryFromMedicalKind(u("歯科診療所")) == code("dental_clinic"));
    CHECK(categoryFromMedicalKind(u("薬局")) == code("pharmacy"));
    CHECK_FALSE(categoryFromMedicalKind(QString()).has_value());
    CHECK(bedCount(u("19（休床中）")) == 19);
    CHECK(bedCount(u("５３３")) == 533);
    CHECK_FALSE(bedCount(u("なし")).has_value());
    CHECK(categoryFromBeds(20) == u("hospital"));
    CHECK(categoryFromBeds(19) == u("clinic_with_beds"));
    CHECK(categoryFromBeds(0) == u("clinic"));
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
    CHECK(categoryFromKsjWelfareCode(u("9910"), u("991003")) == code("community_nursing_home"));
    CHECK(categoryFromKsjWelfareCode(u("9910"), u("991004")) == code("geriatric_health_facility"));
    CHECK(categoryFromKsjWelfareCode(u("9913"), u("991303")) == code("community_support_center"));
    CHECK(categoryFromKsjWelfareCode(u("0201"), u("020101")) == code("protective_home"));
    CHECK(categoryFromKsjWelfareCode(u("０２０４"), QString()) == code("day_service"));   // full-width digits
    // A numeric field loses the leading zero: the fixed width puts it back.
    CHECK(categoryFromKsjWelfareCode(u("204"), QString()) == code("day_service"));
    CHECK(categoryFromKsjWelfareCode(u("202"), u("20203")) == code("care_house"));
    // Classes without a category of ours: 老人福祉センター, 介護医療院, 保育所.
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

TEST_CASE("The caremap Type decides for medical rows, with the name (医療法 第3条), never the departments", "[core][import][categories]")
{
    CHECK(categoryFromCaremapType(u("医療機関"), u("内科、外科、歯科口腔外科"), u("市立湖西病院")) == code("hospital"));
    CHECK(categoryFromCaremapType(u("医療機関"), u("歯科口腔外科"), u("みなとクリニック")) == code("clinic"));
    CHECK(categoryFromCaremapType(u("歯科医院"), u("歯科、矯正歯科"), u("山本歯科医院")) == code("dental_clinic"));
    CHECK(categoryFromCaremapType(u("薬局"), QString(), u("A薬局")) == code("pharmacy"));
    CHECK(categoryFromCaremapType(u("一般介護予防"), u("健康体操"), QString()) == code("community_salon"));
    CHECK(categoryFromCaremapType(u("認知症関連"), u("認知症カフェ"), QString()) == code("dementia_cafe"));
    CHECK(categoryFromCaremapType(u("認知症関連"), u("認知症地域支援推進員"), u("地域包括支援センター燦光")) == code("dementia_promoter"));
    CHECK(categoryFromCaremapType(u("認知症関連"), u("認知症サポート医"), u("いしはま医院")) == code("dementia_doctor"));
    CHECK(categoryFromCaremapType(u("福祉施設"), u("認知症対応居宅介護（グループホーム）"), QString()) == code("dementia_group_home"));
    CHECK(categoryFromCaremapType(u("福祉施設"), u("経費老人ホーム"), QString()) == code("care_house"));
    CHECK(categoryFromCaremapType(u("福祉施設"), u("訪問リハビリテーション"), QString()) == code("home_visit_rehab"));
    CHECK_FALSE(categoryFromCaremapType(u("社会資源"), u("空き家相談"), QString()).has_value());
    CHECK_FALSE(categoryFromCaremapType(QString(), QString(), QString()).has_value());
}
