#include "core/import/CategoryMapping.h"

#include "core/import/HeaderNormalizer.h"
#include "core/text/CompiledRegex.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace careatlas {

namespace {

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

// Most specific first: "看護小規模多機能" before "小規模多機能", "定期巡回…訪問介護看護" before
// "訪問介護" and "訪問看護", "通所リハビリ" before "通所".
const QList<Rule> &serviceRules()
{
    static const QList<Rule> rules = {
        {words({"看護小規模多機能", "複合型サービス"}), "nursing_small_multifunction"},
        {words({"小規模多機能"}), "small_multifunction"},
        {words({"定期巡回"}), "regular_visit_24h"},
        {words({"認知症初期集中支援"}), "dementia_initial_support"},
        {words({"認知症カフェ", "オレンジカフェ", "認知症カフエ"}), "dementia_cafe"},
        {words({"認知症対応型共同生活介護", "グループホーム"}), "dementia_group_home"},
        {words({"地域包括支援センター", "高齢者相談センター"}), "community_support_center"},
        {words({"在宅医療連携", "在宅医療・介護連携", "在宅医療介護連携"}), "home_care_liaison"},
        {words({"在宅療養支援診療所"}), "home_care_clinic"},
        {words({"福祉健康センター", "保健福祉センター", "福祉センター"}), "welfare_health_center"},
        {words({"訪問看護"}), "home_visit_nursing"},
        {words({"居宅介護支援", "ケアプラン"}), "care_plan_office"},
        {words({"通所リハビリ", "デイケア"}), "day_rehab"},
        {words({"短期入所", "ショートステイ"}), "short_stay"},
        {words({"介護老人福祉施設", "特別養護老人ホーム", "特養"}), "nursing_home"},
        {words({"介護老人保健施設", "老人保健施設", "老健", "介護医療院", "介護療養型医療施設"}), "geriatric_health_facility"},
        {words({"サービス付き高齢者", "サービス付高齢者", "サ高住"}), "service_housing"},
        {words({"有料老人ホーム", "特定施設入居者生活介護"}), "private_nursing_home"},
        {words({"軽費老人ホーム", "経費老人ホーム", "ケアハウス"}), "care_house"},
        {words({"訪問介護", "訪問型サービス", "ホームヘルプ"}), "home_help"},
        {words({"通所介護", "通所型サービス", "デイサービス", "認知症対応型デイ", "自費通所"}), "day_service"},
        {words({"サロン", "通いの場", "健康体操", "居場所", "介護予防拠点", "介護予防教室", "いきいき百歳体操"}), "community_salon"},
        {words({"ボランティア", "NPO", "市民活動"}), "volunteer_group"},
        {words({"見守り", "まちぐるみ", "支え合い", "生活支援"}), "neighbourhood_watch"},
        {words({"歯科"}), "dental_clinic"},
        {words({"薬局"}), "pharmacy"},
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

QStringList splitList(const QString &value)
{
    static const QRegularExpression separators = compiledRegex(QStringLiteral("[、,，;；/／・\\s]+"));
    QStringList parts = value.split(separators, Qt::SkipEmptyParts);
    return parts;
}

bool isDentalDepartment(const QString &department)
{
    return department.contains(QString::fromUtf8("歯科"));
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

std::optional<QString> categoryFromServiceName(const QString &text)
{
    const QString value = normalizeValue(text);
    if (value.isEmpty())
        return std::nullopt;
    // A list of services ("訪問介護、居宅介護支援"): the first one that maps wins. "・" is not a
    // separator: it is part of names such as 定期巡回・随時対応型訪問介護看護.
    static const QRegularExpression separators = compiledRegex(QStringLiteral("[、,，;；/／\n]+"));
    for (const QString &part : value.split(separators, Qt::SkipEmptyParts)) {
        if (const auto code = firstRuleMatch(part.trimmed()))
            return code;
    }
    return std::nullopt;
}

std::optional<QString> categoryFromMedicalKind(const QString &kind, const QString &departments)
{
    const QString value = normalizeValue(kind);
    const QStringList departmentList = splitList(normalizeValue(departments));
    const bool allDental = !departmentList.isEmpty()
                           && std::all_of(departmentList.cbegin(), departmentList.cend(), isDentalDepartment);
    if (value.isEmpty())
        return departmentList.isEmpty() ? std::nullopt
                                        : std::optional<QString>(allDental ? QStringLiteral("dental_clinic") : QStringLiteral("clinic"));
    if (value.contains(QString::fromUtf8("在宅療養支援")))
        return QStringLiteral("home_care_clinic");
    if (value.contains(QString::fromUtf8("歯科")))
        return QStringLiteral("dental_clinic");
    if (value.contains(QString::fromUtf8("薬局")))
        return QStringLiteral("pharmacy");
    if (value.contains(QString::fromUtf8("訪問看護")))
        return QStringLiteral("home_visit_nursing");
    if (value.contains(QString::fromUtf8("病院")))
        return QStringLiteral("hospital");
    if (value.contains(QString::fromUtf8("診療所")) || value.contains(QString::fromUtf8("クリニック"))
        || value.contains(QString::fromUtf8("医院")))
        return allDental ? QStringLiteral("dental_clinic") : QStringLiteral("clinic");
    return std::nullopt;
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
    return categoryFromMedicalKind(value, QString());
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
        {QStringLiteral("020201"), QStringLiteral("care_house")},                 // 軽費老人ホーム A 型
        {QStringLiteral("020202"), QStringLiteral("care_house")},                 // 軽費老人ホーム B 型
        {QStringLiteral("020203"), QStringLiteral("care_house")},                 // 軽費老人ホーム（ケアハウス）
        {QStringLiteral("020204"), QStringLiteral("care_house")},                 // 都市型軽費老人ホーム
        {QStringLiteral("990701"), QStringLiteral("private_nursing_home")},       // 有料老人ホーム
        {QStringLiteral("990702"), QStringLiteral("service_housing")},            // 有料老人ホーム（サ高住であるもの）
        {QStringLiteral("991001"), QStringLiteral("nursing_home")},               // 特別養護老人ホーム
        {QStringLiteral("991002"), QStringLiteral("nursing_home")},               // 介護老人福祉施設
        {QStringLiteral("991003"), QStringLiteral("nursing_home")},               // 地域密着型介護老人福祉施設
        {QStringLiteral("991004"), QStringLiteral("geriatric_health_facility")},  // 介護老人保健施設
        {QStringLiteral("991303"), QStringLiteral("community_support_center")},   // 地域包括支援センター
    };
    static const QHash<QString, QString> byMiddle = {
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

std::optional<QString> categoryFromCaremapType(const QString &type, const QString &subType)
{
    const QString typeValue = normalizeValue(type);
    const QString subValue = normalizeValue(subType);
    // Types that decide on their own; the subtype lists departments or is empty.
    if (typeValue == QString::fromUtf8("医療機関"))
        return categoryFromMedicalKind(QString::fromUtf8("診療所"), subValue);
    if (typeValue == QString::fromUtf8("歯科医院"))
        return QStringLiteral("dental_clinic");
    if (typeValue == QString::fromUtf8("薬局"))
        return QStringLiteral("pharmacy");
    if (typeValue == QString::fromUtf8("地域包括支援センター"))
        return QStringLiteral("community_support_center");
    if (const auto fromSub = categoryFromServiceName(subValue))
        return fromSub;
    // 認知症地域支援推進員 are posted at the 地域包括支援センター.
    if (subValue.contains(QString::fromUtf8("認知症地域支援推進員")))
        return QStringLiteral("community_support_center");
    // Doctors trained in dementia care are listed by their clinic.
    if (subValue.contains(QString::fromUtf8("認知症サポート医")) || subValue.contains(QString::fromUtf8("認知症対応力向上研修受講医")))
        return QStringLiteral("clinic");
    if (typeValue == QString::fromUtf8("一般介護予防"))
        return QStringLiteral("community_salon");
    return categoryFromServiceName(typeValue);
}

QStringList flagsFromServiceName(const QString &text)
{
    QStringList flags;
    const QString value = normalizeValue(text);
    if (value.contains(QString::fromUtf8("認知症")))
        flags.append(QStringLiteral("dementia"));
    if (value.contains(QString::fromUtf8("24時間")) || value.contains(QString::fromUtf8("定期巡回")))
        flags.append(QStringLiteral("open_24h"));
    if (value.contains(QString::fromUtf8("訪問")))
        flags.append(QStringLiteral("home_visit"));
    return flags;
}

} // namespace careatlas
