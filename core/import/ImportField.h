#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace careatlas {

// What a column of an imported file means. Columns are found by their normalised header name
// through the alias table (importFieldAliases), never by position.
enum class ImportField {
    Name,
    Kana,
    Operator,            // 法人の名称
    OfficialNumber,      // 事業所番号, 医療機関コード
    SourceId,            // an ID of the publisher (ナビイ ID, HID); the key where no official number exists
    PostalCode,
    Address,             // the whole address, or its first part
    AddressLine2,        // the second part of a split address (Add2)
    AddressPrefecture,   // 所在地_都道府県 (used when no whole address is given)
    AddressCity,         // 所在地_市区町村
    AddressTown,         // 所在地_町字
    AddressNumber,       // 所在地_番地以下
    Building,            // 建物名等(方書)
    Phone,
    PhoneExtension,      // 内線番号
    Fax,
    Website,
    Hours,
    HoursStart,
    HoursEnd,
    OpenDays,            // 利用可能曜日, 診療曜日
    OpenNotes,           // 利用可能日時特記事項
    ClosedDays,
    Capacity,            // 定員 (0 = not given)
    Beds,                // 病床数
    Notes,
    Latitude,
    Longitude,
    Location,            // both in one cell, "latitude,longitude" (LinkData "location")
    LocalGovernmentCode, // 都道府県コード又は市区町村コード, 全国地方公共団体コード (its first two digits: the prefecture)
    Category,            // a category code or label, or a publisher's type (Type)
    SubCategory,         // a publisher's subtype (SubType)
    ServiceType,         // 実施サービス, サービスの種類, サービス種別
    MedicalKind,         // 医療機関の種類
    MedicalKindCode,     // 国土数値情報 P04_001 (1 病院, 2 一般診療所, 3 歯科診療所)
    Departments,         // 診療科目
    InstitutionKind,     // ナビイ 機関区分 (1 病院, 2 診療所, 3 歯科診療所, 4 助産所, 5 薬局)
    WelfareClassCode,    // 国土数値情報 P14_006 福祉施設中分類コード (4 digits, 第2.1版: 2021, 2023)
    WelfareSubclassCode, // 国土数値情報 P14_007 福祉施設小分類コード (6 digits)
};

const QList<ImportField> &allImportFields();

// Stable, untranslated names for mapping files and reports: "name", "latitude", ...
QString importFieldName(ImportField field);
std::optional<ImportField> importFieldFromName(const QString &name);

// Header names known for a field, as published (matched through headerKey()).
const QStringList &importFieldAliases(ImportField field);

// The field a header means, or nullopt (always for a header starting with "_", such as
// the "_id" a data portal adds).
std::optional<ImportField> importFieldForHeader(const QString &header);

} // namespace careatlas
