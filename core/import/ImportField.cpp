#include "core/import/ImportField.h"

#include "core/import/HeaderNormalizer.h"

#include <QHash>

namespace careatlas {

namespace {

struct FieldInfo {
    ImportField field;
    const char *name;
    QStringList aliases;
};

QStringList utf8List(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// Aliases from the published layouts: 推奨データセット (old), 自治体標準オープンデータセット
// (デジタル庁), 介護サービス情報公表システム open data (MHLW), 医療情報ネット (ナビイ),
// 国土数値情報 P04 and P14 (第2.1版: P14_001 都道府県名, P14_002 市区町村名, P14_004 所在地
// without them, P14_008 名称; the _ja forms are those of the 不動産情報ライブラリ API), the
// caremap GeoJSON layout, and common English names.
const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table = {
        {ImportField::Name, "name", utf8List({"名称", "正式名称", "事業所名", "事業所名称", "事業所の名称", "施設名", "施設名称", "施設の名称", "医療機関名", "医療機関名称", "医療機関の名称", "名前", "name", "P04_002", "P14_008", "P14_008_ja", "介護サービス事業所名称", "介護サービス事業所名", "施設・場所名", "施設・場所名称", "施設名称等", "事業所・施設名"})},
        {ImportField::Kana, "kana", utf8List({"名称_カナ", "名称カナ", "名称(カナ)", "名称(フリガナ)", "正式名称(フリガナ)", "正式名称(カナ)", "事業所名カナ", "事業所名称カナ", "事業所名(カナ)", "施設名カナ", "施設名(カナ)", "フリガナ", "ふりがな", "カナ", "よみがな", "kana", "介護サービス事業所名称_カナ", "介護サービス事業所名_カナ", "施設・場所名_カナ", "施設・場所名_フリガナ", "fullNameInKana", "nameKana", "alternativeNameKana"})},
        {ImportField::Operator, "operator", utf8List({"法人の名称", "法人名", "法人名称", "運営法人", "運営法人名", "運営主体", "開設者", "開設者名", "設置主体", "事業者名", "団体名", "organization", "operator", "corporateName", "establisher"})},
        {ImportField::OfficialNumber, "official_number", utf8List({"事業所番号", "介護保険事業所番号", "事業所番号(介護保険)", "医療機関コード", "保険医療機関コード", "医療機関番号", "official_number", "medicalCode", "医療機関番号(医療機関コード)"})},
        {ImportField::SourceId, "source_id", utf8List({"ID", "HID", "source_id", "#property"})},
        {ImportField::PostalCode, "postal_code", utf8List({"郵便番号", "〒", "所在地郵便番号", "postal_code", "postcode", "zip"})},
        {ImportField::Address, "address", utf8List({"所在地_連結表記", "所在地", "住所", "所在地住所", "所在地(住所)", "住所1", "address", "add1", "P04_003", "所在地_住所"})},
        {ImportField::AddressLine2, "address_line2", utf8List({"住所2", "add2", "address2"})},
        {ImportField::AddressPrefecture, "address_prefecture", utf8List({"所在地_都道府県", "都道府県名", "P14_001", "pref", "prefecture"})},
        {ImportField::AddressCity, "address_city", utf8List({"所在地_市区町村", "市区町村名", "市町村名", "P14_002", "city"})},
        {ImportField::AddressTown, "address_town", utf8List({"所在地_町字", "町字", "P14_004", "P14_004_ja"})},
        {ImportField::AddressNumber, "address_number", utf8List({"所在地_番地以下", "番地以下", "番地"})},
        {ImportField::Building, "building", utf8List({"建物名等(方書)", "方書", "方書(ビル名等)", "建物名・方書", "建物名等", "建物名", "ビル名", "ビル名等", "building", "katagaki"})},
        {ImportField::Phone, "phone", utf8List({"電話番号", "電話", "代表電話番号", "所在地電話番号", "tel", "phone", "telephone", "telephoneNumber", "telephone number", "phone1", "tel1", "電話番号1", "電話番号(代表)"})},
        {ImportField::PhoneExtension, "phone_extension", utf8List({"内線番号", "内線", "extensionNumber"})},
        {ImportField::Fax, "fax", utf8List({"FAX番号", "ファックス番号", "ファクス番号", "fax", "faxNumber", "fax1"})},
        {ImportField::Website, "website", utf8List({"URL", "ホームページ", "ホームページアドレス", "案内用ホームページアドレス", "ウェブサイト", "website", "web", "referenceObject", "url1", "ホームページURL"})},
        {ImportField::Hours, "hours", utf8List({"営業時間", "利用可能時間", "診療時間", "受付時間", "開所時間", "business_hours", "hours", "opening_hours"})},
        {ImportField::HoursStart, "hours_start", utf8List({"開始時間", "診療開始時間", "利用開始時間", "startTime", "medicalStartTime"})},
        {ImportField::HoursEnd, "hours_end", utf8List({"終了時間", "診療終了時間", "利用終了時間", "endTime", "medicalEndTime"})},
        {ImportField::OpenDays, "open_days", utf8List({"利用可能曜日", "診療曜日", "営業日", "開所日", "availableDate"})},
        {ImportField::OpenNotes, "open_notes", utf8List({"利用可能日時特記事項", "利用可能曜日特記事項", "診療日時特記事項", "availableDateNote"})},
        {ImportField::ClosedDays, "closed_days", utf8List({"定休日", "休業日", "休診日", "休日", "regular_holiday", "closed_days"})},
        {ImportField::Capacity, "capacity", utf8List({"定員", "利用定員", "入所定員", "capacity"})},
        {ImportField::Beds, "beds", utf8List({"病床数", "許可病床数", "beds", "numberOfBeds", "病床数(合計)"})},
        {ImportField::Notes, "notes", utf8List({"備考", "特記事項", "メモ", "memo", "notes", "note", "note"})},
        {ImportField::Latitude, "latitude", utf8List({"緯度", "所在地座標(緯度)", "緯度(世界測地系)", "lat", "latitude", "y"})},
        {ImportField::Longitude, "longitude", utf8List({"経度", "所在地座標(経度)", "経度(世界測地系)", "lon", "lng", "long", "longitude", "x"})},
        {ImportField::Location, "location", utf8List({"location", "位置", "座標", "緯度経度", "緯度・経度", "latlng", "latlon", "lat,lon", "lat,lng"})},
        {ImportField::LocalGovernmentCode, "local_government_code", utf8List({"都道府県コード又は市区町村コード", "都道府県コード又は市町村コード", "全国地方公共団体コード", "地方公共団体コード", "市区町村コード", "都道府県コード", "prefCode", "cityCode"})},
        {ImportField::Category, "category", utf8List({"カテゴリ", "カテゴリー", "分類", "種別", "category", "type"})},
        {ImportField::SubCategory, "subcategory", utf8List({"小分類", "サブカテゴリ", "サブカテゴリー", "subcategory", "subtype"})},
        {ImportField::ServiceType, "service_type", utf8List({"実施サービス", "サービスの種類", "サービス種別", "サービス種類", "介護サービスの種類", "介護サービス種別", "事業所の種類", "施設の種類", "施設種別", "service", "serviceType"})},
        {ImportField::MedicalKind, "medical_kind", utf8List({"医療機関の種類", "医療機関種別", "医療機関の種別"})},
        {ImportField::MedicalKindCode, "medical_kind_code", utf8List({"P04_001"})},
        {ImportField::Departments, "departments", utf8List({"診療科目", "診療科目名", "診療科", "標榜科目", "P04_004", "medicalSubjects"})},
        {ImportField::InstitutionKind, "institution_kind", utf8List({"機関区分"})},
        {ImportField::WelfareClassCode, "welfare_class_code", utf8List({"P14_006", "福祉施設中分類コード", "welfareFacilityMiddleClassCode"})},
        {ImportField::WelfareSubclassCode, "welfare_subclass_code", utf8List({"P14_007", "福祉施設小分類コード", "welfareFacilityMinorClassCode"})},
    };
    return table;
}

const QHash<QString, ImportField> &fieldByHeaderKey()
{
    static const QHash<QString, ImportField> map = [] {
        QHash<QString, ImportField> result;
        for (const FieldInfo &info : fieldTable()) {
            for (const QString &alias : info.aliases)
                result.insert(headerKey(alias), info.field);
        }
        return result;
    }();
    return map;
}

const FieldInfo &infoOf(ImportField field)
{
    for (const FieldInfo &info : fieldTable()) {
        if (info.field == field)
            return info;
    }
    return fieldTable().constFirst();
}

} // namespace

const QList<ImportField> &allImportFields()
{
    static const QList<ImportField> fields = [] {
        QList<ImportField> result;
        for (const FieldInfo &info : fieldTable())
            result.append(info.field);
        return result;
    }();
    return fields;
}

QString importFieldName(ImportField field)
{
    return QString::fromLatin1(infoOf(field).name);
}

std::optional<ImportField> importFieldFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const FieldInfo &info : fieldTable()) {
        if (key == QLatin1String(info.name))
            return info.field;
    }
    return std::nullopt;
}

const QStringList &importFieldAliases(ImportField field)
{
    return infoOf(field).aliases;
}

std::optional<ImportField> importFieldForHeader(const QString &header)
{
    // Columns that portals add (CKAN's "_id") mean nothing about the resource.
    if (normalizeHeader(header).startsWith(QLatin1Char('_')))
        return std::nullopt;
    const auto &map = fieldByHeaderKey();
    const auto found = map.constFind(headerKey(header));
    if (found == map.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace careatlas
