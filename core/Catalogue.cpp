#include "core/Catalogue.h"

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
        {QStringLiteral("hospital"), QStringLiteral("medical"), u("病院"), QStringLiteral("Hospital"), QStringLiteral("#b71c1c"), S::Cross},
        {QStringLiteral("clinic"), QStringLiteral("medical"), u("診療所"), QStringLiteral("Clinic"), QStringLiteral("#e53935"), S::Circle},
        {QStringLiteral("home_care_clinic"), QStringLiteral("medical"), u("在宅療養支援診療所"), QStringLiteral("Home-care support clinic"), QStringLiteral("#d81b60"), S::Square},
        {QStringLiteral("dental_clinic"), QStringLiteral("medical"), u("歯科診療所"), QStringLiteral("Dental clinic"), QStringLiteral("#f06292"), S::Triangle},
        {QStringLiteral("pharmacy"), QStringLiteral("medical"), u("薬局"), QStringLiteral("Pharmacy"), QStringLiteral("#ef9a9a"), S::Diamond},
        {QStringLiteral("home_visit_nursing"), QStringLiteral("medical"), u("訪問看護ステーション"), QStringLiteral("Home-visit nursing station"), QStringLiteral("#c62828"), S::Star},
        {QStringLiteral("care_plan_office"), QStringLiteral("care"), u("居宅介護支援事業所"), QStringLiteral("Care-plan office"), QStringLiteral("#1565c0"), S::Square},
        {QStringLiteral("home_help"), QStringLiteral("care"), u("訪問介護"), QStringLiteral("Home help"), QStringLiteral("#1e88e5"), S::Circle},
        {QStringLiteral("regular_visit_24h"), QStringLiteral("care"), u("定期巡回・随時対応型訪問介護看護"), QStringLiteral("24-hour regular and on-call home care"), QStringLiteral("#0d47a1"), S::Star},
        {QStringLiteral("small_multifunction"), QStringLiteral("care"), u("小規模多機能型居宅介護"), QStringLiteral("Small multi-function home care"), QStringLiteral("#0277bd"), S::Hexagon},
        {QStringLiteral("nursing_small_multifunction"), QStringLiteral("care"), u("看護小規模多機能型居宅介護"), QStringLiteral("Nursing small multi-function care"), QStringLiteral("#01579b"), S::Diamond},
        {QStringLiteral("day_service"), QStringLiteral("care"), u("通所介護（デイサービス）"), QStringLiteral("Day service"), QStringLiteral("#42a5f5"), S::Triangle},
        {QStringLiteral("day_rehab"), QStringLiteral("care"), u("通所リハビリテーション"), QStringLiteral("Day rehabilitation"), QStringLiteral("#4fc3f7"), S::InvertedTriangle},
        {QStringLiteral("short_stay"), QStringLiteral("care"), u("短期入所生活介護（ショートステイ）"), QStringLiteral("Short stay"), QStringLiteral("#00838f"), S::Square},
        {QStringLiteral("nursing_home"), QStringLiteral("care"), u("介護老人福祉施設（特別養護老人ホーム）"), QStringLiteral("Nursing home"), QStringLiteral("#283593"), S::Cross},
        {QStringLiteral("geriatric_health_facility"), QStringLiteral("care"), u("介護老人保健施設"), QStringLiteral("Geriatric health-services facility"), QStringLiteral("#3949ab"), S::Hexagon},
        {QStringLiteral("service_housing"), QStringLiteral("housing"), u("サービス付き高齢者向け住宅"), QStringLiteral("Serviced housing for older people"), QStringLiteral("#ef6c00"), S::Square},
        {QStringLiteral("private_nursing_home"), QStringLiteral("housing"), u("有料老人ホーム"), QStringLiteral("Private residential home"), QStringLiteral("#fb8c00"), S::Hexagon},
        {QStringLiteral("dementia_group_home"), QStringLiteral("housing"), u("認知症対応型共同生活介護（グループホーム）"), QStringLiteral("Dementia group home"), QStringLiteral("#f4511e"), S::Circle},
        {QStringLiteral("care_house"), QStringLiteral("housing"), u("軽費老人ホーム（ケアハウス）"), QStringLiteral("Low-cost care house"), QStringLiteral("#ffb300"), S::Triangle},
        {QStringLiteral("dementia_cafe"), QStringLiteral("community"), u("認知症カフェ"), QStringLiteral("Dementia café"), QStringLiteral("#2e7d32"), S::Circle},
        {QStringLiteral("community_salon"), QStringLiteral("community"), u("通いの場・ふれあいサロン"), QStringLiteral("Community salon (prevention)"), QStringLiteral("#66bb6a"), S::Triangle},
        {QStringLiteral("volunteer_group"), QStringLiteral("community"), u("ボランティア・NPO"), QStringLiteral("Volunteer group / NPO"), QStringLiteral("#00897b"), S::Diamond},
        {QStringLiteral("neighbourhood_watch"), QStringLiteral("community"), u("まちぐるみ福祉活動"), QStringLiteral("Neighbourhood welfare activity"), QStringLiteral("#558b2f"), S::Square},
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

const Category *findDefaultCategory(const QString &code)
{
    for (const Category &category : defaultCategories()) {
        if (category.code == code)
            return &category;
    }
    return nullptr;
}

} // namespace careatlas
