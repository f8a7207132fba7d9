#include "core/import/CategoryMapping.h"

#include "core/import/HeaderNormalizer.h"
#include "core/text/CompiledRegex.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace careatlas {

namespace {

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

struct Rule {
    QStringList keywords;   // any of them, as a substring of the NFKC value
    const char *category;
};

QStringList words(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// Most specific first: "看護小規模多機能" before "小規模多機能", "地域密着型通所介護" before
// "通所介護", "短期入所療養" before "短期入所", "特別養護老人ホーム" before "養護老人ホーム",
// "定期巡回…訪問介護看護" and "夜間対応型訪問介護" before "訪問介護" and "訪問看護".
const QList<Rule> &serviceRules()
{
    static const QList<Rule> rules = {
        {words({"看護小規模多機能", "複合型サービス"}), "nursing_small_multifunction"},
        {words({"小規模多機能"}), "small_multifunction"},
        {words({"定期巡回"}), "regular_visit_24h"},
        {words({"夜間対応型訪問介護"}), "night_home_help"},
        {words({"訪問入浴"}), "home_bathing"},
        {words({"訪問リハ"}), "home_visit_rehab"},
        {words({"認知症初期集中支援"}), "dementia_initial_support"},
        {words({"認知症地域支援推進員"}), "dementia_promoter"},
        {words({"認知症サポート医", "認知症対応力向上研修"}), "dementia_doctor"},
        {words({"認知症カフェ", "オレンジカフェ", "認知症カフエ"}), "dementia_cafe"},
        {words({"認知症対応型通所", "認知症対応型デイ", "認知症デイ"}), "dementia_day_service"},
        {words({"認知症対応型共同生活介護", "認知症対応居宅介護(グループホーム)", "グループホーム"}), "dementia_group_home"},
        {words({"生活支援コーディネーター", "生活支援体制整備"}), "life_support_coordinator"},
        {words({"地域包括支援センター", "高齢者相談センター"}), "community_support_center"},
        {words({"在宅医療連携", "在宅医療・介護連携", "在宅医療介護連携"}), "home_care_liaison"},
        {words({"在宅療養支援診療所"}), "home_care_clinic"},
        {words({"福祉健康センター", "保健福祉センター"}), "welfare_health_center"},
        {words({"療養通所"}), "medical_day_service"},
        {words({"訪問看護"}), "home_visit_nursing"},
        {words({"居宅介護支援", "ケアプラン"}), "care_plan_office"},
        {words({"通所リハビリ", "デイケア"}), "day_rehab"},
        {words({"短期入所療養", "ショートステイ(療養"}), "short_stay_medical"},
        {words({"短期入所", "ショートステイ"}), "short_stay"},
        {words({"地域密着型介護老人福祉施設", "地域密着型特別養護老人ホーム"}), "community_nursing_home"},
        {words({"介護老人福祉施設", "特別養護老人ホーム"}), "nursing_home"},
        {words({"介護老人保健施設", "老人保健施設"}), "geriatric_health_facility"},
        {words({"介護医療院"}), "care_medical_facility"},
        {words({"介護療養型医療施設"}), "long_term_care_hospital"},
        {words({"地域密着型特定施設"}), "community_designated_facility"},
        {words({"特定施設入居者生活介護"}), "designated_facility"},
        {words({"サービス付き高齢者", "サービス付高齢者"}), "service_housing"},
        {words({"有料老人ホーム"}), "private_nursing_home"},
        {words({"軽費老人ホーム", "経費老人ホーム", "ケアハウス"}), "care_house"},
        {words({"養護老人ホーム"}), "protective_home"},
        {words({"特定福祉用具販売", "福祉用具販売", "特定介護予防福祉用具販売"}), "welfare_equipment_sales"},
        {words({"福祉用具貸与", "福祉用具(貸与"}), "welfare_equipment_rental"},
        {words({"訪問型サービス"}), "preventive_home_service"},
        {words({"通所型サービス"}), "preventive_day_service"},
        {words({"地域密着型通所介護"}), "community_day_service"},
        {words({"訪問介護", "ホームヘルプ"}), "home_help"},
        {words({"通所介護", "デイサービス"}), "day_service"},
        {words({"移送サービス", "介護タクシー", "福祉有償運送"}), "transport_service"},
        {words({"サロン", "通いの場", "健康体操", "居場所", "介護予防拠点", "介護予防教室", "いきいき百歳体操"}), "community_salon"},
        {words({"ボランティア", "NPO", "市民活動"}), "volunteer_group"},
        {words({"見守り", "まちぐるみ", "支え合い"}), "neighbourhood_watch"},
        {words({"歯科"}), "dental_clinic"},
        {words({"薬局"}), "pharmacy"},
        {words({"有床診療所"}), "clinic_with_beds"},
        {words({"病院"}), "hospital"},
        {words({"診療所", "クリニック", "医院"}), "clinic"},
    };
    return rules;
}

std::optional<QString> firstRuleMatch(const QString &value)
{
    for (const Rule &rule : serviceRules()) {
        for (const QString &keyword : rule.keywords) {
            if (value.contains(keyword, Qt::CaseInsensitive))
                return QString::fromLatin1(rule.category);
        }
    }
    return std::nullopt;
}

bool isPreventiveProgramme(const QString &code)
{
    return code == QLatin1String("preventive_home_service") || code == QLatin1String("preventive_day_service");
}

} // namespace

std::optional<QString> categoryFromCodeOrLabel(const QString &text, const QList<Category> &categories)
{
    const QString value = normalizeValue(text);
    if (value.isEmpty())
        return std::nullopt;
    for (const Category &category : categories) {
        if (value.compare(category.code, Qt::CaseInsensitive) == 0
            || value == normalizeValue(category.labelJa)
            || value.compare(category.labelEn, Qt::CaseInsensitive) == 0)
            return category.code;
    }
    return std::nullopt;
}

const QList<MhlwService> &mhlwServices()
{
    // 介護サービス情報公表システム オープンデータ, one CSV per service (厚生労働省, release of
    // 2025-12: https://www.mhlw.go.jp/content/12300000/jigyosho_<code>.csv).
    static const QList<MhlwService> services = {
        {"110", "訪問介護", "home_help"},
        {"120", "訪問入浴介護", "home_bathing"},
        {"130", "訪問看護", "home_visit_nursing"},
        {"140", "訪問リハビリテーション", "home_visit_rehab"},
        {"150", "通所介護", "day_service"},
        {"155", "通所介護（療養通所介護）", "medical_day_service"},
        {"160", "通所リハビリテーション", "day_rehab"},
        {"170", "福祉用具貸与", "welfare_equipment_rental"},
        {"210", "短期入所生活介護", "short_stay"},
        {"220", "短期入所療養介護（介護老人保健施設）", "short_stay_medical"},
        {"230", "短期入所療養介護（療養病床を有する病院等）", "short_stay_medical"},
        {"551", "短期入所療養介護（介護医療院）", "short_stay_medical"},
        {"320", "認知症対応型共同生活介護", "dementia_group_home"},
        {"331", "特定施設入居者生活介護（有料老人ホーム）", "designated_facility"},
        {"332", "特定施設入居者生活介護（軽費老人ホーム）", "designated_facility"},
        {"334", "特定施設入居者生活介護（サービス付き高齢者向け住宅）", "designated_facility"},
        {"335", "特定施設入居者生活介護（有料老人ホーム・外部サービス利用型）", "designated_facility"},
        {"336", "特定施設入居者生活介護（軽費老人ホーム・外部サービス利用型）", "designated_facility"},
        {"337", "特定施設入居者生活介護（サービス付き高齢者向け住宅・外部サービス利用型）", "designated_facility"},
        {"361", "地域密着型特定施設入居者生活介護（有料老人ホーム）", "community_designated_facility"},
        {"362", "地域密着型特定施設入居者生活介護（軽費老人ホーム）", "community_designated_facility"},
        {"364", "地域密着型特定施設入居者生活介護（サービス付き高齢者向け住宅）", "community_designated_facility"},
        {"410", "特定福祉用具販売", "welfare_equipment_sales"},
        {"430", "居宅介護支援", "care_plan_office"},
        {"510", "介護老人福祉施設", "nursing_home"},
        {"520", "介護老人保健施設", "geriatric_health_facility"},
        {"530", "介護療養型医療施設", "long_term_care_hospital"},
        {"540", "地域密着型介護老人福祉施設入所者生活介護", "community_nursing_home"},
        {"550", "介護医療院", "care_medical_facility"},
        {"710", "夜間対応型訪問介護", "night_home_help"},
        {"720", "認知症対応型通所介護", "dementia_day_service"},
        {"730", "小規模多機能型居宅介護", "small_multifunction"},
        {"760", "定期巡回・随時対応型訪問介護看護", "regular_visit_24h"},
        {"770", "看護小規模多機能型居宅介護（複合型サービス）", "nursing_small_multifunction"},
        {"780", "地域密着型通所介護", "community_day_service"},
    };
    return services;
}

std::optional<QString> categoryFromMhlwServiceCode(const QString &code)
{
    const QString value = normalizeValue(code);
    for (const MhlwService &service : mhlwServices()) {
        if (value == QLatin1String(service.code))
            return QString::fromLatin1(service.category);
    }
    return std::nullopt;
}

QString mhlwServiceCodeOfFile(const QString &fileName)
{
    static const QRegularExpression pattern = compiledRegex(QStringLiteral("jigyosho_(\\d{3})\\b"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(fileName);
    return match.hasMatch() && categoryFromMhlwServiceCode(match.captured(1)) ? match.captured(1) : QString();
}

bool isChildOrDisabilityService(const QString &text)
{
    static const QStringList markers = words({"児童", "乳児", "幼児", "障害児", "障害者", "障がい", "障碍", "放課後等デイ",
                                              "保育", "子ども", "こども", "子育て", "母子", "重症心身"});
    const QString value = normalizeValue(text);
    return std::any_of(markers.cbegin(), markers.cend(), [&](const QString &marker) { return value.contains(marker); });
}

std::optional<QString> categoryFromServiceName(const QString &text)
{
    const QString value = normalizeValue(text);
    if (value.isEmpty() || isChildOrDisabilityService(value))
        return std::nullopt;
    // A list of services ("通所型サービス（独自）、地域密着型通所介護"): the first 介護保険 service
    // that maps, else the first 総合事業 one. "・" is not a separator: it is part of names such
    // as 定期巡回・随時対応型訪問介護看護.
    static const QRegularExpression separators = compiledRegex(QStringLiteral("[、,，;；/／\n]+"));
    std::optional<QString> preventive;
    for (const QString &part : value.split(separators, Qt::SkipEmptyParts)) {
        const auto code = firstRuleMatch(part.trimmed());
        if (code && !isPreventiveProgramme(*code))
            return code;
        if (code && !preventive)
            preventive = code;
    }
    return preventive;
}

std::optional<QString> categoryFromMedicalKind(const QString &kind)
{
    const QString value = normalizeValue(kind);
    if (value.isEmpty())
        return std::nullopt;
    if (value.contains(u("在宅療養支援")))
        return QStringLiteral("home_care_clinic");
    if (value.contains(u("歯科")))
        return QStringLiteral("dental_clinic");
    if (value.contains(u("薬局")))
        return QStringLiteral("pharmacy");
    if (value.contains(u("訪問看護")))
        return QStringLiteral("home_visit_nursing");
    if (value.contains(u("病院")))
        return QStringLiteral("hospital");
    if (value.contains(u("有床")))
        return QStringLiteral("clinic_with_beds");
    if (value.contains(u("診療所")) || value.contains(u("クリニック")) || value.contains(u("医院")))
        return QStringLiteral("clinic");
    return std::nullopt;
}

std::optional<int> bedCount(const QString &text)
{
    static const QRegularExpression leading = compiledRegex(QStringLiteral("^\\s*(\\d+)"));
    const auto match = leading.match(normalizeValue(text));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int beds = match.captured(1).toInt(&ok);
    return ok ? std::optional<int>(beds) : std::nullopt;
}

QString categoryFromBeds(int beds)
{
    if (beds >= 20)
        return QStringLiteral("hospital");
    return beds > 0 ? QStringLiteral("clinic_with_beds") : QStringLiteral("clinic");
}

std::optional<QString> categoryFromInstitutionKind(const QString &kind)
{
    const QString value = normalizeValue(kind);
    if (value == QLatin1String("1"))
        return QStringLiteral("hospital");
    if (value == QLatin1String("2"))
        return QStringLiteral("clinic");
    if (value == QLatin1String("3"))
        return QStringLiteral("dental_clinic");
    if (value == QLatin1String("5"))
        return QStringLiteral("pharmacy");
    if (value == QLatin1String("4"))
        return std::nullopt;   // 助産所: not one of our categories
    return categoryFromMedicalKind(value);
}

std::optional<QString> categoryFromKsjMedicalCode(const QString &code)
{
    const QString value = normalizeValue(code);
    if (value == QLatin1String("1"))
        return QStringLiteral("hospital");
    if (value == QLatin1String("2"))
        return QStringLiteral("clinic");
    if (value == QLatin1String("3"))
        return QStringLiteral("dental_clinic");
    return std::nullopt;
}

std::optional<QString> categoryFromKsjWelfareCode(const QString &middleCode, const QString &minorCode)
{
    // 福祉施設小分類コード and 福祉施設中分類コード of 国土数値情報 P14 第2.1版 (codes from the
    // product specification's code lists); a code stays a code (leading zeros kept).
    static const QHash<QString, QString> byMinor = {
        {QStringLiteral("020101"), QStringLiteral("protective_home")},            // 養護老人ホーム
        {QStringLiteral("020201"), QStringLiteral("care_house")},                 // 軽費老人ホーム A 型
        {QStringLiteral("020202"), QStringLiteral("care_house")},                 // 軽費老人ホーム B 型
        {QStringLiteral("020203"), QStringLiteral("care_house")},                 // 軽費老人ホーム（ケアハウス）
        {QStringLiteral("020204"), QStringLiteral("care_house")},                 // 都市型軽費老人ホーム
        {QStringLiteral("990701"), QStringLiteral("private_nursing_home")},       // 有料老人ホーム
        {QStringLiteral("990702"), QStringLiteral("service_housing")},            // 有料老人ホーム（サ高住であるもの）
        {QStringLiteral("991001"), QStringLiteral("nursing_home")},               // 特別養護老人ホーム
        {QStringLiteral("991002"), QStringLiteral("nursing_home")},               // 介護老人福祉施設
        {QStringLiteral("991003"), QStringLiteral("community_nursing_home")},     // 地域密着型介護老人福祉施設
        {QStringLiteral("991004"), QStringLiteral("geriatric_health_facility")},  // 介護老人保健施設
        {QStringLiteral("991303"), QStringLiteral("community_support_center")},   // 地域包括支援センター
    };
    static const QHash<QString, QString> byMiddle = {
        {QStringLiteral("0201"), QStringLiteral("protective_home")},        // 養護老人ホーム
        {QStringLiteral("0202"), QStringLiteral("care_house")},             // 軽費老人ホーム
        {QStringLiteral("0204"), QStringLiteral("day_service")},            // 老人デイサービスセンター
        {QStringLiteral("0205"), QStringLiteral("short_stay")},             // 老人短期入所施設
        {QStringLiteral("9907"), QStringLiteral("private_nursing_home")},   // 有料老人ホーム
    };
    // A code read from a numeric field has lost its leading zero (204 for 0204): the codes
    // have a fixed width, so it is put back.
    auto code = [](const QString &text, qsizetype width) {
        QString value = normalizeValue(text);
        const bool digits = std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (value.size() == width - 1 && digits)
            value.prepend(QLatin1Char('0'));
        return value;
    };
    const QString minor = code(minorCode, 6);
    if (const auto it = byMinor.constFind(minor); it != byMinor.constEnd())
        return *it;
    QString middle = code(middleCode, 4);
    if (middle.isEmpty() && minor.size() == 6)
        middle = minor.left(4);
    if (const auto it = byMiddle.constFind(middle); it != byMiddle.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<QString> categoryFromCaremapType(const QString &type, const QString &subType, const QString &name)
{
    const QString typeValue = normalizeValue(type);
    const QString subValue = normalizeValue(subType);
    // Types that decide on their own; the subtype lists departments (never evidence) or is empty.
    if (typeValue == u("医療機関"))
        return normalizeValue(name).contains(u("病院")) ? QStringLiteral("hospital") : QStringLiteral("clinic");
    if (typeValue == u("歯科医院"))
        return QStringLiteral("dental_clinic");
    if (typeValue == u("薬局"))
        return QStringLiteral("pharmacy");
    if (typeValue == u("地域包括支援センター"))
        return QStringLiteral("community_support_center");
    if (isChildOrDisabilityService(subValue))
        return std::nullopt;
    if (const auto fromSub = categoryFromServiceName(subValue))
        return fromSub;
    if (!subValue.isEmpty())
        return std::nullopt;   // a subtype we do not know is not guessed from its type
    return categoryFromServiceName(typeValue);
}

QStringList flagsFromServiceName(const QString &text)
{
    QStringList flags;
    const QString value = normalizeValue(text);
    if (value.contains(u("認知症")))
        flags.append(QStringLiteral("dementia"));
    if (value.contains(u("24時間")) || value.contains(u("定期巡回")))
        flags.append(QStringLiteral("open_24h"));
    if (value.contains(u("訪問")))
        flags.append(QStringLiteral("home_visit"));
    return flags;
}

} // namespace careatlas
