#include "core/import/RowConverter.h"

#include "core/import/CategoryMapping.h"
#include "core/import/CoordinateCheck.h"
#include "core/import/HeaderNormalizer.h"
#include "core/text/CompiledRegex.h"

#include <QRegularExpression>

namespace careatlas {

namespace {

bool trailingFieldsEmpty(const QStringList &fields, qsizetype from)
{
    for (qsizetype i = from; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

RowConverter::RowConverter(ColumnMap columns, Settings settings)
    : m_columns(std::move(columns)), m_settings(std::move(settings))
{
}

bool RowConverter::hasCategorySource() const
{
    for (ImportField field : {ImportField::Category, ImportField::SubCategory, ImportField::ServiceType, ImportField::MedicalKind,
                              ImportField::MedicalKindCode, ImportField::Departments, ImportField::InstitutionKind,
                              ImportField::WelfareClassCode, ImportField::WelfareSubclassCode}) {
        if (m_columns.has(field))
            return true;
    }
    return false;
}

std::optional<QString> RowConverter::categoryOf(const QStringList &fields, QString *publishedType, QString *typeColumn) const
{
    auto take = [&](ImportField field) {
        const QString value = m_columns.value(fields, field);
        if (!value.isEmpty() && publishedType->isEmpty()) {
            *publishedType = value;
            *typeColumn = m_columns.header(field);
        }
        return value;
    };
    const QString institutionKind = take(ImportField::InstitutionKind);
    if (!institutionKind.isEmpty())
        return categoryFromInstitutionKind(institutionKind);
    const QString medicalCode = take(ImportField::MedicalKindCode);
    if (!medicalCode.isEmpty())
        return categoryFromKsjMedicalCode(medicalCode);
    const QString welfareMinor = m_columns.value(fields, ImportField::WelfareSubclassCode);
    const QString welfareMiddle = take(ImportField::WelfareClassCode);
    if (!welfareMiddle.isEmpty() || !welfareMinor.isEmpty()) {
        if (!welfareMinor.isEmpty()) {
            *publishedType = welfareMiddle.isEmpty() ? welfareMinor : welfareMiddle + QStringLiteral(" / ") + welfareMinor;
            if (typeColumn->isEmpty())
                *typeColumn = m_columns.header(ImportField::WelfareSubclassCode);
        }
        return categoryFromKsjWelfareCode(welfareMiddle, welfareMinor);
    }
    const QString medicalKind = take(ImportField::MedicalKind);
    const QString departments = m_columns.value(fields, ImportField::Departments);
    if (!medicalKind.isEmpty())
        return categoryFromMedicalKind(medicalKind, departments);
    const QString category = take(ImportField::Category);
    const QString subCategory = take(ImportField::SubCategory);
    if (!category.isEmpty() && !subCategory.isEmpty())
        *publishedType = category + QStringLiteral(" / ") + subCategory;
    if (!category.isEmpty() || !subCategory.isEmpty()) {
        if (const auto code = categoryFromCodeOrLabel(category, m_settings.categories))
            return code;
        if (const auto code = categoryFromCodeOrLabel(subCategory, m_settings.categories))
            return code;
        if (m_settings.format == SourceFormat::Caremap || m_columns.has(ImportField::SubCategory))
            return categoryFromCaremapType(category, subCategory);
        return categoryFromServiceName(category);
    }
    const QString service = take(ImportField::ServiceType);
    if (!service.isEmpty())
        return categoryFromServiceName(service);
    if (!departments.isEmpty()) {
        take(ImportField::Departments);
        return categoryFromMedicalKind(QString(), departments);
    }
    return std::nullopt;
}

QString RowConverter::addressOf(const QStringList &fields) const
{
    QString address = m_columns.value(fields, ImportField::Address);
    if (address.isEmpty()) {
        // From its parts, each left out when what follows already begins with it (a 所在地 that
        // repeats its city).
        QStringList parts;
        for (ImportField part : {ImportField::AddressPrefecture, ImportField::AddressCity, ImportField::AddressTown, ImportField::AddressNumber})
            parts.append(m_columns.value(fields, part));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString rest = normalizeValue(parts.mid(i + 1).join(QString()));
            if (!parts[i].isEmpty() && !rest.startsWith(normalizeValue(parts[i])))
                address += parts[i];
        }
    }
    address += m_columns.value(fields, ImportField::AddressLine2);
    const QString building = m_columns.value(fields, ImportField::Building);
    // The MHLW files' 住所 may already end with the 方書.
    if (!building.isEmpty() && !normalizeValue(address).contains(normalizeValue(building)))
        address += (address.isEmpty() ? QString() : QStringLiteral(" ")) + building;
    return address;
}

QString RowConverter::hoursOf(const QStringList &fields) const
{
    QString hours = m_columns.value(fields, ImportField::Hours);
    if (hours.isEmpty()) {
        const QString start = m_columns.value(fields, ImportField::HoursStart);
        const QString end = m_columns.value(fields, ImportField::HoursEnd);
        if (!start.isEmpty() || !end.isEmpty())
            hours = start + QString::fromUtf8("～") + end;
    }
    const QString days = m_columns.value(fields, ImportField::OpenDays);
    if (!days.isEmpty())
        hours = hours.isEmpty() ? days : days + QLatin1Char(' ') + hours;
    const QString notes = m_columns.value(fields, ImportField::OpenNotes);
    if (!notes.isEmpty())
        hours = hours.isEmpty() ? notes : hours + QStringLiteral(" (") + notes + QLatin1Char(')');
    return hours;
}

QString RowConverter::officialNumberOf(const QStringList &fields) const
{
    const QString official = normalizeValue(m_columns.value(fields, ImportField::OfficialNumber));
    if (!official.isEmpty())
        return official;
    if (m_settings.format == SourceFormat::Navii)
        return normalizeValue(m_columns.value(fields, ImportField::SourceId));
    // A link to the 介護サービス情報公表システム carries the 事業所番号 (JigyosyoCd=2278400219-00).
    static const QRegularExpression jigyosyo = compiledRegex(QStringLiteral("JigyosyoCd=(\\d{10})"));
    const auto match = jigyosyo.match(m_columns.value(fields, ImportField::Website));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<int> RowConverter::numberOf(const QStringList &fields, ImportField field, qint64 line, QList<ImportIssue> &issues) const
{
    QString value = normalizeValue(m_columns.value(fields, field));
    static const QRegularExpression unit = compiledRegex(QString::fromUtf8("\\s*(人|名|床|室|戸)$"));
    value.remove(unit);
    value.remove(QLatin1Char(','));
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0) {
        issues.append(ImportIssue{line, m_columns.header(field), ImportIssueKind::InvalidNumber, m_columns.value(fields, field)});
        return std::nullopt;
    }
    if (number == 0)   // 定員 0 means "not given" in the MHLW files
        return std::nullopt;
    return number;
}

RowConverter::Converted RowConverter::convert(const SourceRow &row) const
{
    Converted result;
    const qint64 line = row.line;
    // Trailing columns without a header (",,," left by a spreadsheet) may be absent from a row;
    // fields beyond the header must be empty.
    const QStringList &headers = m_columns.headers();
    qsizetype named = headers.size();
    while (named > 0 && headers.at(named - 1).trimmed().isEmpty())
        --named;
    if (row.fields.size() < named || (row.fields.size() > headers.size() && !trailingFieldsEmpty(row.fields, headers.size()))) {
        result.issues.append(ImportIssue{line, QString(), ImportIssueKind::RaggedRow,
                                         QStringLiteral("%1/%2").arg(row.fields.size()).arg(headers.size())});
        return result;
    }
    const QStringList &fields = row.fields;

    Resource resource;
    resource.name = m_columns.value(fields, ImportField::Name);
    if (resource.name.isEmpty()) {
        result.issues.append(ImportIssue{line, m_columns.header(ImportField::Name), ImportIssueKind::MissingName, QString()});
        return result;
    }

    QString publishedType, typeColumn;
    const auto category = categoryOf(fields, &publishedType, &typeColumn);
    const bool known = category && std::any_of(m_settings.categories.cbegin(), m_settings.categories.cend(),
                                                [&](const Category &c) { return c.code == *category; });
    if (known) {
        resource.categoryCode = *category;
    } else if (!m_settings.defaultCategory.isEmpty()) {
        resource.categoryCode = m_settings.defaultCategory;
        if (!publishedType.isEmpty())
            result.issues.append(ImportIssue{line, typeColumn, ImportIssueKind::CategoryFallback, publishedType});
    } else {
        result.issues.append(ImportIssue{line, typeColumn, ImportIssueKind::UnknownCategory, publishedType});
        return result;
    }

    resource.kana = m_columns.value(fields, ImportField::Kana);
    resource.operatorName = m_columns.value(fields, ImportField::Operator);
    resource.officialNumber = officialNumberOf(fields);
    resource.source = m_settings.source;
    resource.sourceDate = m_settings.sourceDate;
    resource.postalCode = normalizeValue(m_columns.value(fields, ImportField::PostalCode)).remove(QString::fromUtf8("〒")).trimmed();
    resource.address = addressOf(fields);
    resource.phone = m_columns.value(fields, ImportField::Phone);
    if (const QString extension = m_columns.value(fields, ImportField::PhoneExtension); !extension.isEmpty() && !resource.phone.isEmpty())
        resource.phone += QString::fromUtf8(" 内線") + extension;
    resource.fax = m_columns.value(fields, ImportField::Fax);
    resource.website = m_columns.value(fields, ImportField::Website);
    resource.hours = hoursOf(fields);
    resource.closedDays = m_columns.value(fields, ImportField::ClosedDays);
    resource.capacity = numberOf(fields, ImportField::Capacity, line, result.issues);
    if (!resource.capacity)
        resource.capacity = numberOf(fields, ImportField::Beds, line, result.issues);
    resource.notes = m_columns.value(fields, ImportField::Notes);
    if (!publishedType.isEmpty()) {
        resource.flags = flagsFromServiceName(publishedType + QLatin1Char(' ') + m_columns.value(fields, ImportField::SubCategory));
        resource.flags.removeDuplicates();
    }

    CheckedCoordinates place;
    if (row.latitude || row.longitude)
        place = checkCoordinates(row.latitude, row.longitude);
    else
        place = checkCoordinates(m_columns.value(fields, ImportField::Latitude), m_columns.value(fields, ImportField::Longitude));
    const QString coordinateColumn = row.latitude ? QStringLiteral("geometry") : m_columns.header(ImportField::Latitude);
    const QString coordinateText = row.latitude ? QStringLiteral("%1,%2").arg(*row.latitude).arg(row.longitude.value_or(0.0))
                                                : m_columns.value(fields, ImportField::Latitude) + QLatin1Char(',')
                                                      + m_columns.value(fields, ImportField::Longitude);
    auto note = [&](ImportIssueKind kind) { result.issues.append(ImportIssue{line, coordinateColumn, kind, coordinateText}); };
    if (place.swapped)
        note(ImportIssueKind::CoordinatesSwapped);
    if (place.convertedDms)
        note(ImportIssueKind::CoordinatesDms);
    switch (place.problem) {
    case CheckedCoordinates::Problem::Zero: note(ImportIssueKind::CoordinatesZero); break;
    case CheckedCoordinates::Problem::OutOfJapan: note(ImportIssueKind::CoordinatesOutOfJapan); break;
    case CheckedCoordinates::Problem::Unparsable: note(ImportIssueKind::CoordinatesUnparsable); break;
    case CheckedCoordinates::Problem::Missing:
    case CheckedCoordinates::Problem::None: break;
    }
    resource.latitude = place.latitude;
    resource.longitude = place.longitude;
    result.resource = std::move(resource);
    return result;
}

Resource RowConverter::completed(Resource first, const Resource &later)
{
    for (QString Resource::*member : {&Resource::kana, &Resource::operatorName, &Resource::officialNumber, &Resource::postalCode,
                                      &Resource::address, &Resource::phone, &Resource::fax, &Resource::website, &Resource::hours,
                                      &Resource::closedDays, &Resource::notes}) {
        if ((first.*member).isEmpty())
            first.*member = later.*member;
    }
    if (!first.capacity)
        first.capacity = later.capacity;
    if (!first.hasLocation() && later.hasLocation()) {
        first.latitude = later.latitude;
        first.longitude = later.longitude;
    }
    for (const QString &flag : later.flags) {
        if (!first.flags.contains(flag))
            first.flags.append(flag);
    }
    return first;
}

Resource RowConverter::merged(const Resource &existing, const Resource &incoming) const
{
    Resource result = existing;
    auto replace = [&](bool provided, QString Resource::*member) {
        if (provided)
            result.*member = incoming.*member;
    };
    const ColumnMap &c = m_columns;
    result.name = incoming.name;
    result.categoryCode = incoming.categoryCode;
    replace(c.has(ImportField::Kana), &Resource::kana);
    replace(c.has(ImportField::Operator), &Resource::operatorName);
    if (!incoming.officialNumber.isEmpty())
        result.officialNumber = incoming.officialNumber;
    result.source = incoming.source;
    result.sourceDate = incoming.sourceDate;
    replace(c.has(ImportField::PostalCode), &Resource::postalCode);
    replace(c.has(ImportField::Address) || c.has(ImportField::AddressCity) || c.has(ImportField::AddressTown), &Resource::address);
    replace(c.has(ImportField::Phone), &Resource::phone);
    replace(c.has(ImportField::Fax), &Resource::fax);
    replace(c.has(ImportField::Website), &Resource::website);
    replace(c.has(ImportField::Hours) || c.has(ImportField::HoursStart) || c.has(ImportField::OpenDays), &Resource::hours);
    replace(c.has(ImportField::ClosedDays), &Resource::closedDays);
    replace(c.has(ImportField::Notes), &Resource::notes);
    if (c.has(ImportField::Capacity) || c.has(ImportField::Beds))
        result.capacity = incoming.capacity;
    if (incoming.hasLocation()) {
        result.latitude = incoming.latitude;
        result.longitude = incoming.longitude;
    }
    for (const QString &flag : incoming.flags) {
        if (!result.flags.contains(flag))
            result.flags.append(flag);
    }
    return result;
}

} // namespace careatlas
