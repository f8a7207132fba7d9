#include "app/i18n/ImportLabels.h"

#include "core/csv/TextDecoding.h"
#include "core/export/ResourceColumns.h"

#include <QCoreApplication>

namespace careatlas {

QString sourceFormatLabel(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto: return QCoreApplication::translate("ImportLabels", "Detect from the headers");
    case SourceFormat::JpStandard: return QCoreApplication::translate("ImportLabels", "自治体標準オープンデータセット (Digital Agency)");
    case SourceFormat::JpStandardOld: return QCoreApplication::translate("ImportLabels", "推奨データセット (old standard layout)");
    case SourceFormat::Mhlw: return QCoreApplication::translate("ImportLabels", "介護サービス情報公表システム (MHLW open data)");
    case SourceFormat::Navii: return QCoreApplication::translate("ImportLabels", "医療情報ネット (ナビイ)");
    case SourceFormat::Ksj: return QCoreApplication::translate("ImportLabels", "国土数値情報 P04/P14");
    case SourceFormat::Caremap: return QCoreApplication::translate("ImportLabels", "Care-map GeoJSON");
    case SourceFormat::LinkData: return QCoreApplication::translate("ImportLabels", "LinkData table");
    case SourceFormat::Generic: return QCoreApplication::translate("ImportLabels", "Any table with a name column");
    }
    return {};
}

QString sourceFormatLabel(const QString &name)
{
    const auto format = sourceFormatFromName(name);
    return format ? sourceFormatLabel(*format) : name;
}

QString textEncodingLabel(const QString &name)
{
    const auto encoding = textEncodingFromName(name);
    if (!encoding)
        return name;
    switch (*encoding) {
    case TextEncoding::Auto: return QCoreApplication::translate("ImportLabels", "Detect");
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom: return QCoreApplication::translate("ImportLabels", "UTF-8 (with BOM)");
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16");
    case TextEncoding::Cp932: return QStringLiteral("Shift_JIS (CP932)");
    }
    return name;
}

QString importFieldLabel(ImportField field)
{
    // Fields that are a column of the resource list read as that column's header does.
    const auto column = [](ResourceColumn c) { return resourceColumnHeader(c); };
    switch (field) {
    case ImportField::Name: return column(ResourceColumn::Name);
    case ImportField::Kana: return column(ResourceColumn::Kana);
    case ImportField::Operator: return column(ResourceColumn::Operator);
    case ImportField::OfficialNumber: return column(ResourceColumn::OfficialNumber);
    case ImportField::SourceId: return QCoreApplication::translate("ImportLabels", "Publisher's ID");
    case ImportField::PostalCode: return column(ResourceColumn::PostalCode);
    case ImportField::Address: return column(ResourceColumn::Address);
    case ImportField::AddressLine2: return QCoreApplication::translate("ImportLabels", "Address (second part)");
    case ImportField::AddressPrefecture: return QCoreApplication::translate("ImportLabels", "Address (prefecture)");
    case ImportField::AddressCity: return QCoreApplication::translate("ImportLabels", "Address (city)");
    case ImportField::AddressTown: return QCoreApplication::translate("ImportLabels", "Address (town)");
    case ImportField::AddressNumber: return QCoreApplication::translate("ImportLabels", "Address (block and number)");
    case ImportField::Building: return QCoreApplication::translate("ImportLabels", "Building");
    case ImportField::Phone: return column(ResourceColumn::Phone);
    case ImportField::PhoneExtension: return QCoreApplication::translate("ImportLabels", "Extension");
    case ImportField::Fax: return column(ResourceColumn::Fax);
    case ImportField::Website: return column(ResourceColumn::Website);
    case ImportField::Hours: return column(ResourceColumn::Hours);
    case ImportField::HoursStart: return QCoreApplication::translate("ImportLabels", "Opening time");
    case ImportField::HoursEnd: return QCoreApplication::translate("ImportLabels", "Closing time");
    case ImportField::OpenDays: return QCoreApplication::translate("ImportLabels", "Open days");
    case ImportField::OpenNotes: return QCoreApplication::translate("ImportLabels", "Notes on opening days");
    case ImportField::ClosedDays: return column(ResourceColumn::ClosedDays);
    case ImportField::Capacity: return column(ResourceColumn::Capacity);
    case ImportField::Beds: return QCoreApplication::translate("ImportLabels", "Beds");
    case ImportField::Notes: return column(ResourceColumn::Notes);
    case ImportField::Latitude: return column(ResourceColumn::Latitude);
    case ImportField::Longitude: return column(ResourceColumn::Longitude);
    case ImportField::Location: return QCoreApplication::translate("ImportLabels", "Location (latitude,longitude)");
    case ImportField::LocalGovernmentCode: return QCoreApplication::translate("ImportLabels", "Local government code");
    case ImportField::Category: return column(ResourceColumn::Category);
    case ImportField::SubCategory: return QCoreApplication::translate("ImportLabels", "Subtype");
    case ImportField::ServiceType: return QCoreApplication::translate("ImportLabels", "Kind of service");
    case ImportField::MedicalKind: return QCoreApplication::translate("ImportLabels", "Kind of medical institution");
    case ImportField::MedicalKindCode: return QCoreApplication::translate("ImportLabels", "Medical institution code (国土数値情報)");
    case ImportField::Departments: return QCoreApplication::translate("ImportLabels", "Departments");
    case ImportField::InstitutionKind: return QCoreApplication::translate("ImportLabels", "Institution class (ナビイ)");
    case ImportField::WelfareClassCode: return QCoreApplication::translate("ImportLabels", "Welfare facility class code");
    case ImportField::WelfareSubclassCode: return QCoreApplication::translate("ImportLabels", "Welfare facility subclass code");
    }
    return importFieldName(field);
}

} // namespace careatlas
