#include "core/Catalogue.h"

#include <QHash>

namespace careatlas {

namespace {
QString u(const char *utf8) { return QString::fromUtf8(utf8); }
}

QString symbolShapeName(SymbolShape shape)
{
    switch (shape) {
    case SymbolShape::Circle: return QStringLiteral("circle");
    case SymbolShape::Square: return QStringLiteral("square");
    case SymbolShape::Triangle: return QStringLiteral("triangle");
    case SymbolShape::Diamond: return QStringLiteral("diamond");
    case SymbolShape::Star: return QStringLiteral("star");
    case SymbolShape::Hexagon: return QStringLiteral("hexagon");
    case SymbolShape::Cross: return QStringLiteral("cross");
    case SymbolShape::InvertedTriangle: return QStringLiteral("inverted_triangle");
    }
    return QStringLiteral("circle");
}

SymbolShape symbolShapeFromName(const QString &name)
{
    static const SymbolShape all[] = {SymbolShape::Circle, SymbolShape::Square, SymbolShape::Triangle,
                                      SymbolShape::Diamond, SymbolShape::Star, SymbolShape::Hexagon,
                                      SymbolShape::Cross, SymbolShape::InvertedTriangle};
    for (SymbolShape shape : all) {
        if (symbolShapeName(shape) == name)
            return shape;
    }
    return SymbolShape::Circle;
}

const QList<CategoryGroup> &defaultGroups()
{
    static const QList<CategoryGroup> groups = {
        {QStringLiteral("consultation"), u("相談窓口"), QStringLiteral("Consultation")},
        {QStringLiteral("medical"), u("医療"), QStringLiteral("Medical")},
        {QStringLiteral("care"), u("介護"), QStringLiteral("Care")},
        {QStringLiteral("housing"), u("住まい"), QStringLiteral("Housing")},
        {QStringLiteral("community"), u("地域・生活支援"), QStringLiteral("Community")},
    };
    return groups;
}

const QList<Category> &defaultCategories()
{
    using S = SymbolShape;
    // Hues by group (consultation purple, medical red, care blue, housing orange, community green);
    // shape and shade tell the categories of a group apart.
    static const QList<Category> categories = {
        {QStringLiteral("community_support_center"), QStringLiteral("consultation"), u("地域包括支援センター"), QStringLiteral("Community general support centre"), QStringLiteral("#6a1b9a"), S::Star},
        {QStringLiteral("welfare_health_center"), QStringLiteral("consultation"), u("福祉健康センター"), QStringLiteral("Welfare and health centre"), QStringLiteral("#8e24aa"), S::Hexagon},
        {QStringLiteral("home_care_liaison"), QStringLiteral("consultation"), u("在宅医療連携拠点"), QStringLiteral("Home-medical liaison hub"), QStringLiteral("#ab47bc"), S::Diamond},
        {QStringLiteral("dementia_initial_support"), QStringLiteral("consultation"), u("認知症初期集中支援チーム"), QStringLiteral("Dementia initial-intensive support team"), QStringLiteral("#7b1fa2"), S::Square},
        {QStringLiteral("dementia_promoter"), QStringLiteral("consultation"), u("認知症地域支援推進員"), QStringLiteral("Dementia community-support promoter"), QStringLiteral("#9c27b0"), S::Triangle},
        {QStringLiteral("life_support_coordinator"), QStringLiteral("consultation"), u("生活支援コーディネーター"), QStringLiteral("Life-support coordinator"), QStringLiteral("#4a148c"), S::Circle},
        {QStringLiteral("hospital"), QStringLiteral("medical"), u("病院"), QStringLiteral("Hospital"), QStringLiteral("#b71c1c"), S::Cross},
        {QStringLiteral("clinic_with_beds"), QStringLiteral("medical"), u("有床診療所"), QStringLiteral("Clinic with beds"), QStringLiteral("#c2185b"), S::Hexagon},
        {QStringLiteral("clinic"), QStringLiteral("medical"), u("診療所"), QStringLiteral("Clinic"), QStringLiteral("#e53935"), S::Circle},
        {QStringLiteral("home_care_clinic"), QStringLiteral("medical"), u("在宅療養支援診療所"), QStringLiteral("Home-care support clinic"), QStringLiteral("#d81b60"), S::Square},
        {QStringLiteral("dental_clinic"), QStringLiteral("medical"), u("歯科診療所"), QStringLiteral("Dental clinic"), QStringLiteral("#f06292"), S::Triangle},
        {QStringLiteral("pharmacy"), QStringLiteral("medical"), u("薬局"), QStringLiteral("Pharmacy"), QStringLiteral("#ef9a9a"), S::Diamond},
        {QStringLiteral("home_visit_nursing"), QStringLiteral("medical"), u("訪問看護ステーション"), QStringLiteral("Home-visit nursing station"), QStringLiteral("#c62828"), S::Star},
        {QStringLiteral("dementia_doctor"), QStringLiteral("medical"), u("認知症サポート医・認知症対応力向上研修修了医"), QStringLiteral("Dementia-trained doctor"), QStringLiteral("#ad1457"), S::InvertedTriangle},
        {QStringLiteral("care_plan_office"), QStringLiteral("care"), u("居宅介護支援事業所"), QStringLiteral("Care-plan office"), QStringLiteral("#1565c0"), S::Square},
        {QStringLiteral("home_help"), QStringLiteral("care"), u("訪問介護"), QStringLiteral("Home help"), QStringLiteral("#1e88e5"), S::Circle},
        {QStringLiteral("home_bathing"), QStringLiteral("care"), u("訪問入浴介護"), QStringLiteral("Home bathing"), QStringLiteral("#1976d2"), S::Diamond},
        {QStringLiteral("home_visit_rehab"), QStringLiteral("care"), u("訪問リハビリテーション"), QStringLiteral("Home-visit rehabilitation"), QStringLiteral("#29b6f6"), S::Circle},
        {QStringLiteral("night_home_help"), QStringLiteral("care"), u("夜間対応型訪問介護"), QStringLiteral("Night-time home help"), QStringLiteral("#1a237e"), S::Circle},
        {QStringLiteral("regular_visit_24h"), QStringLiteral("care"), u("定期巡回・随時対応型訪問介護看護"), QStringLiteral("24-hour regular and on-call home care"), QStringLiteral("#0d47a1"), S::Star},
        {QStringLiteral("small_multifunction"), QStringLiteral("care"), u("小規模多機能型居宅介護"), QStringLiteral("Small multi-function home care"), QStringLiteral("#0277bd"), S::Hexagon},
        {QStringLiteral("nursing_small_multifunction"), QStringLiteral("care"), u("看護小規模多機能型居宅介護"), QStringLiteral("Nursing small multi-function care"), QStringLiteral("#01579b"), S::Diamond},
        {QStringLiteral("day_service"), QStringLiteral("care"), u("通所介護（デイサービス）"), QStringLiteral("Day service"), QStringLiteral("#42a5f5"), S::Triangle},
        {QStringLiteral("community_day_service"), QStringLiteral("care"), u("地域密着型通所介護"), QStringLiteral("Community day service"), QStringLiteral("#64b5f6"), S::Triangle},
        {QStringLiteral("medical_day_service"), QStringLiteral("care"), u("療養通所介護"), QStringLiteral("Day service with nursing care"), QStringLiteral("#0288d1"), S::Triangle},
        {QStringLiteral("dementia_day_service"), QStringLiteral("care"), u("認知症対応型通所介護"), QStringLiteral("Dementia day service"), QStringLiteral("#3f51b5"), S::Triangle},
        {QStringLiteral("day_rehab"), QStringLiteral("care"), u("通所リハビリテーション"), QStringLiteral("Day rehabilitation"), QStringLiteral("#4fc3f7"), S::InvertedTriangle},
        {QStringLiteral("welfare_equipment_rental"), QStringLiteral("care"), u("福祉用具貸与"), QStringLiteral("Welfare-equipment rental"), QStringLiteral("#5c6bc0"), S::Square},
        {QStringLiteral("welfare_equipment_sales"), QStringLiteral("care"), u("特定福祉用具販売"), QStringLiteral("Welfare-equipment sales"), QStringLiteral("#7986cb"), S::Square},
        {QStringLiteral("short_stay"), QStringLiteral("care"), u("短期入所生活介護（ショートステイ）"), QStringLiteral("Short stay"), QStringLiteral("#00838f"), S::Square},
        {QStringLiteral("short_stay_medical"), QStringLiteral("care"), u("短期入所療養介護"), QStringLiteral("Short stay with medical care"), QStringLiteral("#006064"), S::Square},
        {QStringLiteral("nursing_home"), QStringLiteral("care"), u("介護老人福祉施設（特別養護老人ホーム）"), QStringLiteral("Nursing home"), QStringLiteral("#283593"), S::Cross},
        {QStringLiteral("community_nursing_home"), QStringLiteral("care"), u("地域密着型介護老人福祉施設（地域密着型特別養護老人ホーム）"), QStringLiteral("Community nursing home"), QStringLiteral("#303f9f"), S::Cross},
        {QStringLiteral("geriatric_health_facility"), QStringLiteral("care"), u("介護老人保健施設"), QStringLiteral("Geriatric health-services facility"), QStringLiteral("#3949ab"), S::Hexagon},
        {QStringLiteral("care_medical_facility"), QStringLiteral("care"), u("介護医療院"), QStringLiteral("Integrated medical and long-term care facility"), QStringLiteral("#1565c0"), S::Cross},
        {QStringLiteral("long_term_care_hospital"), QStringLiteral("care"), u("介護療養型医療施設"), QStringLiteral("Long-term care sanatorium"), QStringLiteral("#0d47a1"), S::Cross},
        {QStringLiteral("preventive_home_service"), QStringLiteral("care"), u("訪問型サービス（総合事業）"), QStringLiteral("Home service (community prevention programme)"), QStringLiteral("#90caf9"), S::Circle},
        {QStringLiteral("preventive_day_service"), QStringLiteral("care"), u("通所型サービス（総合事業）"), QStringLiteral("Day service (community prevention programme)"), QStringLiteral("#bbdefb"), S::Triangle},
        {QStringLiteral("service_housing"), QStringLiteral("housing"), u("サービス付き高齢者向け住宅"), QStringLiteral("Serviced housing for older people"), QStringLiteral("#ef6c00"), S::Square},
        {QStringLiteral("private_nursing_home"), QStringLiteral("housing"), u("有料老人ホーム"), QStringLiteral("Private residential home"), QStringLiteral("#fb8c00"), S::Hexagon},
        {QStringLiteral("designated_facility"), QStringLiteral("housing"), u("特定施設入居者生活介護（介護付き有料老人ホーム等）"), QStringLiteral("Designated facility with care"), QStringLiteral("#e65100"), S::Hexagon},
        {QStringLiteral("community_designated_facility"), QStringLiteral("housing"), u("地域密着型特定施設入居者生活介護"), QStringLiteral("Community designated facility with care"), QStringLiteral("#ff7043"), S::Hexagon},
        {QStringLiteral("dementia_group_home"), QStringLiteral("housing"), u("認知症対応型共同生活介護（グループホーム）"), QStringLiteral("Dementia group home"), QStringLiteral("#f4511e"), S::Circle},
        {QStringLiteral("care_house"), QStringLiteral("housing"), u("軽費老人ホーム（ケアハウス）"), QStringLiteral("Low-cost care house"), QStringLiteral("#ffb300"), S::Triangle},
        {QStringLiteral("protective_home"), QStringLiteral("housing"), u("養護老人ホーム"), QStringLiteral("Protective home for older people"), QStringLiteral("#ffa726"), S::Square},
        {QStringLiteral("dementia_cafe"), QStringLiteral("community"), u("認知症カフェ"), QStringLiteral("Dementia café"), QStringLiteral("#2e7d32"), S::Circle},
        {QStringLiteral("community_salon"), QStringLiteral("community"), u("通いの場・ふれあいサロン"), QStringLiteral("Community salon (prevention)"), QStringLiteral("#66bb6a"), S::Triangle},
        {QStringLiteral("volunteer_group"), QStringLiteral("community"), u("ボランティア・NPO"), QStringLiteral("Volunteer group / NPO"), QStringLiteral("#00897b"), S::Diamond},
        {QStringLiteral("neighbourhood_watch"), QStringLiteral("community"), u("まちぐるみ福祉活動"), QStringLiteral("Neighbourhood welfare activity"), QStringLiteral("#558b2f"), S::Square},
        {QStringLiteral("transport_service"), QStringLiteral("community"), u("移送サービス・介護タクシー"), QStringLiteral("Transport service"), QStringLiteral("#43a047"), S::InvertedTriangle},
    };
    return categories;
}

const QList<Flag> &defaultFlags()
{
    static const QList<Flag> flags = {
        {QStringLiteral("open_24h"), u("24時間対応"), QStringLiteral("24-hour")},
        {QStringLiteral("dementia"), u("認知症対応"), QStringLiteral("Dementia care")},
        {QStringLiteral("end_of_life"), u("看取り対応"), QStringLiteral("End-of-life care")},
        {QStringLiteral("medical_care"), u("医療的ケア対応"), QStringLiteral("Medical care (tube feeding, suction)")},
        {QStringLiteral("home_visit"), u("訪問対応"), QStringLiteral("Home visits")},
        {QStringLiteral("accepting_new"), u("新規受付可"), QStringLiteral("Accepting new clients")},
        {QStringLiteral("weekends"), u("土日対応"), QStringLiteral("Weekends")},
        {QStringLiteral("foreign_language"), u("外国語対応"), QStringLiteral("Foreign languages")},
    };
    return flags;
}

int catalogueVersion()
{
    // 1: the 28 categories of ../shared/design/categories.md; 2: every 介護保険 service type of
    // the MHLW 介護サービス情報公表システム, 有床診療所, the consultation and community kinds
    // sources name (issue 13). Stores of an older catalogue get the new categories on open.
    return 2;
}

QString Category::shortLabel(const QString &language) const
{
    // The 通称 care staff use, for the default categories whose official name is long.
    static const QHash<QString, QString> shortJa = {
        {QStringLiteral("dementia_initial_support"), u("初期集中支援チーム")},
        {QStringLiteral("home_visit_nursing"), u("訪問看護")},
        {QStringLiteral("dementia_doctor"), u("認知症サポート医等")},
        {QStringLiteral("care_plan_office"), u("居宅介護支援")},
        {QStringLiteral("home_visit_rehab"), u("訪問リハ")},
        {QStringLiteral("regular_visit_24h"), u("定期巡回・随時対応")},
        {QStringLiteral("small_multifunction"), u("小規模多機能")},
        {QStringLiteral("nursing_small_multifunction"), u("看護小規模多機能")},
        {QStringLiteral("day_service"), u("デイサービス")},
        {QStringLiteral("day_rehab"), u("デイケア")},
        {QStringLiteral("welfare_equipment_sales"), u("福祉用具販売")},
        {QStringLiteral("short_stay"), u("ショートステイ")},
        {QStringLiteral("nursing_home"), u("特養")},
        {QStringLiteral("community_nursing_home"), u("地域密着型特養")},
        {QStringLiteral("geriatric_health_facility"), u("老健")},
        {QStringLiteral("long_term_care_hospital"), u("介護療養病床")},
        {QStringLiteral("preventive_home_service"), u("訪問型サービス")},
        {QStringLiteral("preventive_day_service"), u("通所型サービス")},
        {QStringLiteral("service_housing"), u("サ高住")},
        {QStringLiteral("designated_facility"), u("介護付き有料老人ホーム等")},
        {QStringLiteral("community_designated_facility"), u("地域密着型特定施設")},
        {QStringLiteral("dementia_group_home"), u("グループホーム")},
        {QStringLiteral("care_house"), u("ケアハウス")},
        {QStringLiteral("transport_service"), u("移送サービス")},
    };
    static const QHash<QString, QString> shortEn = {
        {QStringLiteral("regular_visit_24h"), QStringLiteral("24-hour home care")},
        {QStringLiteral("care_medical_facility"), QStringLiteral("Care medical facility")},
        {QStringLiteral("dementia_initial_support"), QStringLiteral("Dementia support team")},
        {QStringLiteral("preventive_home_service"), QStringLiteral("Home service (prevention)")},
        {QStringLiteral("preventive_day_service"), QStringLiteral("Day service (prevention)")},
        {QStringLiteral("community_designated_facility"), QStringLiteral("Community designated facility")},
    };
    const bool ja = language == QLatin1String("ja");
    const auto &table = ja ? shortJa : shortEn;
    const auto it = table.constFind(code);
    if (it == table.constEnd())
        return label(language);
    // A store that renamed the category keeps its own name.
    const Category *builtIn = findDefaultCategory(code);
    if (!builtIn || builtIn->label(language) != label(language))
        return label(language);
    return it.value();
}

const Category *findDefaultCategory(const QString &code)
{
    for (const Category &category : defaultCategories()) {
        if (category.code == code)
            return &category;
    }
    return nullptr;
}

} // namespace careatlas
